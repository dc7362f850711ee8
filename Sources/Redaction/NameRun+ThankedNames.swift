import Lexicon

/// Given names that are also words, in lower case in a text message, where the words
/// around them can only mean a person: thanked ("thanks to amber for sorting my bus
/// pass", "shout out to ocean from the council"), told something ("tell will hes a
/// king") or visited ("im at destinys").
extension NameRun {
    /// Marks, in a message, a listed name in lower case that is thanked or told something
    /// (``isThankedName(_:_:_:)``, ``isToldSomething(_:_:_:)``): after "to" or "tell".
    /// - Complexity: O(n) in the words, a length and a byte of the word before tested
    ///   for most.
    @inline(never)
    mutating func markThankedAndToldNames(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard tokens.count > 2 else { return }
        // The lower-case names after "to" or "tell" (by length and first letter), in one
        // read-only walk.
        let afterToOrTell: [Int] = tokens.withUnsafeBufferPointer { tokens in
            var found: [Int] = []
            for index in 2..<tokens.count {
                let token = tokens[index], before = tokens[index - 1]
                guard token.shape == .lower, token.length >= 3, token.classes.rawValue & WordClass.name.rawValue != 0,
                      before.length == 2 || before.length == 4, bytes[before.start] | 0x20 == 0x74 else { continue }
                found.append(index)
            }
            return found
        }
        for index in afterToOrTell {
            let token = tokens[index]
            guard rules[index] == nil, !skip[index], token.gap.isPlainSpace, !token.hyphenated,
                  // (No pronoun, "tell her i love her"; but a modal may be a name: "tell will".)
                  token.context.isEmpty || NameRun.isOneOf(NameRun.modalWords, token, bytes),
                  !NameRun.isOneOf(NameRun.monthWords, token, bytes) else { continue }
            if token.classes.contains(.forename) && NameRun.isThankedName(tokens, index, bytes)
                || NameRun.isToldSomething(tokens, index, bytes) {
                rules[index] = .introduced
            }
        }
    }

    /// Whether the word at `index` is thanked by name: after "thanks to", "thank you to",
    /// "shout out to" or "big up to", before "for", "from", "at", "x", "and", "who" or the
    /// end of the clause ("thanks to amber for", "shout out to ocean from the children in
    /// care council"; not "thanks to summer holidays").
    static func isThankedName(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isWord(tokens[index - 1], "to", bytes), tokens[index - 1].gap.isPlainSpace else { return false }
        let before = tokens[index - 2]
        let thanked: Bool
        if isOneOf(thankingWords, before, bytes) {
            thanked = true
        } else if index >= 3, before.gap.isPlainSpace, isOneOf(thankedPronouns, before, bytes) {
            thanked = isWord(tokens[index - 3], "thank", bytes)  // "thank you to", "thank u to"
        } else if index >= 3, before.gap.isPlainSpace, isWord(before, "out", bytes) || isWord(before, "up", bytes) {
            thanked = isWord(tokens[index - 3], "shout", bytes) || isWord(tokens[index - 3], "big", bytes)
        } else {
            thanked = false
        }
        return thanked && endsThanks(tokens, index, bytes)
    }

    /// Whether the clause of thanks ends after the word at `index`: its line, a comma, a
    /// full stop, "!" or an emoji next, or "for", "from", "at", "x", "and" or "who".
    private static func endsThanks(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = tokens[index].end
        guard end < bytes.count else { return true }
        switch bytes[end] {
        case 0x0A, 0x0D, 0x2C, 0x2E, 0x21: return true
        case 0xF0...: return true  // an emoji
        default: break
        }
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .lower else { return false }
        return isOneOf(thanksEnders, next, bytes)
    }

    static let thankingWords = WordSet(["thanks", "thx", "thankyou", "ty", "cheers", "gratitude"])
    static let thanksEnders = WordSet(["for", "from", "at", "x", "xx", "xxx", "and", "who", "cos", "because"])

    /// Whether the name at `index` is told something after "tell": "tell will hes a king",
    /// "tell moss thank you for the toaster", "pls tell amber i said sorry". A modal or a
    /// family name after "tell" is someone when a pronoun or thanks follow it.
    static func isToldSomething(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isWord(tokens[index - 1], "tell", bytes), !tokens[index].possessive,
              let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .lower else { return false }
        return isOneOf(toldOpeners, next, bytes)
    }

    static let toldOpeners = WordSet(["i", "im", "i'm", "ive", "i've", "hes", "he's", "shes", "she's", "thank", "thanks",
                                      "thankyou", "ty", "sorry", "congrats", "happy", "hi", "hello", "hiya"])

    /// Whether a word no list has is a given name that is also a word with an "s" and no
    /// apostrophe, where someone's home is meant: "im at destinys", "round destinys" (not
    /// after "the": "at the hunters").
    static func isVisitedWithoutApostrophe(_ tokens: [Token], _ index: Int, _ stem: WordClass,
                                           _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, stem.contains(.forename), stem.isDisjoint(with: .nonPersonal), tokens[index].gap.isPlainSpace else {
            return false
        }
        return isOneOf(visitingWords, tokens[index - 1], bytes)
    }

    static let visitingWords = WordSet(["at", "round", "from", "to"])
}
