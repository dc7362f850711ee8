import Lexicon

/// Hospital wards named after people: "on Cavell Ward", "Ward 7 (Lister Ward)".
extension NameRun {
    /// Clears a capitalised word and "Ward" after it where a ward is meant: after "on" or
    /// "onto" ("She had been on Jenner Ward for seven weeks", "To everybody on Cavell
    /// Ward") or in brackets after a ward's number ("Ward 7 (Lister Ward)"); not where a
    /// title, a known party or the deny list found them, nor a possessive ("on Emma
    /// Ward's file").
    /// Called by ``unmarkLandmarks(_:)`` for each capitalised word before a capitalised
    /// four-letter word opening with "W".
    @inline(__always)
    mutating func unmarkHospitalWard(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let ward = tokens[index + 1]
        guard ward.shape == .capitalized, ward.gap.isPlainSpace, !ward.possessive,
              let rule = rules[index], !NameRun.isSurerRule(rule), tokens[index].shape == .capitalized,
              NameRun.isWord(ward, "ward", bytes) else { return }
        let before = tokens[index - 1]
        let afterOn = tokens[index].gap.isPlainSpace && before.shape == .lower
            && (NameRun.isWord(before, "on", bytes) || NameRun.isWord(before, "onto", bytes))
        let afterNumber = tokens[index].start > 0 && bytes[tokens[index].start - 1] == 0x28 && NameRun.isWord(before, "ward", bytes)
        guard afterOn || afterNumber else { return }
        rules[index] = nil
        clearWeak(index + 1)
    }
}
