import Lexicon

/// Rivers, chapels and a baby's basket named like people: "the River Eden", "Capel
/// Bethania", "a Moses basket".
extension NameRun {
    /// Clears the names that a landmark's word makes a thing's: a river's after "the
    /// River" ("down to the River Eden", "by the River Thames"; "River Eden is my son" is a
    /// person), a chapel's after the Welsh "Capel" ("She goes to Capel Bethania") and
    /// "Moses" before "basket" ("sleeps in a Moses basket"); not where a title, a known
    /// party or the deny list found them.
    /// - Complexity: O(c) in the capitalised words, a length and a first letter each.
    @inline(never)
    mutating func unmarkLandmarks(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index > 0 && rules[index] != nil && tokens[index].length == 5 {
            let token = tokens[index], first = bytes[token.start]
            guard token.shape == .capitalized, let rule = rules[index], !NameRun.isSurerRule(rule) else { continue }
            if first == 0x52, NameRun.isWord(token, "river", bytes), token.gap.isPlainSpace,
               NameRun.isWord(tokens[index - 1], "the", bytes),
               let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized {
                rules[index] = nil
                if let nextRule = rules[index + 1], !NameRun.isSurerRule(nextRule) { rules[index + 1] = nil }
            } else if first == 0x43, NameRun.isWord(token, "capel", bytes),
                      let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized {
                rules[index] = nil
                if let nextRule = rules[index + 1], !NameRun.isSurerRule(nextRule) { rules[index + 1] = nil }
            } else if first == 0x4D, NameRun.isWord(token, "moses", bytes), let next = tokens[safe: index + 1],
                      next.gap.isPlainSpace, next.shape == .lower, NameRun.isWord(next, "basket", bytes) || NameRun.isWord(next, "baskets", bytes) {
                rules[index] = nil
            }
        }
    }
}
