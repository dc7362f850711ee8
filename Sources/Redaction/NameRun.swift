import Lexicon
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The working state of the name detector over one document.
struct NameRun {
    /// The detector's tables, held here so each look-up borrows them instead of copying
    /// them out of the detector (and not the detector itself: the run's helpers are
    /// called for every judged word, and a smaller run is cheaper to pass around).
    let lexicon: Lexicon
    let context: ContextWords
    let known: KnownParties
    let hot: ShortWordTable
    let cold: ShortWordTable
    var hasKnownParties: Bool { !known.isEmpty }
    let hasDenied: Bool
    /// Lower-case words outside the hot table are not looked up: in a formal document,
    /// with no known parties and no deny list, nothing asks what they are.
    var skipsRareLowercase = false
    var tokens: [Token] = []
    /// The words not in lower case, in order: in formal text only they can be names,
    /// so the passes after ``classify(_:)`` visit these instead of every word.
    var capitals: [Int] = []
    /// The lower-case words that can still join a name: particles ("van", "ap") and,
    /// in a text message, given names.
    var lowerCandidates: [Int] = []
    /// The hyphenated words in capitals ("O-W-U-S-U", "SWAN-YOUNG"): where a name
    /// spelled out can be (see ``markSpelledOutNames(_:)``).
    var hyphenatedCapitals: [Int] = []
    /// The few capitalised words the rarer passes look at (``CapitalCues``).
    var cues = CapitalCues()
    /// The lower-case words of formal text that no frequent-word table knows, left
    /// unjudged by ``classify(_:)``: where a name written again in lower case can be.
    var rareLowercase: [Int] = []
    /// The greetings and sign-offs written in lower case ("hi blessing,", "thanks wren
    /// x"): what follows them is asked after the other rules.
    var lowercaseGreetings: [Int] = []
    /// Whether a word for an animal stands in the document (see ``unmarkPets(_:)``).
    var hasAnimal = false
    /// Letters of a script the tokenizer does not read stand in the document (see
    /// ``NameDetector/findNamesInOwnScript(_:_:into:detector:)``).
    var hasScriptLetters = false
    /// ``ContextRole/greeting`` and ``ContextRole/signoff`` as raw bits, tested in
    /// ``classify(_:)``'s tight loop.
    static let greetingBits = ContextRole.greeting.rawValue | ContextRole.signoff.rawValue
    /// ``Gap/newline`` and ``Gap/start`` as raw bits: a word opening a line.
    static let lineStartBits = Gap.newline.rawValue | Gap.start.rawValue
    var rules: [NameRule?] = []
    /// The capitals that stand alone as initials somewhere (bit n for A + n), found when
    /// first asked (see ``standsAlone(_:_:)``).
    var standaloneLetters: UInt32?
    var lower = LowercaseBuffer()
    var skip: [Bool] = []
    /// The document reads like a text message ("i", sentences starting lower case): only
    /// there are lower-case words taken for names.
    var informal = false
    /// Three one-letter words stand in a row somewhere (the tokenizer's count): only
    /// then are names spelled with spaces looked for.
    var hasLetterRun = false

    init(detector: NameDetector) {
        lexicon = detector.lexicon
        known = detector.known
        hasDenied = detector.hasDenied
        context = detector.context
        hot = detector.hot
        cold = detector.cold
    }

    mutating func analyse(_ bytes: UnsafeBufferPointer<UInt8>, covered: [Finding]) {
        let tally = Tokenizer.tokenize(bytes, into: &tokens)
        rules = Array(repeating: nil, count: tokens.count)
        skip = Array(repeating: false, count: tokens.count)
        informal = NameRun.looksInformal(tally) || tally.longStretch && tally.lowercaseStarts > 0 && NameRun.hasUnpunctuatedSpeech(tokens, bytes)
        hasLetterRun = tally.letterRun
        hasScriptLetters = tally.scriptLetters
        skipsRareLowercase = !informal && !hasKnownParties && !hasDenied
        classify(bytes)
        if tally.hashOrAt { skipHashtagsAndHandles(bytes) }
        if tally.gluedBracket { skipPluralLetters(bytes) }
        if informal { addUnlistedCandidates(bytes) }
        markCovered(covered, bytes)
        cues = tokens.withUnsafeBufferPointer { CapitalCues($0, capitals: capitals, bytes, brands: context.brandShapes) }
        markPhrases(bytes)
        // Most words are lower case and, in formal text with no known parties and no deny
        // list, cannot be names: they are not judged at all.
        var signedOff: [Int] = []
        func judgeWord(_ index: Int) {
            if let rule = judge(index, bytes) {
                rules[index] = rule
            } else if isSignoffName(index, bytes) {
                signedOff.append(index)  // applied after: judging reads earlier verdicts
            }
        }
        if skipsRareLowercase {
            for index in capitals where !skip[index] { judgeWord(index) }
            // And the lower-case double given names ("is lily-mae ok?").
            for index in lowerCandidates where !skip[index] && tokens[index].hyphenated { judgeWord(index) }
        } else {
            for index in tokens.indices where !skip[index] { judgeWord(index) }
        }
        for index in signedOff { rules[index] = .signoff }
        if !covered.isEmpty { markNamesInEmailAddresses(covered, bytes) }
        markAsides(bytes)
        markClosingName(bytes)
        markClosingInitials(bytes)
        markSalutationNames(bytes)
        markLoneCapitals(bytes)
        if informal {
            markLowercaseSpeakers(bytes)
            markSelfNamedInMessages(bytes)
            markNamesBeforeAKiss(bytes)
            markLowercaseNamesWithAges(bytes)
            markNamesAfterMyNameIs(bytes)
        }
        if informal {
            markNamesAfterMeAnd(bytes)
            markThankedAndToldNames(bytes)
        }
        markIntroducedCapitals(bytes)
        markLowercaseNamesInFields(bytes)
        markLowercaseNamesAfterTitles(bytes)
        markNamesBeforeHere(bytes)
        markGaelicAndAkanNames(bytes)
        markNicknames(bytes)
        markQuotedNicknamesAfterBigOrLil(bytes)
        extend(bytes)
        markInitialsAmongNames(bytes)
        markInitialsAfterTheirName(bytes)
        markDottedInitials(bytes)
        propagate(bytes)
        markGivenNamesBeforeFamilyNamesFoundAgain(bytes)
        markSpelledOutNames(bytes)
        if hasLetterRun { markSpacedSpellings(bytes) }
        markLogins(bytes)
        markCapitalLogins(bytes)
        markInitialsOfNamesFound(bytes)
        markInitialsAfterFamilyNamesInCapitals(bytes)
        markInitialsInInitialledDocuments(bytes)
        markDoubleBarrelledInitials(bytes)
        markNicknamesAfterAka(bytes)
        if informal {
            markLowercaseNamesAgain(bytes)
            markNicknamesAfterBigOrLil(bytes)
        }
        if !lowercaseGreetings.isEmpty { markNamesAfterLowercaseGreetings(bytes) }
        markLowercaseRepeats(bytes)
        unmarkPets(bytes)
        unmarkBrands(bytes)
        unmarkCodesAndSpeltOutLetters(bytes)
        unmarkPlaceNames(bytes)
        unmarkLandmarks(bytes)  // and hospital wards, and days written as letters
        unmarkSaidAsVerb(bytes)
        unmarkConstituencies(bytes)
        unmarkRatings(bytes)
        unmarkEponyms(bytes)
        unmarkWordsBesideNames(bytes)
        unmarkOrphanedRepeats(bytes)
        // Last: a word-name in lower case follows only what stayed a name ("Rowntree
        // Room" is a room, so "the room is booked" is no one).
        markLowercaseWordNames(bytes)
    }

    /// The index of the first word for which `isPast` holds, given that it holds for
    /// every word after such a word too (``tokens``'s count when none does): "the first
    /// word starting after this colon", "the first word ending after this finding starts".
    /// - Complexity: O(log n), a binary search.
    @inline(__always)
    func firstToken(where isPast: (Token) -> Bool) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(tokens[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// A name found written with a capital, written again in lower case in formal text:
    /// "Nkechi Obiora-Ward (PA)" … "nkechi never gave up on me". Only names that are no
    /// dictionary word nor a place, team or title ("Grant", "Rose" are), and only the
    /// rare words ``classify(_:)`` left unjudged are asked (a lower-case name in formal
    /// text is no frequent word). A rare word that is a given name is one, too, after
    /// "tell" or before a role in brackets.
    /// - Complexity: O(r + c) in the rare words and the capitalised words, a test of
    ///   length and first letter each before any key is made.
    @inline(never)
    mutating func markLowercaseRepeats(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !rareLowercase.isEmpty else { return }
        // The lengths and first letters of the rare words, to pass over most names
        // before making their keys.
        var shapes = WordShapeFilter()
        for index in rareLowercase { shapes.insert(tokens[index], bytes) }
        var names: [ShortWordTable.Key] = []
        for index in capitals where rules[index] != nil && rules[index] != .sameDocument {
            let token = tokens[index]
            guard shapes.mayContain(token, bytes),
                  token.length >= 3, token.shape == .capitalized || token.shape == .upper, !token.classes.contains(.common),
                  token.classes.isDisjoint(with: .nonPersonal), token.context.isEmpty,
                  let key = ShortWordTable.key(ofWord: bytes, token.start..<token.end), !names.contains(key) else { continue }
            names.append(key)
        }
        for index in rareLowercase where tokens[index].length >= 3 && rules[index] == nil && !skip[index] {
            if !names.isEmpty, let key = ShortWordTable.key(ofWord: bytes, tokens[index].start..<tokens[index].end), names.contains(key) {
                rules[index] = .sameDocument
            } else if index > 0, NameRun.afterTell(tokens, index, bytes) || describedByRoleInBrackets(index, bytes),
                      let classes = coldClasses(tokens[index].start..<tokens[index].end, bytes), classes.contains(.forename),
                      !classes.contains(.common), classes.isDisjoint(with: .nonPersonal) {
                // A given name in lower case that context makes one: "tell luca he's the
                // best", "aisha (student SW)".
                rules[index] = .lowercaseName
            } else if isLowercaseGivenName(index, bytes)
                        || tokens[index].gap.rawValue & NameRun.lineStartBits != 0 && NameRun.isSpeakerWithEmoji(tokens, index, bytes) {
                rules[index] = .lowercaseName
            }
        }
    }

    /// A given name in lower case after a greeting or a sign-off in lower case, in formal
    /// text too, when a comma, the line's end, "x" or "!" follows it: "hi blessing, quick
    /// one", "thanks wren x", "thank u sky 💛" (not "hi there,", "thanks again,").
    @inline(never)
    mutating func markNamesAfterLowercaseGreetings(_ bytes: UnsafeBufferPointer<UInt8>) {
        for greeting in lowercaseGreetings where greeting + 1 < tokens.count {
            var index = greeting + 1
            // "thank u sky", "thank you sky": the thanked one after "u" or "you".
            if tokens[index].length <= 3, tokens[index].gap.isPlainSpace, NameRun.isOneOf(NameRun.thankedPronouns, tokens[index], bytes),
               NameRun.isWord(tokens[greeting], "thank", bytes) {
                index += 1
                guard index < tokens.count else { continue }
            }
            let token = tokens[index]
            guard token.shape == .lower, token.gap.isPlainSpace, token.length >= 3, rules[index] == nil, !skip[index],
                  token.context.isEmpty, !token.possessive else { continue }
            let classes = token.classes.isEmpty ? coldClasses(token.start..<token.end, bytes) ?? [] : token.classes
            guard classes.contains(.forename), classes.isDisjoint(with: .nonPersonal) else { continue }
            var after = token.end
            if after < bytes.count, bytes[after] == 0x2C || bytes[after] == 0x21 || bytes[after] == 0x0A || bytes[after] == 0x0D {
                rules[index] = .introduced
                continue
            }
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            // (An emoji after the name ends the thanks too: "thank u sky 💛"; and "for"
            // or "4" what they did: "thanks storm for sticking with me", "thank u gift 4 helping".)
            if NameRun.hasText(bytes, after, "for ") || NameRun.hasText(bytes, after, "4 ") {
                rules[index] = .introduced
                continue
            }
            if after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D || bytes[after] >= 0xF0
                || bytes[after] == 0x78 && (after + 1 == bytes.count || bytes[after + 1] == 0x20 || bytes[after + 1] == 0x0A || bytes[after + 1] == 0x78) {
                rules[index] = .introduced
            }
        }
    }

    static let thankedPronouns = WordSet(["u", "you", "ya"])

    /// In a text message, a given name found in lower case is a name wherever it is
    /// written so again: "the birth mum of ivy, autumn and reggie. ivy and autumn was
    /// adopted together"; so is a word no list has that was found with a capital
    /// ("Dmytri said you rang" … "i want dmytri to ring me").
    /// - Complexity: O(l + c) in the lower-case given names and the capitalised words.
    @inline(never)
    mutating func markLowercaseNamesAgain(_ bytes: UnsafeBufferPointer<UInt8>) {
        var names: [ShortWordTable.Key] = []
        for index in lowerCandidates where rules[index] != nil && rules[index] != .sameDocument && tokens[index].length >= 3 {
            if let key = ShortWordTable.key(ofWord: bytes, tokens[index].start..<tokens[index].end), !names.contains(key) {
                names.append(key)
            }
        }
        // And, for the words no list has, a name found with a capital ("Dmytri said you
        // rang" … "i want dmytri to ring me"), passed over by length and first letter.
        var shapes = WordShapeFilter()
        for index in lowerCandidates where rules[index] == nil && tokens[index].classes.isEmpty {
            shapes.insert(tokens[index], bytes)
        }
        var capitalised: [ShortWordTable.Key] = []
        if !shapes.isEmpty {
            for index in capitals where rules[index] != nil {
                let token = tokens[index]
                guard shapes.mayContain(token, bytes), rules[index] != .sameDocument, token.shape == .capitalized, token.context.isEmpty,
                      let key = ShortWordTable.key(ofWord: bytes, token.start..<token.end), !capitalised.contains(key) else { continue }
                capitalised.append(key)
            }
        }
        guard !names.isEmpty || !capitalised.isEmpty else { return }
        for index in lowerCandidates where rules[index] == nil && !skip[index] && tokens[index].context.isEmpty {
            // A word that is a word too, used as one: "i hope u are ok", "in the autumn",
            // "have faith", "i will mark it".
            if tokens[index].classes.contains(.common), index > 0, tokens[index].gap.isPlainSpace {
                let previous = tokens[index - 1]
                if previous.shape == .lower || previous.shape == .initial,
                   !previous.context.isDisjoint(with: [.function, .determiner]) || previous.length == 1 {
                    if !isAnd(previous, bytes) { continue }
                }
            }
            if let key = ShortWordTable.key(ofWord: bytes, tokens[index].start..<tokens[index].end),
               names.contains(key) || tokens[index].classes.isEmpty && capitalised.contains(key) {
                rules[index] = .sameDocument
            }
        }
    }

    /// Whether a bracket with a role in its first two words follows the word at `index`:
    /// "aisha (student SW)", "Kemi (PA)".
    func describedByRoleInBrackets(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].gap == [.space, .bracket], bytes[tokens[index + 1].start - 1] == 0x28
        else { return false }
        return tokens[index + 1].isRoleWord || index + 2 < tokens.count && tokens[index + 2].gap.isPlainSpace && tokens[index + 2].isRoleWord
    }

    /// Whether `token` can be a compass point ("North", "south", "EAST", "Central"),
    /// by its length and first letter: a test before hashing.
    @inline(__always)
    static func mayBeCompassPoint(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[token.start] | 0x20
        switch token.length {
        case 4: return first == 0x65 || first == 0x77  // east, west
        case 5: return first == 0x6E || first == 0x73  // north, south
        case 7: return first == 0x63  // central
        default: return false
        }
    }

    /// Whether the word at `index` is found as a name somewhere else in the document
    /// ("Kirsty Marsden is the social worker … the Marsden Children's Disability Team").
    /// - Complexity: O(c) in the capitalised words; asked only of a listed name before a
    ///   service's name.
    func namedElsewhere(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let key = ShortWordTable.key(bytes, tokens[index].start..<tokens[index].end) else { return true }
        // (Not where it names the same service again: "Senior Practitioner, Marsden
        // Children's Disability Team".)
        let head = ShortWordTable.key(bytes, tokens[index + 1].start..<tokens[index + 1].end)
        return capitals.contains { other in
            guard other != index, let rule = rules[other], rule != .sameDocument, tokens[other].length == tokens[index].length,
                  ShortWordTable.key(bytes, tokens[other].start..<tokens[other].end) == key else { return false }
            return !(other + 1 < tokens.count && tokens[other + 1].gap.isPlainSpace
                     && ShortWordTable.key(bytes, tokens[other + 1].start..<tokens[other + 1].end) == head)
        }
    }

    /// Whether `rule` is one a place's name can set off, and so gives way to it: a list,
    /// a neighbour, a signature, the same word elsewhere, or a role and a comma ("Team
    /// Manager, Stainmoor") — not a title or a known party.
    static func isWeakNameRule(_ rule: NameRule, _ token: Token) -> Bool {
        switch rule {
        case .unknownProperNoun, .sameDocument, .signoff, .fullName, .adjacent, .nameList, .isolated, .field, .capitalsName: return true
        case .introduced: return token.gap.contains(.comma)
        default: return false
        }
    }

    /// Whether the word at `index`, before a service's name, can be a place's: no list
    /// has it as a name, or only as a family name, or it follows a determiner; and it is
    /// no staff initials ("07/06  McK   Assessment allocated").
    func isPlaceBeforeService(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let classes = tokens[index].classes
        let afterDeterminer = index > 0 && tokens[index].gap.isPlainSpace && tokens[index - 1].context.contains(.determiner)
        return (classes.isDisjoint(with: .name) || afterDeterminer || !classes.contains(.forename) && !classes.contains(.common))
            && !(tokens[index].length <= 4 && NameRun.isGaelicInitials(tokens[index], bytes))
    }

    /// A constituency is a place: "Member of Parliament for Hurstfield and Ashwell North",
    /// "MP for Kingsmere East". Clears the names found in the capitalised words (and
    /// "and") after "Parliament for" or "MP for", unless a title or a known party made them.
    @inline(never)
    mutating func unmarkConstituencies(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Most documents name no Parliament and no MP: they cost a search of the bytes.
        guard NameRun.namesAConstituency(bytes) else { return }
        for index in capitals where rules[index] != nil && rules[index] != .honorific && rules[index] != .knownParty
                && rules[index] != .denied {
            // (Not a given name, nor across one: "the MP for Hurstfield Sarah Jones"; a
            // compass point is no given name here: "Ashwell North".)
            // (A given name before a landform is a place too: "Calder Vale".)
            func placeWord(_ word: Int) -> Bool {
                tokens[word].isCapitalizedLike
                    && (!tokens[word].classes.contains(.forename) || NameRun.isOneOf(NameRun.compassPoints, tokens[word], bytes)
                        || NameRun.beforeLandform(tokens, word, bytes))
            }
            guard placeWord(index) else { continue }
            var position = index
            while position > 0, index - position < 6, tokens[position].gap.isPlainSpace,
                  placeWord(position - 1) || NameRun.isWord(tokens[position - 1], "and", bytes) {
                position -= 1
            }
            guard position >= 2, tokens[position].gap.isPlainSpace, tokens[position - 1].gap.isPlainSpace,
                  NameRun.isWord(tokens[position - 1], "for", bytes),
                  NameRun.isWord(tokens[position - 2], "parliament", bytes) || NameRun.isWord(tokens[position - 2], "mp", bytes)
            else { continue }
            rules[index] = nil
        }
    }

    /// Red, Amber and Green are ratings, not people, in a document that rates things:
    /// one that says "RAG" or writes all three ("RAG key: Red = overdue; Amber = …",
    /// "moved from Amber to Green", "Green 3, Amber 3, Red 1"). Only names guessed from
    /// the word alone are cleared: "Amber Jones", "Amber's" and "Ms Green" stay.
    @inline(never)
    mutating func unmarkRatings(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Most documents never write "Amber": one search of the bytes.
        guard NameRun.writesAmber(bytes) else { return }
        var colours: [Int] = []
        var seen = 0, rated = false
        for index in capitals {
            let token = tokens[index]
            if token.shape == .upper, NameRun.isWord(token, "rag", bytes) { rated = true; continue }
            guard token.shape == .capitalized, token.length == 3 || token.length == 5 else { continue }
            if NameRun.isWord(token, "red", bytes) {
                seen |= 1
            } else if NameRun.isWord(token, "amber", bytes) {
                seen |= 2
            } else if NameRun.isWord(token, "green", bytes) {
                seen |= 4
            } else {
                continue
            }
            colours.append(index)
        }
        guard rated || seen == 7 else { return }
        for index in colours {
            guard let rule = rules[index], NameRun.isGuessedNameRule(rule) || rule == .list, !tokens[index].possessive else { continue }
            rules[index] = nil
        }
    }

    /// Whether a landform's word follows the word at `index`, or is it: "Calder Vale",
    /// "Colne Valley".
    @inline(never)
    static func beforeLandform(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isOneOf(landforms, tokens[index], bytes) { return true }
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized else { return false }
        return isOneOf(landforms, next, bytes)
    }

    static let landforms = WordSet(["vale", "valley", "dale", "dales", "moor", "moors", "heath", "forest", "hills", "downs",
                                    "wolds", "fields", "marsh", "coast", "water", "fen", "fens", "weald"])

    /// The capitalised words that follow a place's name in the name of a council or of
    /// one of its services: "Calderbrook MBC", "Hollinsgate Locality Team", "Kelbrook
    /// Children in Care Team", "Calderbrook Children's Services", "Stainmoor Team".
    static let placeHeads = WordSet(["council", "mbc", "locality", "children", "childrens", "team", "services", "borough",
                                     "foster", "fostering", "voices", "partnership", "virtual", "police", "community",
                                     "assessment", "safeguarding", "youth", "early", "integrated", "multi-agency", "district", "homes",
                                     "housing"])
    /// The lengths of ``placeHeads``' words, as bits.
    static let placeHeadLengths: UInt64 = 1 << 3 | 1 << 4 | 1 << 5 | 1 << 6 | 1 << 7 | 1 << 8 | 1 << 9 | 1 << 10 | 1 << 11 | 1 << 12

    /// A word written before "Council", "Team", "Children's Services" and the like
    /// (``placeHeads``) is a place ("Calderbrook Council"), wherever it stands in the
    /// document without a surer sign of a person: a signature's "Civic Centre,
    /// Calderbrook", "Lea Marsh London Borough Council", "from Stainmoor to".
    mutating func unmarkPlaceNames(_ bytes: UnsafeBufferPointer<UInt8>) {
        var places: [ShortWordTable.Key] = []
        var lengths: UInt64 = 0  // the places' lengths as bits: most names are turned away by them
        for index in capitals where index + 1 < tokens.count && tokens[index + 1].gap.isPlainSpace
                && (tokens[index + 1].shape == .capitalized || tokens[index + 1].shape == .upper) {
            // Before "Council", the words of the name: "Lea Marsh London Borough Council",
            // "Calderbrook County Council". Before a service, one word that no list has as
            // a name ("Best wishes, Damini Mani Children in Care Council members" is signed).
            // ("council" is an institution word: the role, a bit of the token, is tested
            // first; the other heads are filtered by their lengths before hashing.)
            // (A compass point may stand between: "Brackenfield South Assessment Team".)
            let compass = index + 2 < tokens.count && NameRun.mayBeCompassPoint(tokens[index + 1], bytes)
                && tokens[index + 2].gap.isPlainSpace && tokens[index + 2].isCapitalizedLike
                && NameRun.isOneOf(NameRun.compassPoints, tokens[index + 1], bytes)
            let head = tokens[compass ? index + 2 : index + 1]
            let council = head.context.contains(.institution) && NameRun.isWord(head, "council", bytes)
            // Not a family name after a given name: "Dr Amara Nwachukwu CAMHS".
            let afterName = index > 0 && tokens[index].gap.isPlainSpace && rules[index - 1] != nil
            // (An organisation's acronym is a head too: "Brackenford CAMHS", "Brackenford ICB".)
            // (Not a possessive before a service: "Salym's CAMHS referral", "Tiyna's IRO",
            // "Deqo's Early Help worker" are a person's.)
            guard council || !afterName && !tokens[index].possessive
                    && (head.shape == .upper && head.classes.contains(.organisation)
                        || NameRun.placeHeadLengths & 1 << UInt64(min(63, head.length)) != 0
                        && NameRun.isOneOf(NameRun.placeHeads, head, bytes))
                    && isPlaceBeforeService(index, bytes) else { continue }
            // A listed family name there ("the Marsden Children's Disability Team", "Okafor
            // Fostering") is the place here only: elsewhere it may be a person's ("Kirsty
            // Marsden is the social worker").
            if !council, !tokens[index].classes.isDisjoint(with: .name) {
                if let rule = rules[index], NameRun.isWeakNameRule(rule, tokens[index]), !namedElsewhere(index, bytes) { rules[index] = nil }
                if rules[index + 1] == .adjacent || rules[index + 1] == .fullName { rules[index + 1] = nil }
                continue
            }
            var first = index
            while council, first > 0, index - first < 4, tokens[first].gap.isPlainSpace, tokens[first - 1].isCapitalizedLike { first -= 1 }
            // Before a service, the service's word too ("Hollinsgate Locality, CN": not a
            // full name either), when no list has it as a name ("Foster" of "Kelbrook
            // Foster Care" may be Jane Foster's elsewhere).
            for word in first...(council ? index : index + 1) where tokens[word].isCapitalizedLike
                && (word == index + 1 ? tokens[word].classes.isDisjoint(with: .name) : tokens[word + 1].gap.isPlainSpace) {
                if let key = ShortWordTable.key(bytes, tokens[word].start..<tokens[word].end), !places.contains(key) {
                    places.append(key)
                    lengths |= 1 << UInt64(min(63, tokens[word].length))
                }
            }
            // A service's word that is a name too is cleared here only, where it was
            // taken for a name beside the place ("Calderwick Foster Care"); so is the
            // compass point (not elsewhere: "Rebecca West").
            if !council, rules[index + 1] == .adjacent || rules[index + 1] == .fullName { rules[index + 1] = nil }
            if compass, let rule = rules[index + 1], NameRun.isWeakNameRule(rule, tokens[index + 1]) { rules[index + 1] = nil }
        }
        guard !places.isEmpty else { return }
        for index in capitals {
            guard rules[index] != nil, lengths & 1 << UInt64(min(63, tokens[index].length)) != 0 else { continue }
            guard let rule = rules[index], NameRun.isWeakNameRule(rule, tokens[index]),
                  let key = ShortWordTable.key(bytes, tokens[index].start..<tokens[index].end), places.contains(key) else { continue }
            rules[index] = nil
        }
    }

    /// One sense per document: a word taken for a name once ("matched with Summer") is a
    /// name wherever else it is capitalised in the same document ("Summer is
    /// thriving"), except as a date ("in Summer 2024").
    mutating func propagate(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The names found, as packed keys (most names are short ASCII words) or, for the
        // rest, lower-cased bytes.
        var short: [ShortWordTable.Key] = []
        var long: [[UInt8]] = []
        // Two-letter staff initials ("RT") spread too, to the same capitals elsewhere.
        var initials: [ShortWordTable.Key] = []
        // And two-letter given names ("Mo (RSW)" … "Mo kept talking to him").
        var shortGiven: [ShortWordTable.Key] = []
        // A child's initial given as a name ("her daughter C", "J's mum") is a name
        // wherever it stands alone again ("C said so"): bit n for the letter A + n.
        var letters: UInt32 = 0
        var bracketKeys: [UInt16] = [], roleKeys: [UInt16] = []
        for index in capitals where rules[index] != nil {
            let range = tokens[index].start..<tokens[index].end
            if tokens[index].shape == .initial, rules[index] == .introduced || rules[index] == .possessive,
               bytes[range.lowerBound] &- 0x41 < 26, bytes[range.lowerBound] != 0x41, bytes[range.lowerBound] != 0x49 {
                letters |= 1 << UInt32(bytes[range.lowerBound] &- 0x41)
            }
            if tokens[index].length < 3 {
                if tokens[index].shape == .capitalized, tokens[index].length == 2, tokens[index].classes.contains(.forename),
                   rules[index]!.showsAShortName, let key = ShortWordTable.key(bytes, range), !shortGiven.contains(key) {
                    shortGiven.append(key)
                }
                // (And two capitals given as a name: "Tendai (\"TJ\", 7)", "her son TJ".)
                if rules[index] == .staffInitials || rules[index] == .introduced && tokens[index].shape == .upper,
                   let key = ShortWordTable.key(bytes, range), !initials.contains(key) {
                    initials.append(key)
                }
                // Initials found in brackets after their name ("Shanice Grant (SG)") are a
                // key: the same capitals elsewhere are the same person ("agreed with SG").
                if rules[index] == .initialsOfName, tokens[index].length == 2, tokens[index].shape == .upper {
                    let pair = NameRun.pair(bytes[range.lowerBound], bytes[range.lowerBound + 1])
                    if !bracketKeys.contains(pair) { bracketKeys.append(pair) }
                    // A role's letters too ("Mr Tariq Mahmood, Team Manager (TM)", "Gareth
                    // Pennington (independent) GP"): a name only where they stand as one.
                    if index > 0, tokens[index - 1].isRoleWord && NameRun.spelledByWordsBefore(tokens, index, bytes)
                        || tokens[index].isRoleWord, !roleKeys.contains(pair) {
                        roleKeys.append(pair)
                    }
                }
                continue
            }
            if let key = ShortWordTable.key(bytes, range) {
                if short.isEmpty { short.reserveCapacity(capitals.count) }
                short.append(key)
            } else {
                lower.load(bytes, range)
                long.append(lower.bytes)
            }
        }
        // The initials of full names ("Piotr Zielinski" → "PZ"), for staff notes that
        // write the name once and the initials after ("Home visit by PZ").
        // And Gaelic ones ("Aoife O'Connor" → "AO'C", "Ruth McKenzie" → "RMcK").
        var gaelicInitials: [UInt32] = []
        let nameInitials = initialsOfFullNames(bytes, gaelic: &gaelicInitials)
        // Three letters of full names ("RVI"), made when a word of three capitals is met.
        var tripleInitials: [UInt32]?
        // Initials a key defines ("Key: KM = Kirsty Marsden (SW)"): names wherever they
        // stand, even letters a list has as a word ("km").
        var defined: [UInt16] = [], definedWords: [UInt32] = []
        definedInitials(bytes, pairs: &defined, words: &definedWords)
        for pair in bracketKeys where !defined.contains(pair) { defined.append(pair) }
        guard !short.isEmpty || !long.isEmpty || !initials.isEmpty || !shortGiven.isEmpty || !nameInitials.isEmpty || !defined.isEmpty || !definedWords.isEmpty
                || !gaelicInitials.isEmpty || letters != 0 else {
            return
        }
        // A long document names many people: look them up by hash, not one by one.
        var shortSet: OwnerTable?
        if short.count > 8 {
            var table = OwnerTable(capacity: short.count)
            for key in short { table.setOwner(key.k0, key.k1, type: 0, owner: 1) }
            shortSet = table
        }
        let longSet: Set<[UInt8]>? = long.count > 8 ? Set(long) : nil
        for index in capitals where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            if token.shape == .initial, letters != 0, bytes[token.start] &- 0x41 < 26,
               letters & 1 << UInt32(bytes[token.start] &- 0x41) != 0, standsAsAName(index) {
                rules[index] = .sameDocument
                continue
            }
            // (A key overrides an acronym's sense: "PD – Priya Desai"; not a role's.)
            // (A role's too when found in brackets after the name: "Mr Tariq Mahmood, Team
            // Manager (TM)" is the one team manager.)
            if token.shape == .upper, token.length == 2, !defined.isEmpty,
               defined.contains(NameRun.pair(bytes[token.start], bytes[token.start + 1])),
               !token.classes.contains(.role) || bracketKeys.contains(NameRun.pair(bytes[token.start], bytes[token.start + 1])),
               roleKeys.isEmpty || !roleKeys.contains(NameRun.pair(bytes[token.start], bytes[token.start + 1]))
                || NameRun.standsAsInitialsName(tokens, index, bytes) {
                rules[index] = .initialsOfName
                continue
            }
            // Longer keys: "AO'C = Aoife O'Connor", "McK = Ruth McKenzie".
            if !definedWords.isEmpty, token.length >= 3, token.length <= 6, token.shape == .upper || token.shape == .capitalized,
               definedWords.contains(NameRun.initialsKey(token, bytes)) {
                rules[index] = .initialsOfName
                continue
            }
            if !gaelicInitials.isEmpty, NameRun.isGaelicInitials(token, bytes), gaelicInitials.contains(NameRun.initialsKey(token, bytes)) {
                rules[index] = .initialsOfName
                continue
            }
            // Initials of a name ("PZ", "AK"), where the two capitals are no acronym or
            // word in capitals ("PE", "IT", "SW", "OK"), not beside a number ("10 AM") and
            // not in a line of capitals.
            if token.shape == .upper, token.length == 2, !nameInitials.isEmpty,
               nameInitials.contains(NameRun.pair(bytes[token.start], bytes[token.start + 1])),
               NameRun.couldBeInitials(token, bytes) || NameRun.actsAsInitials(tokens, index, bytes)
                || NameRun.isLoggedBy(tokens, index, bytes, listed: true),
               !besideNumberOrCapitals(index, bytes), !definesThing(token, bytes) {  // not "Domestic Abuse (DA)"
                rules[index] = .initialsOfName
                continue
            }
            // The same for three letters, even a word or an acronym ("RVI said" for Rhodri
            // Vaughan-Iqbal, "NEW asked" for Ngozi Eze-Whitfield).
            if token.shape == .upper, token.length == 3, !nameInitials.isEmpty, standsAsTripleInitials(index, &tripleInitials, bytes) {
                rules[index] = .initialsOfName
                continue
            }
            // (Not inside a listed phrase: "Crewe Alexandra".)
            // (And a family name joined to its particle: "Mr al-Harbi" … "surname is al-Harbi".)
            guard token.shape == .capitalized || token.shape == .upper || token.shape == .other && token.hyphenated,
                  token.length >= 3 || !initials.isEmpty && token.shape == .upper || !shortGiven.isEmpty && token.shape == .capitalized,
                  token.context.isDisjoint(with: [.honorific, .greeting, .signoff, .field]), !token.inNonPersonalPhrase else { continue }
            let range = token.start..<token.end
            if let key = ShortWordTable.key(bytes, range) {
                let named = token.length < 3 ? (token.shape == .upper ? initials : shortGiven).contains(key)
                    : shortSet.map { $0.owner(key.k0, key.k1, type: 0) != nil } ?? short.contains(key)
                guard named else { continue }
                // Initials that are a word ("AS", "IF") only where they stand as a name,
                // not in a line of capitals ("FINDINGS AS FOLLOWS").
                if token.length < 3, token.classes.contains(.common), inLineOfCapitals(index) { continue }
            } else {
                lower.load(bytes, range)
                guard longSet?.contains(lower.bytes) ?? long.contains(lower.bytes) else { continue }
            }
            // "the Green Room", "THE GREEN ROOM": an ordinary word after a determiner is
            // the word, whoever is called Green elsewhere; so is a rating opening a table's
            // cell ("| Amber – template drafted |"); and a place after a preposition of
            // place is the place ("trip to Florence").
            if token.classes.contains(.common), index > 0, token.gap.isPlainSpace, tokens[index - 1].context.contains(.determiner) {
                continue
            }
            // (Only a colour: "| Faith + TM |", "| Hope A |" are the people found.)
            if token.classes.contains(.common), token.length >= 3, token.start >= 2, bytes[token.start - 2] == 0x7C, bytes[token.start - 1] == 0x20,
               NameRun.isOneOf(NameRun.ratingColours, token, bytes) {
                continue
            }
            if token.classes.contains(.place), index > 0, token.gap.isPlainSpace, introducer(before: index, bytes).contains(.locative) {
                continue
            }
            // (A worker's initials a list has as a term, "HB" as housing benefit, are
            // initials after a time word or a date's sentence too: "completed by HB",
            // "in 2023. HB told me"; not with a number beside them, "10 AM".)
            if token.classes.contains(.titlecase), token.length < 3 {
                let numberBefore = token.gap.contains(.digit) && !token.gap.contains(.sentenceEnd)
                let numberAfter = tokens[safe: index + 1].map { $0.gap.contains(.digit) && !$0.gap.contains(.sentenceEnd) } ?? false
                if numberBefore || numberAfter { continue }
            } else if token.classes.contains(.titlecase) {
                let previous = tokens[safe: index - 1]
                let afterTemporal = previous.map { $0.context.contains(.temporal) && token.gap.isPlainSpace } ?? false
                // (After "to" or "and", only where the document writes the word as a time
                // elsewhere or this ends a range: "changes to Summer" is the child.)
                let afterLinkingWord = previous.map { NameRun.isOneOf(NameRun.linkingTimeWords, $0, bytes) } ?? false
                if afterTemporal && !NameRun.actsAfterTimeWord(tokens, index, bytes)
                    && (!afterLinkingWord || isDatedInDocument(index, bytes) || NameRun.endsTimeRange(tokens, index, bytes))
                    || besideNumber(index) { continue }
            }
            rules[index] = .sameDocument
        }
    }
}

extension NameRun {
    /// The colours a table's rating is written in: "| Amber |", "| Green – done |".
    static let ratingColours = WordSet(["red", "amber", "green", "blue", "black", "white", "grey", "gray", "gold", "silver",
                                        "bronze", "brown", "purple", "orange", "pink", "yellow", "rose", "ruby", "violet"])

    /// Marks a given name that is also a word just before a family name found again by
    /// ``propagate(_:)``: "Mr Page, his head of year" … "(Miles Page)". The neighbour
    /// rounds ran before the family name was known there.
    /// - Complexity: O(c) in the capitalised words.
    @inline(never)
    mutating func markGivenNamesBeforeFamilyNamesFoundAgain(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index > 0 && rules[index] == .sameDocument {
            let given = tokens[index - 1], family = tokens[index]
            guard rules[index - 1] == nil, !skip[index - 1], given.shape == .capitalized, family.shape == .capitalized,
                  family.gap.isPlainSpace, !given.possessive, given.classes.contains(.forename), given.context.isEmpty,
                  !NameRun.isNonPersonal(given), sameName(given, family, gap: family.gap) else { continue }
            rules[index - 1] = .adjacent
        }
    }

    /// Time words that also join or point at a person: "and", "or", "to", "from",
    /// "after", "before", "of", "between" ("changes to Summer", "Frank and June").
    static let linkingTimeWords = WordSet(["and", "or", "to", "from", "after", "before", "of", "between"])

    /// Whether the word at `index` (a month's or a season's word found as a name) is
    /// written as a time somewhere in the document, capitalised as here: beside a number
    /// ("12 June", "Summer 2024") or after a word that only a time follows ("in June",
    /// "last Summer", "by May"), where no rule found it a name ("since Summer came").
    /// Where it never is, the document uses it only as a name,
    /// and after "to" or "and" it is the person ("explained these changes to Summer").
    func isDatedInDocument(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        for other in capitals where rules[other] == nil && tokens[other].length == token.length && tokens[other].shape == token.shape {
            guard NameRun.sameBytes(tokens[other], token, bytes) else { continue }
            if besideNumber(other) { return true }
            if other > 0, tokens[other].gap.isPlainSpace, tokens[other - 1].context.contains(.temporal),
               !NameRun.isOneOf(NameRun.linkingTimeWords, tokens[other - 1], bytes) {
                return true
            }
        }
        return false
    }

    /// Whether the word at `index` ends a range of times after "to", "and" or "or":
    /// "from Spring to Summer", "between May and June", "April or May".
    static func endsTimeRange(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, tokens[index - 1].gap.isPlainSpace else { return false }
        let other = tokens[index - 2]
        return other.shape == .capitalized && (isOneOf(months, other, bytes) || isOneOf(seasons, other, bytes))
    }

    static let seasons = WordSet(["spring", "summer", "autumn", "winter"])

    /// Whether two tokens spell the same bytes.
    @inline(__always)
    static func sameBytes(_ a: Token, _ b: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.length == b.length else { return false }
        return memcmp(bytes.baseAddress! + a.start, bytes.baseAddress! + b.start, a.length) == 0
    }

    /// Whether a month's or a season's word that names a person elsewhere in the
    /// document acts as that person after a word of time: before a verb of a person
    /// ("and Summer trusted him", "after Summer was already in the car") or with a
    /// possessive after "to", "and" or "or" ("what would happen to Summer's stays"); not
    /// "in June", "after Summer the team".
    @inline(never)
    static func actsAfterTimeWord(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if token.possessive {
            let previous = tokens[index - 1]
            return isWord(previous, "to", bytes) || isWord(previous, "and", bytes) || isWord(previous, "or", bytes)
        }
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .lower else { return false }
        return next.context.contains(.personVerb) && !isOneOf(notPersonVerbs, next, bytes) || isOneOf(morePersonVerbs, next, bytes)
    }

    /// Whether initials that are also a role's letters stand as a name at `index`: after
    /// a line's or a sentence's start, a colon or a bracket, a function word that is no
    /// determiner nor a possessive ("signed off by TM"; not "the TM", "her GP"), or before
    /// a verb of a person ("When TM asked him").
    static func standsAsInitialsName(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.gap.isPlainSpace else { return true }
        let previous = tokens[index - 1]
        if previous.context.contains(.determiner) || isOneOf(possessivePronouns, previous, bytes) { return false }
        if previous.shape == .lower && previous.context.contains(.function) { return true }
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .lower else { return false }
        return isActingVerb(next, bytes)
    }

    /// Whether a child's initial, known from elsewhere in the document, stands as a
    /// name at `index`: opening a sentence ("C said so"), before a verb of a person, or
    /// after a function word — not after a title, "Child" or a capitalised word
    /// mid-sentence ("Mrs C", "Child C", "Plan C"), nor after an ordinary word ("grade
    /// C", "option C").
    func standsAsAName(_ index: Int) -> Bool {
        let token = tokens[index]
        if let previous = tokens[safe: index - 1], token.gap.isPlainSpace {
            if !previous.context.isDisjoint(with: [.honorific, .kinship]) { return false }
            if previous.isCapitalizedLike, !previous.sentenceStart { return false }
        }
        if token.sentenceStart || token.possessive { return true }
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .lower, next.context.contains(.personVerb) {
            return true
        }
        guard let previous = tokens[safe: index - 1], previous.shape == .lower else { return false }
        return previous.context.contains(.function)
    }

    /// The two-letter initials defined by a key: two capitals, " = ", " – ", " - ", ": "
    /// or " is ", and a full name found with those initials ("KM = Kirsty Marsden", "MS –
    /// Mehmet Şahin", "MB is Matthew Byrne"), as their two capitals (first in the high
    /// byte).
    ///
    /// Longer initials ("AO'C = Aoife O'Connor", "McK = Ruth McKenzie", "RMcK = Ruth
    /// McKenzie") come second, packed by ``initialsKey(_:_:)``: their first capital the
    /// given name's and their second the family name's, or the family name's first
    /// letters.
    func definedInitials(_ bytes: UnsafeBufferPointer<UInt8>, pairs found: inout [UInt16], words: inout [UInt32]) {
        // One look at each word in capitals of two to four letters (or a Mac's initials):
        // what follows it is nearly always no key's sign.
        // (The token's fields are read in place: a copy of each would cost more than the
        // test.)
        for index in capitals where index + 2 < tokens.count && NameRun.mayOpenKey(tokens[index], bytes) {
            // ("McK", "RMcK": a c second from the end, tested before the call.)
            guard tokens[index].shape == .upper
                    || tokens[index].shape == .capitalized && tokens[index].length >= 3 && bytes[tokens[index].end - 2] == 0x63
                    && NameRun.isGaelicInitials(tokens[index], bytes) else { continue }
            let token = tokens[index]
            let next = tokens[index + 1]
            // A sign between them (=, a dash, a colon), or "is" (a word of its own).
            let sign = NameRun.keySign(bytes, token.end, next.start)
            if token.length == 2 {
                let isWord = !sign && next.start == token.end + 1 && next.length == 2
                    && bytes[token.end + 1] == 0x69 && bytes[token.end + 2] == 0x73
                let name = sign ? index + 1 : index + 2
                guard sign || isWord, name + 1 < tokens.count, bytes[token.end] == 0x20 || bytes[token.end] == 0x3A else { continue }
                let first = tokens[name], second = tokens[name + 1]
                guard bytes[first.start - 1] == 0x20, rules[name] != nil, rules[name + 1] != nil, second.gap.isPlainSpace,
                      NameRun.spells(token, first, second, bytes) else { continue }
                let pair = NameRun.pair(bytes[token.start], bytes[token.start + 1])
                if !found.contains(pair) { found.append(pair) }
                continue
            }
            let name = index + 1
            guard sign, rules[name] != nil, rules[name + 1] != nil, tokens[name + 1].gap.isPlainSpace else { continue }
            // (Capitals that are every capital of the name are its initials even when they
            // spell a word: "SON = Stephen O'Neill".)
            guard NameRun.couldBeInitials(token, bytes) || NameRun.spellsEveryCapital(token, tokens[name], tokens[name + 1], bytes)
            else { continue }
            let given = tokens[name].start, family = tokens[name + 1]
            let spelt = NameRun.initialLetter(bytes, given) == bytes[token.start] && NameRun.initialLetter(bytes, family.start) == bytes[token.start + 1]
            let prefix = family.length > token.length && (0..<token.length).allSatisfy { bytes[family.start + $0] == bytes[token.start + $0] }
            let word = NameRun.initialsKey(token, bytes)
            if spelt || prefix, !words.contains(word) { words.append(word) }
        }
    }

    /// Whether "Parliament for " or "MP for " occurs in `bytes`, as written.
    /// - Complexity: O(n): the C library's vectorised `memchr` finds each capital P.
    static func namesAConstituency(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var position = 0
        while position < bytes.count, let found = memchr(base + position, 0x50, bytes.count - position) {
            let p = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if p > 0, bytes[p - 1] == 0x4D, NameRun.hasText(bytes, p + 1, " for ") { return true }
            if NameRun.hasText(bytes, p + 1, "arliament for ") { return true }
            position = p + 1
        }
        return false
    }

    /// Whether "Amber" is written anywhere: `memchr` finds each capital A.
    static func writesAmber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var position = 0
        while position < bytes.count, let found = memchr(base + position, 0x41, bytes.count - position) {
            let p = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if NameRun.hasText(bytes, p + 1, "mber") { return true }
            position = p + 1
        }
        return false
    }

    /// Whether `text` is written at `start`, exactly.
    static func hasText(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[start + offset] != text.utf8Start[offset] { return false }
        return true
    }

    /// Whether a key's sign may follow the word of at most six bytes at `index`: a
    /// colon, or a space and "=", "-", "–" or "is" — one or two bytes turn nearly every
    /// word away.
    @inline(__always)
    static func mayOpenKey(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let after = token.end
        guard token.length <= 6, after + 1 < bytes.count else { return false }
        let first = bytes[after], second = bytes[after + 1]
        return first == 0x3A || first == 0x20 && (second == 0x3D || second == 0x2D || second == 0xE2 || second == 0x69)
    }

    /// The letters of a short word, packed (first in the low byte), its apostrophe left
    /// out: "AO'C" and "AO’C" have one key, and so do "McK" and "MCK"'s own.
    static func initialsKey(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var packed: UInt32 = 0, shift: UInt32 = 0
        for position in token.start..<token.end where bytes[position] &- 0x41 < 26 || bytes[position] &- 0x61 < 26 {
            guard shift < 32 else { break }
            packed |= UInt32(bytes[position]) << shift
            shift += 8
        }
        return packed
    }

    /// The key of the initials of a given name's first letter and a family name with a
    /// Gaelic prefix ("McKenzie": "RMcK"; "O'Connor", "O’Connor": "AO'C"), or nil when
    /// the family name has none.
    static func gaelicInitialsKey(given: UInt8, family: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let start = family.start
        if bytes[start] == 0x4D, bytes[start + 1] == 0x63, bytes[start + 2] &- 0x41 < 26 {
            return UInt32(given) | UInt32(0x4D) << 8 | UInt32(0x63) << 16 | UInt32(bytes[start + 2]) << 24
        }
        let apostrophe = Tokenizer.apostropheWidth(bytes, start + 1)
        guard bytes[start] == 0x4F, apostrophe > 0, start + 1 + apostrophe < family.end,
              bytes[start + 1 + apostrophe] &- 0x41 < 26 else { return nil }
        return UInt32(given) | UInt32(0x4F) << 8 | UInt32(bytes[start + 1 + apostrophe]) << 16
    }

    /// Whether only " = ", " - ", " – ", " — " or ": " lies from `end` to `next`.
    static func keySign(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ next: Int) -> Bool {
        switch next - end {
        case 2: return bytes[end] == 0x3A && bytes[end + 1] == 0x20
        case 3: return bytes[end] == 0x20 && (bytes[end + 1] == 0x3D || bytes[end + 1] == 0x2D) && bytes[end + 2] == 0x20
        case 5: return bytes[end] == 0x20 && bytes[end + 1] == 0xE2 && bytes[end + 2] == 0x80
            && (bytes[end + 3] == 0x93 || bytes[end + 3] == 0x94) && bytes[end + 4] == 0x20
        default: return false
        }
    }

    /// Whether the word at `index` has a number beside it ("10 AM", "AM 2", "10AM") or a
    /// word in capitals of three letters or more ("TO BE SEEN").
    /// (Beside means with only spaces between: not a number outside the brackets the
    /// initials open or close, "until 03/12/2024 (KD email)", nor across a sentence's
    /// end or a table's bar, "in Year 1. PD said", "| AD | 31/01/2025 |"; nor a
    /// paragraph's number: "3.2 CO told me", nor a number on the next line.)
    func besideNumberOrCapitals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if token.gap.contains(.digit) {
            var before = token.start
            while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
            if before > 0, bytes[before - 1] &- 0x30 < 10, !NameRun.afterParagraphNumber(token.start, bytes) { return true }
        }
        if let next = tokens[safe: index + 1], next.gap.contains(.digit) {
            var after = token.end
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            if after < bytes.count, bytes[after] &- 0x30 < 10 { return true }
        }
        return inLineOfCapitals(index)
    }

    /// Whether a word of three capitals or more stands directly before or after the
    /// word at `index`: "FINDINGS AS FOLLOWS".
    func inLineOfCapitals(_ index: Int) -> Bool {
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .upper, next.length >= 3 { return true }
        if let previous = tokens[safe: index - 1], tokens[index].gap.isPlainSpace, previous.shape == .upper, previous.length >= 3 { return true }
        return false
    }

    /// Whether only a paragraph's number opens the line before `start`, or a label's
    /// colon ends just before it: "3.2 CO told me", "12. GP asked", "Item 1: PM presented".
    static func afterParagraphNumber(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = start
        while position > 0, bytes[position - 1] == 0x20 { position -= 1 }
        if position > 0, bytes[position - 1] == 0x3A { return true }  // "Item 1: PM presented"
        var digits = 0
        while position > 0, bytes[position - 1] &- 0x30 < 10 || bytes[position - 1] == 0x2E {
            if bytes[position - 1] != 0x2E { digits += 1 }
            position -= 1
        }
        return digits > 0 && position < start && (position == 0 || bytes[position - 1] == 0x0A)
    }

    /// Whether a number stands right before or after the word at `index` ("in Summer
    /// 2024", "10 AM").
    func besideNumber(_ index: Int) -> Bool {
        tokens[index].gap.contains(.digit) || (tokens[safe: index + 1].map { $0.gap.contains(.digit) } ?? false)
    }

    /// The two-letter initials of the full names found (a given name then a family name,
    /// capitalised or in capitals, only a space between) and of double given names
    /// ("Lily-Mae"), as their two capitals (first in the high byte); those of a family
    /// name with a Gaelic prefix ("Aoife O'Connor": "AO'C"; "Ruth McKenzie": "RMcK")
    /// also go to `gaelic`, packed as ``initialsKey(_:_:)`` packs them.
    func initialsOfFullNames(_ bytes: UnsafeBufferPointer<UInt8>, gaelic: inout [UInt32]) -> [UInt16] {
        var found: [UInt16] = []
        for (position, index) in capitals.enumerated() {
            // A double given name gives its two capitals too ("Lily-Mae" → "LM").
            let token = tokens[index]
            if token.hyphenated, token.shape == .capitalized, rules[index] != nil, token.classes.contains(.forename),
               let hyphen = (token.start..<token.end).first(where: { bytes[$0] == 0x2D }), hyphen + 1 < token.end,
               bytes[token.start] &- 0x41 < 26, bytes[hyphen + 1] &- 0x41 < 26 {
                let pair = NameRun.pair(bytes[token.start], bytes[hyphen + 1])
                if !found.contains(pair) { found.append(pair) }
            }
            guard position + 1 < capitals.count && capitals[position + 1] == index + 1 else { continue }
            if position + 2 < capitals.count, capitals[position + 2] == index + 2,
               tokens[index + 1].gap.rawValue & (Gap.bracket.rawValue | Gap.quote.rawValue) != 0 {
                nicknameInitials(index, bytes, into: &found)
            }
            let first = tokens[index], second = tokens[index + 1]
            // (The family name may be written in capitals: "William GRANT".)
            guard rules[index] != nil, rules[index + 1] != nil, first.shape == .capitalized,
                  second.shape == .capitalized || second.shape == .upper,
                  first.length >= 2, second.length >= 2, second.gap.isPlainSpace else { continue }
            let firstLetter = NameRun.initialLetter(bytes, first.start), secondLetter = NameRun.initialLetter(bytes, second.start)
            guard firstLetter != 0, secondLetter != 0 else { continue }
            let pair = NameRun.pair(firstLetter, secondLetter)
            if !found.contains(pair) { found.append(pair) }
            // A couple who share the family name: "Gethin and Nia Prosser" gives "GP" too.
            if index >= 2, first.gap.isPlainSpace, NameRun.isWord(tokens[index - 1], "and", bytes), tokens[index - 1].gap.isPlainSpace,
               rules[index - 2] != nil, tokens[index - 2].shape == .capitalized, tokens[index - 2].classes.contains(.forename) {
                let partner = NameRun.initialLetter(bytes, tokens[index - 2].start)
                if partner != 0, !found.contains(NameRun.pair(partner, secondLetter)) { found.append(NameRun.pair(partner, secondLetter)) }
            }
            // (The family name may be in capitals: "Aoife O'CONNOR"; the given name's
            // letter may carry a diacritic: "Órla O'Connor" gives "OO'C".)
            if second.length >= 4, bytes[second.start] == 0x4D || bytes[second.start] == 0x4F,
               let key = NameRun.gaelicInitialsKey(given: firstLetter, family: second, bytes), !gaelic.contains(key) {
                gaelic.append(key)
            }
        }
        return found
    }
}

extension NameRun {
    /// Whether the three capitals at `index` stand as initials (no list has them, they act
    /// as a person, ``actsAsInitials(_:_:_:)``, or a record names its keeper by them,
    /// ``isLoggedBy(_:_:_:listed:)``), are those of a full name found (`triples`, made at
    /// the first question) and the document does not spell them out as a thing.
    @inline(never)
    func standsAsTripleInitials(_ index: Int, _ triples: inout [UInt32]?, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard NameRun.couldBeInitials(token, bytes) || NameRun.actsAsInitials(tokens, index, bytes)
                || NameRun.isLoggedBy(tokens, index, bytes, listed: true),
              !besideNumberOrCapitals(index, bytes) else { return false }
        if triples == nil { triples = tripleInitialsOfFullNames(bytes) }
        return triples!.contains(NameRun.initialsKey(token, bytes)) && !definesThing(token, bytes)
    }

    /// The three letters of the full names found with a double part or a middle name
    /// ("Rhodri Vaughan-Iqbal": "RVI"; "Sarah-Jane Street": "SJS"; "Harpreet Kaur
    /// Sandhu": "HKS"), packed as ``initialsKey(_:_:)`` packs them; asked only of a
    /// document with a word of three capitals that no rule took.
    /// - Complexity: O(c) in the capitalised words.
    @inline(never)
    func tripleInitialsOfFullNames(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        /// The letter after a word's first hyphen, or 0.
        func afterHyphen(_ token: Token) -> UInt8 {
            guard token.hyphenated, let hyphen = (token.start..<token.end).first(where: { bytes[$0] == 0x2D }),
                  hyphen + 1 < token.end else { return 0 }
            return NameRun.initialLetter(bytes, hyphen + 1)
        }
        var triples: [UInt32] = []
        for (position, index) in capitals.enumerated() where position + 1 < capitals.count && capitals[position + 1] == index + 1 {
            let first = tokens[index], second = tokens[index + 1]
            guard rules[index] != nil, rules[index + 1] != nil, first.shape == .capitalized,
                  second.shape == .capitalized || second.shape == .upper, first.length >= 2, second.length >= 2,
                  second.gap.isPlainSpace else { continue }
            let firstLetter = NameRun.initialLetter(bytes, first.start), secondLetter = NameRun.initialLetter(bytes, second.start)
            var letters: (UInt8, UInt8, UInt8) = (0, 0, 0)
            if first.hyphenated {
                letters = (firstLetter, afterHyphen(first), secondLetter)
            } else if second.hyphenated {
                letters = (firstLetter, secondLetter, afterHyphen(second))
            } else if position + 2 < capitals.count, capitals[position + 2] == index + 2, rules[index + 2] != nil,
                      tokens[index + 2].gap.isPlainSpace, tokens[index + 2].shape == .capitalized, tokens[index + 2].length >= 2 {
                letters = (firstLetter, secondLetter, NameRun.initialLetter(bytes, tokens[index + 2].start))
            }
            guard letters.0 != 0, letters.1 != 0, letters.2 != 0 else { continue }
            let key = UInt32(letters.0) | UInt32(letters.1) << 8 | UInt32(letters.2) << 16
            if !triples.contains(key) { triples.append(key) }
        }
        return triples
    }

    /// The initials of a full name with a nickname in brackets or quotes between its
    /// parts, from the given name and from the nickname: "Babatunde ("Tunde") Adeyemi"
    /// gives "BA" and "TA".
    @inline(never)
    func nicknameInitials(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, into found: inout [UInt16]) {
        let given = tokens[index], nickname = tokens[index + 1], family = tokens[index + 2]
        let marks = Gap.bracket.rawValue | Gap.quote.rawValue
        guard rules[index] != nil, rules[index + 1] != nil, rules[index + 2] != nil,
              given.shape == .capitalized, nickname.shape == .capitalized, family.shape == .capitalized || family.shape == .upper,
              nickname.gap.rawValue & marks != 0, family.gap.rawValue & marks != 0 else { return }
        let familyLetter = NameRun.initialLetter(bytes, family.start)
        guard familyLetter != 0 else { return }
        for part in [given, nickname] {
            let letter = NameRun.initialLetter(bytes, part.start)
            if letter != 0, !found.contains(NameRun.pair(letter, familyLetter)) { found.append(NameRun.pair(letter, familyLetter)) }
        }
    }

    /// Two capitals as one key (the first in the high byte), for sets of initials.
    @inline(__always)
    static func pair(_ first: UInt8, _ second: UInt8) -> UInt16 {
        UInt16(first) << 8 | UInt16(second)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
