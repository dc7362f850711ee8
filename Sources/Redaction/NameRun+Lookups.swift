import Lexicon

/// Looking words up: their lists, context roles, phrases, placeholders and what other
/// detectors already cover.
extension NameRun {
    /// Looks up every word's lists and roles, then marks the placeholders.
    mutating func classify(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Short ASCII words, nearly all, in one tight pass over the tokens in place; the
        // rest (long or non-ASCII words, unlisted hyphenated ones) after it.
        var general: [Int] = []
        var hyphenated: [Int] = []
        var rare: [Int] = [], greetings: [Int] = []
        let hot = self.hot, cold = self.cold, skipsRareLowercase = self.skipsRareLowercase
        tokens.withUnsafeMutableBufferPointer { tokens in
            for index in tokens.indices {
                let token = tokens[index]
                guard let key = ShortWordTable.key(ofWord: bytes, token.start..<token.end) else {
                    if general.isEmpty { general.reserveCapacity(32) }  // once, not doubling from one
                    general.append(index)
                    continue
                }
                let value: UInt32
                if let found = hot.value(for: key) {
                    value = found  // a frequent or context word: one cached probe
                } else if skipsRareLowercase, token.shape == .lower, !token.hyphenated {
                    if rare.isEmpty { rare.reserveCapacity(32) }  // once, not doubling from one
                    rare.append(index)
                    continue
                } else {
                    value = cold.value(for: key) ?? 0
                }
                let info = WordInfo(rawValue: value)
                tokens[index].classes = info.classes
                tokens[index].context = info.roles
                tokens[index].phraseStart = info.phraseStart
                if token.hyphenated, info.classes.isEmpty { hyphenated.append(index) }
                // A greeting or a sign-off in lower case ("hi", "thanks"), for names in
                // lower case after it even in formal text.
                if info.roles.rawValue & NameRun.greetingBits != 0, token.shape == .lower {
                    if greetings.isEmpty { greetings.reserveCapacity(8) }
                    greetings.append(index)
                }
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
        rareLowercase = rare
        lowercaseGreetings = greetings
        capitals.removeAll(keepingCapacity: true)
        capitals.reserveCapacity(tokens.count)  // once, not doubling as it fills
        lowerCandidates.removeAll(keepingCapacity: true)
        hyphenatedCapitals.removeAll(keepingCapacity: true)
        var animals: UInt16 = 0  // the animals' bit of every word's lists, together
        for index in tokens.indices {
            let token = tokens[index]
            animals |= token.classes.rawValue
            if token.shape != .lower {
                capitals.append(index)
                if token.hyphenated, token.shape == .upper { hyphenatedCapitals.append(index) }
                // Two capitals are initials, not a relative's word: "BA (Principal Social
                // Worker)" is no "Ba" (a Gujarati grandmother), "GF" no girlfriend.
                if token.shape == .upper, token.end - token.start == 2 {
                    tokens[index].context = ContextRole(rawValue: token.context.rawValue & ~ContextRole.kinship.rawValue)
                }
            } else if token.context.contains(.particle) || informal && token.classes.contains(.forename)
                        || token.hyphenated && token.classes.contains(.forename)  // "lily-mae"
                        // The rest of a word broken at a line's end: "Foyzul Mi-↵ah".
                        || token.gap.rawValue & Gap.newline.rawValue != 0 && index > 0 && bytes[tokens[index - 1].end] == 0x2D {
                lowerCandidates.append(index)
            }
            // Most words: lower case, not a contraction, not starting with "x".
            if token.shape == .lower, !token.contraction, bytes[token.start] != 0x78 { continue }
            markPlaceholder(index, bytes)
        }
        hasAnimal = WordClass(rawValue: animals).contains(.animal)
    }

    /// Skips a plural's letters in brackets straight after their word: "child(ren)",
    /// "CHILD(REN)", "name(s)" are no one. Run only in a document the tokenizer saw a
    /// bracket opening straight after a letter in.
    /// - Complexity: O(n) in the words, the gap tested for most.
    @inline(never)
    mutating func skipPluralLetters(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in tokens.indices.dropFirst() where tokens[index].gap.rawValue == Gap.bracket.rawValue {
            let token = tokens[index], word = tokens[index - 1]
            guard word.end + 1 == token.start, bytes[word.end] == 0x28, token.length <= 3,
                  token.shape == .lower || word.shape == .upper && token.shape == .upper else { continue }
            skip[index] = true
            rules[index] = nil
        }
    }

    /// Skips the words straight after "#" or "@": a hashtag's or a handle's words are no
    /// one's name here ("#YouSaidWeDid", "@WestmoorCouncil"; a person's handle is an
    /// identifier's finding). Run only in a document the tokenizer saw such a mark in.
    /// - Complexity: O(n) in the words, a bit of the gap tested for most.
    @inline(never)
    mutating func skipHashtagsAndHandles(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in tokens.indices where tokens[index].gap.rawValue & Gap.other.rawValue != 0 && tokens[index].start > 0 {
            let before = bytes[tokens[index].start - 1]
            if before == 0x23 || before == 0x40 { skip[index] = true }
        }
    }

    /// Adds to ``lowerCandidates``, in order, the words of a message that no list has and
    /// that may be given names (``isUnlistedNameShape(_:_:)``: "kamul").
    @inline(never)
    mutating func addUnlistedCandidates(_ bytes: UnsafeBufferPointer<UInt8>) {
        var unlisted: [Int] = []
        for index in tokens.indices where tokens[index].classes.rawValue == 0 && NameRun.isUnlistedNameShape(tokens[index], bytes) {
            unlisted.append(index)
        }
        guard !unlisted.isEmpty else { return }
        var merged: [Int] = []
        merged.reserveCapacity(lowerCandidates.count + unlisted.count)
        var next = 0
        for index in lowerCandidates {
            while next < unlisted.count, unlisted[next] < index { merged.append(unlisted[next]); next += 1 }
            merged.append(index)
        }
        merged.append(contentsOf: unlisted[next...])
        lowerCandidates = merged
    }

    /// A Korean or Chinese given name written with a hyphen: two short syllables, the
    /// first capitalised and the second in lower case ("Ji-woo", "Min-jun", "Mei-ling"),
    /// the first no English prefix ("Co-op", "Re-do", "Ex-wife").
    static func isEastAsianGivenName(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.shape == .other || token.shape == .capitalized, token.length >= 5, token.length <= 8,
              bytes[token.start] &- 0x41 < 26 else { return false }
        var hyphen = token.start + 1
        while hyphen < token.end, bytes[hyphen] != 0x2D { hyphen += 1 }
        let first = hyphen - token.start, second = token.end - hyphen - 1
        guard (2...3).contains(first), (2...4).contains(second), bytes[hyphen + 1] &- 0x61 < 26 else { return false }
        for position in token.start + 1..<token.end where position != hyphen && bytes[position] &- 0x61 >= 26 { return false }
        let prefix = NameRun.pair(bytes[token.start] | 0x20, bytes[token.start + 1])
        guard first == 3 else { return !englishPrefixPairs.contains(prefix) }
        let head = token.start..<hyphen
        guard let hash = WordSet.lowercaseHash(bytes, head) else { return false }
        return englishPrefixes3.flags(hash: hash, lowercasing: bytes, head) == 0
    }

    /// Whether `token` is one capitalised syllable of two to four letters said twice:
    /// "Chi-Chi", "Jo-Jo", "Lou-Lou" (not "Bye-bye": the second must be written as the
    /// first, capital and all).
    static func isReduplicatedName(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.length % 2 == 1, token.length >= 5, token.length <= 9 else { return false }
        let half = token.length / 2
        let hyphen = token.start + half
        guard bytes[hyphen] == 0x2D, bytes[token.start] &- 0x41 < 26 else { return false }
        for offset in 0..<half where bytes[token.start + offset] != bytes[hyphen + 1 + offset] { return false }
        return true
    }

    /// "co", "re", "ex", "de", "un", "bi", "up", "in", "on" as the first two letters before a hyphen.
    static let englishPrefixPairs: [UInt16] = ["co", "re", "ex", "de", "un", "bi", "up", "in", "on", "no", "go", "so", "to", "by",
                                               "wi", "ta", "hi", "la", "ho", "yo", "uh", "oh", "er", "um", "ah", "hu", "ha"]
        .map { NameRun.pair($0.utf8.first!, $0.utf8.last!) }
    static let englishPrefixes3 = WordSet(["pre", "non", "pro", "sub", "mid", "off", "out", "all", "ill", "one", "two", "low", "top",
                                           "sci", "mis", "tik", "tut",
                                           "old", "big", "far", "day", "end", "six", "ten", "red", "hot", "mum", "dad", "nan"])

    /// Particles joined to a family name by a hyphen ("Ul-Haq", "Al-Ali", "ap-Rhys"; not
    /// the "De-" or "Le-" of "De-Escalation", "Le-Mans").
    static let hyphenedParticles = WordSet(["al", "el", "ul", "ud", "ur", "bin", "ibn", "abu", "ap"])

    /// Combining forms of peoples and regions before a hyphen: "Anglo-French", "Afro-Caribbean".
    static let combiningForms = WordSet(["anglo", "afro", "indo", "euro", "sino", "franco", "greco", "graeco", "judeo",
                                         "austro", "russo", "turco", "italo", "hiberno", "celto", "nordo", "hispano",
                                         "luso", "germano", "polono", "slavo", "arabo", "serbo", "czecho", "latino"])

    /// For "Smith-Jones" not in any list: a name if any part is a name or unknown; an
    /// ordinary word if every part is one.
    mutating func hyphenatedClasses(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> WordClass {
        let token = tokens[index]
        var start = token.start
        var all: WordClass = [.common]
        var any: WordClass = []
        var hasForename = false
        // A capitalised part that only the name lists know, or no list ("Adesanya" of
        // "Adesanya-Ward"): a family name, whatever the other part is.
        var hasUnknown = false
        var allTitlecase = true
        // Every part capitalised and a family name, though an ordinary word too
        // ("Young-Little", "Mackintosh-Hall").
        var allCapitalisedSurnames = true
        var firstPart: WordClass?
        // Every part a given name, one at least no word, however short, and one at least
        // of four letters ("Mercy-Jo"; not "Wi-Fi").
        var allForenames = true
        var uncommonForename = false
        var longPart = false
        // Parts that are a family name, capitalised and of four letters or more, though
        // an ordinary word too ("Smith" of "Smith-Brazil"), and capitalised places
        // ("Brazil", "Keighley" of "Keighley-Marsh"): a family name made of both.
        // (And the places that are family names too: "Hart" of "Bexley-Hart".)
        var surnameParts = 0, placeParts = 0, placeSurnameParts = 0, parts = 0
        // A particle first and a capitalised family name after it: "Ul-Haq", "Al-Ali".
        var particleFirst = false, particleJoined = false
        // Every part a compass point ("North-East"), or a combining form first
        // ("Anglo-French", "Afro-Caribbean"): a region or a people, not a person.
        var compassParts = 0
        var combiningFirst = false
        var position = token.start
        while position <= token.end {
            if position == token.end || bytes[position] == 0x2D {
                lower.load(bytes, start..<position)
                let part = lower.bytes.withUnsafeBufferPointer { lexicon.classes(of: $0) }
                if firstPart == nil {
                    firstPart = part
                    combiningFirst = lower.bytes.withUnsafeBufferPointer { NameRun.combiningForms.contains($0) }
                    particleFirst = lower.bytes.withUnsafeBufferPointer { NameRun.hyphenedParticles.contains($0) }
                } else if particleFirst, parts == 1, position - start >= 3, bytes[start] &- 0x41 < 26, part.isDisjoint(with: .nonPersonal) {
                    particleJoined = true  // "Ul-Haq", "Al-Ali", "El-Din": a family name however short
                }
                if lower.bytes.withUnsafeBufferPointer({ NameRun.compassPoints.contains($0) }) { compassParts += 1 }
                if !part.contains(.titlecase) { allTitlecase = false }
                if !part.contains(.forename) { allForenames = false }
                if position - start >= 4 { longPart = true }
                if part.contains(.forename) && !part.contains(.common) && part.isDisjoint(with: .nonPersonal) { uncommonForename = true }
                let short = position - start <= 3
                parts += 1
                if bytes[start] &- 0x41 < 26 {
                    if !short && part.contains(.surname) && part.isDisjoint(with: .nonPersonal) {
                        surnameParts += 1
                    } else if part.contains(.place) {
                        placeParts += 1
                        if !short && part.contains(.surname) { placeSurnameParts += 1 }
                    }
                }
                if short || !part.contains(.surname) || bytes[start] &- 0x41 >= 26 { allCapitalisedSurnames = false }
                // A given name that is not a language or a place: "Rayleigh-Ann", not
                // "Russian-speaking".
                if part.contains(.forename) && !part.contains(.common) && part.isDisjoint(with: .nonPersonal) && position - start >= 3 {
                    hasForename = true
                }
                if !part.isDisjoint(with: .nonPersonal) && !part.contains(.nameClash) {
                    any.formUnion(part.intersection(.nonPersonal))
                }
                if !short {
                    if part.isEmpty || !part.isDisjoint(with: .name) && !part.contains(.common) && part.isDisjoint(with: .nonPersonal),
                       bytes[start] &- 0x41 < 26 {
                        hasUnknown = true
                    }
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
        if allTitlecase || compassParts == parts || combiningFirst && parts == 2 { return .titlecase }
        // (A syllable of a given name is no English word: "Ji-woo", not "Set-up"; a
        // syllable said twice, both capitalised, is a pet name: "Chi-Chi", "Jo-Jo".)
        if hasForename || allForenames && uncommonForename && longPart || firstPart?.contains(.common) == false && NameRun.isEastAsianGivenName(token, bytes)
            || NameRun.isReduplicatedName(token, bytes) {
            return [.forename, .surname]
        }
        if hasUnknown || particleJoined && parts == 2 { return .surname }
        // A double-barrelled family name of two words is both ("Jayden Young-Little"):
        // a name beside a name, an ordinary word alone (a part may be a title's word,
        // as "Young" of "Young People's Service" is, but no place's or team's).
        if all.contains(.common) && allCapitalisedSurnames && any.intersection(.nonPersonal).isSubset(of: .titlecase) {
            return [.common, .surname]
        }
        if surnameParts >= 1, placeParts >= 1, surnameParts + placeParts == parts { return .surname }
        // Places only, one a family name too: a family name beside a given name, a place
        // alone ("Rosalind Bexley-Hart"; "a drive to Bexley-Hart").
        if placeSurnameParts >= 1, placeParts == parts { return [.surname, .place] }
        if !any.isDisjoint(with: .nonPersonal) { return any.intersection(.nonPersonal) }
        if !any.isDisjoint(with: .name) { return .surname }
        return all.contains(.common) ? [.common] : any
    }

    /// Marks the words inside what another detector found (they are skipped).
    /// - Complexity: O(f log n) for f findings and n words: each finding's first word
    ///   is found by binary search, not by walking every word.
    mutating func markCovered(_ findings: [Finding], _ bytes: UnsafeBufferPointer<UInt8>) {
        guard !findings.isEmpty else { return }
        let sorted = findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for finding in sorted {
            var index = firstToken { $0.end > finding.range.lowerBound }  // the first word ending after it starts
            while index < tokens.count, tokens[index].start < finding.range.upperBound {
                tokens[index].covered = true
                skip[index] = true
                index += 1
            }
        }
        markLocalities(sorted, bytes)
    }

    /// A town between a street address and its postcode ("14 Larch Close, Kendal, LA9 4PQ")
    /// is part of the address, not a person; so is one after the street and a comma
    /// without a postcode ("27 Wellesley Road, Hurstfield, which", "Flat 12, Ravenscar
    /// Court, Ashwell.").
    mutating func markLocalities(_ sorted: [Finding], _ bytes: UnsafeBufferPointer<UInt8>) {
        var cursor = 0
        for (position, finding) in sorted.enumerated() where finding.type == .address {
            // Tokens are in order: move a cursor instead of scanning them all again.
            while cursor < tokens.count, tokens[cursor].start < finding.range.upperBound { cursor += 1 }
            guard let next = sorted[(position + 1)...].prefix(4).first(where: { $0.range.lowerBound >= finding.range.upperBound }),
                  next.type == .postcode, next.range.lowerBound - finding.range.upperBound < 60 else {
                markTown(at: cursor, after: finding.range.upperBound, bytes)
                continue
            }
            var index = cursor
            while index < tokens.count, tokens[index].end <= next.range.lowerBound {
                skip[index] = true
                index += 1
            }
        }
    }

    /// The town after a street and a comma, without a postcode: "27 Wellesley Road,
    /// Hurstfield, which", "Ravenscar Court, Ashwell." — one word no list has as a given
    /// name, or two when the second is a compass point ("Ashwell North"). Not a person
    /// there: "14 Larch Close, Mrs Hart said", "27 Wellesley Road, Sarah Jones opened".
    mutating func markTown(at index: Int, after end: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard index < tokens.count, tokens[index].start == end + 2, bytes[end] == 0x2C, bytes[end + 1] == 0x20 else { return }
        let town = tokens[index]
        guard town.isCapitalizedLike, !town.classes.contains(.forename), town.context.isDisjoint(with: [.honorific, .greeting]) else {
            return
        }
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.isCapitalizedLike {
            guard NameRun.isOneOf(NameRun.compassPoints, next, bytes) else { return }  // "Hart Jones"
            skip[index + 1] = true
        }
        skip[index] = true
    }

    /// Marks words inside multi-word non-personal phrases ("Tower Hamlets", "Action for
    /// Children", "Looked After Children", "King's Lynn": a possessive word keeps its "'s"
    /// here, as the lists write it).
    mutating func markPhrases(_ bytes: UnsafeBufferPointer<UInt8>) {
        let longest = lexicon.longestPhrase
        guard longest > 1 else { return }
        // Phrases start with a capitalised word: only those are visited, in order. One
        // may start inside another: "The Family Finder" holds "the family" and "family
        // finder".
        for index in capitals where tokens[index].phraseStart && tokens[index].isCapitalizedLike {
            var matchedEnd = -1
            var last = index
            // Phrases run through capitalised words and short joiners ("Action for
            // Children", "Children in Care Council"); stop at anything else.
            func continues(_ next: Int) -> Bool {
                next < tokens.count && next - index < longest && tokens[next].gap.isPlainSpace
                    && (tokens[next].isCapitalizedLike || tokens[next].length <= 3)
            }
            guard continues(index + 1) else { continue }
            // ASCII words one space apart (nearly all phrases) are hashed as they come,
            // the phrase compared where it stands; any other is copied, lower-cased, with
            // one space between its words and "'s" for "’s".
            let start = tokens[index].start
            var end = phraseWordEnd(index, bytes)
            var hashed = end.flatMap { WordSet.hashFolding(WordSet.hashSeed, bytes, start..<$0) }
            var copied = false
            func copy(_ word: Int) {
                let token = tokens[word]
                if word == index { lower.load(bytes, token.start..<token.end) } else { lower.append(word: bytes, token.start..<token.end) }
                if token.possessive { lower.appendPossessive() }
            }
            func copiedClasses() -> WordClass { lower.bytes.withUnsafeBufferPointer { lexicon.phraseClasses(of: $0) } }
            while continues(last + 1) {
                last += 1
                let token = tokens[last]
                // A possessive word ends the phrase with its "'s" or without ("the
                // Agency Decision Maker's letter"): both are looked up.
                var classes = WordClass(rawValue: 0)
                if let state = hashed, let previousEnd = end, token.start == previousEnd + 1,
                   let bare = WordSet.hashFolding(WordSet.hashFolding(state, byte: 0x20), bytes, token.start..<token.end),
                   let wordEnd = phraseWordEnd(last, bytes), let whole = WordSet.hashFolding(bare, bytes, token.end..<wordEnd) {
                    classes = lexicon.phraseClasses(hash: WordSet.finishHash(bare), lowercasing: bytes, start..<token.end)
                    if token.possessive {
                        classes.formUnion(lexicon.phraseClasses(hash: WordSet.finishHash(whole), lowercasing: bytes, start..<wordEnd))
                    }
                    (hashed, end) = (whole, wordEnd)
                } else {
                    if !copied {
                        hashed = nil
                        copied = true
                        for word in index..<last { copy(word) }
                    }
                    lower.append(word: bytes, token.start..<token.end)
                    classes = copiedClasses()
                    if token.possessive {
                        lower.appendPossessive()
                        classes.formUnion(copiedClasses())
                    }
                }
                if !classes.isDisjoint(with: .nonPersonal) { matchedEnd = last }
                if !classes.contains(.phrasePrefix) { break }  // nothing longer can match
            }
            if matchedEnd > index {
                for covered in index...matchedEnd { tokens[covered].inNonPersonalPhrase = true }
            }
        }
    }

    /// Where the word at `index` ends in a phrase: after its "'s" when it is possessive
    /// with a straight apostrophe; nil for "’s", which the lists write "'s".
    private func phraseWordEnd(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let token = tokens[index]
        guard token.possessive else { return token.end }
        return bytes[token.end] == 0x27 ? token.end + 2 : nil
    }

    /// Leaves alone a message's word that a name list has too, opening a sentence: "Ive had
    /// him since he was born", "Soz for the late reply" (a function word no dictionary has).
    @inline(__always)
    private mutating func skipMessageWordOpeningSentence(_ index: Int) {
        let token = tokens[index]
        if token.context.rawValue & ContextRole.function.rawValue != 0, token.classes.rawValue & WordClass.common.rawValue == 0 {
            skip[index] = true
        }
    }

    /// Leaves redaction placeholders ("[PERSON 2]", "[REDACTED]"), letter pseudonyms
    /// ("X", "xxx"), a regulation's "Reg" ("a Reg 44 visitor") and a message's word
    /// opening a sentence ("Ive had him") alone.
    mutating func markPlaceholder(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let token = tokens[index]
        // Most words that come here: capitalised, a lower-case ASCII letter second, not
        // starting with X (xxx) or S (St, Saint), not a contraction — none of the cases
        // below. (Tested here, not in the caller: there it made `classify` slower.)
        if token.shape == .capitalized, !token.contraction, token.length >= 2, bytes[token.start] != 0x58,
           bytes[token.start] != 0x53, bytes[token.start + 1] &- 0x61 < 26 {
            if token.length == 3, bytes[token.start] == 0x52, NameRun.isRegulationNumber(token, bytes) { skip[index] = true }
            if token.sentenceStart { skipMessageWordOpeningSentence(index) }
            return
        }
        if token.shape == .capitalized, token.sentenceStart { skipMessageWordOpeningSentence(index) }
        if token.shape == .initial, let letter = Optional(bytes[token.start]), letter >= 0x58 && letter <= 0x5A,
           !(token.dotAfter && tokens[safe: index + 1].map {
               $0.shape == .capitalized && $0.length > 2 && !NameRun.isNonPersonal($0)
                   || $0.shape == .other && $0.hyphenated && startsWithParticle($0, bytes)
           } ?? false) {
            skip[index] = true  // X, Y, Z (but "Z. Iqbal", "Y. al-Khatib" are initials)
        } else if token.length >= 2, (token.start..<token.end).allSatisfy({ bytes[$0] | 0x20 == 0x78 }) {
            skip[index] = true  // xx, xxx, XXXX
        } else if token.shape == .upper, token.gap.contains(.bracket), token.start > 0, bytes[token.start - 1] == 0x5B {
            skip[index] = true  // [PERSON 1], [REDACTED]
        } else if token.contraction {
            skip[index] = true  // couldn't, I'll
        } else if token.shape == .initial, token.dotAfter, bytes[token.start] == 0x50, let next = tokens[safe: index + 1],
                  next.shape == .initial, next.gap == [.sentenceEnd], bytes[next.start] == 0x53, next.dotAfter {
            skip[index] = true  // P.S.
            skip[index + 1] = true
        } else if token.shape == .initial, token.dotAfter, let next = tokens[safe: index + 1], next.shape == .initial,
                  next.gap == [.sentenceEnd], let third = tokens[safe: index + 2], third.shape == .initial, third.gap == [.sentenceEnd] {
            // D.O.B., N.F.A.: three dotted capitals are an abbreviation, not initials.
            for dotted in index...(index + 2) { skip[dotted] = true }
        } else if token.shape == .capitalized, token.length >= 3, bytes[token.end - 1] == 0x73,
                  (token.start..<(token.end - 1)).allSatisfy({ bytes[$0] &- 0x41 < 26 }) {
            skip[index] = true  // IROs, GCSEs, PAs: plural acronyms (but not "MMcA")
        } else if NameRun.isSaint(token.start, token.length, bytes), let next = tokens[safe: index + 1], next.shape == .capitalized,
                  next.gap.isPlainSpace || token.dotAfter && next.gap.subtracting([.space, .sentenceEnd]).isEmpty,
                  namesAPlaceOfASaint(index, bytes) {
            skip[index] = true
            skip[index + 1] = true
        }
    }

    /// Whether "St" or "Saint" at `index` and the word after name a saint's place: the
    /// word is possessive or a building word soon follows ("St Mary's Hospital", "St.
    /// Thomas' Hospital", "admitted to St James's", "St Thomas Hospital"), and no title
    /// or capitalised word comes just before ("Mr. St John", "Ella St John" and "Albert
    /// St. Kayden was asleep" are people).
    func namesAPlaceOfASaint(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let previous = tokens[safe: index - 1], tokens[index].gap.subtracting([.space, .sentenceEnd]).isEmpty,
           previous.isCapitalizedLike || previous.context.contains(.honorific) {
            return false
        }
        let name = tokens[index + 1]
        // "Thomas'": a bare apostrophe after a final s is a possessive too.
        let bareApostrophe = name.end < bytes.count && bytes[name.end - 1] == 0x73
            && (bytes[name.end] == 0x27 || bytes[name.end] == 0xE2 && name.end + 2 < bytes.count
                && bytes[name.end + 1] == 0x80 && bytes[name.end + 2] == 0x99)
        return name.possessive || bareApostrophe || buildingWordFollows(index + 2, bytes)
    }

    /// Whether the word of `length` bytes at `start` is "St" or "Saint" (a dot after
    /// "St" is allowed). Given the word's place, not its token: a token passed by value
    /// is packed into registers at every call.
    static func isSaint(_ start: Int, _ length: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch length {
        case 2: return bytes[start] == 0x53 && bytes[start + 1] == 0x74
        case 5: return bytes[start..<(start + 5)].elementsEqual("Saint".utf8)
        default: return false
        }
    }

    /// A lone lower-case "i", or a third or more of the sentences starting in lower case.
    static func looksInformal(_ tally: Tokenizer.Tally) -> Bool {
        if tally.loneLowercaseI { return true }
        return tally.lowercaseStarts > 0 && tally.lowercaseStarts * 3 >= tally.sentenceStarts
    }

    /// Whether 30 words or more in lower case go on with no sentence's start among them
    /// (no full stop, colon or line's end; words with capitals between them aside), a word of speech among them ("um",
    /// "hi", "yeah", "bye"): speech typed by a machine ("hi its hayley whitworth the DSL…"
    /// after a formal heading), read as a message is.
    /// - Complexity: O(n) in the words, a shape and a gap test each; the words of a long
    ///   stretch are looked at again for speech. Called only where the tokenizer counted
    ///   thirty words with no sentence's start among them and a sentence starting in
    ///   lower case.
    static func hasUnpunctuatedSpeech(_ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
            var run = 0
            var start = 0  // where the stretch being counted starts
            var index = 0
            while index < tokens.count {
                if tokens[index].sentenceStart {
                    run = 0
                    start = index
                }
                if tokens[index].shape == .lower {
                    run &+= 1
                    if run == 30 {
                        // A long stretch: look for a word of speech in it, to its end.
                        var word = start
                        while word < tokens.count, word == start || !tokens[word].sentenceStart {
                            let token = tokens[word]
                            if token.shape == .lower, token.length <= 6, isOneOf(speechWords, token, bytes) { return true }
                            word += 1
                        }
                        index = word
                        continue
                    }
                }
                index &+= 1
            }
            return false
        }
    }

    /// Words only speech has, in a long run of lower case.
    static let speechWords = WordSet(["um", "uh", "erm", "er", "umm", "yeah", "hiya", "hi", "hello", "bye", "ok", "okay", "cheers",
                                      "im", "dont", "cant", "thats", "youre"])
}
