import Lexicon

extension NameRun {
    /// Initials that the names around them make a person's, judged after the neighbour
    /// rounds, when the names before them are known:
    /// - in brackets after a name and its role, however far the name was found from
    ///   them ("Comfort Owusu, Independent Person (CO)", "Sarah-Jane Street, Team
    ///   Manager, Children in Need Team (North) (SJS)");
    /// - in brackets before a colon, as interview notes name who speaks ("Q (AM):",
    ///   "Independent Person's comments (EG):", "Comment (RO):");
    /// - in brackets closing a line after a full stop, as officers sign a note ("…
    ///   arranged for 10/05/2024. (NA)");
    /// - alone in a list of names ("Ruth O'Sullivan, MM, Samira El-Amin") or closing one
    ///   ("Szymon (sleep-in), KD (shift lead)"), or an item of an attendance line
    ///   ("Present: SA (Team Manager, chair), RM, TK");
    /// - with an age or a school year ("a young man, DH, aged 15", "ZK, Year 6");
    /// - with a possessive ("In SA's plan").
    /// And given names that are words, in a list of names ("Oisín, Ionuț, Royal, Hamza
    /// and Bobby") or after "tell" ("Tell Dawn in business support she is a star").
    /// - Complexity: O(c) in the capitalised words, a test of a byte or two each.
    @inline(never)
    mutating func markInitialsAmongNames(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard index > 0 else { continue }
            if token.shape == .capitalized {
                if token.classes.contains(.forename), token.classes.isDisjoint(with: [.place, .organisation, .role]),
                   token.context.isEmpty, inListOfNames(index, bytes) || NameRun.afterTell(tokens, index, bytes) {
                    rules[index] = .list
                } else if token.classes.contains(.forename), !token.classes.contains(.titlecase),
                          NameRun.namesPseudonym(tokens, index, bytes) {
                    rules[index] = .introduced
                }
                continue
            }
            guard token.shape == .upper else { continue }
            if NameRun.isInitialsInBracketsAfterRole(tokens, index, bytes) {
                rules[index] = .staffInitials
                continue
            }
            guard token.length == 2 || token.length == 3 else { continue }
            let bracketed = NameRun.isAloneInBrackets(token, bytes)
            // Capitals no list knows (or only as a rare word), nor written as a word in
            // capitals ("OK", "PM", "TBC"): what the weaker contexts below ask for.
            let unlisted = NameRun.isUnknownCapitals(token, allowingRareWords: true) && !NameRun.isOneOf(NameRun.capitalWords, token, bytes)
            let initials = !bracketed && NameRun.couldBeInitials(token, bytes)
            if bracketed {
                if token.context.isDisjoint(with: .role), NameRun.spellsNameBeforeRole(tokens, rules, index, bytes) {
                    rules[index] = .initialsOfName
                } else if unlisted, !NameRun.spelledByWordsBefore(tokens, index, bytes),
                          NameRun.labelsSpeaker(tokens, rules, index, bytes) || NameRun.signsLine(token, bytes) {
                    rules[index] = .staffInitials
                } else if token.classes.isDisjoint(with: [.role, .place]), token.context.isDisjoint(with: .role),
                          !NameRun.isOneOf(NameRun.speakerAcronyms, token, bytes), NameRun.isQuestionOrAnswerLabel(tokens, index, bytes) {
                    rules[index] = .staffInitials  // "Q (AM):", even letters that are a word
                }
            } else if initials, token.gap.isCommaSpace, index + 1 < tokens.count, tokens[index + 1].gap.isCommaSpace,
                      rules[index - 1] != nil, rules[index + 1] != nil, tokens[index - 1].length > 2, tokens[index + 1].length > 2 {
                rules[index] = .staffInitials
            } else if initials, token.gap.subtracting(.bracket).isCommaSpace, endsListOfNames(index, bytes) {
                rules[index] = .staffInitials  // "Szymon (sleep-in), KD (shift lead)", "(Abi, Ramón, JW)"
            } else if initials, token.gap.isCommaSpace, NameRun.agedAfter(tokens, index, bytes) {
                rules[index] = .staffInitials  // "a young man, DH, aged 15"
            } else if initials, NameRun.yearGroupAfter(tokens, index, bytes) {
                rules[index] = .staffInitials  // "Consultation request – ZK, Year 6"
            } else if token.possessive, NameRun.isUnknownCapitals(token), !tokens[index - 1].context.contains(.determiner) {
                rules[index] = .staffInitials
            } else if initials, NameRun.isAttendanceItem(tokens, index, bytes) {
                rules[index] = .staffInitials
            }
        }
    }

    /// Initials in brackets or quotes after a worker's role, or after a dash ending its
    /// line, as reports list the people they interviewed: "Team Manager (JW)", "OT Team
    /// Leader (AS)", "Supervising Social Worker (OA-M)", "Team Manager, Complex Needs
    /// (IF)", "Kinship Support Team Manager, \"RDG\"", "Adoption Support Social Worker –
    /// HB": two to four capitals (hyphens between them allowed), even letters that are a
    /// word, within six words after a role's word on the same line and clause. Not the
    /// role's own letters ("Independent Reviewing Officer (IRO)", "Team Manager (TM)"),
    /// nor letters a list has as a role, an organisation or a place, nor a time or a
    /// country ("(AM)", "(UK)"), nor a party to a case cited ("R (SA) v Kent").
    static func isInitialsInBracketsAfterRole(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.start > 0, token.length <= 7 else { return false }
        let opening = bytes[token.start - 1], closing = token.end < bytes.count ? bytes[token.end] : 0x0A
        // In brackets or quotes, or after a dash at the line's end: "Team Manager (JW)",
        // "Team Manager, \"RDG\"", "Adoption Support Social Worker – HB".
        let enclosed = opening == 0x28 && closing == 0x29 || opening == 0x22 && closing == 0x22
        let dashed = token.gap.contains(.dash) && (closing == 0x0A || closing == 0x0D)
        guard enclosed || dashed else { return false }
        var letters = 0
        for position in token.start..<token.end {
            if bytes[position] &- 0x41 < 26 { letters += 1 } else if bytes[position] != 0x2D { return false }
        }
        // (A hyphenated run's lists are its parts': "GP" of "GP-W" is a role.)
        let listed = !token.classes.isDisjoint(with: [.organisation, .role, .place]) || token.isRoleWord
        guard letters >= 2, letters <= 4, token.hyphenated || !listed, !token.gap.contains(.newline),
              !isOneOf(bracketedNonInitials, token, bytes) else { return false }
        // (After a dash, a note in brackets may stand between: "Social Worker (allocated
        // until August 2023) – HB".)
        let breaks: Gap = dashed ? [.newline, .sentenceEnd, .colon, .start, .dash] : [.newline, .sentenceEnd, .bracket, .colon, .start, .dash]
        var word = index - 1
        while !tokens[word].isRoleWord {
            guard index - word < 6, word > 0, tokens[word].gap.isDisjoint(with: breaks) else {
                return false
            }
            word -= 1
        }
        // Not a party to a case cited: "R (SA) v Kent County Council".
        if token.end + 3 < bytes.count, bytes[token.end + 1] == 0x20, bytes[token.end + 2] == 0x76, bytes[token.end + 3] == 0x20 { return false }
        return !spelledByWordsBefore(tokens, index, bytes)
    }

    /// Capitals in brackets that are no one's initials: times, places, "to be confirmed",
    /// a service's letters ("The BSO (IT) said").
    static let bracketedNonInitials = WordSet(["ok", "id", "am", "pm", "us", "uk", "eu", "un", "tv", "na", "tbc", "tba", "hq", "qa",
                                               "ni", "ft", "pt", "fte", "nfa", "it"])

    /// Whether the word at `index` stands between names in a list: a name and a comma
    /// before it, and a comma or "and" and a name after it.
    func inListOfNames(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].gap.isCommaSpace, rules[index - 1] != nil, index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        if next.gap.isCommaSpace { return rules[index + 1] != nil }
        guard next.gap.isPlainSpace, isAnd(next, bytes), index + 2 < tokens.count, tokens[index + 2].gap.isPlainSpace else { return false }
        return rules[index + 2] != nil || index + 3 < tokens.count && rules[index + 3] != nil && tokens[index + 2].shape == .lower
    }

    /// Whether "tell" stands just before the word at `index`, and a lower-case word or
    /// the sentence's end after it: "Tell Dawn in business support", "tell Grace she".
    static func afterTell(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.gap.isPlainSpace, isWord(tokens[index - 1], "tell", bytes), !token.possessive else { return false }
        guard let next = tokens[safe: index + 1] else { return true }
        return next.shape == .lower && next.gap.isPlainSpace || next.gap.contains(.sentenceEnd)
    }

    /// Initials as an item of an attendance line ("Present: SA (Team Manager, chair), RM,
    /// TK", "Service Manager Localities – PD;", "Signed: KN, ZMA, BB", "Signed: EQM /
    /// DZ"): after a comma, a semicolon, a dash, a slash or the label's colon, before a
    /// comma, a semicolon, a slash, a bracket or the line's end, on a line opened by
    /// "Present", "Attendees", "Apologies", "Signed" and the like. Not a role or a
    /// place; an acronym of two letters only when its list knows no more than that.
    static func isAttendanceItem(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.classes.isDisjoint(with: [.role, .place, .titlecase]), token.context.subtracting([.particle, .function]).isEmpty,
              token.length == 2 || token.classes.isDisjoint(with: .organisation),
              !token.gap.isDisjoint(with: [.comma, .semicolon, .dash, .colon, .slash]) || token.gap.isPlainSpace && isWord(tokens[index - 1], "and", bytes),
              !token.gap.contains(.newline) else { return false }
        if token.end < bytes.count {
            let after = bytes[token.end]
            let next = token.end + 1 < bytes.count ? bytes[token.end + 1] : 0
            guard after == 0x2C || after == 0x3B || after == 0x0A || after == 0x0D || after == 0x2E
                    || after == 0x20 && (next == 0x28 || next == 0x2F
                        || next == 0x61 && index + 1 < tokens.count && isWord(tokens[index + 1], "and", bytes))
            else { return false }
        }
        // The line's first word, a label ending with a colon ("Present:", "In
        // attendance:", "Those present:").
        var first = index
        while first > 0, !tokens[first].gap.contains(.newline), !tokens[first].gap.contains(.start) { first -= 1 }
        if first + 1 < index, isWord(tokens[first], "in", bytes) || isWord(tokens[first], "those", bytes) { first += 1 }
        return first + 1 < tokens.count && tokens[first + 1].gap.contains(.colon) && isOneOf(attendanceLabels, tokens[first], bytes)
    }

    /// Words that open a line listing who attended.
    static let attendanceLabels = WordSet(["present", "attendees", "attending", "attendance", "apologies", "invited", "attended",
                                           "signed"])

    /// Whether ", aged" or ", age" and a number follow the word at `index`.
    static func agedAfter(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].gap.isCommaSpace,
              isWord(tokens[index + 1], "aged", bytes) || isWord(tokens[index + 1], "age", bytes) else { return false }
        var position = tokens[index + 1].end
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        return position < bytes.count && bytes[position] &- 0x30 < 10
    }

    /// Whether the capitals at `index` close a list of names after a comma, as a log lists
    /// who was on shift: a name found just before the comma, or before a note in brackets
    /// ("Bev, Dele, Szymon (sleep-in), KD (shift lead)", "Ayaan (shift lead), Corinne, LB
    /// (bank)", "lates (Abi, Ramón, JW)"), and nothing after them but a note in brackets in
    /// lower case, a closing bracket or the line's end.
    func endsListOfNames(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var name = index - 1
        var comma = tokens[index].start
        while comma > tokens[name].end, bytes[comma - 1] != 0x2C { comma -= 1 }
        if comma >= 2, bytes[comma - 2] == 0x29 {
            // Back over the note in brackets to the word before it (a note of 24 bytes at
            // most: "(sleep-in)", "(shift lead)").
            var open = comma - 2
            while open > 0, comma - open < 26, bytes[open] != 0x28 { open -= 1 }
            guard bytes[open] == 0x28 else { return false }
            while name > 0, tokens[name].start > open { name -= 1 }
        }
        guard name >= 0, rules[name] != nil, tokens[name].isCapitalizedLike, tokens[name].length > 2,
              tokens[name].shape != .upper else { return false }
        var after = tokens[index].end
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        if after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D || bytes[after] == 0x29 { return true }
        guard bytes[after] == 0x28, let note = tokens[safe: index + 1], note.shape == .lower else { return false }
        var close = note.end
        while close < bytes.count, close - note.end < 24, bytes[close] != 0x29, bytes[close] != 0x0A { close += 1 }
        return close < bytes.count && bytes[close] == 0x29
    }

    /// Whether a child's school year follows the word at `index` after a comma or in
    /// brackets: "ZK, Year 6", "TJ (Year 10)", "AB (Y9)".
    static func yearGroupAfter(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let year = tokens[safe: index + 1], year.gap.isCommaSpace || year.gap.rawValue == NameRun.spaceBracket
        else { return false }
        var position = year.end
        if isWord(year, "year", bytes) || isWord(year, "yr", bytes) {
            while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        } else if !(year.length == 1 && bytes[year.start] == 0x59) {  // "Y9"
            return false
        }
        return position < bytes.count && bytes[position] &- 0x30 < 10
    }

    /// Whether the word at `index` stands alone in brackets after a title and a letter,
    /// giving the name a pseudonym stood for: "Mrs B (Beverley) explained".
    static func namesPseudonym(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index >= 2, isAloneInBrackets(token, bytes), tokens[index - 1].shape == .initial, tokens[index - 1].gap.isPlainSpace else { return false }
        return tokens[index - 2].context.contains(.honorific)
    }

    /// Who else speaks in interview notes, never initials: "Q (YP):", "A (CYP):".
    static let speakerAcronyms = WordSet(["yp", "cyp", "lac", "cla", "la", "sw", "io"])

    /// Whether the bracketed capitals at `index` follow a question's or an answer's letter
    /// opening its line and come before a colon: "Q (AM):", "A (SJS):".
    static func isQuestionOrAnswerLabel(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.end + 1 < bytes.count, bytes[token.end + 1] == 0x3A else { return false }
        let before = tokens[index - 1]
        return isQuestionOrAnswerLetter(before, bytes) && !before.gap.isDisjoint(with: [.newline, .start])
    }

    /// Whether `token` is "Q" or "A", as interview notes mark who speaks.
    static func isQuestionOrAnswerLetter(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.shape == .initial && (bytes[token.start] == 0x51 || bytes[token.start] == 0x41)
    }

    /// Whether the bracketed capitals at `index` name who speaks: a colon after the
    /// bracket, and before it a question's or an answer's letter, a role or a name
    /// ("Q (AM): Could you…", "Independent Person (CO): I agree"; not "Morning session
    /// (AM):", "Ofsted rating (RI):").
    static func labelsSpeaker(_ tokens: [Token], _ rules: [NameRule?], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.end + 1 < bytes.count, bytes[token.end + 1] == 0x3A, index > 0 else { return false }
        let before = tokens[index - 1]
        return isQuestionOrAnswerLetter(before, bytes)
            || before.isRoleWord || rules[index - 1] != nil || isOneOf(commentLabels, before, bytes)
    }

    /// Words that head someone's remark in notes and registers, their initials in
    /// brackets after them: "Comment (RO): Zofia is fine to name".
    static let commentLabels = WordSet(["comment", "comments", "note", "notes", "response", "reply", "update", "feedback",
                                        "query", "view", "views", "decision"])

    /// Whether `token`'s bracket follows a full stop and ends its line: "… sent. (NA)".
    static func signsLine(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var before = token.start - 2
        while before >= 0, bytes[before] == 0x20 { before -= 1 }
        guard before >= 0, bytes[before] == 0x2E else { return false }
        var after = token.end + 1
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        return after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D
    }

    /// Whether the capitals of `tokens[index]` are the first letters of the words just
    /// before it, as an acronym is introduced: "Child Protection (CP)", "Children in
    /// Need (CIN)" (small words inside may be skipped).
    static func spelledByWordsBefore(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        var letter = token.end - 1
        var word = index - 1
        while letter >= token.start, word >= 0, tokens[word + 1].gap.isDisjoint(with: [.newline, .sentenceEnd, .comma]) {
            let first = bytes[tokens[word].start]
            if first & 0xDF == bytes[letter] {
                letter -= 1
            } else if tokens[word].shape != .lower {
                return false
            }
            word -= 1
        }
        return letter < token.start
    }
}

extension NameRun {
    /// Marks, in a document that writes its people by their initials (two such found
    /// from their context already), other capitals that no list has at all wherever
    /// they stand: "Ack'd NR 13/02", "ZN now on a construction course"; not a code, a
    /// team's or a thing's letters (``isCodeOrTeamLetters(_:_:_:)``, ``definesThing(_:_:)``).
    /// - Complexity: O(c) in the capitalised words to count the initials found, then O(k)
    ///   in the unknown capitals (``CapitalCues``).
    @inline(never)
    mutating func markInitialsInInitialledDocuments(_ bytes: UnsafeBufferPointer<UInt8>) {
        let initialled = rules.withUnsafeBufferPointer { rules in
            var found = 0
            for index in capitals where rules[index] == .staffInitials || rules[index] == .initialsOfName {
                found += 1
                if found == 2 { return true }
            }
            return false
        }
        guard initialled else { return }
        for index in cues.unknownCapitals where rules[index] == nil && !skip[index] && tokens[index].length <= 3 {
            let token = tokens[index]
            guard token.length >= 2, token.context.isEmpty,
                  !token.inNonPersonalPhrase, !token.covered, !NameRun.isCodeOrTeamLetters(tokens, index, bytes),
                  !definesThing(token, bytes) else { continue }
            rules[index] = .staffInitials
        }
    }

    /// Clears capitals taken for a name that are a reference's code, glued to its number
    /// by a hyphen ("YSWD-ADP-031", "LR-24"), and unknown letters taken for initials that
    /// the document spells out as a thing ("Disabled Facilities Grant (DFG)" … "05/2024 –
    /// DFG application submitted").
    /// - Complexity: O(k) in the codes and the unknown capitals (``CapitalCues``); the
    ///   spelling-out looked for only for such initials.
    @inline(never)
    mutating func unmarkCodesAndSpeltOutLetters(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in cues.codes {
            guard let rule = rules[index], rule != .knownParty, rule != .denied, rule != .honorific else { continue }
            rules[index] = nil
        }
        for index in cues.unknownCapitals {
            guard let rule = rules[index], rule == .staffInitials || rule == .sameDocument, definesThing(tokens[index], bytes) else { continue }
            rules[index] = nil
        }
    }

    /// Whether the capitals at `index` are part of a code ("route WAT-22") or name a team
    /// or a role by the word after them ("the IG team", "IG Officer", "IG training").
    static func isCodeOrTeamLetters(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if CapitalCues.isGluedToNumber(token, bytes) { return true }
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace else { return false }
        return next.isRoleWord || isOneOf(teamWords, next, bytes) || isOneOf(lettersBeforeThings, next, bytes)
    }

    static let lettersBeforeThings = WordSet(["training", "reference", "ref", "breach", "check", "checks", "policy", "code"])

    /// Whether the document spells out the capitals `token` as the name of a thing
    /// where they are given, the words' first letters being their letters and one word
    /// at least no name: before them in brackets ("Disabled Facilities Grant (DFG)",
    /// "Team Around the Family (TAF)") or after them and "=", a dash or a colon ("HH =
    /// Hawthorn House"); not "KM = Kirsty Marsden".
    /// - Complexity: O(c) in the capitalised words, asked only of the few unknown capitals
    ///   that stand where initials might.
    func definesThing(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let letters = (token.start..<token.end).map { bytes[$0] | 0x20 }
        for index in capitals where tokens[index].length == token.length && tokens[index].shape == .upper {
            let given = tokens[index]
            guard (0..<letters.count).allSatisfy({ bytes[given.start + $0] | 0x20 == letters[$0] }) else { continue }
            // "Disabled Facilities Grant (DFG)": the words just before, back from the bracket.
            if given.gap.contains(.bracket), index > 0, let span = phraseSpan(from: index - 1, step: -1, count: letters.count),
               spellsThing(letters, span, bytes) {
                return true
            }
            // "HH = Hawthorn House", "DFG – Disabled Facilities Grant", "PF: Private Fostering".
            if let next = tokens[safe: index + 1], !next.gap.isDisjoint(with: [.other, .dash, .colon]),
               !next.gap.contains(.newline), let span = phraseSpan(from: index + 1, step: 1, count: letters.count),
               spellsThing(letters, span, bytes) {
                return true
            }
        }
        return false
    }

    /// Whether `token` is a word of a thing's name: a dictionary word that is no name
    /// ("Disabled", "Facilities"), an organisation's, a place's, a role's or a title's word,
    /// or a building's ("House"); not a word no list has ("Quenby").
    static func namesThing(_ token: Token) -> Bool {
        if !token.classes.isDisjoint(with: .nonPersonal) || token.context.contains(.institution) { return true }
        return token.classes.contains(.common) && token.classes.isDisjoint(with: .name)
    }

    /// Whether the words of `span` (lower-case function words between them skipped,
    /// single spaces only between) have `letters` as their first letters, each
    /// capitalised, one of them at least a thing's (``namesThing(_:)``) and the first no
    /// given name ("Dawn Whitby (DW)", "BK – Beverley Kerr" are people's).
    private func spellsThing(_ letters: [UInt8], _ span: ClosedRange<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var matched = 0, thing = false
        for word in span {
            let candidate = tokens[word]
            if word > span.lowerBound, !candidate.gap.isPlainSpace { return false }
            if matched > 0, candidate.shape == .lower, candidate.context.contains(.function) { continue }
            guard matched < letters.count, candidate.isCapitalizedLike, bytes[candidate.start] | 0x20 == letters[matched],
                  candidate.shape != .upper || candidate.length > 1,
                  matched > 0 || !candidate.classes.contains(.forename) else { return false }
            if NameRun.namesThing(candidate) { thing = true }
            matched += 1
        }
        return matched == letters.count && thing
    }

    /// The words from `anchor` on, going by `step` (1 or -1), that hold `count` words
    /// besides the lower-case function words between them, in reading order; nil when
    /// the document ends first.
    private func phraseSpan(from anchor: Int, step: Int, count: Int) -> ClosedRange<Int>? {
        var found = 0, word = anchor
        while word >= 0, word < tokens.count {
            let token = tokens[word]
            if found == 0 || !(token.shape == .lower && token.context.contains(.function)) { found += 1 }
            if found == count { return min(anchor, word)...max(anchor, word) }
            word += step
        }
        return nil
    }
}
