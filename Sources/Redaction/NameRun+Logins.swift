import Lexicon

/// Staff logins made from a name found in the document, as the audit trails of
/// case-management systems show who did what: "kgreaves" for Kath Greaves.
extension NameRun {
    /// Marks a lower-case word of a given name's first letter and a family name, both
    /// found written in full ("Naomi Lartey" … "14/03/2025 09:00⇥nlartey⇥Unmerge
    /// request"), when no word list has it ("shall" is no login of Sam Hall, nor
    /// "train" of Tom Rain); then, of the same words, the logins of family names whose
    /// owners are not named in full (``markLoginOfFamilyName(_:_:)``).
    /// - Complexity: O(w + c) in the lower-case words asked (in formal text only the rare
    ///   ones ``classify(_:)`` left unjudged) and the capitalised words, a test of shape
    ///   or of length and first letter each; O(l) more, in the words that can be logins,
    ///   for a full name that passes.
    @inline(never)
    mutating func markLogins(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The words that can be logins: lower case, no list's, four letters or more.
        var candidates: [Int] = []
        // Their lengths and first letters as bits, for passing over most full names at once.
        var lengths: UInt64 = 0, initials: UInt32 = 0
        func consider(_ index: Int) {
            let token = tokens[index]
            guard token.shape == .lower, token.length >= 4, token.length <= 31, token.classes.isEmpty, rules[index] == nil,
                  !skip[index], !token.hyphenated, !token.contraction, !token.possessive else { return }
            if candidates.isEmpty { candidates.reserveCapacity(16) }
            candidates.append(index)
            lengths |= 1 << UInt64(token.length - 1)
            initials |= 1 << UInt32(truncatingIfNeeded: (bytes[token.start] &- 0x61) & 31)
        }
        // A login is no frequent word: in formal text, only the rare words ``classify(_:)``
        // left unjudged are asked.
        if skipsRareLowercase {
            for index in rareLowercase { consider(index) }
        } else {
            for index in tokens.indices { consider(index) }
        }
        guard !candidates.isEmpty else { return }
        for index in capitals where index + 1 < tokens.count && rules[index] != nil {
            let given = tokens[index], family = tokens[index + 1]
            guard lengths & 1 << UInt64(truncatingIfNeeded: family.length & 63) != 0,
                  initials & 1 << UInt32(truncatingIfNeeded: (bytes[given.start] | 0x20 &- 0x61) & 31) != 0,
                  rules[index + 1] != nil, family.gap.isPlainSpace, given.shape == .capitalized || given.shape == .upper,
                  given.length >= 2, family.shape == .capitalized || family.shape == .upper, family.length >= 3,
                  !family.hyphenated else { continue }
            let initial = bytes[given.start] | 0x20
            for candidate in candidates where rules[candidate] == nil {
                let login = tokens[candidate]
                guard login.length == family.length + 1, bytes[login.start] == initial,
                      NameRun.sameIgnoringCase(bytes, family.start..<family.end, login.start + 1..<login.end),
                      coldClasses(login.start..<login.end, bytes).map({ !$0.contains(.common) }) ?? true else { continue }
                rules[candidate] = .login
            }
        }
        // And the logins of family names whose owners are not named in full.
        for index in candidates { markLoginOfFamilyName(index, bytes) }
    }

    /// Marks the candidate at `index` as a login in lower case whose owner the document
    /// does not name in full: a given name's first letter and a family name no list takes
    /// for a word, that no list has whole, where a login stands: alone in a table's cell
    /// ("| kmensah | 03/09 |", "| aotieno / fmulholland |") or in brackets ("Finance
    /// Officer (kmcgarrigle)"), after a label's colon ("Owner: rsaleh", "username: jlau2")
    /// or alone on its line ("expiry set.↵tbarker"). ``markLogins(_:)`` asks its
    /// candidates, the shape already tested.
    private mutating func markLoginOfFamilyName(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let token = tokens[index]
        // (A space alone before it: no login's place, as most words.)
        guard token.gap.rawValue != Gap.space.rawValue, token.length >= 5, token.length <= 20, rules[index] == nil,
              NameRun.standsAsLogin(token, bytes) else { return }
        if let whole = coldClasses(token.start..<token.end, bytes), !whole.isEmpty { return }
        guard let family = coldClasses(token.start + 1..<token.end, bytes), family.contains(.surname),
              !family.contains(.common), family.isDisjoint(with: .nonPersonal) else { return }
        rules[index] = .login
    }

    /// Whether `token` stands where a login does: alone in a cell (a bar, a tab or a slash
    /// on each side) or in brackets, after a colon, alone on its line (digits after it
    /// allowed: "jlau2"), or after the date and time opening a log's line.
    static func standsAsLogin(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var after = token.end
        while after < bytes.count, bytes[after] &- 0x30 < 10 { after += 1 }
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        let ends = after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D
        // Opening a dated line of a log: "10/04/24 09:12 lmitchinson – Complaint rec'd".
        if token.gap.contains(.digit), NameRun.startsDatedLine(token.start, bytes) { return true }
        // (After a label, before the line's end, a cell's bar, a comma, or the spaces
        // between a form's columns: "Logged by: ksykes   Ref: KC-0058".)
        if token.gap.contains(.colon) {
            return ends || bytes[after] == 0x7C || bytes[after] == 0x2C || bytes[after] == 0x3B || after - token.end >= 2
        }
        // Alone on its line, or signing a note after a dash: "…Service Manager. – nbanerjee".
        if token.gap.contains(.newline) && ends || token.gap.contains(.dash) && ends { return true }

        var before = token.start
        while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
        guard before > 0, after < bytes.count else { return false }
        let opens = bytes[before - 1], closes = bytes[after]
        // In brackets after a role: "Recorded by: Finance Officer (kmcgarrigle)".
        if opens == 0x28 { return closes == 0x29 }
        return (opens == 0x7C || opens == 0x09 || opens == 0x2F) && (closes == 0x7C || closes == 0x09 || closes == 0x2F)
            && (opens != 0x2F || closes != 0x2F)
    }

    /// Marks a login in capitals that no list has, one to three initials before a family
    /// name that is no word, and perhaps one more initial after it, as records print them
    /// ("created under the login BHOWESB", "Allocated PSZCZEPANSKA", "by \"SWILKINSON\"",
    /// "user TMASON"; not "STRAINING", a word, nor "NSPCC", an organisation's, nor a word
    /// in a run of capitals: "REFERRER NAME:").
    /// - Complexity: O(c) in the capitalised words, a shape test each; up to six look-ups
    ///   for a word in capitals of six letters or more that no list has.
    @inline(never)
    mutating func markCapitalLogins(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.shape == .upper, token.length >= 6, token.length <= 20, token.classes.rawValue == 0, !token.hyphenated,
                  !token.possessive, token.context.isEmpty else { continue }
            // (Not in a run of capitals, a heading's or a form's: "REFERRER NAME:",
            // "OAKHURST VALE COUNCIL", "A FOREVER FAMILLY".)
            if index > 0, tokens[index - 1].shape == .upper, !token.gap.contains(.newline) { continue }
            if let next = tokens[safe: index + 1], next.shape == .upper, !next.gap.contains(.newline) { continue }
            search: for initials in 1...3 {
                for trailing in 0...1 where token.length - initials - trailing >= 4 {
                    let family = token.start + initials..<token.end - trailing
                    guard let classes = coldClasses(family, bytes), classes.contains(.surname), !classes.contains(.common),
                          classes.isDisjoint(with: .nonPersonal) else { continue }
                    rules[index] = .login
                    break search
                }
            }
        }
    }
}
