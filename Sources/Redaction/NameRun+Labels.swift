import Lexicon

/// Names written as labels: staff initials in case chronologies, initials in brackets
/// after the name they stand for, and names followed by their role in brackets or by a
/// date of birth.
extension NameRun {
    /// Staff initials before their role in brackets, first on a dated line ("06/03/24 PS
    /// (duty) - Mum called"): even letters a list has as a word or an abbreviation
    /// ("PS"), though never an organisation's or a role's ("ICPC", "SW").
    static func isInitialsBeforeRole(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        return token.shape == .upper && (token.length == 2 || token.length == 3)
            && token.classes.isDisjoint(with: [.organisation, .role]) && token.context.isEmpty
            && roleInBracketsFollows(tokens, index, bytes) && startsDatedLine(token.start, bytes)
    }

    /// Whether the two or three capitals at `index` follow the word "initials" (a comma or
    /// a colon between at most): "it's got initials, KH, which is", "signed with the
    /// initials RT".
    static func followsInitialsWord(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // (Not a system's or a role's letters: "children by initials, LCS IDs".)
        guard index > 0, token.length == 2 || token.length == 3, !token.possessive, token.classes.isDisjoint(with: [.organisation, .role]),
              token.gap.subtracting([.space, .comma, .colon]).isEmpty, token.gap.contains(.space) else { return false }
        // (Nor the first of two words in capitals: "LCS IDs".)
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape != .lower { return false }
        return isWord(tokens[index - 1], "initials", bytes)
    }

    /// Whether two or three capitals open a line, then two spaces or more (or a tab) and
    /// a time, as a meeting's transcript labels its speakers: "AM   09:31 First one,
    /// came in" (even letters that are a word or an acronym elsewhere).
    static func isSpeakerInitialsBeforeTime(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.length == 2 || token.length == 3, token.gap.contains(.newline) || token.gap.contains(.start) else { return false }
        var cursor = token.end
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
        guard cursor - token.end >= 2 || cursor > token.end && bytes[token.end] == 0x09, cursor + 4 < bytes.count else { return false }
        let digits = bytes[cursor] &- 0x30 < 10 && bytes[cursor + 1] &- 0x30 < 10 ? 2 : bytes[cursor] &- 0x30 < 10 ? 1 : 0
        guard digits > 0, bytes[cursor + digits] == 0x3A, cursor + digits + 2 < bytes.count else { return false }
        return bytes[cursor + digits + 1] &- 0x30 < 10 && bytes[cursor + digits + 2] &- 0x30 < 10
    }

    /// Whether the two or three capitals at `index` open a bracket, a comma after them,
    /// and a role's or a team's word comes before the bracket closes: "Decision (NP,
    /// Front Door TM):", "Action (TB, social worker)", "(KM, Duty)" (not "(ASD, ADHD)").
    @inline(never)
    static func isInitialsOpeningBracketWithRole(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.shape == .upper, token.length == 2 || token.length == 3, token.start > 0, bytes[token.start - 1] == 0x28,
              token.end < bytes.count, bytes[token.end] == 0x2C, token.classes.isDisjoint(with: [.organisation, .role]),
              token.context.isEmpty else { return false }
        var word = index + 1
        while word <= index + 5, let next = tokens[safe: word], next.start > token.end {
            if next.isRoleWord || isOneOf(bracketTeamWords, next, bytes) { return true }
            if next.end >= bytes.count || bytes[next.end] == 0x29 { break }
            word += 1
        }
        return false
    }

    /// A duty desk's or a team's words after staff initials in brackets.
    static let bracketTeamWords = WordSet(["door", "mash", "duty", "team", "hub", "edt", "tm", "sw", "sm", "atm", "iro", "fsw"])

    /// Whether the capitalised word at `index` follows "name" after a kind of name:
    /// "uses the English name Rainbow", "her chosen name Peony", "his preferred name Jay".
    static func followsKindOfName(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, tokens[index].shape == .capitalized, tokens[index].gap == .space, tokens[index - 1].gap == .space,
              isWord(tokens[index - 1], "name", bytes) else { return false }
        // (Not a firm's new name: "the new name Brightside Trust".)
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized,
           next.context.contains(.institution) || next.classes.contains(.organisation) || next.isRoleWord {
            return false
        }
        return isOneOf(nameKinds, tokens[index - 2], bytes)
    }

    static let nameKinds = WordSet(["english", "chinese", "western", "preferred", "chosen", "new", "given", "first", "middle",
                                    "pet", "nick", "arabic", "korean", "vietnamese", "british", "christian", "baptismal"])

    /// Staff initials in a chronology: two or three capitals no list knows, written first
    /// on a dated line and set off by a dash, colon, bracket or tab ("10/01/24 RT - strategy
    /// discussion", "18/04 DW (duty) - call from Mum"), in brackets after a role
    /// abbreviation or "Duty" ("SW (RT)", "Duty (KP)"), owning an action ("AK to chase"),
    /// paired in brackets ("(AK / LM)") or after "with" or "by". Acronyms ("ICPC held",
    /// "LADO - consulted") are in the organisation and role lists and never match.
    /// Whether the two capitals at `index` are a worker's initials after the letters of
    /// their role, as chronologies write them: "Allocated to SW FW.", "Duty TM MH decides",
    /// "emails to TM MH. No reply" (one space between; not a role's letters themselves,
    /// "SW IRO", nor a team's first word, "SW MH Team"). Letters a list has as an acronym
    /// ("MH") are initials only before a sentence's end, a comma, the line's end or a
    /// verb of a person.
    @inline(never)
    static func isInitialsAfterRoleLetters(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.gap == [.space], !token.possessive, !token.isRoleWord else { return false }
        let previous = tokens[index - 1]
        guard previous.shape == .upper, previous.length == 2 || previous.length == 3, previous.isRoleWord else { return false }
        let known = !token.classes.isEmpty || !token.context.isEmpty
        guard let next = tokens[safe: index + 1] else { return true }
        if !next.gap.isDisjoint(with: [.sentenceEnd, .comma, .newline, .semicolon]) { return true }
        guard next.gap.isPlainSpace, next.shape == .lower else { return false }
        // A second worker after "and": "SW RO and TM JF were praised".
        if isWord(next, "and", bytes), let role = tokens[safe: index + 2], let other = tokens[safe: index + 3],
           role.gap == [.space], role.shape == .upper, role.isRoleWord, other.gap == [.space], other.shape == .upper,
           other.length == 2 || other.length == 3, !other.isRoleWord {
            return true
        }
        return !known || next.context.contains(.personVerb) && !isOneOf(notPersonVerbs, next, bytes) || isOneOf(morePersonVerbs, next, bytes)
            || isOneOf(chronologyVerbs, next, bytes)
    }

    /// Verbs a chronology writes after a worker: "TM MH decides", "SW AB visits".
    static let chronologyVerbs = WordSet(["decides", "decided", "visits", "visited", "agrees", "agreed", "records", "recorded",
                                          "sends", "sent", "calls", "called", "emails", "emailed", "writes", "wrote", "notes",
                                          "noted", "completes", "completed", "refers", "referred", "closes", "closed", "meets",
                                          "met", "speaks", "spoke", "allocates", "allocated", "authorises", "authorised"])

    static func isStaffInitials(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // Capitals no list knows at all ("RT", "PZ"); capitals the dictionary has only as
        // a rare word ("GS"); or two letters it has as a frequent one ("SH", "KM": every
        // pair of letters is a word somewhere), which only the surer contexts take.
        let unknown = isUnknownCapitals(token)
        let rare = unknown || isUnknownCapitals(token, allowingRareWords: true)
        let letters = couldBeInitials(token, bytes)
        guard rare || letters else { return false }
        if startsDatedLine(token.start, bytes) || startsNumberedItem(token.start, bytes) {
            // Set off by a dash or a bracket, or the subject of the entry: "09:40 DW spoke
            // to the school".
            if setOff(after: token.end, bytes) { return true }
            return unknown && tokens[safe: index + 1].map { $0.gap == [.space] && $0.shape == .lower } ?? false
        }
        if isSignature(tokens, index, bytes) || signsWithRole(tokens, index, bytes) || isSeenWith(tokens, index, bytes) { return true }
        if letters, isInitialsHeadingLines(tokens, index, bytes) { return true }
        if letters, isLabelledInitials(tokens, index, bytes) || isInitialsSubject(tokens, index, bytes)
            || inStaffColumn(token, bytes) {
            return true
        }
        if unknown, isActionOwner(tokens, index, bytes) || isInitialsPair(tokens, index, bytes) { return true }
        // (Even letters that are a word, after an action's label: "Action: KM to share".)
        if letters, followsActionLabel(tokens, index, bytes), isActionOwner(tokens, index, bytes) { return true }
        // "04/03/24 | RT / KN |", "27.3.24 – TM / LW –": second initials after a slash,
        // the first opening a dated line.
        if unknown, index > 0, token.gap.contains(.slash), token.gap.subtracting([.slash, .space]).isEmpty {
            let previous = tokens[index - 1]
            if previous.shape == .upper, previous.length == 2 || previous.length == 3, startsDatedLine(previous.start, bytes) {
                return true
            }
        }
        // "SW (RT)", "the TM (SH)": in brackets straight after a role.
        guard unknown || letters, index > 0, isAloneInBrackets(token, bytes) else {
            return false
        }
        let previous = tokens[index - 1]
        return previous.isRoleWord
            || isWord(previous, "duty", bytes)  // "Duty (KP)"
    }

    /// Two or three capitals that can be someone's initials where the context says so:
    /// no list has them as a place, an organisation, a role or a title word, nor a context
    /// list as a title, a role or a function word, and they are not written in capitals
    /// as a word ("OK", "ID", "AM"). Two letters the dictionary has as a word still count
    /// ("sh", "ea", "km").
    static func couldBeInitials(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isGaelicInitials(token, bytes) { return token.classes.isEmpty }
        // (A name's particle is written in lower case: "AB" is initials, "ab" Welsh.)
        guard token.shape == .upper, token.length == 2 || token.length == 3,
              token.classes.isDisjoint(with: .nonPersonal), token.context.subtracting(.particle).isEmpty else { return false }
        if token.length == 3, token.classes.contains(.frequent) { return false }
        return !isOneOf(capitalWords, token, bytes)
    }

    /// Two capitals in brackets after a name and its role, as reports list the people
    /// they interviewed: "Mr Dean Ashworth, Social Worker, Unaccompanied Children's Team
    /// (DA)". The name is the last two names found before the bracket on its line (within
    /// twelve words, no sentence's end between), and the capitals are exactly their first
    /// letters.
    static func spellsNameBeforeRole(_ tokens: [Token], _ rules: [NameRule?], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length == 2 || token.length == 3, index >= 2 else { return false }
        if token.length == 3, spelledByWordsBefore(tokens, index, bytes) { return false }
        // Not an acronym spelt by the words just before it: "Domestic Abuse (DA)",
        // "Police Constable (PC)".
        // (Unless a name with those initials too stands before the role and a comma:
        // "Mr Tariq Mahmood, Team Manager (TM)".)
        if token.length == 2, tokens[index - 1].isCapitalizedLike, tokens[index - 2].isCapitalizedLike, tokens[index - 1].gap.isPlainSpace,
           bytes[tokens[index - 2].start] == bytes[token.start], bytes[tokens[index - 1].start] == bytes[token.start + 1] {
            let role = index - 2
            let isRole = tokens[index - 1].isRoleWord
            return isRole && role >= 2 && tokens[role].gap.isCommaSpace && rules[role - 1] != nil && rules[role - 2] != nil
                && tokens[role - 1].gap.isPlainSpace && spells(token, tokens[role - 2], tokens[role - 1], bytes)
        }
        var word = index - 1
        var comma = false  // a role follows the name after a comma (or a dash)
        while word > 0, index - word <= 12, tokens[word + 1].gap.isDisjoint(with: [.newline, .sentenceEnd]) {
            if !tokens[word + 1].gap.isDisjoint(with: [.comma, .dash]) { comma = true }
            if rules[word] != nil {
                guard comma, rules[word - 1] != nil, tokens[word].gap.isPlainSpace else { return false }
                return token.length == 2 && spells(token, tokens[word - 1], tokens[word], bytes)
                    || spellsWithParts(token, tokens[word - 1], tokens[word], bytes)
            }
            word -= 1
        }
        return false
    }

    /// Whether two capitals are the initials of a given name and a family name ("MS":
    /// "Mehmet Şahin").
    static func spells(_ initials: Token, _ given: Token, _ family: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = initialLetter(bytes, given.start)
        return first != 0 && first == bytes[initials.start] && initialLetter(bytes, family.start) == bytes[initials.start + 1]
    }

    /// Whether capitals are the initials of a given name and a family name, each part of
    /// a double name giving its own ("SJS": "Sarah-Jane Street").
    static func spellsWithParts(_ initials: Token, _ given: Token, _ family: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var next = initials.start
        for word in [given, family] {
            for position in word.start..<word.end where position == word.start || bytes[position - 1] == 0x2D {
                guard next < initials.end, initialLetter(bytes, position) == bytes[next] else { return false }
                next += 1
            }
        }
        return next == initials.end
    }

    /// Whether capitals are every capital of a given name and a family name, in order
    /// ("SON": "Stephen O'Neill", "HMcK": "Hannah McKenzie").
    static func spellsEveryCapital(_ initials: Token, _ given: Token, _ family: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var next = initials.start
        for word in [given, family] {
            for position in word.start..<word.end where bytes[position] &- 0x41 < 26 {
                guard next < initials.end, bytes[position] == bytes[next] else { return false }
                next += 1
            }
        }
        return next == initials.end
    }

    /// The letter a word's initial is written with: an ASCII letter in upper case, or
    /// the base letter of a Latin letter with a diacritic ("Şahin": S, "Łukasz": L,
    /// "Ștefan": S); 0 for anything else.
    @inline(__always)
    static func initialLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> UInt8 {
        let byte = bytes[position]
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 ? byte & 0xDF : 0 }
        guard byte >= 0xC3, byte <= 0xC8, position + 1 < bytes.count else { return 0 }
        let scalar = Int(byte & 0x1F) << 6 | Int(bytes[position + 1] & 0x3F)
        if scalar >= 0xC0 && scalar < 0x180 {
            let letter = diacriticBases[scalar - 0xC0]
            return letter == 0x2E ? 0 : letter
        }
        switch scalar {
        case 0x218, 0x219: return 0x53  // Ș ș
        case 0x21A, 0x21B: return 0x54  // Ț ț
        default: return 0
        }
    }

    /// The base letters of U+00C0–U+017F, "." where there is none (×, ÷, Þ, ß).
    static let diacriticBases: [UInt8] = Array(("AAAAAAACEEEEIIIIDNOOOOO.OUUUUY..AAAAAAACEEEEIIIIDNOOOOO.OUUUUY.Y"
        + "AAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIIIIIJJKK.LLLLLLLLLLNNNNNNNNNOOOOOOOORRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS").utf8)

    /// The initials of an O' or Mac family name, as staff sign case notes: "AO'C" or
    /// "AO’C" (one token, see ``Tokenizer``), "McK", "RMcK".
    static func isGaelicInitials(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = token.start
        switch token.shape {
        case .upper:
            // (Either apostrophe, as the tokenizer takes either: "AO'C", "AO’C".)
            guard token.length == 4 || token.length == 6 else { return false }
            let apostrophe = Tokenizer.apostropheWidth(bytes, start + 2)
            return apostrophe > 0 && token.length == 3 + apostrophe
        case .capitalized:
            // "McK": M, c and a capital, after at most one capital.
            guard token.length == 3 || token.length == 4 else { return false }
            let mac = token.end - 3
            guard mac == start || bytes[start] &- 0x41 < 26 else { return false }
            return bytes[mac] == 0x4D && bytes[mac + 1] == 0x63 && bytes[mac + 2] &- 0x41 < 26
        default:
            return false
        }
    }

    /// Two-letter words written in capitals as words, never taken for initials.
    static let capitalWords = WordSet(["ok", "id", "am", "pm", "us", "uk", "no", "tv", "pe", "re", "cc", "ps", "eu", "un",
                                       "ad", "bc", "hi", "oh", "ex", "vs", "hq", "qa", "ai", "pr", "dj", "ie", "eg", "nb",
                                       "ni", "na", "tc", "tbc"])

    /// Initials after a label and its colon: "Owner: AK", "Received by: JT", "Worker: KM",
    /// "Officer on duty: RB", "SW: JT".
    static func isLabelledInitials(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.gap.contains(.colon), token.gap.subtracting([.colon, .space]).isEmpty else { return false }
        let label = tokens[index - 1]
        return isOneOf(initialsLabels, label, bytes) || label.isRoleWord
    }

    /// Initials alone in a cell of a table whose column is headed by a label of staff:
    /// "| 03/05 | TK | phoned mum |" under "| Date | Worker | Event |", "| JO / CN |" under
    /// "Owner", "RK" under "Handler" in a table whose cells are parted by tabs. Tables are
    /// lines with `|` (or tabs) between cells; the header is the first line of the run of
    /// such lines.
    /// - Complexity: O(l) in the bytes of the table's lines above the token.
    static func inStaffColumn(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, names: Bool = false) -> Bool {
        if inStaffColumn(token, bytes, names: names, separator: 0x7C) { return true }
        let tabBefore = token.start > 0 && bytes[token.start - 1] == 0x09, tabAfter = token.end < bytes.count && bytes[token.end] == 0x09
        return (tabBefore || tabAfter) && inStaffColumn(token, bytes, names: names, separator: 0x09)
    }

    private static func inStaffColumn(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, names: Bool, separator: UInt8) -> Bool {
        // The cell: from the bar before the token to the bar after it (or the line's
        // ends), holding only capitals, spaces, slashes, commas and apostrophes (and, for
        // `names`, any letters: "| Ivy |").
        func allowed(_ byte: UInt8) -> Bool { isInitialsCellByte(byte) || names && (byte &- 0x61 < 26 || byte == 0x2D) }
        var cellStart = token.start
        while cellStart > 0, bytes[cellStart - 1] != separator, bytes[cellStart - 1] != 0x0A {
            guard allowed(bytes[cellStart - 1]) else { return false }
            cellStart -= 1
        }
        var cellEnd = token.end
        while cellEnd < bytes.count, bytes[cellEnd] != separator, bytes[cellEnd] != 0x0A, bytes[cellEnd] != 0x0D {
            guard allowed(bytes[cellEnd]) else { return false }
            cellEnd += 1
        }
        let barBefore = cellStart > 0 && bytes[cellStart - 1] == separator
        guard barBefore || cellEnd < bytes.count && bytes[cellEnd] == separator else { return false }
        // The cell's column: the bars before it on its line.
        var lineStart = cellStart
        var column = 0
        while lineStart > 0, bytes[lineStart - 1] != 0x0A {
            if bytes[lineStart - 1] == separator { column += 1 }
            lineStart -= 1
        }
        // The header: up through the lines that have a bar, or the line above a
        // Markdown table's "|---|" line (so that a long table is not walked again for
        // every cell), at most 300 lines up.
        var header = lineStart
        var lines = 0
        while header > 0, lines < 300 {
            let previous = startOfLine(bytes, header - 1)
            let line = bytes[previous..<(header - 1)]
            guard line.contains(separator) else { break }
            header = previous
            lines += 1
            if line.allSatisfy({ $0 == separator || $0 == 0x2D || $0 == 0x3A || $0 == 0x20 || $0 == 0x0D }), header > 0 {
                header = startOfLine(bytes, header - 1)  // the separator: the header is the line above it
                break
            }
        }
        guard header < lineStart else { return false }
        // The header's cell in that column, word by word.
        var position = header
        var bars = 0
        while position < bytes.count, bytes[position] != 0x0A, bars <= column {
            if bytes[position] == separator {
                bars += 1
            } else if bars == column, (bytes[position] | 0x20) &- 0x61 < 26, position == 0 || (bytes[position - 1] | 0x20) &- 0x61 >= 26 {
                var end = position
                while end < bytes.count, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
                if let hash = WordSet.lowercaseHash(bytes, position..<end),
                   staffColumns.flags(hash: hash, lowercasing: bytes, position..<end) != 0 {
                    return true
                }
                position = end
                continue
            }
            position += 1
        }
        return false
    }

    /// A family name before a comma and a given name, in an e-mail's address line:
    /// "From: Pickering, Dawn <dawn.pickering@…>", "To: Chen, May; Young, Patrick". The
    /// line opens with "From:", "To:", "Cc:" or "Bcc:"; the given name is one a list has
    /// and ends at " <", ";", "," or the line's end. Or a chat's line opens with the time
    /// in brackets just before the names: "[14:09] Baker, Dawn aw that's lovely".
    static func isSurnameBeforeGivenNameInHeader(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.shape == .capitalized || token.shape == .upper, token.length >= 2, index + 1 < tokens.count,
              tokens[index + 1].gap.isCommaSpace, tokens[index + 1].start == token.end + 2,
              tokens[index + 1].classes.contains(.forename), tokens[index + 1].isCapitalizedLike,
              token.classes.contains(.surname) || token.classes.isDisjoint(with: .name) && !token.classes.contains(.common),
              token.classes.isDisjoint(with: [.organisation, .role]) else { return false }
        var label = startOfLine(bytes, token.start)
        while label < token.start, bytes[label] == 0x20 || bytes[label] == 0x3E { label += 1 }  // "> From:" of a quoted mail
        // A chat's speaker after the message's time: "[14:09] Baker, Dawn aw that's lovely".
        if isTimeInBrackets(bytes, label, before: token.start) { return true }
        let end = tokens[index + 1].end
        let closed = end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D || bytes[end] == 0x3B || bytes[end] == 0x2C
            || end + 1 < bytes.count && bytes[end] == 0x20 && bytes[end + 1] == 0x3C
        guard closed else { return false }
        var colon = label
        while colon < token.start, colon - label <= 4, bytes[colon] != 0x3A { colon += 1 }
        guard colon < token.start, bytes[colon] == 0x3A else { return false }
        switch colon - label {
        case 2: return AnchorWords.equalIgnoringCase(bytes, label, "to") || AnchorWords.equalIgnoringCase(bytes, label, "cc")
        case 3: return AnchorWords.equalIgnoringCase(bytes, label, "bcc")
        case 4: return AnchorWords.equalIgnoringCase(bytes, label, "from")
        default: return false
        }
    }

    /// Whether `bytes[start..<end]` is a time in square brackets and spaces: "[14:09] ".
    static func isTimeInBrackets(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, before end: Int) -> Bool {
        guard end - start >= 7, end - start <= 12, bytes[start] == 0x5B, bytes[end - 1] == 0x20 else { return false }
        var cursor = start + 1
        var digits = 0, colons = 0
        while cursor < end, bytes[cursor] != 0x5D {
            if bytes[cursor] &- 0x30 < 10 { digits += 1 } else if bytes[cursor] == 0x3A { colons += 1 } else { return false }
            cursor += 1
        }
        guard cursor < end, (3...6).contains(digits), colons >= 1 else { return false }
        cursor += 1
        while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
        return cursor == end
    }

    /// The offset where the line holding `position` starts.
    private static func startOfLine(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> Int {
        var start = position
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    @inline(__always)
    private static func isInitialsCellByte(_ byte: UInt8) -> Bool {
        byte &- 0x41 < 26 || byte == 0x20 || byte == 0x2F || byte == 0x2C || byte == 0x27 || byte == 0x09 || byte == 0x26
            || byte == 0x2D
    }

    /// Capitals alone in a table's cell under a column of staff or parties, even letters a
    /// list has or joined by a hyphen: "| NB | AS |" under "| SW | TM |", "| DR-E |",
    /// "| AK-Y |" under "Complainant". Not a cell's usual values ("YES", "N/A", "TBC",
    /// "DR" as a title) nor a role or a team.
    static func isInitialsAloneInStaffCell(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.shape == .upper, !token.isRoleWord, !token.classes.contains(.organisation) else { return false }
        if token.hyphenated {
            // Two or three parts of one to three capitals: "DR-E", "AK-Y", "K-A-B".
            let parts = bytes[token.start..<token.end].split(separator: 0x2D, omittingEmptySubsequences: false)
            guard (2...3).contains(parts.count), parts.allSatisfy({ (1...3).contains($0.count) }) else { return false }
        } else {
            guard token.length == 2 || token.length == 3, !isOneOf(cellValues, token, bytes) else { return false }
        }
        // Alone in its cell: a bar or a tab (and spaces) on either side.
        return standsAloneInCell(token.start, token.end, bytes, orLineEnd: true) && inStaffColumn(token, bytes)
    }

    /// What a table's cell holds that is no one's initials.
    static let cellValues = WordSet(["yes", "no", "na", "nk", "tbc", "tba", "all", "nil", "none", "ok", "dr", "edt", "ooh",
                                     "am", "pm", "uk", "n/a", "new", "any", "out"])

    /// Words heading a table's column of staff initials.
    static let staffColumns = WordSet(["owner", "owners", "by", "worker", "workers", "officer", "lead", "author", "allocated",
                                       "initials", "staff", "who", "sw", "tm", "iro", "pa", "manager", "responsible",
                                       "actioned", "completed", "signed", "reviewer", "investigator", "practitioner", "handler",
                                       "handled", "caseworker", "assigned", "complainant", "complainants", "child", "yp"])

    /// Labels that staff initials follow in notes and logs.
    static let initialsLabels = WordSet(["owner", "owners", "by", "worker", "officer", "duty", "lead", "author", "allocated", "on-call",
                                         "present", "attendees", "chair", "initials", "actioned", "completed", "signed",
                                         "reviewer", "investigator", "minutes", "notes", "authorised", "authorized", "approved",
                                         "checked", "verified", "manager", "subject"])

    /// Two-letter initials as the subject of a verb of a person: "AW said", "GY
    /// authorised it", "KM apologised" (not after a word in capitals: "IN THE HOUSE").
    static func isInitialsSubject(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length == 2, let verb = tokens[safe: index + 1], verb.gap == [.space], verb.shape == .lower,
              verb.context.contains(.personVerb), !isOneOf(linkingWords, verb, bytes) else { return false }
        if index > 0, token.gap.isPlainSpace, tokens[index - 1].shape == .upper { return false }
        return true
    }

    /// Words of the person-verb list that are no verbs, or are said of things as much as
    /// of people.
    static let linkingWords = WordSet(["and", "now", "still", "then", "always", "never", "is", "was", "has", "had", "made", "makes"])

    /// Two or three capitals that no list knows as a word, an organisation or a role.
    /// With `allowingRareWords`, a word the dictionary has counts unless it is frequent
    /// ("gs", not "ok").
    static func isUnknownCapitals(_ token: Token, allowingRareWords: Bool = false) -> Bool {
        token.shape == .upper && (token.length == 2 || token.length == 3)
            && !token.classes.contains(allowingRareWords ? .frequent : .common)
            && token.classes.isDisjoint(with: .nonPersonal) && token.context.subtracting(.function).isEmpty
    }

    /// Whether `token` is `word` (any case), compared in place.
    @inline(__always)
    static func isWord(_ token: Token, _ word: StaticString, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.length == word.utf8CodeUnitCount && AnchorWords.equalIgnoringCase(bytes, token.start, word)
    }

    /// Initials opening a clause, or second after such initials and "and" or a comma
    /// (``secondOwner(_:_:_:)``), before "to" and a verb, as actions are written in notes:
    /// "Action: AK to chase CAMHS referral", "RH to visit Friday", "NC and GF to visit" (not
    /// "NFA to be recorded": a passive "to be" is said of things).
    static func isActionOwner(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].sentenceStart || secondOwner(tokens, index, bytes), let to = tokens[safe: index + 1], to.gap == [.space], isWord(to, "to", bytes),
              let verb = tokens[safe: index + 2], verb.gap == [.space], verb.shape == .lower else { return false }
        return !isWord(verb, "be", bytes)
    }

    /// Whether the capitals at `index` follow "and" or a comma after other initials that
    /// open the clause: "NC and GF to visit", "HJ to draft, NAP to check".
    static func secondOwner(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2 else { return false }
        var first = index - 1
        if tokens[index].gap.isCommaSpace {
            // "HJ to draft, NAP to check": the owner before, then "to" and its verb.
            guard index >= 3, isWord(tokens[index - 2], "to", bytes) else { return false }
            first = index - 3
        } else {
            guard tokens[index].gap.isPlainSpace, isWord(tokens[first], "and", bytes), tokens[first].gap.isPlainSpace else { return false }
            first -= 1
        }
        let owner = tokens[first]
        return owner.shape == .upper && (owner.length == 2 || owner.length == 3) && opensSentence(owner)
    }

    /// Initials after "with" or "by", before no other capitalised word: "visit booked
    /// with RH for 28/10", "seen by JT." (not "with ABC Housing").
    static func isSeenWith(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, tokens[index].gap == [.space] else { return false }
        let previous = tokens[index - 1]
        guard previous.shape == .lower,
              isWord(previous, "with", bytes) || isWord(previous, "by", bytes) else { return false }
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.isCapitalizedLike { return false }
        return true
    }

    /// Two or three capitals after a record's verb and "by", even letters written as a word
    /// in capitals: "Compliment – logged by NB, Thursday", "logged by AS: \"hiya…\"", "Logged by: AM",
    /// "minuted by PE", and an action's owner, "Owner: BE." (not a role's or an
    /// organisation's letters: "reviewed by IRO", "funded by DfE", "Owner: ICT").
    /// With `listed`, letters a list has as an organisation's or a role's count too (for
    /// the initials of a full name in the document: "(recorded by PM)" for Philomena
    /// Mulcahy).
    static func isLoggedBy(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, listed: Bool = false) -> Bool {
        let token = tokens[index]
        guard index > 1, token.shape == .upper, token.length == 2 || token.length == 3,
              token.gap == [.space] || token.gap.rawValue == Gap.colon.rawValue | Gap.space.rawValue,  // "Logged by: AM"
              listed || !token.isRoleWord && token.classes.isDisjoint(with: [.place, .organisation, .role]) else { return false }
        let by = tokens[index - 1], verb = tokens[index - 2]
        // Or an action's owner: "Owner: BE.", "Lead: EPA." (two or three capitals, then
        // no capitalised word).
        let owner = token.gap.rawValue == Gap.colon.rawValue | Gap.space.rawValue && isOneOf(ownerLabels, by, bytes)
        guard owner || by.gap == [.space] && isWord(by, "by", bytes) && (verb.shape == .lower || verb.sentenceStart)
                && isOneOf(recordVerbs, verb, bytes) else { return false }
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.isCapitalizedLike { return false }
        return true
    }

    /// The labels of an action's owner in a plan or a register.
    static let ownerLabels = WordSet(["owner", "owners", "lead", "leads"])

    /// Two or three capitals set off by commas after a person's role, as a report names a
    /// worker by initials: "the contact supervisor, FA, took notes", "her social worker,
    /// KW, said" (not a role's letters: "the worker, IRO,"; three letters only when no
    /// list has them: "the regulator, CQC,"; after a role in title case, only letters no
    /// list has), or with no commas when no list has them ("Staff member AH was").
    static func isInitialsAfterRoleAndComma(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // (With no commas, only capitals no list has: "Staff member AH was the subject".)
        if index > 0, token.gap.isPlainSpace, token.shape == .upper, couldBeInitials(token, bytes) {
            let role = tokens[index - 1]
            return role.shape == .lower && (role.isRoleWord || isOneOf(roleHeads, role, bytes))
        }
        // (After a role in title case only letters no list has, and a full stop may close
        // them: "Family Time Coordinator, DK."; not "Service Manager, LD".)
        if index > 0, token.shape == .upper, token.length == 2 || token.length == 3, token.gap.isCommaSpace, token.end < bytes.count,
           bytes[token.end] == 0x2C || bytes[token.end] == 0x2E, !token.isRoleWord, !token.possessive,
           token.classes.isDisjoint(with: .nonPersonal), tokens[index - 1].shape == .capitalized, isOneOf(roleHeads, tokens[index - 1], bytes),
           !(tokens[safe: index + 1].map { $0.gap.isCommaSpace && $0.isRoleWord } ?? false) {  // "Designated Teacher, FC, SW": roles
            return true
        }
        guard index > 0, token.shape == .upper, token.length == 2 || token.length == 3, token.gap.isCommaSpace,
              token.end < bytes.count, bytes[token.end] == 0x2C, !token.isRoleWord, !token.possessive,
              token.classes.isDisjoint(with: [.place, .role]),
              token.length == 2 || token.classes.isDisjoint(with: .nonPersonal) else { return false }
        let role = tokens[index - 1]
        return role.shape == .lower && (role.isRoleWord || isOneOf(roleHeads, role, bytes))
    }

    /// Two or three capitals no list has opening a line before a comma and a person's role
    /// that ends it, as a note is signed: "YK, Contact Supervisor" (not "SW, Team Manager",
    /// a role's letters).
    @inline(never)
    static func isInitialsSigningWithRole(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.shape == .upper, token.length == 2 || token.length == 3, !token.possessive, !token.isRoleWord,
              token.classes.isDisjoint(with: .nonPersonal), index == 0 || token.gap.contains(.newline),
              token.end < bytes.count, bytes[token.end] == 0x2C else { return false }
        var position = index + 1
        while let word = tokens[safe: position], position <= index + 4,
              position == index + 1 ? word.gap.isCommaSpace : word.gap.isPlainSpace {
            let endsLine = position + 1 == tokens.count || tokens[position + 1].gap.contains(.newline)
            if endsLine { return word.isRoleWord || isOneOf(roleHeads, word, bytes) }
            position += 1
        }
        return false
    }

    /// The last words of the roles of people ("contact supervisor", "family support
    /// worker", "independent visitor"), which the role lists have only in whole phrases.
    static let roleHeads = WordSet(["worker", "supervisor", "officer", "manager", "adviser", "advisor", "assistant",
                                    "practitioner", "visitor", "carer", "coordinator", "co-ordinator", "nurse", "teacher",
                                    "therapist", "psychologist", "chair", "investigator", "advocate", "mentor", "keyworker",
                                    "assessor", "reviewer", "minute-taker", "interpreter", "member", "checker"])

    /// The verbs before "by" and whoever kept a record: "logged by", "minuted by".
    static let recordVerbs = WordSet(["logged", "recorded", "minuted", "completed", "written", "typed", "taken", "received",
                                      "signed", "checked", "entered", "added", "updated", "drafted", "prepared", "noted",
                                      "authorised", "authorized", "countersigned", "uploaded", "actioned", "triaged"])

    /// Two sets of initials in brackets, joined by a slash: "Supervision (AK / LM)",
    /// "(AK/LM)".
    static func isInitialsPair(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func pair(_ first: Int) -> Bool {
            guard first >= 0, first + 1 < tokens.count else { return false }
            let left = tokens[first], right = tokens[first + 1]
            guard isUnknownCapitals(left), isUnknownCapitals(right), right.gap.contains(.slash),
                  right.gap.subtracting([.slash, .space]).isEmpty,
                  left.start > 0, bytes[left.start - 1] == 0x28, right.end < bytes.count, bytes[right.end] == 0x29 else { return false }
            return true
        }
        return pair(index) || pair(index - 1)
    }

    /// Whether `start` follows a list item's number, at the start of a line or after a
    /// full stop: "3. HA – staffing review", "review. 2. EZ – PEP by 21/02".
    static func startsNumberedItem(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = start
        guard position >= 3, bytes[position - 1] == 0x20, bytes[position - 2] == 0x2E else { return false }
        position -= 2
        var digits = 0
        while position > 0, bytes[position - 1] &- 0x30 < 10, digits < 3 { position -= 1; digits += 1 }
        guard (1...2).contains(digits) else { return false }
        if position == 0 || bytes[position - 1] == 0x0A { return true }
        return position >= 2 && bytes[position - 1] == 0x20 && bytes[position - 2] == 0x2E
    }

    /// Initials opening their line before a colon where other lines open with other such
    /// initials, as a team's weekly list gives each worker a line: "KW: 7 open", "RK: 5
    /// open, none overdue" (not "NB:", nor one "FW:" line).
    /// - Complexity: O(n) in the bytes, only for capitals opening a line before a colon.
    @inline(never)
    static func isInitialsHeadingLines(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length == 2, token.end < bytes.count, bytes[token.end] == 0x3A,
              token.start == 0 || bytes[token.start - 1] == 0x0A, !isOneOf(notInitialsLabels, token, bytes) else { return false }
        var line = 0
        while line + 3 < bytes.count {
            if line != token.start, bytes[line] &- 0x41 < 26, bytes[line + 1] &- 0x41 < 26, bytes[line + 2] == 0x3A,
               bytes[line] != bytes[token.start] || bytes[line + 1] != bytes[token.start + 1] {
                return true
            }
            guard let newline = UnsafeBufferPointer(rebasing: bytes[line...]).firstIndex(of: 0x0A) else { break }
            line += newline + 1
        }
        return false
    }

    /// Labels of two capitals before a colon that are no one's initials.
    static let notInitialsLabels = WordSet(["nb", "ps", "re", "fw", "cc", "to", "rt", "qa", "id", "dm", "pm", "am", "uk", "no"])

    /// Initials signing a note: alone on their line or followed only by a date or time
    /// ("GS", "NEH 05/10/23"), or after the note's last sentence or a dash, ending the
    /// line or before a date or time ("... medical priority. OM 15/01 16:40", "– SJ").
    static func isSignature(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        let startsLine = !token.gap.isDisjoint(with: [.newline, .start])
        guard startsLine || !token.gap.isDisjoint(with: [.sentenceEnd, .dash]) else { return false }
        // Not a label: "EDD: 28/08/2024".
        // A note in square brackets closes after them: "[Internal note: ... TW]".
        guard token.end == bytes.count || bytes[token.end] == 0x20 || bytes[token.end] == 0x0A || bytes[token.end] == 0x0D
            || bytes[token.end] == 0x5D && (token.end + 1 == bytes.count || bytes[token.end + 1] == 0x0A || bytes[token.end + 1] == 0x0D) else {
            return false
        }
        var position = token.end
        var digits = 0
        if position < bytes.count, bytes[position] == 0x5D { position += 1 }
        while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D {
            let byte = bytes[position]
            if byte &- 0x30 < 10 {
                digits += 1
            } else if byte != 0x20 && byte != 0x2F && byte != 0x2E && byte != 0x3A && byte != 0x09 {
                return false
            }
            position += 1
        }
        // After a sentence or a dash: a date or time follows, or nothing more on the line
        // ("... b4 Fri!! – SJ", "Nxt visit 4/4. RA").
        return startsLine || digits >= 3 || digits == 0
    }

    /// Initials signing the whole document on its last line, alone or before a date,
    /// even letters a list has ("…with a Sorani interpreter.↵↵CO", "IG, 12 October"; not
    /// "OK", "PS", "NB", a role's letters or an organisation's three: "NHS").
    static func signsDocument(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // (Three letters only when no list has them as an organisation's: not "NHS".)
        guard index > 0, token.shape == .upper, token.length == 2 || token.length == 3 && !token.classes.contains(.organisation),
              !token.isRoleWord, !token.possessive,
              !token.gap.isDisjoint(with: [.newline]), !isOneOf(notInitialsLabels, token, bytes), !isOneOf(capitalWordsSigning, token, bytes)
        else { return false }
        // Only a date may follow, after a comma: a month's word and numbers ("UC - 12/03/24"
        // is a benefit's date).
        if index + 1 < tokens.count || token.end < bytes.count && bytes[token.end] != 0x0A && bytes[token.end] != 0x0D {
            guard token.end < bytes.count, bytes[token.end] == 0x2C else { return false }
        }
        for next in tokens[(index + 1)...] {
            guard next.gap.isDisjoint(with: [.newline]), isOneOf(monthWords, next, bytes) else { return false }
        }
        let end = tokens.last.map { $0.end } ?? token.end
        for position in end..<bytes.count {
            let byte = bytes[position]
            guard byte < 0x80, (byte | 0x20) &- 0x61 >= 26 else { return false }
        }
        return true
    }

    /// Words in capitals that can end a document alone, besides ``notInitialsLabels``
    /// ("NB", "PS", "CC"): "OK", "FYI", "END".
    static let capitalWordsSigning = WordSet(["ok", "fyi", "tbc", "eom", "end", "yes", "na"])

    /// Initials opening a line, then a comma or a dash and the writer's role to the
    /// line's end, as a reply is signed: "GT, Participation Officer", "PJ - Complaints
    /// and Feedback Officer" (at most six capitalised words or joiners, one a role's).
    static func signsWithRole(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !tokens[index].gap.isDisjoint(with: [.newline, .start]), let first = tokens[safe: index + 1],
              first.gap == [.comma, .space] || first.gap == [.dash, .space], first.shape == .capitalized else { return false }
        var last = index + 1
        var role = first.isRoleWord
        while let word = tokens[safe: last + 1], word.gap.isPlainSpace || word.gap == [.ampersand, .space], last - index < 6 {
            guard word.shape == .capitalized || isOneOf(titleJoiners, word, bytes) else { return false }
            role = role || word.isRoleWord
            last += 1
        }
        let end = tokens[last].end
        return role && (end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D)
    }

    /// The lower-case words inside a role's or a team's title: "Complaints and Feedback
    /// Officer", "Head of Service".
    static let titleJoiners = WordSet(["and", "of", "for", "the"])

    /// Whether the word at `index` gives a quote's speaker with an age after a comma, in
    /// brackets or after a dash: "(Unique, 18)", "– Sonny, 16".
    static func attributedWithAge(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.start > 0, token.end + 2 < bytes.count, bytes[token.end] == 0x2C, bytes[token.end + 1] == 0x20 else { return false }
        let bracket = bytes[token.start - 1] == 0x28
        // "– ", "— " or "- " before the name.
        let dash = token.start >= 2 && bytes[token.start - 1] == 0x20
            && (bytes[token.start - 2] == 0x2D
                || token.start >= 4 && bytes[token.start - 4] == 0xE2 && bytes[token.start - 3] == 0x80
                && (bytes[token.start - 2] == 0x93 || bytes[token.start - 2] == 0x94))
        guard bracket || dash else { return false }
        var cursor = token.end + 2
        while cursor < bytes.count, bytes[cursor] &- 0x30 < 10, cursor - token.end - 2 < 3 { cursor += 1 }
        let digits = cursor - token.end - 2
        guard (1...2).contains(digits) else { return false }
        if bracket { return cursor < bytes.count && bytes[cursor] == 0x29 }
        // After a dash the age ends the line ("– Sonny, 16"; not "- Grace, 3 times").
        return cursor == bytes.count || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D
            || bytes[cursor] == 0x2E && (cursor + 1 == bytes.count || bytes[cursor + 1] == 0x0A || bytes[cursor + 1] == 0x0D)
    }

    /// Whether the capitalised word at `index` opens a sentence and is spoken to: a
    /// comma, then "you", "thank" or "thanks" ("Pearl, you have a gift").
    static func isVocative(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].sentenceStart, tokens[index].shape == .capitalized, !tokens[index].possessive,
              let next = tokens[safe: index + 1], next.gap == [.comma, .space], next.shape == .lower else { return false }
        return isWord(next, "you", bytes) || isWord(next, "thank", bytes) || isWord(next, "thanks", bytes)
    }

    /// The rule for a capitalised word, no non-personal one, that the words around it
    /// name: spoken to at a sentence's start ("Pearl, you have a gift"), after a kind of
    /// name ("uses the English name Rainbow"), called so by someone ("he calls Smudge"),
    /// or by what they do ("Pat the cleaner"). The first and the last only for a listed
    /// given name (`forename`), the middle two only for a word no context list has.
    @inline(never)
    static func ruleFromWordsAround(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, forename: Bool) -> NameRule? {
        if forename, isVocative(tokens, index, bytes) { return .introduced }
        if tokens[index].context.isEmpty, followsKindOfName(tokens, index, bytes) || isCalledByPronoun(tokens, index, bytes) {
            return .introduced
        }
        if forename, isNamedByRole(tokens, index, bytes) { return .withRole }
        return nil
    }

    /// Whether the capitalised word at `index` follows "call", "calls" or "called" after
    /// a pronoun or "everyone": "he calls Smudge", "everyone calls Bubba". An ordinary
    /// word only after "calls" ("I called Reception" rang it).
    static func isCalledByPronoun(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index >= 2, token.shape == .capitalized, token.gap.subtracting([.space, .quote]).isEmpty,
              token.gap.contains(.space), tokens[index - 1].gap.isPlainSpace, tokens[index - 1].shape == .lower else { return false }
        if isWord(tokens[index - 1], "calls", bytes) {
            return isOneOf(callingSubjects, tokens[index - 2], bytes)
        }
        guard isWord(tokens[index - 1], "call", bytes) || isWord(tokens[index - 1], "called", bytes),
              !token.classes.contains(.common) || !token.classes.isDisjoint(with: .name) else { return false }
        return isOneOf(callingSubjects, tokens[index - 2], bytes)
    }

    static let callingSubjects = WordSet(["he", "she", "they", "we", "i", "everyone", "everybody", "you", "staff", "u"])

    /// Whether the capitalised word at `index` is followed by "the" and a job's word in
    /// lower case: "Robin the cook learned", "Pat the cleaner, sorry". At a sentence's
    /// start only with a comma after the role ("Will the manager ring?" asks), and never
    /// for a modal verb.
    static func isNamedByRole(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.shape == .capitalized, !token.possessive, let the = tokens[safe: index + 1], the.gap == [.space],
              isWord(the, "the", bytes), let role = tokens[safe: index + 2], role.gap == [.space], role.shape == .lower,
              isOneOf(jobWords, role, bytes), !isOneOf(modalVerbs, token, bytes) else { return false }
        // (Not a month or a place after a preposition or a day: "In April the worker",
        // "on 25 April the worker", "in Moss Side the manager".)
        if token.gap.contains(.digit) { return false }
        if index > 0, token.gap.isPlainSpace, isOneOf(timeOrPlacePrepositions, tokens[index - 1], bytes) {
            return false
        }
        guard token.sentenceStart else { return true }
        return tokens[safe: index + 3].map { $0.gap.contains(.comma) } ?? false
    }

    static let timeOrPlacePrepositions = WordSet(["in", "on", "at", "since", "by", "until", "from", "during", "of", "to", "last",
                                                  "next", "every", "before", "after", "near", "around"])
    static let modalVerbs = WordSet(["will", "may", "can", "must", "should", "would", "could", "might", "shall"])
    /// Jobs a person is named by in a home, a school or a family's life, that the role
    /// lists (of councils' posts) do not have.
    static let jobWords = WordSet(["cleaner", "cook", "chef", "driver", "caretaker", "receptionist", "nurse", "teacher", "gardener",
                                   "handyman", "janitor", "postman", "postwoman", "plumber", "electrician", "builder", "mechanic",
                                   "hairdresser", "barber", "coach", "tutor", "counsellor", "therapist", "doctor", "dentist", "nanny",
                                   "childminder", "babysitter", "interpreter", "translator", "escort", "volunteer", "mentor",
                                   "chaplain", "imam", "vicar", "priest", "rabbi", "warden", "porter", "housekeeper", "lifeguard",
                                   "instructor", "cashier", "landlord", "landlady", "neighbour", "lodger", "worker", "keyworker", "manager",
                                   "dinnerlady", "lollipop", "support", "key"])

    /// Whether the word at `index` is described as a person: followed by ", who", or by
    /// "is", "was", "aged" or "turned" and an age ("Legend is 13 and", "Reign, who was",
    /// "Joy turned 16."; not "Attendance is 91%", "Stage is 3 days").
    /// `strictly` (for an ordinary word): the age must be followed by "years" or by "and"
    /// and a verb of a person's life ("and has", "and lives").
    static func describedAsPerson(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, strictly: Bool) -> Bool {
        guard let next = tokens[safe: index + 1], next.shape == .lower else { return false }
        if next.gap == [.comma, .space] { return isWord(next, "who", bytes) }
        guard next.gap == [.space], isOneOf(ageVerbs, next, bytes) else { return false }
        var cursor = next.end + 1
        guard cursor < bytes.count, bytes[cursor - 1] == 0x20 else { return false }
        var age = 0
        while cursor < bytes.count, bytes[cursor] &- 0x30 < 10, age < 100 {
            age = age * 10 + Int(bytes[cursor] &- 0x30)
            cursor += 1
        }
        guard (1...25).contains(age), cursor - next.end - 1 <= 2 else { return false }
        guard cursor < bytes.count else { return !strictly }
        switch bytes[cursor] {
        case 0x0A, 0x0D, 0x2C, 0x2E, 0x3B, 0x29: return !strictly
        case 0x20:
            // (The digits are no word: the word after them is the next token.)
            guard let after = tokens[safe: index + 2], after.start == cursor + 1, isOneOf(ageFollowers, after, bytes) else { return false }
            guard strictly else { return true }
            if isWord(after, "years", bytes) || isWord(after, "year", bytes) { return true }
            guard isWord(after, "and", bytes), let verb = tokens[safe: index + 3], verb.gap == [.space] else { return false }
            return isOneOf(lifeVerbs, verb, bytes)
        default: return !strictly
        }
    }

    static let ageVerbs = WordSet(["is", "was", "aged", "turned", "turns"])
    static let lifeVerbs = WordSet(["has", "lives", "is", "was", "attends", "loves", "likes", "enjoys", "goes", "wants", "lived",
                                    "had", "moved", "came", "started", "joined"])
    static let ageFollowers = WordSet(["and", "years", "year", "now", "but", "with", "yrs", "this", "last", "next", "when", "in"])

    /// Initials followed by who they are in brackets, as reports list the people they
    /// name: "SG (complainant)", "PG (maternal grandmother)", "DF (father of LM)", "AB
    /// (DSL, Kingsmere Academy)" — a relation, a role or a party within the bracket's
    /// first four words. Even letters a list has as an organisation's ("SG"), but never a
    /// role's ("IRO (Independent Reviewing Officer)") nor an acronym spelt out in the
    /// bracket, in any case ("PCC (Police and Crime Commissioner)", "CP (child
    /// protection)", "CIN (child in need)"), nor a word of three letters that no name list
    /// has ("DAILY LOG (EDT)").
    static func isDescribedInitials(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // (Not a word in capitals that no name list has: "DAILY LOG (EDT)".)
        guard token.length == 2 || token.length == 3, !token.classes.contains(.role), token.context.subtracting(.particle).isEmpty,
              !(token.length == 3 && token.classes.contains(.common) && token.classes.isDisjoint(with: .name)),
              token.end + 1 < bytes.count, bytes[token.end] == 0x20, bytes[token.end + 1] == 0x28,
              let first = tokens[safe: index + 1], first.start == token.end + 2, !isOneOf(capitalWords, token, bytes) else { return false }
        var described = false
        var spelt = 0  // how many of the token's letters the bracket's words start with, in turn
        var last = index + 1
        while last <= index + 4, let word = tokens[safe: last] {
            if last > index + 1, !word.gap.isPlainSpace { break }
            if word.context.contains(.kinship) || word.isRoleWord
                || isOneOf(partyWords, word, bytes) {
                described = true
            }
            if spelt < token.length, bytes[word.start] | 0x20 == bytes[token.start + spelt] | 0x20 { spelt += 1 }
            if word.end < bytes.count, bytes[word.end] == 0x29 || bytes[word.end] == 0x2C { break }
            last += 1
        }
        return described && spelt < token.length
    }

    /// Whether the capitals at `index` are initials with an age in brackets after them:
    /// letters no list has ("QT (13)", and with a country: "AH (Afghanistan, 16)"), or an
    /// acronym's before what a person does ("Concerns: LB (13) told friend"; not "CP
    /// (3)", a count of plans), or a birth ("RM (b. 08/03/2014)").
    @inline(never)
    static func isInitialsWithAge(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length == 2 || token.length == 3 else { return false }
        // A child listed with a dated birth after, even letters a list has: "RM (b.
        // 08/03/2014)", "TM (DOB 13/07/2020)" (not "NHS (DOB checks)").
        if token.shape == .upper, datedBirthFollows(token.end, bytes) { return true }
        guard !token.isRoleWord, ageFollows(bytes, token.end, closing: 0x29) else {
            // "room 214: AH (Afghanistan, 16)", "MI (Sudan, claims 17)": a country and an age.
            // (Even letters a list has: "AH", "MI"; not a place's or a role's.)
            return token.shape == .upper && token.classes.isDisjoint(with: [.place, .role]) && countryAndAgeFollow(bytes, token.end)
        }
        if isUnknownCapitals(token, allowingRareWords: true) { return true }
        guard let next = tokens[safe: index + 1], next.shape == .lower else { return false }
        return isActingVerb(next, bytes)
    }

    /// Whether " (" or ", ", a birth's word and a date's first digit follow `end`: " (b.
    /// 08/03/2014)", ", DOB: 13/07/2020".
    static func datedBirthFollows(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end + 2 < bytes.count, bytes[end] == 0x20 && bytes[end + 1] == 0x28 || bytes[end] == 0x2C && bytes[end + 1] == 0x20,
              var cursor = AnchorWords.birthPhrase(bytes, end + 2) else { return false }
        while cursor < bytes.count, cursor - end < 12, bytes[cursor] == 0x20 || bytes[cursor] == 0x3A || bytes[cursor] == 0x2E { cursor += 1 }
        return cursor < bytes.count && bytes[cursor] &- 0x30 < 10
    }

    /// Whether " (", a capitalised word, a comma and an age (after "claims" or "aged" at
    /// most) follow `start`: " (Afghanistan, 16)", " (Eritrea, claims 15)".
    static func countryAndAgeFollow(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var cursor = start
        guard cursor + 6 < bytes.count, bytes[cursor] == 0x20, bytes[cursor + 1] == 0x28, bytes[cursor + 2] &- 0x41 < 26 else { return false }
        cursor += 3
        while cursor < bytes.count, cursor - start < 24, (bytes[cursor] | 0x20) &- 0x61 < 26 || bytes[cursor] == 0x2D { cursor += 1 }
        guard cursor + 1 < bytes.count, bytes[cursor] == 0x2C, bytes[cursor + 1] == 0x20 else { return false }
        cursor += 2
        if hasText(bytes, cursor, "claims ") { cursor += 7 } else if hasText(bytes, cursor, "aged ") { cursor += 5 }
        let digits = cursor
        while cursor < bytes.count, bytes[cursor] &- 0x30 < 10, cursor - digits < 3 { cursor += 1 }
        return (1...2).contains(cursor - digits) && cursor < bytes.count && bytes[cursor] == 0x29
    }

    /// Whether the capitals at `index` are initials no list has, acting or acted on as a
    /// person in a note: before what a person does ("JB showed me his bedroom", "RK
    /// agreed", "– DH to do", opening a sentence before "will" and a verb: "JS will share
    /// her template"; not "DA will be discussed") or after a verb said of people ("Seen JB at home"), with an age after a
    /// comma ("Concerns re DM, aged 13"), or paired with other such letters ("sent to AOH
    /// and RC") or with an initial ("for K and JB"; not "Plan B and JB").
    @inline(never)
    static func isInitialsActing(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length == 2 || token.length == 3, isUnknownCapitals(token), !token.possessive else { return false }
        if let next = tokens[safe: index + 1], next.shape == .lower {
            // (A note's or a chronology's verb even after a comma: "JB, emailed".)
            if next.gap.isPlainSpace ? isVerbOfANote(next, bytes) : isOneOf(noteVerbs, next, bytes) || isOneOf(chronologyVerbs, next, bytes) {
                return true
            }
            // Two sets of letters no list has: "Bundle sent to AOH and RC".
            if next.gap.isPlainSpace, isWord(next, "and", bytes), let other = tokens[safe: index + 2], other.gap.isPlainSpace,
               other.length == 2 || other.length == 3, isUnknownCapitals(other) {
                return true
            }
            // An action's owner: "within a month – DH to do", "RK to chase" (after a dash,
            // a colon or a line's start).
            if next.gap.isPlainSpace, isWord(next, "to", bytes), let verb = tokens[safe: index + 2], verb.gap.isPlainSpace,
               verb.shape == .lower, !token.gap.isDisjoint(with: [.dash, .colon, .newline, .tab]) {
                return true
            }
            // ", aged 13", "(JB, age 14)"
            if next.gap.isCommaSpace, isWord(next, "aged", bytes) || isWord(next, "age", bytes), next.end + 1 < bytes.count,
               bytes[next.end + 1] &- 0x30 < 10 {
                return true
            }
            // Opening a sentence before "will" and a verb: "JS will share her template".
            if next.gap.isPlainSpace, opensSentence(token), isWord(next, "will", bytes), let verb = tokens[safe: index + 2],
               verb.gap.isPlainSpace, verb.shape == .lower, !isWord(verb, "be", bytes) {
                return true
            }
            // Asked to do something, opening a sentence or a line: "RC can you book for
            // 11?", "EN please ring the ward".
            if next.gap.isPlainSpace, opensSentence(token), isAskedToAct(tokens, index + 1, bytes) { return true }
        }
        // Who wrote a note, in brackets with its date or time: "Follow-up note (OB, 13/03
        // 11:20)" (not an age: "(CL, 19)").
        if token.gap.contains(.bracket), token.start > 0, bytes[token.start - 1] == 0x28, token.end + 2 < bytes.count,
           bytes[token.end] == 0x2C, bytes[token.end + 1] == 0x20, startsDateOrTime(bytes, token.end + 2) {
            return true
        }
        guard index > 0, token.gap.isPlainSpace else { return false }
        // After an initial and "and": "live care proceedings for K and JB".
        if index >= 2, isWord(tokens[index - 1], "and", bytes), tokens[index - 1].gap.isPlainSpace, tokens[index - 2].shape == .initial,
           mayBeActingInitial(tokens[index - 2], bytes), index < 3 || !tokens[index - 3].isCapitalizedLike || !tokens[index - 2].gap.isPlainSpace {
            return true
        }
        return isOneOf(objectVerbs, tokens[index - 1], bytes)
    }

    /// Whether a date or a time starts at `offset`: one or two digits, then "/", ":" or
    /// "." and a digit ("13/03", "11:20", "6.3.24").
    static func startsDateOrTime(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var cursor = offset
        while cursor < bytes.count, cursor - offset < 2, bytes[cursor] &- 0x30 < 10 { cursor += 1 }
        guard cursor > offset, cursor + 1 < bytes.count else { return false }
        let separator = bytes[cursor]
        return (separator == 0x2F || separator == 0x3A || separator == 0x2E) && bytes[cursor + 1] &- 0x30 < 10
    }

    /// Whether the word at `index` opens a request: "can you", "could you", "can u",
    /// "please" or "pls" and a verb in lower case.
    static func isAskedToAct(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let after = tokens[safe: index + 1], after.gap.isPlainSpace, after.shape == .lower else { return false }
        if isOneOf(requestWords, tokens[index], bytes) { return isWord(after, "you", bytes) || isWord(after, "u", bytes) }
        return isWord(tokens[index], "please", bytes) || isWord(tokens[index], "pls", bytes)
    }

    static let requestWords = WordSet(["can", "could", "would"])

    /// Whether the word opens a sentence, a line or a clause after a colon or a dash.
    static func opensSentence(_ token: Token) -> Bool {
        token.sentenceStart || !token.gap.isDisjoint(with: [.dash, .newline, .tab])
    }

    /// Whether letters a list has as a word or an acronym ("PM", "OF", "CO") act as a
    /// person where they stand: before what a person does ("Item 1: PM presented", "CO
    /// told me"), after "referred to as", or closing an action's line after a dash
    /// ("amend the form – OF"), owning an action, or alone in a staff column's cell. Only
    /// for the initials of a full name in the document.
    @inline(never)
    static func actsAsInitials(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, !token.possessive else { return false }
        // (A role's letters too: "PM presented" where Precious Mutasa is the practice
        // manager.)
        if let next = tokens[safe: index + 1], next.shape == .lower, next.gap.isPlainSpace,
           isVerbOfANote(next, bytes) || promisesToAct(tokens, index + 1, bytes) {
            return opensClause(tokens, index, bytes) || afterParagraphNumber(token.start, bytes)
        }
        // A speaker's label opening a line of meeting notes: "TM: Our complaint is
        // simple", "FC (upset): the report says".
        if isSpeakerLabel(token, bytes) { return true }
        // The owner of an action: "Actions: TS – request ICPC; LD – discuss the plan",
        // "Actions GA – return-to-work meeting", "EG to record the spelling".
        if ownsAction(tokens, index, bytes) { return true }
        // Alone in a cell under a staff column ("| Owner |" … "| DC |", "| TS / AS |"),
        // even a role's letters.
        if inStaffColumn(token, bytes) { return true }
        guard !token.isRoleWord else { return false }
        if afterReferredToAs(tokens, index, bytes) { return true }
        // Closing a sentence or a line, in brackets after a word in lower case or after
        // "by": "to be corrected today (GF).", "Repeat MARAC referral by FC." (not an
        // acronym after its words: "Learning Disability (LD).").
        if closesSentence(token.end, bytes), let previous = tokens[safe: index - 1], previous.shape == .lower {
            if token.gap.subtracting(.space) == .bracket, isAloneInBrackets(token, bytes) { return !spelledByWordsBefore(tokens, index, bytes) }
            if token.gap.isPlainSpace, isWord(previous, "by", bytes) { return true }
        }
        guard token.gap.contains(.dash), token.gap.subtracting([.space, .dash]).isEmpty else { return false }
        return endsLine(from: token.end, bytes)
    }

    /// Whether the word at `index` follows "Action:" or "Actions:" (or "Action –").
    static func followsActionLabel(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, !tokens[index].gap.isDisjoint(with: [.colon, .dash]), !tokens[index].gap.contains(.newline) else { return false }
        let label = tokens[index - 1]
        return isWord(label, "action", bytes) || isWord(label, "actions", bytes)
    }

    /// Whether the capitals at `index` own an action: opening a clause (or after
    /// "Action" or "Actions") before a dash and a word in lower case ("LD – discuss the
    /// plan", "Actions GA – return-to-work meeting"), or before "to" and a verb ("EG to
    /// record the spelling", ``isActionOwner(_:_:_:)``).
    static func ownsAction(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isActionOwner(tokens, index, bytes) { return true }
        guard let next = tokens[safe: index + 1], next.shape == .lower, next.gap.contains(.dash),
              next.gap.subtracting([.space, .dash]).isEmpty else { return false }
        if opensClause(tokens, index, bytes) || afterParagraphNumber(tokens[index].start, bytes) { return true }
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        return tokens[index].gap.isPlainSpace && (isWord(previous, "actions", bytes) || isWord(previous, "action", bytes))
    }

    /// Whether a modal at `index` and a verb after it say what someone will do: "DA will
    /// chase the contractor", "GP would send it" (not "will be", "will have": said of
    /// things as much).
    static func promisesToAct(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isOneOf(modalWords, tokens[index], bytes), let verb = tokens[safe: index + 1], verb.shape == .lower,
              verb.gap.isPlainSpace else { return false }
        return !isWord(verb, "be", bytes) && !isWord(verb, "have", bytes) && !isWord(verb, "not", bytes)
    }

    /// Whether `token` opens its line and a colon follows it, directly or after a note
    /// in brackets ("FC (upset):"), with words after the colon on the same line.
    static func isSpeakerLabel(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = token.start
        while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A else { return false }
        var cursor = token.end
        if cursor + 1 < bytes.count, bytes[cursor] == 0x20, bytes[cursor + 1] == 0x28 {
            cursor += 2
            while cursor < bytes.count, cursor - token.end < 24, bytes[cursor] != 0x29, bytes[cursor] != 0x0A { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == 0x29 else { return false }
            cursor += 1
        }
        guard cursor + 2 < bytes.count, bytes[cursor] == 0x3A, bytes[cursor + 1] == 0x20 else { return false }
        return (bytes[cursor + 2] | 0x20) &- 0x61 < 26 || bytes[cursor + 2] == 0x22
    }

    /// Whether `verb` says what a person in a note does: a verb of a person but "and",
    /// "now", "then" and the like, or a note's or a chronology's verb ("summarised",
    /// "presented", "emailed").
    static func isVerbOfANote(_ verb: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isActingVerb(verb, bytes) && !isOneOf(joiningPersonVerbs, verb, bytes)
            || isOneOf(noteVerbs, verb, bytes) || isOneOf(chronologyVerbs, verb, bytes)
    }

    /// Whether "referred to as" stands just before the word at `index`.
    static func afterReferredToAs(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        index >= 3 && tokens[index].gap.isPlainSpace && isWord(tokens[index - 1], "as", bytes) && isWord(tokens[index - 2], "to", bytes)
            && isWord(tokens[index - 3], "referred", bytes)
    }

    /// Whether `token` stands alone in brackets: "(GF)", "(Cherry)", "SW (RT)".
    @inline(__always)
    static func isAloneInBrackets(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.start > 0 && bytes[token.start - 1] == 0x28 && token.end < bytes.count && bytes[token.end] == 0x29
    }

    /// Whether a sentence or a line ends at `position`, after a closing bracket at most:
    /// "today (GF).", "by FC.", "(KW)↵".
    static func closesSentence(_ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = position
        if position < bytes.count, bytes[position] == 0x29 { position += 1 }
        if position < bytes.count, bytes[position] == 0x2E || bytes[position] == 0x3B { return true }
        return endsLine(from: position, bytes)
    }

    /// Whether only spaces (or a carriage return) stand from `position` to the end of
    /// its line.
    static func endsLine(from position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = position
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x0D { position += 1 }
        return position == bytes.count || bytes[position] == 0x0A
    }

    /// Whether `verb` is one of what a person does, not a linking verb ("is", "was",
    /// "has", "had": "B has Duchenne muscular dystrophy" may be a pseudonym's).
    static func isActingVerb(_ verb: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        verb.context.contains(.personVerb) && !isOneOf(linkingVerbs, verb, bytes)
    }

    /// Words the person-verb list has for what follows a name that do not show a person
    /// after letters no list has: "ABE and", "ICPC now".
    static let joiningPersonVerbs = WordSet(["and", "now", "still", "then", "always", "never"])

    /// The parties of a complaint, described in brackets after their initials.
    static let partyWords = WordSet(["complainant", "complainants", "child", "parent", "neighbour", "subject", "advocate",
                                     "witness", "grandparent"])

    /// Whether the lower-case word at `index` is a message's speaker after its time stamp:
    /// "[09:12] sunny bains: morning", "[13:07] daisy: aw" (one or two words, then a colon).
    static func speakerAfterTimestamp(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.start >= 2, bytes[token.start - 1] == 0x20, bytes[token.start - 2] == 0x5D else { return false }
        if token.end < bytes.count, bytes[token.end] == 0x3A { return true }
        guard let next = tokens[safe: index + 1], next.gap == [.space], next.shape == .lower else { return false }
        return next.end < bytes.count && bytes[next.end] == 0x3A
    }

    /// Whether " (duty)" or a role in brackets ("(SW)", "(team manager)") follows the word
    /// at `index` directly.
    static func roleInBracketsFollows(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = tokens[index].end
        guard end + 1 < bytes.count, bytes[end] == 0x20, bytes[end + 1] == 0x28,
              let next = tokens[safe: index + 1], next.start == end + 2 else { return false }
        var last = index + 1
        while let word = tokens[safe: last + 1], word.gap.isPlainSpace, last - index < 3 { last += 1 }
        guard tokens[last].end < bytes.count, bytes[tokens[last].end] == 0x29 else { return false }
        if next.length == 4, bytes[next.start..<next.end].lazy.map({ $0 | 0x20 }).elementsEqual("duty".utf8) { return true }
        return tokens[(index + 1)...last].contains { $0.isRoleWord }
    }

    /// Whether only a date or time (and spaces, dashes or a table's "|") stands between
    /// the start of the line and `start`: "10/01/24 ", "18.04.2024 10:30 ", "04/03/24 | ",
    /// "18.3.24 – ", "03/10/2024, 21:58 - " (a phone's export of a chat).
    static func startsDatedLine(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = start
        var digits = 0
        while position > 0 {
            let byte = bytes[position - 1]
            if byte &- 0x30 < 10 {
                digits += 1
            } else if (byte == 0x93 || byte == 0x94) && position >= 3 && bytes[position - 2] == 0x80 && bytes[position - 3] == 0xE2 {
                position -= 3  // an en or em dash: "18.3.24 – LW"
                continue
            } else if byte != 0x2F && byte != 0x2E && byte != 0x3A && byte != 0x2D && byte != 0x20 && byte != 0x09 && byte != 0x7C
                        && byte != 0x2C {
                break  // not a digit, / . : - | , or a space
            }
            position -= 1
        }
        guard digits >= 2 else { return false }
        return position == 0 || bytes[position - 1] == 0x0A || bytes[position - 1] == 0x0D
    }

    /// Whether the label ending at `end` is set off from the entry: a tab, the end of the
    /// line, a colon, or a space then a dash or an opening bracket.
    static func setOff(after end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end < bytes.count else { return true }
        switch bytes[end] {
        case 0x09, 0x0A, 0x0D, 0x3A:
            return true
        case 0x20:
            guard end + 1 < bytes.count else { return true }
            let next = bytes[end + 1]
            // "-", "(", "|", "/", or an en or em dash (E2 80 93 / E2 80 94).
            return next == 0x2D || next == 0x28 || next == 0x7C || next == 0x2F
                || (next == 0xE2 && end + 3 < bytes.count && bytes[end + 2] == 0x80 && (bytes[end + 3] == 0x93 || bytes[end + 3] == 0x94))
        default:
            return false
        }
    }

    /// Whether the word at `index` is followed by its role in brackets: "Honey
    /// (participation worker):", "Ade (keyworker)", "Lewis (SW)", "Church (Quality
    /// Assurance)", or a relative's word: "Will (our eldest)".
    static func roleInBrackets(after index: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = tokens[index].end
        let opens = (end < bytes.count && bytes[end] == 0x28)
            || (end + 1 < bytes.count && bytes[end] == 0x20 && bytes[end + 1] == 0x28)
        guard opens else { return false }
        var position = index + 1
        while position < tokens.count, position <= index + 4 {
            let word = tokens[position]
            if position > index + 1, !word.gap.isPlainSpace { return false }  // past the bracket
            // (Or a relative's word: "Will (our eldest)", "Grace (my daughter)".)
            if word.isRoleWord || word.inNonPersonalPhrase || word.context.contains(.kinship) { return true }
            position += 1
        }
        return false
    }

    /// Whether a date of birth or an age follows the word ending at `end`, in brackets or
    /// after a comma or dash: "Autumn (DOB: 30/10/2019)", "Ellis, born 2017", "Kai -
    /// d.o.b.", "Jordan (aged 15)".
    static func birthFollows(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = end
        var marked = false  // a bracket, comma or dash, not only spaces
        while position < bytes.count, position - end < 4 {
            let byte = bytes[position]
            if byte == 0x28 || byte == 0x2C || byte == 0x2D {
                marked = true
            } else if byte != 0x20 {
                break
            }
            position += 1
        }
        guard marked, position < bytes.count else { return false }
        return AnchorWords.birthPhrase(bytes, position) != nil || agedFollows(position, bytes)
    }

    /// How a place that is a name too is a person's: followed by an age in brackets
    /// ("Call from Devon (YP, 17)"), or a family name after an initial and its dot ("T.
    /// Bentley (Mrs)", "Signed J. Barnsley"; not a region's compass letter: "W. Yorkshire",
    /// "N. Ireland").
    static func placeAsPersonRule(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        if ageInBrackets(after: token.end, bytes) { return .withBirthDate }
        // A quote's speaker after a dash, with an age ending the line: "– Jordan, 18"
        // (not in brackets: "(Chelsea, 12)" may count complaints in a place).
        if token.start > 0, bytes[token.start - 1] != 0x28, attributedWithAge(tokens, index, bytes) { return .withBirthDate }
        guard index > 0, token.classes.contains(.surname), token.gap.rawValue == Gap.sentenceEnd.rawValue | Gap.space.rawValue,
              tokens[index - 1].shape == .initial, tokens[index - 1].dotAfter else { return nil }
        switch bytes[tokens[index - 1].start] {
        case 0x4E, 0x53, 0x45, 0x57: return nil  // N, S, E, W
        default: return .fullName
        }
    }

    /// Whether an age in brackets, after a short word of capitals, follows the word ending
    /// at `end`: " (YP, 17)", " (CYP 9)" — a number of one or two digits, and the bracket
    /// closed straight after it (not "(2019)", "(2 sites)", nor a bare count: "Chelsea
    /// (12), Kent (8)" in a table of areas).
    static func ageInBrackets(after end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end + 1 < bytes.count, bytes[end] == 0x20, bytes[end + 1] == 0x28 else { return false }
        var cursor = end + 2
        var capitals = 0
        while cursor < bytes.count, bytes[cursor] &- 0x41 < 26, capitals < 4 { cursor += 1; capitals += 1 }
        guard capitals >= 2 else { return false }
        if cursor < bytes.count, bytes[cursor] == 0x2C { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == 0x20 else { return false }
        cursor += 1
        var digits = 0
        while cursor < bytes.count, bytes[cursor] &- 0x30 < 10, digits < 3 { cursor += 1; digits += 1 }
        return (1...2).contains(digits) && cursor < bytes.count && bytes[cursor] == 0x29
    }

    /// The end of a bare age in brackets after the word ending at `end`, " (9)", " (14)",
    /// or a baby's in months or weeks, " (18 months)", " (6 wks)", " (10m)", or nil.
    static func plainAge(after end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard end + 3 < bytes.count, bytes[end] == 0x20, bytes[end + 1] == 0x28 else { return nil }
        var cursor = end + 2
        while cursor < bytes.count, bytes[cursor] &- 0x30 < 10, cursor - end - 2 < 3 { cursor += 1 }
        let digits = cursor - end - 2
        guard (1...2).contains(digits), cursor < bytes.count else { return nil }
        if bytes[cursor] == 0x29 { return cursor + 1 }
        // A baby's age: a unit of months or weeks, spelt out or short, then the bracket.
        if bytes[cursor] == 0x20 { cursor += 1 }
        let unit = cursor
        while cursor < bytes.count, bytes[cursor] &- 0x61 < 26, cursor - unit < 7 { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == 0x29, cursor > unit,
              AnchorScan.isOneOf(NameRun.babyAgeUnits, bytes, unit..<cursor) else { return nil }
        return cursor + 1
    }

    /// The units of a baby's age in brackets: "(18 months)", "(6 wks)", "(10m)".
    static let babyAgeUnits = WordSet(["m", "mo", "mos", "mth", "mths", "month", "months", "w", "wk", "wks", "week", "weeks"])

    /// The end of an age after the word ending at `end` in a list of children, in
    /// brackets (" (9)") or bare before a comma or "and" (" 11, ", " 9 and"), or nil.
    static func listedAge(after end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let age = plainAge(after: end, bytes) { return age }
        if let age = ageWithNote(after: end, bytes) { return age }
        guard end + 3 < bytes.count, bytes[end] == 0x20, bytes[end + 1] &- 0x31 < 9 else { return nil }
        var cursor = end + 2
        if bytes[cursor] &- 0x30 < 10 {
            guard bytes[end + 1] == 0x31 else { return nil }  // 1 to 19
            cursor += 1
        }
        guard cursor + 1 < bytes.count, bytes[cursor] == 0x2C && bytes[cursor + 1] == 0x20
                || bytes[cursor] == 0x20 && hasText(bytes, cursor + 1, "and ") else { return nil }
        return cursor
    }

    /// The end of an age in brackets with a note after it, as genograms list a family:
    /// " (24, at university in Bath)", " (29, Kayden's mother)" (a note of up to sixty bytes
    /// on the same line, no bracket inside), or nil.
    static func ageWithNote(after end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard end + 5 < bytes.count, bytes[end] == 0x20, bytes[end + 1] == 0x28, bytes[end + 2] &- 0x30 < 10 else { return nil }
        var cursor = end + 3
        if bytes[cursor] &- 0x30 < 10 { cursor += 1 }
        guard cursor + 1 < bytes.count, bytes[cursor] == 0x2C, bytes[cursor + 1] == 0x20 else { return nil }
        let limit = min(bytes.count, cursor + 60)
        while cursor < limit {
            switch bytes[cursor] {
            case 0x29: return cursor + 1
            case 0x28, 0x0A, 0x0D: return nil
            default: cursor += 1
            }
        }
        return nil
    }

    /// "aged 15", "age 9" (any case) at `position`, with a digit after the space.
    static func agedFollows(_ position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = position
        for letter: UInt8 in [0x61, 0x67, 0x65] {  // a g e
            guard cursor < bytes.count, bytes[cursor] | 0x20 == letter else { return false }
            cursor += 1
        }
        if cursor < bytes.count, bytes[cursor] | 0x20 == 0x64 { cursor += 1 }  // d
        guard cursor + 1 < bytes.count, bytes[cursor] == 0x20 else { return false }
        return bytes[cursor + 1] &- 0x30 < 10
    }

    /// Initials in brackets straight after the name they stand for: "Kacper (KW)",
    /// "Joanne Whitlock (JW)", "William \"Will\" Grant (WG)" — two or three capitals, the
    /// first the name's first letter; or exactly the initials of the name's words, even
    /// when a list has them as an organisation's ("Shanice Grant (SG)").
    /// Whether two capitals in brackets are a nickname's initial and the family name's,
    /// the nickname in quotes or brackets inside the name: "Babatunde ("Tunde") Adeyemi
    /// (TA)".
    @inline(never)
    static func nicknameInitials(_ tokens: [Token], _ rules: [NameRule?], _ index: Int, family: Int,
                                 _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard bytes[tokens[family].start] == bytes[token.start + 1], family >= 2 else { return false }
        let nickname = tokens[family - 1]
        let marks = Gap.bracket.rawValue | Gap.quote.rawValue
        return rules[family - 1] != nil && rules[family - 2] != nil && nickname.shape == .capitalized
            && nickname.gap.rawValue & marks != 0 && tokens[family].gap.rawValue & marks != 0
            && bytes[nickname.start] == bytes[token.start]
    }

    /// Whether a comma and a role close the brackets after the initials at `index`:
    /// "Trevor Ashcroft (TA, Service Manager CIN)", "(IN, Investigating Officer)".
    @inline(never)
    static func roleAfterComma(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes[tokens[index].end] == 0x2C else { return false }
        var position = index + 1
        while let word = tokens[safe: position], position <= index + 4, word.gap.isPlainSpace || position == index + 1 && word.gap.isCommaSpace {
            if word.isRoleWord { return true }
            position += 1
        }
        return false
    }

    static func isInitialsOfName(_ tokens: [Token], _ rules: [NameRule?], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.shape == .upper, token.length == 2 || token.length == 3, index > 0,
              token.start >= 2, bytes[token.start - 1] == 0x28, bytes[token.start - 2] == 0x20,
              token.end < bytes.count, bytes[token.end] == 0x29 || roleAfterComma(tokens, index, bytes) else { return false }
        // "Tom Lacey (TM)" is the team manager, but "Babatunde ("Tunde") Adeyemi (TA)"
        // spells a nickname and a family name.
        if token.context.contains(.role) {
            return token.length == 2 && rules[index - 1] != nil && nicknameInitials(tokens, rules, index, family: index - 1, bytes)
        }
        guard rules[index - 1] != nil else { return spellsNameBeforeRole(tokens, rules, index, bytes) }
        // The first word of the name before the bracket (a nickname in quotes may stand
        // inside it).
        var first = index - 1
        while first > 0, rules[first - 1] != nil, tokens[first].gap.subtracting([.space, .quote]).isEmpty { first -= 1 }
        guard bytes[tokens[first].start] == bytes[token.start] else {
            return token.length == 2 && nicknameInitials(tokens, rules, index, family: index - 1, bytes)
        }
        if token.classes.isDisjoint(with: [.organisation, .role]) { return true }
        // Every capital the first letter of the name's words in turn.
        var word = first
        for offset in 0..<token.length {
            guard word < index, bytes[tokens[word].start] == bytes[token.start + offset] else { return false }
            word += 1
        }
        return word == index
    }
}
