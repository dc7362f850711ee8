import Lexicon

/// Names set beside the words that say who someone is: in brackets after a relationship
/// or a role ("worries about nan (Pat)", "a close friend (Ruby in Year 8)"), after
/// "regarding" or "on" opening a paragraph ("Regarding Mason, I am meeting the SENCo"),
/// and a young person's own name after "its" in a message ("hiya miles its jade 😊").
extension NameRun {
    /// Runs the two tests below on the capitalised words not yet judged names, each only
    /// where its first byte can say yes: an opening bracket before the word, or a word
    /// of two to ten letters opening the sentence before it.
    /// - Complexity: O(c) in the capitalised words, a byte or two tested for most.
    @inline(never)
    mutating func markAsides(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals {
            let token = tokens[index]
            if token.start >= 1, bytes[token.start - 1] == 0x28 {
                if index >= 1, rules[index] == nil, !skip[index] { markNameInBrackets(index, bytes) }
            } else if token.shape == .upper, token.length <= 3, rules[index] == nil, !skip[index], token.end + 1 < bytes.count,
                      bytes[token.end] == 0x20, bytes[token.end + 1] == 0x28 {
                // "Present: NR (SW), AM (IRO)": initials a list has as an acronym.
                if NameRun.isListedInitialsBeforeRole(tokens, rules, index, bytes) { rules[index] = .staffInitials }
            } else if token.shape == .upper, token.length >= 3, token.end < bytes.count, bytes[token.end] == 0x2C,
                      NameRun.isFamilyNameBeforeGivenName(tokens, index, bytes) {
                // "| lead NC | LACATUS, Florin | school transport": a family name no list has,
                // in capitals, before a given name, as trackers write them.
                if rules[index] == nil, !skip[index] { rules[index] = .fullName }
                if rules[index + 1] == nil, !skip[index + 1] { rules[index + 1] = .fullName }
            } else if token.shape == .upper, token.length >= 2, token.length <= 3, token.gap.contains(.colon), rules[index] == nil,
                      !skip[index], NameRun.isSlashPairOfInitials(tokens, index) {
                // "Triage: HS / HM": two workers' initials after a label.
                rules[index] = .staffInitials
                rules[index + 1] = .staffInitials
            } else if token.end + 1 < bytes.count, bytes[token.end] == 0x3A || bytes[token.end] == 0x20 && bytes[token.end + 1] == 0x28,
                      rules[index] == nil, !skip[index], token.classes.contains(.forename), !token.isRoleWord,
                      !(index >= 1 && token.gap.isPlainSpace && tokens[index - 1].context.contains(.determiner)) {
                // (A place with a count is no person: "Offices: Chelsea (12), Kent (8)".)
                // A message's speaker after its time stamp ("[22:10] Precious: im not coming
                // back"), and a given name with an age in brackets ("dont tell mrs x it was me
                // Jade (14)").
                if bytes[token.end] == 0x3A ? NameRun.speakerAfterTimestamp(tokens, index, bytes)
                    : !token.classes.contains(.place) && NameRun.ageFollows(bytes, token.end, closing: 0x29) {
                    rules[index] = .describedAsPerson
                }
            } else if token.shape == .capitalized, token.end + 1 < bytes.count, bytes[token.end] == 0x20, bytes[token.end + 1] == 0x62,
                      rules[index] == nil, !skip[index], NameRun.isBornOnADate(tokens, index, bytes) {
                rules[index] = .withBirthDate  // "Harmony born 11/02/2021 - known to service"
            } else if token.sentenceStart, token.end < bytes.count, bytes[token.end] == 0x2C, rules[index] == nil, !skip[index] {
                // "Summer, 15, chaired her own review": a given name and an age opening a sentence.
                if token.classes.contains(.forename), NameRun.ageFollows(bytes, token.end + 1, closing: 0x2C) { rules[index] = .describedAsPerson }
                // "Hope, sorry to message your work phone": someone spoken to, opening a message.
                else if NameRun.isAddressedOpening(tokens, index, bytes) { rules[index] = .introduced }
            } else if token.sentenceStart, rules[index] == nil, !skip[index], NameRun.isAddressedOpening(tokens, index, bytes) {
                rules[index] = .introduced  // "Holly i got into uni!!!"
            } else if index >= 1, tokens[index - 1].sentenceStart, tokens[index - 1].length <= 10, token.gap.isPlainSpace {
                let first = bytes[tokens[index - 1].start]
                if first == 0x52 || first == 0x4F || first == 0x41 || first == 0x43, rules[index] == nil, !skip[index] {
                    markNameAfterRegarding(index, bytes)
                }
            }
        }
    }

    /// Marks a given name alone on the document's last line after a sentence, closing a
    /// message without a sign-off word ("Could you advise who is dealing with
    /// this?\nChase"); one capital closing a quoted message is found with the other lone
    /// capitals (see ``markLoneCapitals(_:)``).
    @inline(never)
    mutating func markClosingName(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let last = tokens.indices.last, rules[last] == nil, !skip[last], NameRun.closesTheDocument(tokens[last], bytes) else {
            return
        }
        let token = tokens[last]
        // (On its own line, or after a dash: "pls ring back TODAY. – Di".)
        if token.shape == .capitalized, token.gap.contains(.newline) || token.gap.contains(.dash), token.gap.contains(.sentenceEnd),
           token.classes.contains(.forename), !NameRun.isNonPersonal(token), !token.isRoleWord, !token.possessive {
            rules[last] = .signoff
        }
    }

    /// Marks two or three capitals closing the document after its last sentence, alone or
    /// before a time, as call handlers and duty workers sign a log ("Stage 1 logged, TM
    /// cc'd. AD", "Passed to Complaints.\nAD 16:30", "Copy to SW. HB"), even an acronym's
    /// or a term's letters, or one capital on its own line; not the words notes close with
    /// ("OK", "NB", "TBC", "NFA"), a place's or a role's, nor "A", "I" or the kiss "X".
    @inline(never)
    mutating func markClosingInitials(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let last = tokens.indices.last, last > 0, rules[last] == nil, !skip[last] else { return }
        let token = tokens[last]
        // (Or one capital on a line of its own, not "A", "I" nor the kiss "X"; and two
        // capitals a list has as a term: "Copy to SW. HB".)
        let letter = bytes[token.start]
        let lone = token.shape == .initial && token.gap.contains(.newline) && letter != 0x41 && letter != 0x49 && letter != 0x58
        guard token.shape == .upper || lone, token.length <= 3, token.gap.contains(.sentenceEnd),
              token.gap.subtracting([.space, .sentenceEnd, .newline, .dash]).isEmpty, !token.possessive,
              token.classes.isDisjoint(with: [.place, .role]), !token.classes.contains(.titlecase) || token.length == 2,
              !NameRun.isOneOf(NameRun.closingNoteWords, token, bytes)
        else { return }
        // Only a time or a date may follow: "AD 16:30", "KW 12/03".
        var position = token.end
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x3A || byte == 0x2F || byte == 0x2E || byte &- 0x30 < 10 else { return }
            position += 1
        }
        rules[last] = .staffInitials
    }

    /// Words in capitals that close a note and are no one's initials.
    static let closingNoteWords = WordSet(["ok", "nb", "ps", "tbc", "tba", "na", "nfa", "id", "cc", "no", "eg", "ie", "hi", "oh",
                                           "end", "ends", "yes", "asap", "fyi", "rip", "lol", "xx", "xxx"])

    /// Whether the capital at `index` closes a quoted message after its last sentence,
    /// before the line's end: "I'll never forget you. R\"" — not "I", "A", nor the kiss "X".
    static func closesAQuotedMessage(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let letter = bytes[token.start]
        guard letter != 0x49, letter != 0x41, letter != 0x58, token.gap.contains(.sentenceEnd),
              token.gap.subtracting([.space, .sentenceEnd]).isEmpty, token.end < bytes.count,
              bytes[token.end] == 0x22 || token.end + 2 < bytes.count && bytes[token.end] == 0xE2 && bytes[token.end + 1] == 0x80
                && bytes[token.end + 2] == 0x9D else { return false }
        let after = bytes[token.end] == 0x22 ? token.end + 1 : token.end + 3
        return after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D
    }

    /// Whether the given name at `index` opens a message (its line or a quotation) as
    /// the one spoken to: before a comma and "sorry", "thanks", "thank", "just" or "i"
    /// ("Hope, sorry to message", "Grace, thank you"), or before a lone "i" ("Holly i
    /// got into uni") — not a place, a role or a title-case word.
    @inline(never)
    static func isAddressedOpening(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        let opensLine = !token.gap.isDisjoint(with: [.quote, .newline, .start])
        guard token.shape == .capitalized, token.classes.contains(.forename), !token.possessive, !token.isRoleWord,
              opensLine || token.gap.contains(.sentenceEnd),
              !NameRun.isNonPersonal(token) || token.classes.contains(.nameClash),
              let next = tokens[safe: index + 1], next.shape == .lower else { return false }
        // A question to the one named, opening any sentence: "Hope, could you send me
        // your notes?" (the rest only opening a line or a quotation).
        if next.gap.isCommaSpace, isOneOf(questionOpeners, next, bytes), let you = tokens[safe: index + 2], you.gap.isPlainSpace,
           isWord(you, "you", bytes) {
            return true
        }
        guard opensLine else { return false }
        if next.gap.isCommaSpace { return isOneOf(addressedOpeners, next, bytes) }
        // "Robin - are you ok to chair the meeting?"
        if next.gap.rawValue == Gap.space.rawValue | Gap.dash.rawValue, next.start - token.end == 3 {
            return isOneOf(addressedOpeners, next, bytes) || isOneOf(questionOpeners, next, bytes)
        }
        return next.gap.isPlainSpace && next.length == 1 && bytes[next.start] == 0x69
    }

    /// What opens a question to the one named before a dash: "Robin - are you ok".
    static let questionOpeners = WordSet(["are", "can", "could", "would", "will", "do", "did", "have", "is", "any", "quick", "fyi"])

    /// What follows the comma after the name of someone spoken to: "Hope, sorry".
    static let addressedOpeners = WordSet(["sorry", "thanks", "thank", "just", "i", "im", "i'm", "please", "hope"])

    /// Marks the lone capitals that stand for a person, in one walk over them: one closing
    /// a quoted message (``closesAQuotedMessage(_:_:)``), and one in a note opening a
    /// sentence, a clause or a dated line before what a person does ("K disclosed being
    /// left home alone", "16/01/23 K placed with emergency carers", "T and J started at
    /// new school", "Mum present, B asleep in cot") — not "A" or "I", not the pseudonyms X,
    /// Y and Z, nor a letter that the document gives someone as a decision's pseudonym
    /// ("Mrs B … B said", "Child D", "her son, C,", "I will call C").
    /// - Complexity: O(c) in the capitalised words, a byte or two tested for most.
    @inline(never)
    mutating func markLoneCapitals(_ bytes: UnsafeBufferPointer<UInt8>) {
        var pseudonyms: UInt32?
        for index in capitals where tokens[index].shape == .initial && rules[index] == nil && !skip[index] {
            let token = tokens[index]
            if NameRun.closesAQuotedMessage(token, bytes) {
                rules[index] = .signoff
                continue
            }
            guard NameRun.mayBeActingInitial(token, bytes) else { continue }
            if pseudonyms == nil { pseudonyms = pseudonymLetters(bytes) }
            guard pseudonyms! & NameRun.letterBit(bytes[token.start]) == 0 else { continue }
            if let last = actingInitialsEnd(index, bytes), pseudonyms! & NameRun.letterBit(bytes[tokens[last].start]) == 0 {
                rules[index] = .personVerb
                if last != index { rules[last] = .personVerb }
            }
        }
    }

    /// Marks a lone capital that is the initial of a name the document gives, acting or
    /// acted on in a note: "Chidinma (15). Says C walked out", "Patience Ogunleye … P to
    /// finish by end Jan", "Will see S at school" (run once the names are spread; the same
    /// letters left out as in ``markLoneCapitals(_:)``).
    /// - Complexity: O(c) in the capitalised words.
    @inline(never)
    mutating func markInitialsOfNamesFound(_ bytes: UnsafeBufferPointer<UInt8>) {
        var pseudonyms: UInt32?
        var nameLetters: UInt32?
        for index in capitals where index > 0 && tokens[index].shape == .initial && rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard NameRun.mayBeActingInitial(token, bytes), NameRun.standsAsInitialInNote(tokens, index, bytes) else { continue }
            if nameLetters == nil { nameLetters = lettersOfNamesFound(bytes) }
            let letter = NameRun.letterBit(bytes[token.start])
            guard nameLetters! & letter != 0 else { continue }
            if pseudonyms == nil { pseudonyms = pseudonymLetters(bytes) }
            if pseudonyms! & letter == 0 { rules[index] = .initialsOfName }
        }
    }

    /// Marks initials written with their dots and no space, two or three letters that no
    /// list has as a word or an acronym, with no capitalised word after them: "Z.B.",
    /// "R.H." in a table's cell or a key ("R.H. = Reza Hosseini"); not "R.C.", "N.B.",
    /// "P.S.", "D.O.B.", nor "J.R. Hartley" (an initial before a name, found as such).
    mutating func markDottedInitials(_ bytes: UnsafeBufferPointer<UInt8>) {
        for first in capitals {
            guard tokens[first].shape == .initial, tokens[first].dotAfter, rules[first] == nil,
                  first == 0 || !(tokens[first - 1].shape == .initial && tokens[first - 1].end + 1 == tokens[first].start) else { continue }
            // The run of letters, each followed by its dot, with nothing else between.
            var last = first
            while last + 1 < tokens.count, last - first < 2, tokens[last + 1].shape == .initial, tokens[last + 1].dotAfter,
                  tokens[last + 1].start == tokens[last].end + 1 {
                last += 1
            }
            guard last > first, last + 1 >= tokens.count || tokens[last + 1].start != tokens[last].end + 1 else { continue }
            if let next = tokens[safe: last + 1], next.isCapitalizedLike,
               next.gap.subtracting(NameRun.spaceOrSentenceEnd).isEmpty, next.start == tokens[last].end + 2 {
                continue
            }
            var word: [UInt8] = []
            for letter in first...last { word.append(bytes[tokens[letter].start] | 0x20) }
            // Letters that spell a word, an acronym or a role ("G.P.", "P.M.", "A.S.") are
            // someone's initials only alone in a table's cell or before an age: "| G.P. |",
            // "K.W. (14)", "S.T., 12". Letters that spell only a name are initials anyway
            // ("E.M.", "M.A.").
            let (classes, roles, abbreviation) = word.withUnsafeBufferPointer {
                (lexicon.classes(of: $0), context.roles($0), NameRun.dottedAbbreviations.contains($0))
            }
            guard !abbreviation else { continue }
            if !classes.subtracting(.name).isEmpty || !roles.isEmpty {
                let after = tokens[last].end + 1
                guard NameRun.standsAloneInCell(tokens[first].start, after, bytes) || NameRun.agesFollow(after, bytes) else { continue }
            }
            for letter in first...last where rules[letter] == nil { rules[letter] = .initialsOfName }
        }
    }

    /// Letters with dots that are never someone's initials: "N.B.", "P.S.", "D.O.B.".
    static let dottedAbbreviations = WordSet(["nb", "ps", "pps", "dob", "eg", "ie", "uk", "us", "am", "aka", "asap", "rsvp",
                                              "etc", "bc", "ad", "ok", "no", "nhs", "tv", "pc", "dc", "ltd", "plc"])

    /// Whether `start..<end` stands alone in a table's cell: a bar (or a tab) and spaces
    /// on each side, or the line's end after it (`orLineEnd`).
    static func standsAloneInCell(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>, orLineEnd: Bool = false) -> Bool {
        var before = start
        while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
        var after = end
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        guard before > 0, bytes[before - 1] == 0x7C || bytes[before - 1] == 0x09 else { return false }
        guard after < bytes.count else { return orLineEnd }
        return bytes[after] == 0x7C || bytes[after] == 0x09 || orLineEnd && (bytes[after] == 0x0A || bytes[after] == 0x0D)
    }

    /// Whether an age follows the byte `at`: " (14)", " (9)" (``plainAge(after:_:)``), or
    /// after a comma, ", 12" (not a date, a time or a decimal: ", 12/03", ", 12.5").
    static func agesFollow(_ at: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if plainAge(after: at, bytes) != nil { return true }
        guard at + 2 < bytes.count, bytes[at] == 0x2C, bytes[at + 1] == 0x20 else { return false }
        var index = at + 2
        while index < bytes.count, bytes[index] &- 0x30 < 10, index - at - 2 < 3 { index += 1 }
        guard (1...2).contains(index - at - 2) else { return false }
        guard index < bytes.count else { return true }
        // ("12." ends a sentence.)
        if bytes[index] == 0x2E { return index + 1 == bytes.count || bytes[index + 1] &- 0x30 >= 10 }
        return !(bytes[index] &- 0x30 < 10 || bytes[index] == 0x2F || bytes[index] == 0x3A)
    }

    /// The last of the capitals acting from `index` on, opening a clause before what a
    /// person does ("K disclosed", "T and J started"), or nil.
    private func actingInitialsEnd(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard NameRun.opensClause(tokens, index, bytes) else { return nil }
        // The verb after it, or after "and" and a second capital.
        var last = index
        if let and = tokens[safe: index + 1], and.gap.isPlainSpace, isAnd(and, bytes),
           let second = tokens[safe: index + 2], second.shape == .initial, second.gap.isPlainSpace,
           NameRun.mayBeActingInitial(second, bytes) {
            last = index + 2
        }
        // (Not "is", "was", "has", "had": "B has Duchenne muscular dystrophy" may be a
        // pseudonym's.)
        guard let verb = tokens[safe: last + 1], verb.gap.isPlainSpace, verb.shape == .lower,
              NameRun.isActingVerb(verb, bytes)
                || NameRun.isOneOf(NameRun.chronologyVerbs, verb, bytes) || NameRun.isOneOf(NameRun.noteVerbs, verb, bytes)
        else { return nil }
        return last
    }

    /// The first letters of the capitalised names found so far, as ``letterBit(_:)``s.
    private func lettersOfNamesFound(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var letters: UInt32 = 0
        for index in capitals where rules[index] != nil && tokens[index].shape == .capitalized {
            letters |= NameRun.letterBit(bytes[tokens[index].start])
        }
        return letters
    }

    /// Whether the capital at `index` stands where a person's initial does in a note:
    /// opening a clause before a word in lower case ("G says", "P feeling more
    /// confident", "C to attend"), or after a verb said of people ("Says C walked out",
    /// "Will see S at school", "told K at a review", "Spoke to F briefly").
    static func standsAsInitialInNote(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace || next.gap.isCommaSpace && next.shape == .lower else {
            return false
        }
        // (Not a grade: "2 A levels, B in maths".)
        if opensClause(tokens, index, bytes) {
            return next.shape == .lower && next.gap.isPlainSpace && !isOneOf(notActing, next, bytes)
        }
        let previous = tokens[index - 1]
        guard tokens[index].gap.isPlainSpace, next.shape == .lower else { return false }
        if isOneOf(objectVerbs, previous, bytes) { return true }
        // "Spoke to F briefly", "talked to J about it".
        return isToAfterSpeaking(tokens, index - 1, bytes)
    }

    /// What a capital opening a clause is followed by when it is a grade, an option or a
    /// pseudonym rather than someone's initial: "B in maths", "C or D", "B is".
    static let notActing = WordSet(["in", "at", "on", "of", "for", "and", "or", "from", "with", "by", "is", "was", "has",
                                    "had", "the", "a", "an"])

    /// Verbs a person's initial follows in notes: "see S", "told K", "Says C".
    static let objectVerbs = WordSet(["see", "seen", "saw", "visit", "visited", "told", "tell", "asked", "ask", "met", "meet",
                                      "called", "rang", "phoned", "says", "said", "collected", "collect", "took", "take",
                                      "brought", "bring", "supported", "support", "reassured", "reminded", "advised"])

    /// A capital that can stand for a person: not "A", "I", nor "X", "Y", "Z", nor "M"
    /// and "F", which notes write for mother and father ("M tearful", "F called"); no dot
    /// after it and no possessive.
    static func mayBeActingInitial(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let letter = bytes[token.start]
        return letter != 0x41 && letter != 0x49 && letter != 0x4D && letter != 0x46 && (letter < 0x58 || letter > 0x5A)
            && !token.dotAfter && !token.possessive
    }

    /// Whether the word at `index` opens a sentence, a clause (after a comma, a dash or a
    /// semicolon), a table's cell (after a tab) or a dated line.
    static func opensClause(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let gap = tokens[index].gap
        return tokens[index].sentenceStart || !gap.isDisjoint(with: [.comma, .dash, .semicolon, .tab])
            || startsDatedLine(tokens[index].start, bytes)
    }

    /// Verbs of notes that the person-verb list does not have: "M disclosed", "J ok with
    /// text updates", "B asleep in cot".
    static let noteVerbs = WordSet(["disclosed", "discloses", "placed", "started", "starts", "missed", "misses", "asleep",
                                    "ok", "okay", "seen", "returned", "stayed", "refused", "refuses", "declined", "attended",
                                    "reported", "agreed", "wanted", "presented", "appeared", "showed", "shows", "summarised",
                                    "summarises", "chaired", "chairs", "outlined", "read"])

    /// The letters the document gives as pseudonyms or that the kinship rule follows:
    /// after a title ("Mrs B"), after "Child", "children" or "baby", after a relationship
    /// word ("her son, C,", "her son C", spread by ``standsAsAName(_:)``), and after "call"
    /// or "as" ("I will call C", "referred to as D"), and those listed with them
    /// ("Siblings D, E and F").
    mutating func pseudonymLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var letters: UInt32 = 0
        for index in capitals where index > 0 && tokens[index].shape == .initial {
            let previous = tokens[index - 1], gap = tokens[index].gap
            if previous.context.contains(.honorific) || NameRun.isGeneric(previous, bytes)
                || previous.context.contains(.kinship) && (gap.isCommaSpace || gap.isPlainSpace)
                || previous.shape == .lower && (NameRun.isWord(previous, "call", bytes) || NameRun.isWord(previous, "as", bytes)) {
                letters |= NameRun.letterBit(bytes[tokens[index].start])
            } else if letters != 0 {
                // Listed with a pseudonym: "Sisters A (16) and B (13)", "Siblings D, E and F".
                let other = gap.isCommaSpace ? index - 1 : isAnd(previous, bytes) && index >= 2 ? index - 2 : -1
                if other >= 0, tokens[other].shape == .initial, letters & NameRun.letterBit(bytes[tokens[other].start]) != 0 {
                    letters |= NameRun.letterBit(bytes[tokens[index].start])
                }
            }
        }
        return letters
    }

    /// Bit `n` for the capital `A + n` (none for another byte).
    static func letterBit(_ letter: UInt8) -> UInt32 {
        letter &- 0x41 < 26 ? 1 << UInt32(letter &- 0x41) : 0
    }

    /// Whether the word in capitals at `index` is a family name before a comma and a given
    /// name that closes its cell, line or clause: "LACATUS, Florin |" (not a word or a list's
    /// entry in capitals: "NOTE, Will you", "CAMHS, Grace").
    static func isFamilyNameBeforeGivenName(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.classes.isDisjoint(with: .nonPersonal), !token.classes.contains(.common), !token.isRoleWord,
              !token.possessive, let next = tokens[safe: index + 1], next.gap.isCommaSpace, next.shape == .capitalized,
              next.classes.contains(.forename), !NameRun.isNonPersonal(next) || next.classes.contains(.nameClash),
              !next.possessive, next.end < bytes.count else { return false }
        let after = bytes[next.end]
        return after == 0x20 && next.end + 1 < bytes.count && bytes[next.end + 1] == 0x7C || after == 0x7C || after == 0x0A
            || after == 0x0D || after == 0x09 || after == 0x2C || after == 0x3B
    }

    /// Whether the initials at `index` and the next word are two workers' initials joined
    /// by a slash, closing their line or sentence: "Triage: HS / HM" (not "Ref: HR / IT",
    /// letters the lists have as organisations or roles).
    static func isSlashPairOfInitials(_ tokens: [Token], _ index: Int) -> Bool {
        guard let next = tokens[safe: index + 1], next.shape == .upper, next.length >= 2, next.length <= 3,
              next.gap.contains(.slash), next.gap.subtracting([.slash, .space]).isEmpty else { return false }
        let acronym: WordClass = [.organisation, .role, .common]
        guard tokens[index].classes.isDisjoint(with: acronym), next.classes.isDisjoint(with: acronym),
              !tokens[index].isRoleWord, !next.isRoleWord else { return false }
        guard let after = tokens[safe: index + 2] else { return true }
        return !after.gap.isDisjoint(with: [.newline, .sentenceEnd])
    }

    /// Whether the given name at `index` is followed by "born" and a date, as chronologies
    /// write births: "Harmony born 11/02/2021", "Lexi born on 3 May 2019", "Tyler born in
    /// 2015" (not a title-case word: "The Autumn born babies").
    static func isBornOnADate(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.classes.contains(.forename), !token.isRoleWord, !token.possessive,
              !NameRun.isNonPersonal(token) || token.classes.contains(.nameClash),
              let born = tokens[safe: index + 1], born.gap.isPlainSpace, isWord(born, "born", bytes) else { return false }
        var position = born.end
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        // "on" or "in" before the date.
        if position + 2 < bytes.count, bytes[position] == 0x6F || bytes[position] == 0x69, bytes[position + 1] == 0x6E,
           bytes[position + 2] == 0x20 {
            position += 3
        }
        return position < bytes.count && bytes[position] &- 0x30 < 10
    }

    /// Whether only white space follows `token` in the document.
    static func closesTheDocument(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = token.end
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D { position += 1 }
        return position == bytes.count
    }

    /// Whether the two or three capitals at `index`, before a role in brackets, stand in a
    /// list beside other initials before their roles: "Present: NR (SW), AM (IRO), MP
    /// (FSW)" — even letters that are a word or an acronym ("AM", "MP"). Not after a
    /// number ("10 AM (IRO chaired)").
    @inline(never)
    static func isListedInitialsBeforeRole(_ tokens: [Token], _ rules: [NameRule?], _ index: Int,
                                           _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length >= 2, !token.gap.contains(.digit), roleInBracketsFollows(tokens, index, bytes) else { return false }
        // The item before: "NR (SW), " — initials judged a person, their role or their
        // relationship in brackets ("KAm (father), TO (SW)").
        if index >= 3, token.gap.contains(.comma), rules[index - 1] == nil,
           tokens[index - 1].isRoleWord || tokens[index - 1].context.contains(.kinship), bytes[tokens[index - 1].end] == 0x29,
           tokens[index - 2].shape != .lower,
           rules[index - 2] != nil, tokens[index - 2].length <= 3,
           roleInBracketsFollows(tokens, index - 2, bytes) || tokens[index - 1].context.contains(.kinship) && isAloneInBrackets(tokens[index - 1], bytes) {
            return true
        }
        // The item after: "AM (IRO), NR (SW)".
        guard let role = tokens[safe: index + 1], bytes[role.end] == 0x29, let next = tokens[safe: index + 2],
              next.gap.contains(.comma), next.shape == .upper, next.length <= 3, rules[index + 2] != nil else { return false }
        return roleInBracketsFollows(tokens, index + 2, bytes)
    }

    /// Marks the given or family names in brackets straight after a relationship or a
    /// role word ("nan (Pat)", "his head of year (Miles Page)"): a name on the lists, no
    /// place, organisation or title-case word, the bracket closing after it, after a
    /// second capitalised word, or before "in" or a comma ("(Ruby in Year 8)").
    @inline(never)
    mutating func markNameInBrackets(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let token = tokens[index]
        guard token.shape == .capitalized,
              token.gap.rawValue == NameRun.spaceBracket || token.gap.rawValue == Gap.bracket.rawValue,
              !token.classes.isDisjoint(with: .name) else { return }
        // (A word that is also a title-case word, when a name found follows: "(Miles Page)".)
        guard !NameRun.isNonPersonal(token) || token.classes.contains(.nameClash)
                || tokens[safe: index + 1].map({ $0.gap.isPlainSpace && $0.isCapitalizedLike }) == true && rules[index + 1] != nil
        else { return }
        let previous = tokens[index - 1]
        // (A relative capitalised too: "Dad (Yaw) works away", "Mum (Kelly)"; a team or a
        // role in capitals, a given name not a month nor a compass point: "Complaints Team
        // (Dawn)", "the IRO (Hope)", not "the Panel (June)", "CIN Team (North)", nor an
        // acronym: "Advice and Duty Service (ChAD)".)
        guard previous.shape == .lower && (previous.context.contains(.kinship) || previous.isRoleWord)
                || previous.shape == .capitalized && previous.context.contains(.kinship)
                || previous.isCapitalizedLike && previous.isRoleWord && token.classes.contains(.forename)
                    && !NameRun.isOneOf(NameRun.months, token, bytes) && !NameRun.isOneOf(NameRun.compassPoints, token, bytes)
                    && !bytes[token.start + 1..<token.end].contains(where: { $0 &- 0x41 < 26 }) else { return }
        var end = token.end
        if end < bytes.count, bytes[end] == 0x20, let next = tokens[safe: index + 1], next.gap.isPlainSpace {
            if next.isCapitalizedLike { end = next.end } else if NameRun.isWord(next, "in", bytes) { end = bytes.count }
        }
        guard end == bytes.count || end < bytes.count && (bytes[end] == 0x29 || bytes[end] == 0x2C) else { return }
        rules[index] = .describedAsPerson
    }

    /// Marks a given name after "Regarding" or "On" opening a sentence, before a comma or
    /// a dash: "Regarding Mason, I am meeting the SENCo", "On Will - he is still waiting"
    /// (not "On Monday,", "Regarding CAMHS,").
    @inline(never)
    mutating func markNameAfterRegarding(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let token = tokens[index]
        guard token.shape == .capitalized, token.gap.isPlainSpace, token.classes.contains(.forename),
              !token.classes.contains(.place), token.context.isEmpty,
              !token.classes.contains(.titlecase) || token.classes.contains(.nameClash) else { return }
        let opener = tokens[index - 1]
        guard opener.sentenceStart, opener.shape == .capitalized, NameRun.isOneOf(NameRun.regardingWords, opener, bytes),
              let next = tokens[safe: index + 1], next.gap.contains(.comma) || next.gap.contains(.dash) else { return }
        if NameRun.isOneOf(NameRun.monthWords, token, bytes) { return }
        rules[index] = .introduced
    }

    static let regardingWords = WordSet(["regarding", "re", "on", "about", "concerning"])
    static let selfNamingFollowers = WordSet(["from", "here", "x"])
    static let afterGreetedSelfName = WordSet(["i", "im", "i'm", "ive", "i've", "can", "just", "again"])

    /// Marks a given name in lower case after "its" or "it's" opening a message, or after
    /// a greeting and its name: "its rose from 4 Lark Rise", "hiya miles its jade 😊" (an
    /// emoji, a comma, "from", "here", "x" or the line's end after it).
    @inline(never)
    mutating func markSelfNamedInMessages(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in lowerCandidates where index >= 1 && rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.gap.isPlainSpace, token.length >= 3, token.context.isEmpty, !NameRun.isNonPersonal(token),
                  !NameRun.isOneOf(NameRun.modalWords, token, bytes) else { continue }
            let its = tokens[index - 1]
            guard its.shape == .lower, its.length == 3 || its.length == 4, NameRun.isWord(its, "its", bytes) || NameRun.isWord(its, "it's", bytes)
                    || NameRun.isWord(its, "it’s", bytes) else { continue }
            // At a message's start, or after a greeting and the name greeted ("hiya miles its jade").
            // (Or just after the greeting: "hiya its jade x".)
            guard its.sentenceStart || its.gap.isPlainSpace && index >= 2 && (rules[index - 2] != nil || index >= 3
                    && lowercaseGreetings.contains(index - 3) || lowercaseGreetings.contains(index - 2)) else { continue }
            // A word no list has after a greeting and "its", whatever follows: "hi its kidone
            // can danlodi ring me" (not a misspelt word).
            if token.classes.isEmpty, index >= 2, lowercaseGreetings.contains(index - 2) || its.sentenceStart,
               !isMisspeltWord(index, bytes) {
                rules[index] = .introduced
                continue
            }
            var after = token.end
            while after < bytes.count, bytes[after] == 0x20 { after += 1 }
            // (Or a full stop after a word no list has: "hiya its kamul.")
            // (Or, after a greeting, a full stop or "i", "can", "just": "hiya its jade i want
            // to complain", "hi its sky can u tell bill".)
            let greeted = index >= 2 && lowercaseGreetings.contains(index - 2)
            if after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D || bytes[after] == 0x2C || bytes[after] >= 0xF0
                || bytes[after] == 0x2E && (token.classes.isEmpty || greeted && !NameRun.isOneOf(NameRun.monthWords, token, bytes)) {
                rules[index] = .introduced
            } else if let next = tokens[safe: index + 1], next.gap.isPlainSpace,
                      NameRun.isOneOf(NameRun.selfNamingFollowers, next, bytes)
                        || greeted && NameRun.isOneOf(NameRun.afterGreetedSelfName, next, bytes) && !NameRun.isOneOf(NameRun.monthWords, token, bytes) {
                rules[index] = .introduced
            }
        }
    }

    /// Marks, in one walk over the capitalised words of any text, a given name that
    /// its neighbours show is someone's: after "me and" ("finding me and Autumn a home",
    /// even a season's; not "me and Mum"), after a greeting and "its" or "it's" ("hiya its
    /// Jade can u", "hi its May from the nursery"; not "Hi, it's May already"), and opening a quoted message before
    /// "here" ("\"Precious here, just to say\"").
    /// - Complexity: O(c) in the capitalised words; a length or a gap tested for most.
    @inline(never)
    mutating func markIntroducedCapitals(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index >= 2 && rules[index] == nil && !skip[index] {
            let token = tokens[index]
            // (A name that is a function word too may introduce itself: "hi its May from
            // the nursery", "hiya its Will here".)
            guard token.shape == .capitalized, token.classes.contains(.forename),
                  token.context.rawValue & ~ContextRole.function.rawValue == 0,
                  !token.inNonPersonalPhrase, token.classes.isDisjoint(with: [.role, .organisation]) else { continue }
            if NameRun.followsMeAnd(tokens, index, bytes)
                || NameRun.isSelfNamedAfterGreeting(tokens, index, bytes, greetedName: rules[index - 2] != nil)
                || NameRun.opensQuoteBeforeHere(tokens, index, bytes) {
                rules[index] = .introduced
            }
        }
    }

    /// Whether the given name at `index` follows a greeting and "its" ("hiya its Jade"),
    /// or a greeting, the name greeted (`greetedName`: the word before "its" is a name
    /// found) and "its" ("hi Gareth its Memory new number").
    static func isSelfNamedAfterGreeting(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                         greetedName: Bool) -> Bool {
        let token = tokens[index], its = tokens[index - 1]
        guard its.length == 3 || its.length == 4, token.gap.isPlainSpace,
              isWord(its, "its", bytes) || isWord(its, "it's", bytes) || isWord(its, "it’s", bytes),
              its.gap.isDisjoint(with: [.sentenceEnd, .newline, .digit, .other]) else { return false }
        let greeting = greetedName && index >= 3 && tokens[index - 2].gap.isPlainSpace ? index - 3 : index - 2
        // (Opening a sentence, or a message after its time and a dash: "Mon 10:14 – hi".)
        guard tokens[greeting].context.contains(.greeting), tokens[greeting].sentenceStart || tokens[greeting].gap.contains(.dash) else {
            return false
        }
        // A month only before what a caller says of herself: "hi its May from the
        // nursery", "it's June here" (not "hi, it's May already").
        guard isOneOf(months, token, bytes) else { return true }
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace else { return false }
        return isOneOf(selfIntroductions, next, bytes)
    }

    /// Words after a name a caller gives herself: "it's May from the nursery".
    static let selfIntroductions = WordSet(["from", "here", "speaking", "calling"])

    /// Whether the given name at `index` opens a quote before "here" ("\"storm here").
    static func opensQuoteBeforeHere(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].gap.contains(.quote), !tokens[index].classes.contains(.place), let here = tokens[safe: index + 1],
              here.length == 4, here.gap.isPlainSpace else { return false }
        return isWord(here, "here", bytes)
    }

    /// Marks the initials written just after their full name, even letters a list has:
    /// "Gareth Pennington (independent) GP;", "Aoife Brennan, Complaints Officer AB" —
    /// two or three capitals that are the first letters of the two or three names found
    /// before them, with at most a role or a note in brackets between. (They then spread as a
    /// key does: "4. GP asked about the missed review".)
    /// - Complexity: O(c) in the capitalised words, eight looks back for a few.
    @inline(never)
    mutating func markInitialsAfterTheirName(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index >= 2 && rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.shape == .upper, token.length == 2 || token.length == 3, !token.possessive else { continue }
            // Not letters that the words just before them, no names, spell: "Child
            // Protection (CP)", "Tariq Mahmood, Team Manager TM" (but "Glenys Parry (Chair) GP").
            if index >= token.length, ((index - token.length)..<index).enumerated().allSatisfy({ offset, word in
                rules[word] == nil && bytes[tokens[word].start] & 0xDF == bytes[token.start + offset]
            }) {
                continue
            }
            // Between the name and its initials only a role, or a note in brackets:
            // "Aoife Brennan, Complaints Officer AB", "Gareth Pennington (independent) GP"
            // (not "Anna Morris phoned at 10 AM").
            var position = index - 1
            var bracketed = token.gap.contains(.bracket)
            while position >= token.length - 1, position >= index - 5 {
                if rules[position] != nil {
                    if initialsSpell(token, endingAt: position, bytes) { rules[index] = .initialsOfName }
                    break
                }
                let word = tokens[position]
                guard bracketed || word.isRoleWord || word.inNonPersonalPhrase,
                      word.gap.isDisjoint(with: [.newline, .blankLine, .sentenceEnd, .start]) else { break }
                if word.gap.contains(.bracket) { bracketed = false }
                position -= 1
            }
        }
    }

    /// Whether the letters of `token` are the first letters of the capitalised names
    /// found in the words ending at `last`, one a word and one more after each hyphen of
    /// a double name ("Eirlys Tudor-Evans (ETE)").
    private func initialsSpell(_ token: Token, endingAt last: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The names' letters, the last one first, packed a byte each.
        var letters: UInt32 = 0, count = 0
        var word = last
        while count < token.length {
            let name = tokens[word]
            guard rules[word] != nil, name.isCapitalizedLike, name.shape != .initial else { return false }
            var own = UInt32(bytes[name.start]), ownCount = 1
            if name.hyphenated {
                for position in (name.start + 1)..<name.end where bytes[position - 1] == 0x2D && bytes[position] &- 0x41 < 26 {
                    guard ownCount < 3 else { return false }
                    own = own << 8 | UInt32(bytes[position])
                    ownCount += 1
                }
            }
            letters |= own << UInt32(8 * count)
            count += ownCount
            if count >= token.length { break }
            guard word > 0, name.gap.isPlainSpace else { return false }
            word -= 1
        }
        guard count == token.length else { return false }
        for offset in 0..<token.length where UInt8(truncatingIfNeeded: letters >> UInt32(8 * (token.length - 1 - offset))) != bytes[token.start + offset] {
            return false
        }
        return true
    }

    /// Marks a given name in lower case opening a quoted message before "here": "\"storm
    /// here can u put my money in\"".
    @inline(never)
    mutating func markNamesBeforeHere(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in lowerCandidates where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.classes.contains(.forename), token.context.isEmpty, token.classes.isDisjoint(with: [.role, .organisation]),
                  NameRun.opensQuoteBeforeHere(tokens, index, bytes) else { continue }
            rules[index] = .introduced
        }
    }

    /// Whether " 15," (one or two digits and `closing`), " (8)" or " (age 8)" starts at
    /// `start` (`closing` the bracket then).
    static func ageFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, closing: UInt8) -> Bool {
        var cursor = start
        guard cursor < bytes.count, bytes[cursor] == 0x20 else { return false }
        cursor += 1
        if closing == 0x29 {
            guard cursor < bytes.count, bytes[cursor] == 0x28 else { return false }
            cursor += 1
            if hasText(bytes, cursor, "age ") { cursor += 4 } else if hasText(bytes, cursor, "aged ") { cursor += 5 }
        }
        let digits = cursor
        while cursor < bytes.count, bytes[cursor] &- 0x30 < 10, cursor - digits < 3 { cursor += 1 }
        return (1...2).contains(cursor - digits) && cursor < bytes.count && bytes[cursor] == closing
    }

    /// Marks a given name in lower case with an age in brackets in a message, even one
    /// that is a word: "love from poppy (age 10), jay (age 8)", "jade (14)".
    @inline(never)
    mutating func markLowercaseNamesWithAges(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in lowerCandidates where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.end + 3 < bytes.count, bytes[token.end + 1] == 0x28, token.length >= 2, token.context.isEmpty,
                  !NameRun.isNonPersonal(token), NameRun.ageFollows(bytes, token.end, closing: 0x29) else { continue }
            rules[index] = .describedAsPerson
        }
    }

    /// Marks a given name in lower case after "my name is" in a message: "my name is lucky
    /// mensah im 19" (the family name after it then follows).
    @inline(never)
    mutating func markNamesAfterMyNameIs(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in lowerCandidates where index >= 3 && rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.gap.isPlainSpace, token.length >= 2, token.context.isEmpty, !NameRun.isNonPersonal(token),
                  tokens[index - 1].length == 2, NameRun.isWord(tokens[index - 1], "is", bytes),
                  NameRun.isWord(tokens[index - 2], "name", bytes), tokens[index - 1].gap.isPlainSpace,
                  NameRun.isOneOf(NameRun.possessivePronouns, tokens[index - 3], bytes) else { continue }
            rules[index] = .introduced
        }
    }

    /// Marks a given name in lower case after "me and", "me n" or "me &" in a message:
    /// "me n jay was just waiting", "me and storm went" (not a modal, nor a word that has
    /// a role: "me and mum").
    @inline(never)
    mutating func markNamesAfterMeAnd(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in lowerCandidates where index >= 2 && rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.length >= 2, token.context.isEmpty, !NameRun.isNonPersonal(token),
                  !NameRun.isOneOf(NameRun.modalWords, token, bytes) else { continue }
            if NameRun.followsMeAnd(tokens, index, bytes) { rules[index] = .list }
        }
    }

    /// Whether the word at `index` follows "me and", "me n" or "me &".
    @inline(__always)
    static func followsMeAnd(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if token.gap.rawValue == Gap.ampersand.rawValue | Gap.space.rawValue {
            return isWord(tokens[index - 1], "me", bytes)  // "me & jay"
        }
        let and = tokens[index - 1], me = tokens[index - 2]
        return token.gap.isPlainSpace && and.gap.isPlainSpace && and.length <= 3 && me.length == 2
            && isWord(me, "me", bytes) && (isWord(and, "and", bytes) || isWord(and, "n", bytes))
    }

    /// Marks a given name in lower case signing a message off with a kiss: "best review
    /// ever autumn x", "i still have his umbrella precious x", "- sky x" (" x" or " xx"
    /// then the line's end or an emoji; not "love x", "speak soon x", nor a modal).
    @inline(never)
    mutating func markNamesBeforeAKiss(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in lowerCandidates where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            var after = token.end
            guard after + 1 < bytes.count, bytes[after] == 0x20, bytes[after + 1] == 0x78 else { continue }
            after += 2
            if after < bytes.count, bytes[after] == 0x78 { after += 1 }
            guard after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D
                    || bytes[after] == 0x20 && after + 1 < bytes.count && bytes[after + 1] >= 0xF0,
                  token.length >= 3, token.context.isEmpty, !token.possessive, !NameRun.isNonPersonal(token),
                  !NameRun.isOneOf(NameRun.modalWords, token, bytes), !NameRun.isOneOf(NameRun.wordsBeforeAKiss, token, bytes) else { continue }
            rules[index] = .signoff
        }
    }

    /// Words that end a message before its kiss and that some list has as a given name.
    static let wordsBeforeAKiss = WordSet(["love", "soon", "later", "now", "again", "too", "today", "tomorrow", "tonight",
                                           "then", "lots", "loads", "more", "all", "there", "here", "hun", "babe", "mate",
                                           "sis", "bro", "luv", "xx"])
}
