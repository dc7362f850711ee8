import Lexicon

extension IdentifierChecks {
    /// The words that may follow a school's own name in capitals before its last word:
    /// its kind and its church ("KINGSMERE C OF E PRIMARY SCHOOL").
    static let schoolKindCapitals = WordSet(["c", "of", "e", "ce", "rc", "catholic", "community", "infant", "junior",
                                             "primary", "secondary", "high", "grammar", "school", "academy", "college",
                                             "free", "special"])

    /// Words before a school's kind in capitals that are no part of its name: determiners,
    /// prepositions and "attends" ("took her TO GREENWOOD ACADEMY").
    static let schoolDeterminers = WordSet(["the", "a", "an", "her", "his", "their", "my", "our", "your", "new", "old", "this",
                                            "that", "same", "local", "mainstream", "any", "at", "to", "in", "from", "for", "with",
                                            "by", "into", "attends", "attend", "attended"])

    /// Whether a word in lower case stands just before `range` or just after it, across
    /// spaces: capitals there are a name set in capitals, not a letter written in them.
    static func besideLowercase(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var before = range.lowerBound
        while before > 0, bytes[before - 1] == 0x20 { before -= 1 }
        if before > 0, bytes[before - 1] &- 0x61 < 26 { return true }
        var after = range.upperBound
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        return after < bytes.count && bytes[after] &- 0x61 < 26
    }

    /// A school's name in capitals cut to its own name and kind: the words just before
    /// its kind that no dictionary has ("KINGSMERE ACADEMY" of "SHE WAS AT KINGSMERE
    /// ACADEMY"), with "ST" or "SAINT" before them ("ST ANNE'S PRIMARY"); nil when there
    /// are none ("A NEW SCHOOL", "HER PRIMARY SCHOOL", "RISK IS HIGH").
    ///
    /// A word that is an English word ends the name, so "QUEEN ELIZABETH GRAMMAR SCHOOL"
    /// keeps "QUEEN"; "MULBERRY PARK ACADEMY", all words, is not found.
    /// - Complexity: O(w) look-ups in the words of the match (at most a handful).
    static func trimCommonCapitalWords(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ lexicon: Lexicon) -> Range<Int>? {
        withWords(of: range, bytes, omittingEmpty: true, separatedBy: { $0 == 0x20 || $0 == 0x09 }) { words in
            let count = words.count
            func isKind(_ word: Range<Int>) -> Bool {
                guard let hash = WordSet.lowercaseHash(bytes, word) else { return false }
                return schoolKindCapitals.flags(hash: hash, lowercasing: bytes, word) != 0
            }
            func isDeterminer(_ word: Range<Int>) -> Bool {
                guard let hash = WordSet.lowercaseHash(bytes, word) else { return false }
                return schoolDeterminers.flags(hash: hash, lowercasing: bytes, word) != 0
                    || lexicon.classes(hash: hash, lowercasing: bytes, word).contains(.organisation)  // "a SEND SCHOOL"
            }
            func isEnglish(_ word: Range<Int>) -> Bool {
                guard let hash = WordSet.lowercaseHash(bytes, word) else { return false }  // not ASCII: "ANNE’S"
                return lexicon.classes(hash: hash, lowercasing: bytes, word).contains(.common)
            }
            // The kind: the words from the end back to the first that is not a kind word.
            var kind = count - 1
            while kind > 0, isKind(words[kind - 1]) { kind -= 1 }
            // The own name: the words before the kind that are no English word, or, in a
            // sentence in lower case, every capitalised word before it but a determiner
            // ("moves on to BRAMLEY VALE HIGH SCHOOL in September").
            let emphasised = besideLowercase(range, bytes)
            var first = kind
            while first > 0, !isKind(words[first - 1]),
                  emphasised ? !isDeterminer(words[first - 1]) : !isEnglish(words[first - 1]) { first -= 1 }
            guard first < kind else { return nil }
            if first > 0, bytes[words[first - 1]].elementsEqual("ST".utf8) || bytes[words[first - 1]].elementsEqual("ST.".utf8)
                || bytes[words[first - 1]].elementsEqual("SAINT".utf8) {
                first -= 1
            }
            return words[first].lowerBound..<range.upperBound
        }
    }
}
