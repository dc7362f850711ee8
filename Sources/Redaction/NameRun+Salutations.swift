import Lexicon

/// A given name alone on its line before a comma, as a letter or an e-mail opens to
/// someone: "Barney,↵↵I've reviewed your draft", "Hope,↵Thanks for this".
extension NameRun {
    /// Marks a listed given name that stands alone on its line with a comma after it,
    /// opening the document, or after a blank line or a header's line ("Subject: …"),
    /// with text after it: the one written to, even a name that is a word ("Barney",
    /// "Hope", "Will"). Not a greeting or a sign-off word ("Thanks,", "Regards,").
    /// - Complexity: O(k) in the capitalised words before a comma and a line's end.
    @inline(never)
    mutating func markSalutationNames(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The capitalised words with a comma and a line's end after them (``CapitalCues``).
        for index in cues.beforeCommaAtLineEnd {
            let token = tokens[index]
            guard token.shape == .capitalized,
                  token.gap.rawValue & NameRun.lineStartBits != 0, token.gap.isDisjoint(with: [.comma, .dash, .colon, .quote, .bracket]),
                  token.classes.contains(.forename), token.context.isEmpty, !token.possessive,
                  index + 1 < tokens.count, rules[index] == nil, !skip[index], opensLetter(index, bytes) else { continue }
            rules[index] = .introduced
        }
    }

    /// Whether the word at `index` opens the document, or follows a blank line or a
    /// line of a header ("Subject: PLO letter", "To: …").
    private func opensLetter(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if index == 0 || token.gap.contains(.blankLine) { return true }
        // The line before: a header's label opening it.
        var lineStart = tokens[index - 1].start
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        let first = firstToken { $0.start >= lineStart }
        guard first < index, let colon = tokens[safe: first + 1], bytes[tokens[first].end] == 0x3A || colon.gap.contains(.colon) else {
            return false
        }
        return NameRun.isOneOf(NameRun.letterHeaderLabels, tokens[first], bytes)
    }

    static let letterHeaderLabels = WordSet(["subject", "re", "to", "cc", "date", "sent", "from"])
}

extension NameRun {
    /// Marks a nickname after "aka" that follows a name found ("Jaylen aka J-Dog",
    /// "Chiamaka aka Amaka"), whatever its words are.
    /// - Complexity: O(k) in the capitalised words after three letters opening with an "a"
    ///   (``CapitalCues``).
    @inline(never)
    mutating func markNicknamesAfterAka(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in cues.afterAka where rules[index] == nil && rules[index - 2] != nil && !skip[index] {
            let aka = tokens[index - 1]
            guard tokens[index].gap.isPlainSpace, aka.gap.isPlainSpace, bytes[tokens[index].start] &- 0x41 < 26,
                  NameRun.isWord(aka, "aka", bytes) else { continue }
            rules[index] = .introduced
        }
    }
}
