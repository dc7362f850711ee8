import Lexicon

/// Staff logins made from a name found in the document, as the audit trails of
/// case-management systems show who did what: "kgreaves" for Kath Greaves.
extension NameRun {
    /// Marks a lower-case word of a given name's first letter and a family name, both
    /// found written in full ("Naomi Lartey" … "14/03/2025 09:00⇥nlartey⇥Unmerge
    /// request"), when no word list has it ("shall" is no login of Sam Hall, nor
    /// "train" of Tom Rain).
    /// - Complexity: O(c + l·f) in the capitalised words, the lower-case words of a
    ///   length some login has (a bit test each) and the full names found (few).
    @inline(never)
    mutating func markLogins(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The full names found: the given name's first letter and the family name,
        // ASCII letters of three or more.
        var names: [(initial: UInt8, family: Range<Int>)] = []
        var lengths: UInt64 = 0
        for index in capitals where index + 1 < tokens.count && rules[index] != nil && rules[index + 1] != nil {
            let given = tokens[index], family = tokens[index + 1]
            guard given.shape == .capitalized || given.shape == .upper, given.length >= 2,
                  family.shape == .capitalized || family.shape == .upper, family.gap.isPlainSpace,
                  (3...30).contains(family.length), !family.hyphenated,
                  (family.start..<family.end).allSatisfy({ (bytes[$0] | 0x20) &- 0x61 < 26 }) else { continue }
            let initial = bytes[given.start] | 0x20
            guard initial &- 0x61 < 26,
                  !names.contains(where: { $0.initial == initial && NameRun.sameIgnoringCase(bytes, $0.family, family.start..<family.end) })
            else { continue }
            names.append((initial, family.start..<family.end))
            lengths |= 1 << UInt64(family.length + 1)
        }
        guard !names.isEmpty else { return }
        for index in tokens.indices where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard token.shape == .lower, lengths & 1 << UInt64(truncatingIfNeeded: token.length & 63) != 0,
                  !token.hyphenated, !token.contraction, !token.possessive,
                  names.contains(where: { $0.family.count + 1 == token.length && $0.initial == bytes[token.start]
                      && NameRun.sameIgnoringCase(bytes, $0.family, token.start + 1..<token.end) }),
                  !token.classes.contains(.common),
                  coldClasses(token.start..<token.end, bytes).map({ !$0.contains(.common) }) ?? true else { continue }
            rules[index] = .login
        }
    }
}
