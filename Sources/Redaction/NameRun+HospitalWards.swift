import Lexicon

/// Hospital wards named after people: "on Cavell Ward", "Ward 7 (Lister Ward)".
extension NameRun {
    /// Clears a capitalised word and "Ward" after it where a ward is meant: after "on" or
    /// "onto" ("She had been on Jenner Ward for seven weeks", "To everybody on Cavell
    /// Ward") or in brackets after a ward's number ("Ward 7 (Lister Ward)"); not where a
    /// title, a known party or the deny list found them, nor a possessive ("on Emma
    /// Ward's file").
    /// - Complexity: O(c) in the capitalised words, a length and a first letter each.
    @inline(never)
    mutating func unmarkHospitalWards(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index > 0 && index + 1 < tokens.count && rules[index] != nil
            && tokens[index + 1].length == 4 && bytes[tokens[index + 1].start] == 0x57 {
            let ward = tokens[index + 1]
            guard ward.shape == .capitalized, ward.gap.isPlainSpace, !ward.possessive,
                  let rule = rules[index], !NameRun.isSurerRule(rule), tokens[index].shape == .capitalized,
                  NameRun.isWord(ward, "ward", bytes) else { continue }
            let before = tokens[index - 1]
            let afterOn = tokens[index].gap.isPlainSpace && before.shape == .lower
                && (NameRun.isWord(before, "on", bytes) || NameRun.isWord(before, "onto", bytes))
            let afterNumber = tokens[index].start > 0 && bytes[tokens[index].start - 1] == 0x28 && NameRun.isWord(before, "ward", bytes)
            guard afterOn || afterNumber else { continue }
            rules[index] = nil
            if let wardRule = rules[index + 1], !NameRun.isSurerRule(wardRule) { rules[index + 1] = nil }
        }
    }
}
