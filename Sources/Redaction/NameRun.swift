import Lexicon

/// The working state of the name detector over one document.
struct NameRun {
    let detector: NameDetector
    /// The detector's tables, held here so each look-up borrows them instead of copying
    /// them out of the detector.
    private let lexicon: Lexicon
    private let context: ContextWords
    private let hot: ShortWordTable
    private let cold: ShortWordTable
    private let hasKnownParties: Bool
    /// Lower-case words outside the hot table are not looked up: in a formal document,
    /// with no known parties and no deny list, nothing asks what they are.
    private var skipsRareLowercase = false
    var tokens: [Token] = []
    var rules: [NameRule?] = []
    private var lower = LowercaseBuffer()
    private var skip: [Bool] = []
    /// The document reads like a text message ("i", sentences starting lower case): only
    /// there are lower-case words taken for names.
    private var informal = false

    init(detector: NameDetector) {
        self.detector = detector
        lexicon = detector.lexicon
        context = detector.context
        hot = detector.hot
        cold = detector.cold
        hasKnownParties = !detector.known.isEmpty
    }

    mutating func analyse(_ bytes: UnsafeBufferPointer<UInt8>, covered: [Finding]) {
        Tokenizer.tokenize(bytes, into: &tokens)
        rules = Array(repeating: nil, count: tokens.count)
        skip = Array(repeating: false, count: tokens.count)
        informal = NameRun.looksInformal(tokens, bytes)
        skipsRareLowercase = !informal && !hasKnownParties && !detector.hasDenied
        classify(bytes)
        markCovered(covered)
        markPhrases(bytes)
        // Most words are lower case and, in formal text with no known parties and no deny
        // list, cannot be names: they are not judged at all.
        let lowerCannotBeName = skipsRareLowercase
        var signedOff: [Int] = []
        for index in tokens.indices where !skip[index] {
            if lowerCannotBeName, tokens[index].shape == .lower { continue }
            if let rule = judge(index, bytes) {
                rules[index] = rule
            } else if isSignoffName(index, bytes) {
                signedOff.append(index)  // applied after: judging reads earlier verdicts
            }
        }
        for index in signedOff { rules[index] = .signoff }
        extend(bytes)
        propagate(bytes)
    }

    /// One sense per document: a word taken for a name once ("matched with Summer") is a
    /// name wherever else it is capitalised in the same document ("Summer is
    /// thriving"), except as a date ("in Summer 2024").
    private mutating func propagate(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The names found, as packed keys (most names are short ASCII words) or, for the
        // rest, lower-cased bytes.
        var short: [ShortWordTable.Key] = []
        var long: [[UInt8]] = []
        // Two-letter staff initials ("RT") spread too, to the same capitals elsewhere.
        var initials: [ShortWordTable.Key] = []
        for index in tokens.indices where rules[index] != nil && tokens[index].shape != .lower {
            let range = tokens[index].start..<tokens[index].end
            if tokens[index].length < 3 {
                if rules[index] == .staffInitials, let key = ShortWordTable.key(bytes, range), !initials.contains(key) {
                    initials.append(key)
                }
                continue
            }
            if let key = ShortWordTable.key(bytes, range) {
                short.append(key)
            } else {
                lower.load(bytes, range)
                long.append(lower.bytes)
            }
        }
        guard !short.isEmpty || !long.isEmpty || !initials.isEmpty else { return }
        // A long document names many people: look them up by hash, not one by one.
        let shortSet: Set<ShortWordTable.Key>? = short.count > 8 ? Set(short) : nil
        let longSet: Set<[UInt8]>? = long.count > 8 ? Set(long) : nil
        for index in tokens.indices where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.shape == .capitalized || token.shape == .upper, token.length >= 3 || !initials.isEmpty && token.shape == .upper,
                  token.context.isDisjoint(with: [.honorific, .greeting, .signoff, .field]) else { continue }
            let range = token.start..<token.end
            if let key = ShortWordTable.key(bytes, range) {
                let named = token.length < 3 ? initials.contains(key) : shortSet?.contains(key) ?? short.contains(key)
                guard named else { continue }
            } else {
                lower.load(bytes, range)
                guard longSet?.contains(lower.bytes) ?? long.contains(lower.bytes) else { continue }
            }
            if token.classes.contains(.titlecase) {
                let previous = tokens[safe: index - 1]
                let afterTemporal = previous.map { $0.context.contains(.temporal) && token.gap.isPlainSpace } ?? false
                let besideNumber = token.gap.contains(.digit) || (tokens[safe: index + 1].map { $0.gap.contains(.digit) } ?? false)
                if afterTemporal || besideNumber { continue }
            }
            rules[index] = .sameDocument
        }
    }

    // MARK: - Look-ups

    /// Looks up every word's lists and roles, then marks the placeholders.
    private mutating func classify(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Short ASCII words, nearly all, in one tight pass over the tokens in place; the
        // rest (long or non-ASCII words, unlisted hyphenated ones) after it.
        var general: [Int] = []
        var hyphenated: [Int] = []
        let hot = self.hot, cold = self.cold, skipsRareLowercase = self.skipsRareLowercase
        tokens.withUnsafeMutableBufferPointer { tokens in
            for index in tokens.indices {
                let token = tokens[index]
                guard let key = ShortWordTable.key(bytes, token.start..<token.end) else {
                    general.append(index)
                    continue
                }
                let value: UInt32
                if let found = hot.value(for: key) {
                    value = found  // a frequent or context word: one cached probe
                } else if skipsRareLowercase, token.shape == .lower, !token.hyphenated {
                    continue
                } else {
                    value = cold.value(for: key) ?? 0
                }
                let info = WordInfo(rawValue: value)
                tokens[index].classes = info.classes
                tokens[index].context = info.roles
                tokens[index].phraseStart = info.phraseStart
                if token.hyphenated, info.classes.isEmpty { hyphenated.append(index) }
            }
        }
        for index in general {
            let range = tokens[index].start..<tokens[index].end
            let classes: WordClass, roles: ContextRole
            if let hash = WordSet.lowercaseHash(bytes, range) {
                // ASCII: hash once, probe both tables, copy nothing.
                classes = lexicon.classes(hash: hash, lowercasing: bytes, range)
                roles = ContextRole(rawValue: context.table.flags(hash: hash, lowercasing: bytes, range))
                if tokens[index].isCapitalizedLike {
                    tokens[index].phraseStart = lexicon.phraseStarts.flags(hash: hash, lowercasing: bytes, range) != 0
                }
            } else {
                lower.load(bytes, range)
                (classes, roles) = lower.bytes.withUnsafeBufferPointer {
                    (lexicon.classes(of: $0), context.roles($0))
                }
                if tokens[index].isCapitalizedLike {
                    tokens[index].phraseStart = lower.bytes.withUnsafeBufferPointer { lexicon.phraseStarts.contains($0) }
                }
            }
            tokens[index].classes = classes
            tokens[index].context = roles
            if tokens[index].hyphenated, classes.isEmpty { hyphenated.append(index) }
        }
        for index in hyphenated { tokens[index].classes = hyphenatedClasses(bytes, index) }
        for index in tokens.indices { markPlaceholder(index, bytes) }
    }

    /// For "Smith-Jones" not in any list: a name if any part is a name or unknown; an
    /// ordinary word if every part is one.
    private mutating func hyphenatedClasses(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> WordClass {
        let token = tokens[index]
        var start = token.start
        var all: WordClass = [.common]
        var any: WordClass = []
        var hasForename = false
        var allTitlecase = true
        var position = token.start
        while position <= token.end {
            if position == token.end || bytes[position] == 0x2D {
                lower.load(bytes, start..<position)
                let part = lower.bytes.withUnsafeBufferPointer { lexicon.classes(of: $0) }
                if !part.contains(.titlecase) { allTitlecase = false }
                let short = position - start <= 3
                if part.contains(.forename) && !part.contains(.common) && position - start >= 3 { hasForename = true }
                if !part.isDisjoint(with: .nonPersonal) && !part.contains(.nameClash) {
                    any.formUnion(part.intersection(.nonPersonal))
                }
                if !short {
                    if part.isEmpty || !part.isDisjoint(with: .name) && !part.contains(.common) {
                        any.formUnion(.surname)
                    }
                    if !part.contains(.common) && part.isDisjoint(with: .nonPersonal) { all.remove(.common) }
                    any.formUnion(part.intersection(.nonPersonal))
                }
                start = position + 1
            }
            position += 1
        }
        // A range of months or days is a date ("March-September"); a given-name part
        // makes a name ("Rayleigh-Ann"); otherwise a listed non-personal part makes a
        // non-personal word ("Slovak-speaking").
        if allTitlecase { return .titlecase }
        if hasForename { return [.forename, .surname] }
        if !any.isDisjoint(with: .nonPersonal) { return any.intersection(.nonPersonal) }
        if !any.isDisjoint(with: .name) { return .surname }
        return all.contains(.common) ? [.common] : any
    }

    private mutating func markCovered(_ findings: [Finding]) {
        guard !findings.isEmpty else { return }
        let sorted = findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var cursor = 0
        for index in tokens.indices {
            let token = tokens[index]
            while cursor < sorted.count, sorted[cursor].range.upperBound <= token.start { cursor += 1 }
            var probe = cursor
            while probe < sorted.count, sorted[probe].range.lowerBound < token.end {
                if sorted[probe].range.upperBound > token.start {
                    tokens[index].covered = true
                    skip[index] = true
                    break
                }
                probe += 1
            }
        }
        markLocalities(sorted)
    }

    /// A town between a street address and its postcode ("14 Larch Close, Kendal, LA9 4PQ")
    /// is part of the address, not a person.
    private mutating func markLocalities(_ sorted: [Finding]) {
        var cursor = 0
        for (position, finding) in sorted.enumerated() where finding.type == .address {
            guard let next = sorted[(position + 1)...].prefix(4).first(where: { $0.range.lowerBound >= finding.range.upperBound }),
                  next.type == .postcode, next.range.lowerBound - finding.range.upperBound < 60 else { continue }
            // Tokens are in order: move a cursor instead of scanning them all again.
            while cursor < tokens.count, tokens[cursor].start < finding.range.upperBound { cursor += 1 }
            var index = cursor
            while index < tokens.count, tokens[index].end <= next.range.lowerBound {
                skip[index] = true
                index += 1
            }
        }
    }

    /// Marks words inside multi-word non-personal phrases ("Tower Hamlets", "Action for
    /// Children", "Looked After Children").
    private mutating func markPhrases(_ bytes: UnsafeBufferPointer<UInt8>) {
        let longest = lexicon.longestPhrase
        guard longest > 1 else { return }
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalizedLike else { index += 1; continue }
            let range = tokens[index].start..<tokens[index].end
            guard tokens[index].phraseStart else { index += 1; continue }
            lower.load(bytes, range)
            var matchedEnd = -1
            var last = index
            // Phrases run through capitalised words and short joiners ("Action for
            // Children", "Children in Care Council"); stop at anything else.
            while last + 1 < tokens.count, last + 1 - index < longest, tokens[last + 1].gap.isPlainSpace,
                  tokens[last + 1].isCapitalizedLike || tokens[last + 1].length <= 3 {
                last += 1
                lower.append(word: bytes, tokens[last].start..<tokens[last].end)
                let classes = lower.bytes.withUnsafeBufferPointer { lexicon.phraseClasses(of: $0) }
                if !classes.isDisjoint(with: .nonPersonal) { matchedEnd = last }
                if !classes.contains(.phrasePrefix) { break }  // nothing longer can match
            }
            if matchedEnd > index {
                for covered in index...matchedEnd { tokens[covered].inNonPersonalPhrase = true }
                index = matchedEnd + 1
            } else {
                index += 1
            }
        }
    }

    /// Leaves redaction placeholders ("[PERSON 2]", "[REDACTED]") and letter
    /// pseudonyms ("X", "xxx") alone.
    private mutating func markPlaceholder(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let token = tokens[index]
        if token.shape == .initial, let letter = Optional(bytes[token.start]), letter >= 0x58 && letter <= 0x5A {
            skip[index] = true  // X, Y, Z
        } else if token.length >= 2, (token.start..<token.end).allSatisfy({ bytes[$0] | 0x20 == 0x78 }) {
            skip[index] = true  // xx, xxx, XXXX
        } else if token.shape == .upper, token.gap.contains(.bracket), token.start > 0, bytes[token.start - 1] == 0x5B {
            skip[index] = true  // [PERSON 1], [REDACTED]
        } else if token.contraction {
            skip[index] = true  // couldn't, I'll
        } else if token.shape == .initial, token.dotAfter, let next = tokens[safe: index + 1], next.shape == .initial,
                  next.gap == [.sentenceEnd], let third = tokens[safe: index + 2], third.shape == .initial, third.gap == [.sentenceEnd] {
            // D.O.B., N.F.A.: three dotted capitals are an abbreviation, not initials.
            for dotted in index...(index + 2) { skip[dotted] = true }
        } else if token.shape == .capitalized, token.length >= 3, bytes[token.end - 1] == 0x73,
                  (token.start..<(token.end - 1)).allSatisfy({ bytes[$0] &- 0x41 < 26 }) {
            skip[index] = true  // IROs, GCSEs, PAs: plural acronyms (but not "MMcA")
        }
    }

    /// A lone lower-case "i", or a third or more of the sentences starting in lower case.
    static func looksInformal(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lowerStarts = 0, starts = 0
        for token in tokens {
            if token.length == 1, bytes[token.start] == 0x69 { return true }
            if token.sentenceStart {
                starts += 1
                if token.shape == .lower { lowerStarts += 1 }
            }
        }
        return lowerStarts > 0 && lowerStarts * 3 >= starts
    }

    // MARK: - Judging one word

    private mutating func judge(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        let classes = token.classes
        if hasKnownParties, detector.known.matches(token, bytes, &lower) { return .knownParty }
        if classes.contains(.allowed) { return nil }
        if classes.contains(.denied) { return .denied }
        // Titles, relationship words, greetings and field labels introduce names; they
        // are not names themselves ("PC Ingram", "Love, Akosua", "Attendees:").
        if !token.context.isDisjoint(with: [.honorific, .greeting, .signoff, .field]) { return nil }
        // In a text message, "i told mrs hardy": a title written in lower case, before a
        // name or a word no list knows (not "we will miss her", "miss school").
        if informal, token.shape == .lower, token.context.isEmpty, token.length >= 2,
           !classes.isDisjoint(with: .name) || !classes.contains(.common), let previous = tokens[safe: index - 1],
           previous.shape == .lower, previous.context.contains(.honorific),
           token.gap.subtracting([.space, .sentenceEnd]).isEmpty, token.gap.contains(.space) {
            return .honorific
        }
        if token.shape == .lower, !informal || classes.isDisjoint(with: .name) || classes.contains(.common) && !classes.contains(.forename) {
            if informal {
                // "from leahs house": a possessive without its apostrophe.
                if classes.isEmpty, token.length >= 4, bytes[token.end - 1] == 0x73 {
                    let stem = stemClasses(token, bytes)
                    if stem.contains(.forename), !stem.contains(.common) { return .possessive }
                }
            }
            return nil  // most words: lower-case and not names
        }
        let intro = introducer(before: index, bytes)
        let isName = !classes.isDisjoint(with: .name)
        let common = classes.contains(.common)
        let nonPersonal = NameRun.isNonPersonal(token)
        let ambiguous = isName && (common || !classes.isDisjoint(with: .nonPersonal))

        switch token.shape {
        case .initial:
            if intro.contains(.honorific) {
                // "Mr J. Smith" / "Mr J Smith": an initial; "Mrs B" alone (or "Mrs D. The
                // Council ...") is a pseudonym.
                if let next = tokens[safe: index + 1], next.gap.subtracting([.space, .sentenceEnd]).isEmpty,
                   next.shape == .capitalized || next.shape == .upper,
                   !(next.classes.contains(.common) && next.classes.isDisjoint(with: .name)),
                   !NameRun.isNonPersonal(next) || next.classes.contains(.surname) {
                    return .honorificInitial
                }
                return nil
            }
            // "her daughter C was upset" — but "her grandson, C," and "Child A" are the
            // pseudonyms of published decisions.
            if intro.contains(.kinship), token.gap.isPlainSpace, let previous = tokens[safe: index - 1],
               !NameRun.isGeneric(previous, bytes) {
                return .introduced
            }
            return nil
        case .capitalized:
            if intro.contains(.honorific) { return .honorific }
            // "Autumn (DOB: 30/10/2019)", "Ellis, born 2017".
            if isName, NameRun.birthFollows(tokens[index].end, bytes) { return .withBirthDate }
            // A place that is also a name, after a relationship or greeting: "her
            // girlfriend Paisley", "Dear Florence".
            let onlyPlace = classes.contains(.place) && !token.inNonPersonalPhrase
                && classes.isDisjoint(with: [.organisation, .role, .titlecase])
            if onlyPlace, isName, !intro.isDisjoint(with: [.kinship, .greeting]) { return .introduced }
            if nonPersonal || beforeInstitution(index) {
                return nil
            }
            if afterLocative(index), !isName || classes.contains(.place) { return nil }
            if !intro.isDisjoint(with: [.kinship, .role, .greeting]), isName || !common, !beforeRole(index) {
                return .introduced
            }
            if intro.contains(.field), isName || !common { return .field }
            if !common && classes.isDisjoint(with: .nonPersonal) {
                if isName { return .nameList }
                if token.shape == .capitalized, token.length >= 2, !looksLikeEnglish(index, bytes) {
                    return .unknownProperNoun
                }
                return nil
            }
            guard ambiguous else { return nil }
            return ambiguousInContext(index, intro, bytes)
        case .upper:
            if intro.contains(.honorific) { return .honorific }
            if nonPersonal { return nil }
            if !intro.isDisjoint(with: [.kinship, .greeting, .field]), isName { return .introduced }
            if isName, !common, token.length >= 4 { return .capitalsName }
            if NameRun.isStaffInitials(tokens, index, bytes) { return .staffInitials }
            return nil
        case .lower, .other:
            if nonPersonal || !informal { return nil }
            // "my daughter summer", but not "my son will" nor "her daughter as well".
            if classes.contains(.forename), token.context.isEmpty, token.gap.isPlainSpace, intro.contains(.kinship),
               let previous = tokens[safe: index - 1], previous.shape == .lower, !NameRun.isGeneric(previous, bytes) {
                return .introduced
            }
            if classes.contains(.titlecase) { return nil }
            if isName, !common, token.length >= 3 { return .lowercaseName }
            if classes.contains(.forename), !classes.contains(.frequent), intro.contains(.greeting) { return .introduced }
            return nil
        }
    }

    /// Words of the non-personal lists, except those that are also common names (June,
    /// Chelsea, Foster), which are judged by context.
    static func isNonPersonal(_ token: Token) -> Bool {
        if token.inNonPersonalPhrase { return true }
        return !token.classes.isDisjoint(with: .nonPersonal) && !token.classes.contains(.nameClash)
    }

    /// Whether the word before `index` is "in", "at", "near" ... with only a space between:
    /// a capitalised word there is a place ("in Kharkiv", "near Stanley").
    private func afterLocative(_ index: Int) -> Bool {
        guard let previous = tokens[safe: index - 1], tokens[index].gap.isPlainSpace else { return false }
        return previous.context.contains(.locative)
    }

    /// Whether the capitalised word after `index` heads an institution ("Royal Victoria
    /// Infirmary", "St Mary's Hospital", "Ashdown Care LLP"), making it part of a building's or a
    /// company's name.
    private func beforeInstitution(_ index: Int) -> Bool {
        var position = index + 1
        while position <= index + 2, let next = tokens[safe: position], next.gap.isPlainSpace, next.shape == .capitalized || next.shape == .upper {
            if next.context.contains(.institution) { return true }
            position += 1
        }
        return false
    }

    /// Whether a capitalised role word follows: "Dear Link Officer", "Dear Duty Manager".
    private func beforeRole(_ index: Int) -> Bool {
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized else { return false }
        return next.classes.contains(.role)
    }

    /// Whether `index` continues a list of places: "in Chelsea and Florence".
    private func inPlaceList(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, tokens[index].classes.contains(.place) else { return false }
        let joiner = tokens[index - 1]
        let joined = (joiner.length <= 3 && joiner.shape == .lower && tokens[index].gap.isPlainSpace) || tokens[index].gap.contains(.comma)
        let before = tokens[index - (tokens[index].gap.contains(.comma) ? 1 : 2)]
        return joined && classes(of: before, bytes).contains(.place) && rules[index - (tokens[index].gap.contains(.comma) ? 1 : 2)] == nil
    }

    /// The lists of `token` without its last byte ("leah" of "leahs").
    private func stemClasses(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        guard let key = ShortWordTable.key(bytes, token.start..<(token.end - 1)) else { return [] }
        return WordInfo(rawValue: cold.value(for: key) ?? 0).classes
    }

    /// The lists of `token`, looking them up if ``classify(_:)`` skipped it as a rare
    /// lower-case word.
    private func classes(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        guard skipsRareLowercase, token.shape == .lower, !token.hyphenated, let key = ShortWordTable.key(bytes, token.start..<token.end) else {
            return token.classes
        }
        return WordInfo(rawValue: cold.value(for: key) ?? 0).classes
    }

    /// "child", "children", "baby": kinship words generic enough that a letter after
    /// them is a pseudonym ("Child A").
    static func isGeneric(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.length >= 4, bytes[token.start] | 0x20 == 0x63 || bytes[token.start] | 0x20 == 0x62 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self).lowercased()
        return word == "child" || word == "children" || word == "baby"
    }

    static let englishSuffixes: [[UInt8]] = ["s", "es", "ed", "d", "ing", "ly", "er", "ers", "ee", "ees", "ness", "ment", "ments", "ised", "ized"].map { Array($0.utf8) }
    static let englishPrefixes: [[UInt8]] = ["re", "un", "pre", "non", "co", "over", "under", "mis", "dis", "out"].map { Array($0.utf8) }

    /// An unknown capitalised word that is an English word with a prefix or suffix
    /// ("Rebooked", "Themed", "Saturdays"), not a name.
    private mutating func looksLikeEnglish(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length >= 5 else { return false }
        lower.load(bytes, token.start..<token.end)
        let word = lower.bytes
        let suffixes = NameRun.englishSuffixes, prefixes = NameRun.englishPrefixes
        func isCommon(_ candidate: ArraySlice<UInt8>) -> Bool {
            guard candidate.count >= 3 else { return false }
            return Array(candidate).withUnsafeBufferPointer { lexicon.classes(of: $0).contains(.common) }
        }
        for suffix in suffixes where word.count > suffix.count + 2 && word.suffix(suffix.count).elementsEqual(suffix) {
            let stem = word.dropLast(suffix.count)
            if isCommon(stem) { return true }
            if suffix.first == 0x65 || suffix == Array("ing".utf8), isCommon(stem + [0x65]) { return true }  // e-dropping: "themed" → "theme"
        }
        // Compounds of two ordinary words: "Homeschooling", "Lifestory", "Stepdown".
        if word.count >= 7, word.allSatisfy({ $0 &- 0x61 < 26 }) {
            for split in 3...(word.count - 3) where isCommon(word[..<split]) {
                let rest = word[split...]
                if isCommon(rest) { return true }
                for suffix in suffixes where rest.count > suffix.count + 2 && rest.suffix(suffix.count).elementsEqual(suffix) {
                    if isCommon(rest.dropLast(suffix.count)) { return true }
                }
            }
        }
        for prefix in prefixes where word.count > prefix.count + 3 && word.prefix(prefix.count).elementsEqual(prefix) {
            let rest = word.dropFirst(prefix.count)
            if isCommon(rest) { return true }
            for suffix in suffixes where rest.count > suffix.count + 2 && rest.suffix(suffix.count).elementsEqual(suffix) {
                if isCommon(rest.dropLast(suffix.count)) { return true }
            }
        }
        return false
    }

    /// A capitalised word that is both a name and an ordinary word (or a place).
    private func ambiguousInContext(_ index: Int, _ intro: ContextRole, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        let dateLike = token.classes.contains(.titlecase)
        let previous = tokens[safe: index - 1]
        let next = tokens[safe: index + 1]
        let afterTemporal = previous.map { $0.context.contains(.temporal) && token.gap.isPlainSpace } ?? false
        // "in Stanley", "in Chelsea and Florence": places.
        if token.classes.contains(.place), afterLocative(index) || inPlaceList(index, bytes) { return nil }
        if token.possessive, !(dateLike && (afterTemporal || token.gap.contains(.digit))) { return .possessive }
        // "Hope has settled", "June asked": for a month only a longer verb counts
        // ("June was busy" is about the month).
        let forename = token.classes.contains(.forename)
        if forename, !dateLike, NameRun.roleInBrackets(after: index, tokens, bytes) { return .withRole }
        if forename, let next, next.gap.isPlainSpace, next.context.contains(.personVerb), next.shape == .lower,
           !dateLike || next.length >= 4 {
            return .personVerb
        }
        // Alone in mid-sentence, not part of a Title Case run ("the Green Paper"), and
        // for a month not after "in", "by", "last" nor before a year ("June 2024").
        // "on 14 August", "June 2024": a month beside a number is a date.
        let besideNumber = token.gap.contains(.digit) || (next.map { $0.gap.contains(.digit) } ?? false)
        // "the Fisher children", "the Green family", "the Lamb case".
        if token.classes.contains(.surname), let next, next.gap.isPlainSpace, next.context.contains(.familyNoun) {
            return .familyName
        }
        // Truly mid-sentence: a lower-case word just before ("tell Grace that", not
        // "the Bill") and no capitalised word just after.
        if forename, !token.sentenceStart, !(dateLike && (afterTemporal || besideNumber)),
           let previous, previous.shape == .lower, !previous.context.contains(.determiner),
           token.gap.subtracting([.space, .comma]).isEmpty {
            let joinedAfter = next.map { $0.gap.isPlainSpace && $0.isCapitalizedLike } ?? false
            if !joinedAfter { return .isolated }
        }
        return nil
    }

    /// The context roles of the words just before `index` (one to three words, so
    /// "social worker", "good afternoon" and "thank you to" count), when nothing but
    /// spaces, a comma or a colon separates them from it.
    private mutating func introducer(before index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> ContextRole {
        guard index > 0 else { return [] }
        let token = tokens[index]
        let previous = tokens[index - 1]
        let allowed: Gap = [.space, .comma, .colon, .newline, .dash]
        var gap = token.gap
        if previous.dotAfter, previous.context.contains(.honorific) { gap.remove(.sentenceEnd) }
        guard gap.subtracting(allowed).isEmpty, !gap.contains(.blankLine) else { return [] }
        // "my son's school", "Carer's NI number": a possessive introduces no name.
        if previous.possessive { return [] }
        var roles = previous.context
        // A field label must end with a colon and start its line.
        if roles.contains(.field), !(gap.contains(.colon) && (previous.sentenceStart)) { roles.remove(.field) }
        if gap.contains(.newline) { roles.formIntersection(.signoff) }
        if roles.contains(.honorific), gap.contains(.comma) { roles.remove(.honorific) }
        // Phrases: "social worker", "thank you to", "good afternoon".
        var first = index - 1
        guard previous.context.contains(.phraseEnd) else { return roles }
        while first > 0, index - first < context.longestPhrase, tokens[first].gap.isPlainSpace {
            first -= 1
            lower.load(bytes, tokens[first].start..<tokens[first].end)
            for word in (first + 1)..<index { lower.append(word: bytes, tokens[word].start..<tokens[word].end) }
            let more = lower.bytes.withUnsafeBufferPointer { context.roles($0) }
            roles.formUnion(more.subtracting([.personVerb, .temporal, .field]))
        }
        return roles
    }

    // MARK: - Sign-offs and neighbours

    /// "Best wishes,\nHarinakshi Halder" and "Kind regards, Tomasz": the words after a
    /// sign-off, on its line or the next, are a name.
    private mutating func isSignoffName(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.isCapitalizedLike, !NameRun.isNonPersonal(token) else { return false }
        guard token.gap.contains(.newline) || token.gap.contains(.comma) else { return false }
        let intro = introducer(before: index, bytes)
        guard intro.contains(.signoff) else { return false }
        // Only when the sign-off ends its line or is followed by a comma, and the
        // candidate is a name or not an ordinary word.
        return !(token.classes.contains(.common) && !token.classes.contains(.forename))
    }

    /// Names spread to their neighbours: the rest of a full name ("Grace Green",
    /// "J. Smith", "Kalpit Loyal") and the other names in a list ("June and Ben").
    private mutating func extend(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Forename + surname pairs, even when both are ordinary words too.
        for index in tokens.indices.dropLast() where !skip[index] && !skip[index + 1] && tokens[index].shape == .capitalized {
            let first = tokens[index], second = tokens[index + 1]
            guard second.gap.isPlainSpace, second.shape == .capitalized,
                  first.classes.contains(.forename), second.classes.contains(.surname),
                  !NameRun.isNonPersonal(first), !first.context.contains(.signoff), !first.context.contains(.greeting),
                  !second.inNonPersonalPhrase, second.classes.isDisjoint(with: [.organisation, .role, .titlecase])
                  || second.classes.contains(.nameClash) else { continue }
            if rules[index] == nil { rules[index] = .fullName }
            if rules[index + 1] == nil { rules[index + 1] = .fullName }
        }
        // Only capitalised words and name particles can join a name. A word's verdict
        // depends on the rules of the two words either side, so a round re-judges only
        // the words whose neighbourhood changed since they were last judged.
        var candidates: [Int] = []
        for index in tokens.indices where !skip[index] && (tokens[index].isCapitalizedLike || tokens[index].context.contains(.particle)
            || informal && tokens[index].shape == .lower && tokens[index].classes.contains(.forename)) {
            candidates.append(index)
        }
        var judgedAt = Array(repeating: -1, count: candidates.count)
        var changedAt: [Int] = []  // per token, the step its rule was set in this pass
        var step = 0
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {
            changed = false
            rounds += 1
            for (position, index) in candidates.enumerated() where rules[index] == nil {
                if judgedAt[position] >= 0 {
                    let low = max(index - 2, 0), high = min(index + 2, tokens.count - 1)
                    guard !changedAt.isEmpty, (low...high).contains(where: { changedAt[$0] > judgedAt[position] }) else { continue }
                }
                step += 1
                judgedAt[position] = step
                if let rule = neighbourRule(index, bytes) {
                    rules[index] = rule
                    if changedAt.isEmpty { changedAt = Array(repeating: 0, count: tokens.count) }
                    changedAt[index] = step
                    changed = true
                }
            }
        }
    }

    private func neighbourRule(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        // Every rule below needs a name within two words: most words have none.
        let low = max(index - 2, 0), high = min(index + 2, tokens.count - 1)
        guard (low...high).contains(where: { rules[$0] != nil }) else { return nil }
        let token = tokens[index]
        let classes = token.classes
        // Particles inside a family name: "Llinos ap Gruffudd", "Daan van der Berg".
        if token.shape == .lower, token.context.contains(.particle), index > 0, rules[index - 1] != nil,
           let next = tokens[safe: index + 1], next.gap.isPlainSpace, token.gap.isPlainSpace,
           next.shape == .capitalized || next.context.contains(.particle) {
            return .adjacent
        }
        // In a text message, a lower-case given name in a list with a name: "jade and kai".
        if token.shape == .lower {
            guard informal, token.classes.contains(.forename), token.context.isEmpty, token.length >= 3,
                  !token.classes.contains(.titlecase), !NameRun.isNonPersonal(token) else { return nil }
            return listNeighbour(index, direction: 1, bytes) || listNeighbour(index, direction: -1, bytes) ? .list : nil
        }
        guard token.isCapitalizedLike else { return nil }
        if NameRun.isInitialsOfName(tokens, rules, index, bytes) { return .initialsOfName }
        if !token.context.isDisjoint(with: ContextRole.introducer.union(.field)) { return nil }
        // A place or a listed word can be a family name right after a name ("Margaret
        // Eastwood", "Dyllan Young") when nothing capitalised follows.
        let nextCapitalised = tokens[safe: index + 1].map { $0.gap.isPlainSpace && $0.isCapitalizedLike } ?? false
        let listedSurname = index > 0 && rules[index - 1] != nil && sameName(tokens[index - 1], token, gap: token.gap)
            && classes.contains(.surname) && !token.inNonPersonalPhrase && !nextCapitalised
            && classes.isDisjoint(with: [.organisation, .role])
        // "Signed: A Nowak", "cc: A Smith": after a label's colon, "A" is an initial.
        if token.shape == .initial, token.gap.contains(.colon), let next = tokens[safe: index + 1], rules[index + 1] != nil,
           sameName(token, next, gap: next.gap) {
            return .adjacent
        }
        if NameRun.isNonPersonal(token) && !listedSurname { return nil }
        if beforeInstitution(index) || (classes.contains(.place) && afterLocative(index)) { return nil }
        // Rare ordinary words are given names too ("Testimony Obiakor", "Marvellous Sibanda").
        let rareWord = classes.contains(.common) && !classes.contains(.frequent) && token.shape == .capitalized
        let nameLike = !classes.isDisjoint(with: .name) || !classes.contains(.common) || token.shape == .initial || rareWord
        guard nameLike else { return nil }
        // Directly beside a name: "Kalpit Loyal", "J. Smith", "MARK STEVENS".
        if let next = tokens[safe: index + 1], rules[index + 1] != nil, sameName(token, next, gap: next.gap) {
            return .adjacent
        }
        if index > 0, rules[index - 1] != nil, sameName(tokens[index - 1], token, gap: token.gap) {
            return .adjacent
        }
        // Lists: "June and Ben", "Amy, Kofi and Jo", "Amy & Kofi" (capitalised words, not
        // acronyms: "Deborah Whitlock, NI number" is no list).
        guard token.shape == .capitalized, !classes.isDisjoint(with: .name) || !classes.contains(.common) else { return nil }
        if listNeighbour(index, direction: 1, bytes) || listNeighbour(index, direction: -1, bytes) { return .list }
        return nil
    }

    private func sameName(_ left: Token, _ right: Token, gap: Gap) -> Bool {
        let quotedNickname = gap.contains(.quote) && gap.subtracting([.space, .quote]).isEmpty
            && left.shape == .capitalized && right.shape == .capitalized
        let plain = gap.isPlainSpace || quotedNickname
            || (left.shape == .initial && left.dotAfter && gap.subtracting([.space, .sentenceEnd]).isEmpty)
        guard plain else { return false }
        if left.shape == .upper || right.shape == .upper { return left.shape != .capitalized && right.shape != .capitalized }
        return true
    }

    private func listNeighbour(_ index: Int, direction: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if direction > 0 {
            guard let next = tokens[safe: index + 1] else { return false }
            if next.gap.subtracting([.space, .ampersand]).isEmpty, next.gap.contains(.ampersand), rules[index + 1] != nil { return true }
            if next.gap == [.space], isAnd(next, bytes), let after = tokens[safe: index + 2], after.gap == [.space], rules[index + 2] != nil {
                return true
            }
            if next.gap.subtracting([.space, .comma]).isEmpty, next.gap.contains(.comma), rules[index + 1] != nil, next.isCapitalizedLike {
                return true
            }
            return false
        }
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if token.gap.subtracting([.space, .ampersand]).isEmpty, token.gap.contains(.ampersand), rules[index - 1] != nil { return true }
        if token.gap == [.space], isAnd(previous, bytes), index >= 2, previous.gap == [.space], rules[index - 2] != nil { return true }
        if token.gap.subtracting([.space, .comma]).isEmpty, token.gap.contains(.comma), rules[index - 1] != nil,
           !token.classes.isDisjoint(with: .name) {
            return true
        }
        return false
    }

    private func isAnd(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.length == 3 else { return false }
        return bytes[token.start] | 0x20 == 0x61 && bytes[token.start + 1] | 0x20 == 0x6E && bytes[token.start + 2] | 0x20 == 0x64
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
