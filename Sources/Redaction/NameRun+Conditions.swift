import Lexicon

extension NameRun {
    /// Clears the names found in what is named after a person without being one:
    /// - a condition: "Rett syndrome", "Down's syndrome", "Duchenne muscular dystrophy",
    ///   "Crohn's disease", "Bell's palsy";
    /// - a building whose word is seldom a family name ("Rowan House short breaks",
    ///   "ROWAN HOUSE", "Willow Lodge"), when only a weak rule found the name before it
    ///   (a list, an unknown word, the same word elsewhere; not "Sarah Jones Centre
    ///   Manager", a full name found as one).
    /// A title before the word keeps it a name.
    /// - Complexity: O(c) in the capitalised words, a length and first-letter test on
    ///   the word after each name found.
    @inline(never)
    mutating func unmarkEponyms(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where rules[index] != nil && index + 1 < tokens.count {
            guard let rule = rules[index], rule != .honorific, rule != .knownParty, rule != .denied else { continue }
            var next = index + 1
            guard tokens[next].gap.isPlainSpace, !tokens[index].possessive || tokens[next].shape == .lower else { continue }
            if tokens[next].shape != .lower {
                // A building: the next word is one that is seldom a family name.
                let word = tokens[next]
                guard (4...8).contains(word.length), rules[next] == nil, rule != .fullName, NameRun.isWeakNameRule(rule, tokens[index]),
                      NameRun.isOneOf(NameRun.buildingsNotFamilies, word, bytes) else { continue }
                rules[index] = nil
                continue
            }
            // "Duchenne muscular dystrophy", "Becker muscular dystrophy".
            if tokens[next].length == 8, next + 1 < tokens.count, NameRun.isWord(tokens[next], "muscular", bytes) {
                next += 1
            }
            let word = tokens[next]
            guard (7...9).contains(word.length) || word.length == 5, NameRun.isOneOf(NameRun.conditionWords, word, bytes) else { continue }
            rules[index] = nil
        }
    }

    /// Words after an eponym that make it a condition's name.
    static let conditionWords = WordSet(["syndrome", "disease", "dystrophy", "palsy", "syndromes"])
}
