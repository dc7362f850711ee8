import Lexicon

/// Names that no list has, and dictionary words used as names, found only where the
/// words around them put a person: in a text message ("my son mehmoud", "hiya its kamul",
/// "tell balbar"), in a letter in capitals ("MY GRANDSON DILOK", "CONYLL MOHAMOD"), and
/// mid-sentence after a relative or a greeting ("her daughter Amaryllis").
extension NameRun {
    /// Whether the lower-case word at `index` could be a given name that no list has:
    /// on no list at all (no dictionary word, name, place or context word), three to
    /// twelve bytes, with a vowel and no letter three times running (not "tmrw",
    /// "sooo"); letters beyond ASCII count ("rêzan").
    @inline(never)
    static func isUnlistedNameShape(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.shape == .lower, token.classes.isEmpty, token.context.isEmpty, !token.contraction, !token.hyphenated,
              !token.inNonPersonalPhrase, (3...12).contains(token.length) else { return false }
        var vowel = false
        var run = 0
        var last: UInt8 = 0
        for position in token.start..<token.end {
            let byte = bytes[position]
            if byte >= 0x80 { run = 0; last = 0; continue }  // a letter beyond ASCII ("rêzan")
            guard byte &- 0x61 < 26 else { return false }
            if isVowel(byte) { vowel = true }
            run = byte == last ? run + 1 : 1
            if run == 3 { return false }
            last = byte
        }
        return vowel
    }

    /// The rule of a word that ``isUnlistedNameShape(_:_:)`` allows in a message, from
    /// the words before it: a relative, a role or a greeting ("my son mehmoud", "the
    /// social worker gragor", "thank u to tytiana"), "tell" ("tell balbar"), an
    /// auxiliary with a person's verb or state after ("is latoye ok"), a role and "is"
    /// ("my iro is laxie"), or a team after it ("aaruv from the care leavers team"), or
    /// as a thread's speaker ("[21:06] dolnaz:"); nil otherwise. Not a dictionary word
    /// misspelt ("her dad untill") nor a pet ("the dog is called misiek").
    @inline(never)
    mutating func judgeUnlistedInMessage(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        guard let rule = unlistedRuleInMessage(index, bytes), !isMisspeltWord(index, bytes) else { return nil }
        return rule
    }

    /// The rule of ``judgeUnlistedInMessage(_:_:)`` from the context alone.
    private mutating func unlistedRuleInMessage(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        guard index > 0 else { return nil }
        // A thread's speaker: "[09:12] semona besy: morning", "03/10/2024, 21:58 - sulu: yea".
        if NameRun.isThreadSpeaker(tokens, index, bytes) { return .lowercaseName }
        // Acting, opening a clause: "adobayo cried in the car", "and dmytri said i cant".
        if NameRun.actsOpeningClause(tokens, index, bytes) { return .personVerb }
        // "rosiu's dad", "jaifar's mum": a relative or a role after the possessive.
        if tokens[index].possessive, NameRun.ownsPersonalThing(tokens, index, bytes) { return .possessive }
        guard tokens[index].gap.isPlainSpace else { return nil }
        // Not a pet: "the dog is called misiek".
        if index >= 3, NameRun.isWord(tokens[index - 1], "called", bytes),
           tokens[index - 2].classes.contains(.animal) || tokens[index - 3].classes.contains(.animal) {
            return nil
        }
        let intro = introducer(before: index, bytes)
        if intro.contains(.kinship), !NameRun.isGeneric(tokens[index - 1], bytes) { return .introduced }
        if !intro.isDisjoint(with: NameRun.roleOrGreeting) { return .introduced }
        if NameRun.afterTell(tokens, index, bytes) || askedAfter(index, bytes) { return .introduced }
        // Thanked by name: "thank u to tytiana for everything".
        if index >= 2, NameRun.isThankedName(tokens, index, bytes) { return .introduced }
        // Asked after "can" or "could" to do what a person does: "can danlodi ring me back",
        // "can navnaet pick me up", "can kiyden come".
        if NameRun.isOneOf(NameRun.askingModals, tokens[index - 1], bytes), let next = tokens[safe: index + 1],
           next.gap.isPlainSpace, NameRun.isOneOf(NameRun.askedVerbs, next, bytes) {
            return .personVerb
        }
        if NameRun.besideOwnRole(tokens, index, bytes) { return .withRole }
        if affiliationFollows(index, bytes) { return .withRole }  // "aaruv from the care leavers team"
        // "my iro is laxie", "my advocate is tendaa".
        if index >= 3, NameRun.isWord(tokens[index - 1], "is", bytes), tokens[index - 2].isRoleWord,
           tokens[index - 2].shape == .lower || tokens[index - 2].shape == .upper,
           NameRun.isOneOf(NameRun.possessivePronouns, tokens[index - 3], bytes) {
            return .withRole
        }
        return nil
    }

    static let askingModals = WordSet(["can", "could", "cud", "cn"])
    /// What a message asks a person to do: "can danlodi ring me back".
    static let askedVerbs = WordSet(["ring", "call", "text", "phone", "message", "pick", "collect", "come", "bring", "take",
                                     "drop", "meet", "visit", "sort", "help", "stay", "go", "get", "see", "have"])

    /// Whether the word at `index`, or it and the word before it, stand between a
    /// message's time stamp and a colon: "[21:06] dolnaz:", "[09:12] semona besy:",
    /// "03/10/2024, 21:58 - sulu:".
    static func isThreadSpeaker(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if speakerAfterTimestamp(tokens, index, bytes) { return true }
        let colon = token.end < bytes.count && bytes[token.end] == 0x3A
        if colon, startsDatedLine(token.start, bytes) { return true }
        guard colon, index > 0, token.gap == [.space] else { return false }
        return speakerAfterTimestamp(tokens, index - 1, bytes) || startsDatedLine(tokens[index - 1].start, bytes)
    }

    /// Whether the word at `index` is a dictionary word misspelt as messages do: its last
    /// letter doubled ("untill") or one letter left out ("evryone").
    /// - Complexity: up to 26 × (length + 1) look-ups, asked only of the few words that
    ///   stand where a name might.
    func isMisspeltWord(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if bytes[token.end - 1] == bytes[token.end - 2],
           coldClasses(token.start..<token.end - 1, bytes)?.contains(.common) ?? false {
            return true
        }
        var word = [UInt8](repeating: 0, count: token.length + 1)
        for gap in 0...token.length {
            for offset in 0..<token.length { word[offset < gap ? offset : offset + 1] = bytes[token.start + offset] }
            for letter in UInt8(0x61)...UInt8(0x7A) {
                word[gap] = letter
                if word.withUnsafeBufferPointer({ lexicon.classes(of: $0) }).contains(.common) { return true }
            }
        }
        return false
    }

    /// Whether the word at `index` opens a sentence, a line or a clause after "and",
    /// "but" or "cos" (``clauseOpeners``), and what only a person does or is follows it:
    /// a verb ("said", "cried", "kicked off", "never answers"), or "is" or "was" and an
    /// age or how someone is ("is 16", "is poorly", "was amazing"): "adobayo cried in the
    /// car", "and dmytri said i cant have it", "kulwender is 16 and".
    static func actsOpeningClause(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let verb = tokens[safe: index + 1], verb.gap == [.space], verb.shape == .lower else { return false }
        if !isOneOf(strongPersonVerbs, verb, bytes) {
            guard verb.length <= 3, isWord(verb, "is", bytes) || isWord(verb, "was", bytes),
                  verb.end + 2 < bytes.count, bytes[verb.end] == 0x20 else { return false }
            let age = bytes[verb.end + 1] &- 0x30 < 10 && bytes[verb.end + 2] &- 0x30 < 10
            guard age || tokens[safe: index + 2].map({ $0.gap == [.space] && isOneOf(personStates, $0, bytes) }) == true else {
                return false
            }
        }
        if tokens[index].sentenceStart { return true }
        return tokens[index].gap == [.space] && isOneOf(clauseOpeners, tokens[index - 1], bytes)
    }

    /// How a person is, after "is" or "was": "is poorly", "was amazing".
    static let personStates = WordSet(["poorly", "ill", "sick", "fine", "ok", "okay", "upset", "scared", "happy", "sad",
                                       "amazing", "asleep", "crying", "missing", "pregnant", "autistic", "excluded"])

    static let strongPersonVerbs = WordSet(["said", "says", "told", "tells", "asked", "asks", "cried", "shouted", "screamed",
                                            "wants", "wanted", "keeps", "kicked", "saw", "loves", "hates", "rang", "texted",
                                            "messaged", "punched", "knows", "thinks", "promised", "lied", "reckons",
                                            "never", "always"])

    static let roleOrGreeting: ContextRole = [.role, .greeting]

    /// The rule of a word in capitals that no list has (or a given name, after "my name
    /// is"): after a relative, a role, a greeting or a field ("MY GRANDSON DILOK", "THE
    /// SOCIAL WORKER DYLJIT SAID"), beside another such word ("CONYLL MOHAMOD"), or after
    /// "my name is" ("MY NAME IS PAT HIVI"); nil otherwise.
    /// (Out of ``judge(_:_:)``, which must stay small enough for its sets to stay constants.)
    @inline(never)
    static func unlistedInCapitalsRule(_ tokens: [Token], _ index: Int, _ intro: ContextRole,
                                       _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        if token.classes.isEmpty {
            if token.length >= 4, !intro.isDisjoint(with: kinshipRoleGreetingOrField) { return .introduced }
            if isUnlistedInCapitalsPair(tokens, index, bytes) { return .capitalsName }
        }
        return followsNameIs(tokens, index, bytes) ? .introduced : nil
    }

    /// Whether the capitalised word at `index`, a dictionary word that no name list has,
    /// is someone's name from the words around it, mid-sentence: named by the relative
    /// just before it ("her daughter Amaryllis would be home", "My youngest, Gruff, drew"), thanked before a team ("A
    /// huge thank you to Linnet at the Family Hub"), saying who they are ("I'm Pip."), or
    /// as a quote's speaker with an age ("(Zinnia, 14)").
    /// Not a month, a weekday, a place or a role ("my son Christmas", "her daughter
    /// Sunday").
    @inline(never)
    mutating func isWordNamedInContext(_ index: Int, _ intro: ContextRole, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index >= 2, token.context.isEmpty, !token.inNonPersonalPhrase,
              token.classes.isDisjoint(with: .nonPersonal), !token.classes.contains(.titlecase) else { return false }
        // A quote's speaker with an age, after the quote: "late." (Zinnia, 14)", "– Temperance, 9"
        // (not "and (Page, 3)").
        if NameRun.attributedWithAge(tokens, index, bytes) {
            guard bytes[token.start - 1] == 0x28 else { return true }  // the dash form
            var bracket = token.start - 1
            while bracket > 0, bytes[bracket - 1] == 0x20 { bracket -= 1 }
            guard bracket > 0 else { return false }
            switch bytes[bracket - 1] {
            case 0x22, 0x2E, 0x21, 0x3F, 0x9D: return true  // " . ! ? ”
            default: return false
            }
        }
        let previous = tokens[index - 1]
        // Set off by commas after a worker's role: "the Early Help worker, Tansy, stopped
        // visiting", "her worker, Clemency, was kind"; or after a relative of the writer's
        // or someone's: "My youngest, Gruff, drew a picture".
        if token.gap.isCommaSpace, token.shape == .capitalized, previous.shape == .lower, token.end < bytes.count,
           bytes[token.end] == 0x2C {
            if NameRun.isOneOf(NameRun.roleHeads, previous, bytes) { return true }  // (not "(partner, Deaf, BSL user)")
            if previous.context.contains(.kinship), !NameRun.isGeneric(previous, bytes), previous.gap.isPlainSpace,
               NameRun.isOneOf(NameRun.possessivePronouns, tokens[index - 2], bytes) {
                return true
            }
        }
        guard !token.sentenceStart, token.gap == [.space] else { return false }
        if intro.contains(.kinship) {
            return previous.shape == .lower && previous.context.contains(.kinship) && !NameRun.isGeneric(previous, bytes)
                && NameRun.isOneOf(NameRun.possessivePronouns, tokens[index - 2], bytes)
        }
        if intro.contains(.greeting) { return affiliationFollows(index, bytes) }
        // "I'm Pip.", "im Pip,": then the clause ends.
        let iAm = previous.contraction && bytes[previous.start] | 0x20 == 0x69 && bytes[previous.end - 1] | 0x20 == 0x6D
            || previous.length == 2 && NameRun.isWord(previous, "im", bytes)
        guard iAm else { return false }
        guard token.end < bytes.count else { return true }
        switch bytes[token.end] {
        case 0x2E, 0x2C, 0x21, 0x22, 0x0A, 0x0D: return true
        default: return false
        }
    }

    static let kinshipRoleGreetingOrField: ContextRole = [.kinship, .role, .greeting, .field]

    /// Whether the word in capitals at `index`, which no list has, stands beside another
    /// word in capitals that no list has or that is a name and no word: "CONYLL MOHAMOD",
    /// "KEMIR BHUPINDYR", "DEAN FYARGHAL" (two such words together are a name, not an
    /// acronym or a word of a letter in capitals: both four letters or more with a vowel
    /// for the one no list has).
    @inline(never)
    static func isUnlistedInCapitalsPair(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func unlisted(_ token: Token) -> Bool {
            token.shape == .upper && token.classes.isEmpty && token.context.isEmpty && token.length >= 4 && !token.hyphenated
                && hasVowel(token, bytes)
        }
        func partner(_ token: Token) -> Bool {
            unlisted(token) || token.shape == .upper && token.length >= 3 && !token.classes.isDisjoint(with: .name)
                && !token.classes.contains(.common) && token.classes.isDisjoint(with: .nonPersonal) && token.context.isEmpty
        }
        guard unlisted(tokens[index]) else { return false }
        if let next = tokens[safe: index + 1], next.gap == [.space], partner(next) { return true }
        return index > 0 && tokens[index].gap == [.space] && partner(tokens[index - 1])
    }

    /// Whether "name is" or "name was" stands just before the word at `index`, after "my",
    /// "his", "her", "their" or "your": "MY NAME IS PAT HIVI", "HER NAME WAS JOMILIJU".
    static func followsNameIs(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 3, tokens[index].gap == [.space], tokens[index - 1].gap == [.space], tokens[index - 2].gap == [.space],
              isWord(tokens[index - 1], "is", bytes) || isWord(tokens[index - 1], "was", bytes),
              isWord(tokens[index - 2], "name", bytes) else { return false }
        return isOneOf(possessivePronouns, tokens[index - 3], bytes)
    }

    /// Whether `token` has a vowel (a, e, i, o, u or y; ASCII, either case).
    static func hasVowel(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (token.start..<token.end).contains { isVowel(bytes[$0] | 0x20) }
    }

    /// Whether the lower-case ASCII `byte` is a, e, i, o, u or y.
    @inline(__always)
    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true
        default: false
        }
    }
}
