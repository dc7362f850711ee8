import Lexicon

/// "Said" opening a note's sentence as its verb.
extension NameRun {
    /// Clears "Said" opening a sentence before a pronoun or "the", as notes drop their
    /// subject ("Said she told Rhys", "Said the phone rule was new"; "Said Ahmed rang" is
    /// a person), unless a title or a known party found it.
    /// - Complexity: O(c) in the capitalised words, a length and a first letter each.
    @inline(never)
    mutating func unmarkSaidAsVerb(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index + 1 < tokens.count && tokens[index].length == 4 && bytes[tokens[index].start] == 0x53 {
            guard let rule = rules[index], !NameRun.isSurerRule(rule), tokens[index].sentenceStart || index == 0,
                  NameRun.isWord(tokens[index], "said", bytes) else { continue }
            let next = tokens[index + 1]
            guard next.gap.isPlainSpace, next.shape == .lower, NameRun.isOneOf(NameRun.subjectlessObjects, next, bytes) else { continue }
            rules[index] = nil
        }
    }

    /// What follows a note's "Said" when it is the verb: a pronoun, "the", "that".
    static let subjectlessObjects = WordSet(["she", "he", "they", "it", "the", "that", "this", "we", "you", "her", "his", "their", "there", "mum", "dad"])
}
