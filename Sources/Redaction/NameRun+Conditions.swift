import Lexicon

extension NameRun {
    /// Clears the names found in what is named after a person without being one:
    /// - a condition: "Rett syndrome", "Down's syndrome", "Duchenne muscular dystrophy",
    ///   "Crohn's disease", "Bell's palsy";
    /// - a building whose word is seldom a family name ("Rowan House short breaks",
    ///   "ROWAN HOUSE", "Willow Lodge"), when only a list or an unknown word found the
    ///   name before it (not "Sarah Jones Centre Manager", a full name found as one, nor
    ///   a name found elsewhere).
    /// A title before the word keeps it a name; so does being part of a full name
    /// ("James Harvey disease specialist") or a given name's possessive ("Leo's muscular
    /// dystrophy").
    /// - Complexity: O(c) in the capitalised words, a length and first-letter test on
    ///   the word after each name found.
    @inline(never)
    mutating func unmarkEponyms(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where rules[index] != nil && index + 1 < tokens.count {
            guard let rule = rules[index], rule != .honorific, rule != .knownParty, rule != .denied else { continue }
            var next = index + 1
            guard tokens[next].gap.isPlainSpace, !tokens[index].possessive || tokens[next].shape == .lower else { continue }
            if tokens[next].shape != .lower {
                // A building: the next word is one that is seldom a family name, and only
                // a list or an unknown word found the name (not a name found elsewhere:
                // "Staff explained to Kacey House rules").
                let word = tokens[next]
                let pairedOnly = rules[next] == .fullName || rules[next] == .adjacent
                guard (4...8).contains(word.length),
                      rule == .nameList || rule == .unknownProperNoun || rule == .capitalsName || rule == .isolated
                        || (rule == .fullName || rule == .adjacent) && pairedOnly,
                      NameRun.isOneOf(NameRun.buildingsNotFamilies, word, bytes) else { continue }
                if rules[next] == nil {
                    rules[index] = nil
                } else if pairedOnly, isBuildingPair(index, bytes) {
                    rules[index] = nil
                    rules[next] = nil
                }
                continue
            }
            // Not a name inside a full name ("James Harvey disease specialist"), nor a given
            // name's possessive ("Leo's muscular dystrophy", "Kai's disease").
            let insideFullName = index > 0 && tokens[index].gap.isPlainSpace && rules[index - 1] != nil
            guard !insideFullName, !tokens[index].possessive || !tokens[index].classes.contains(.forename) else { continue }
            // "Duchenne muscular dystrophy", "Becker muscular dystrophy".
            if tokens[next].length == 8, next + 1 < tokens.count, NameRun.isWord(tokens[next], "muscular", bytes) {
                next += 1
            }
            let word = tokens[next]
            guard (7...9).contains(word.length) || word.length == 5, NameRun.isOneOf(NameRun.conditionWords, word, bytes) else { continue }
            rules[index] = nil
        }
    }

    /// Whether a given name and a building's word ("House", "Court", "Suite", "Room")
    /// that only make each other a full name name a building: nothing of a person's after them (a verb, a
    /// possessive, a role in brackets: "Jake House attended", "Emma Court said") and the
    /// given name found nowhere else in the document ("Kacey was upset … explained to
    /// Kacey House rules"): "Conference Room A, Bradley House", "Rowan House is a
    /// children's home".
    /// - Complexity: O(c) in the capitalised words, for the few such pairs.
    @inline(never)
    private func isBuildingPair(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let building = tokens[index + 1]
        guard !building.possessive, !tokens[index].possessive else { return false }
        if let after = tokens[safe: index + 2] {
            if after.gap.isPlainSpace, after.shape == .lower, NameRun.isActingVerb(after, bytes) { return false }
            if after.gap.contains(.bracket), rules[index + 2] != nil || after.isRoleWord { return false }
        }
        guard let key = ShortWordTable.key(bytes, tokens[index].start..<tokens[index].end) else { return false }
        for other in capitals where other != index && rules[other] != nil && tokens[other].length == tokens[index].length {
            if ShortWordTable.key(bytes, tokens[other].start..<tokens[other].end) == key { return false }
        }
        return true
    }

    /// Words after an eponym that make it a condition's name.
    static let conditionWords = WordSet(["syndrome", "disease", "dystrophy", "palsy", "syndromes"])
}
