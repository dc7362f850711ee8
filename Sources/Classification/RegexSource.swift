import PCRE2

/// Builders for PCRE2 source: word forms factored into a character trie, phrase tokens,
/// separators and gaps. The negation after-cues are compiled from it; for phrases, the
/// byte matcher keeps the semantics of this source and uses its length to cut buckets.
enum RegexSource {
    /// Between the words of a phrase: spaces, hyphens, dashes or slashes.
    static let separator = #"[\s\-\x{2010}-\x{2013}/]+"#
    /// A word inside a gap.
    static let gapWord = #"[\w'\x{2019}]+"#

    /// Matches exactly one of `forms`, with shared prefixes factored out
    /// ("communicat(?:e[ds]?|i(?:ng|ons?))"), so the JIT tests each character once.
    /// - Complexity: O(total length of forms).
    static func alternation(of forms: [String]) -> String {
        var root = CharTrie()
        for form in forms { root.insert(Array(form)) }
        return root.emit()
    }

    /// One character of a vocabulary word as pattern source: apostrophes match both
    /// straight and curly forms, everything else is escaped.
    static func character(_ c: Character) -> String {
        if c == CharTrie.boundary { return #"\b"# }
        if c == CharTrie.separator { return separator }
        if c == "'" || c == "\u{2019}" { return "['\\x{2019}]" }
        return Pattern.escape(String(c))
    }

    /// Whether a word character ends (or starts) the form, so `\b` applies there.
    static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber || c == "_"
    }

    /// The source of one token, without leading boundary (the caller adds it where needed).
    static func token(_ token: PhraseSyntax.Token) -> String {
        switch token {
        case .word(let forms):
            let body = alternation(of: forms)
            return forms.allSatisfy { isWordCharacter($0.last) } ? body + #"\b"# : body
        case .prefix(let stem):
            return alternation(of: [stem]) + #"\w*"#
        case .suffix(let ending):
            return #"\w*"# + alternation(of: [ending]) + #"\b"#
        case .gap(let maxWords):
            return "(?:\(gapWord)\(separator)){0,\(maxWords)}?"
        }
    }

    /// The length in bytes of ``token(_:)``, worked out without building it.
    static func tokenLength(_ token: PhraseSyntax.Token) -> Int {
        switch token {
        case .word(let forms):
            let body = alternationLength(of: forms)
            return forms.allSatisfy({ isWordCharacter($0.last) }) ? body + 2 : body
        case .prefix(let stem):
            return alternationLength(of: [stem]) + 3
        case .suffix(let ending):
            return 3 + alternationLength(of: [ending]) + 2
        case .gap:
            return Self.token(token).utf8.count
        }
    }

    /// The length in bytes of ``alternation(of:)``: the same character trie, counted.
    static func alternationLength(of forms: [String]) -> Int {
        if forms.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            // ASCII: one character a byte, compared as bytes.
            let words = Set(forms.map { Array($0.utf8) }).sorted { $0.lexicographicallyPrecedes($1) }
            return trieLength(words[...], depth: 0, length: asciiLength)
        }
        let words = Set(forms.map { Array($0) }).sorted { $0.lexicographicallyPrecedes($1) }
        return trieLength(words[...], depth: 0, length: characterLength)
    }

    /// ``characterLength(_:)`` of each ASCII byte.
    private static let asciiLengths: [Int] = (0..<128).map { characterLength(Character(Unicode.Scalar(UInt8($0)))) }

    private static func asciiLength(_ byte: UInt8) -> Int { asciiLengths[Int(byte)] }

    /// The emitted length of the trie node holding `words` (sorted, sharing their first
    /// `depth` characters).
    private static func trieLength<C: Equatable>(
        _ words: ArraySlice<[C]>, depth: Int, length: (C) -> Int
    ) -> Int {
        var terminal = false
        var branches = 0
        var total = 0
        var i = words.startIndex
        while i < words.endIndex {
            guard words[i].count > depth else {
                terminal = true
                i += 1
                continue
            }
            let c = words[i][depth]
            var j = i + 1
            while j < words.endIndex, words[j].count > depth, words[j][depth] == c { j += 1 }
            total += length(c) + trieLength(words[i..<j], depth: depth + 1, length: length)
            branches += 1
            i = j
        }
        if branches == 0 { return 0 }
        total += branches - 1
        if branches == 1, !terminal { return total }
        return total + 4 + (terminal ? 1 : 0)
    }

    /// The length in bytes of ``character(_:)``.
    static func characterLength(_ c: Character) -> Int {
        if c == CharTrie.boundary || c == CharTrie.separator || c == "'" || c == "\u{2019}" {
            return character(c).utf8.count
        }
        var length = 0
        for scalar in c.unicodeScalars {
            length += UTF8.width(scalar)
            if scalar.isASCII, !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " ") {
                length += 1
            }
        }
        return length
    }

    /// The lowercase first character every form of `token` starts with, if there is one
    /// (used to bucket phrases by first letter).
    static func firstCharacter(_ token: PhraseSyntax.Token) -> Character? {
        let candidates: [String]
        switch token {
        case .word(let forms): candidates = forms
        case .prefix(let stem): candidates = [stem]
        case .suffix, .gap: return nil
        }
        guard let first = candidates.first?.first, first.isASCII, first.isLetter || first.isNumber,
            candidates.allSatisfy({ $0.first == first })
        else { return nil }
        return first
    }

    /// A phrase as one pattern, for small lists (negation cues): tokens joined by separators.
    /// Without `finalBoundary`, the last token has no `\b` after it (it then matches
    /// wherever the phrase with it does, whatever follows).
    static func phrase(_ tokens: [PhraseSyntax.Token], finalBoundary: Bool = true) -> String {
        var out = ""
        var afterGap = false
        for (index, token) in tokens.enumerated() {
            if index > 0, !afterGap { out += separator }
            if index == 0, case .word(let forms) = token, forms.allSatisfy({ isWordCharacter($0.first) }) { out += #"\b"# }
            if index == 0, case .prefix = token { out += #"\b"# }
            if index == 0, case .suffix = token { out += #"\b"# }
            var source = self.token(token)
            if !finalBoundary, index == tokens.count - 1, source.hasSuffix(#"\b"#) { source.removeLast(2) }
            out += source
            if case .gap = token { afterGap = true } else { afterGap = false }
        }
        return out
    }
}

/// A character trie used to factor alternations of literal words.
struct CharTrie {
    /// A pseudo-character that stands for a word boundary (`\b`) at the end of a word.
    static let boundary: Character = "\u{0}"
    /// A pseudo-character that stands for the separator between a phrase's words.
    static let separator: Character = "\u{1}"

    var children: [(Character, CharTrie)] = []
    var terminal = false

    mutating func insert(_ chars: [Character], from index: Int = 0) {
        guard index < chars.count else { terminal = true; return }
        let c = chars[index]
        if let position = children.firstIndex(where: { $0.0 == c }) {
            children[position].1.insert(chars, from: index + 1)
        } else {
            var child = CharTrie()
            child.insert(chars, from: index + 1)
            children.append((c, child))
        }
    }

    /// Source matching any inserted word; longer continuations are tried first.
    func emit() -> String {
        let sorted = children.sorted { $0.0 < $1.0 }
        let branches = sorted.map { RegexSource.character($0.0) + $0.1.emit() }
        if branches.isEmpty { return "" }
        if branches.count == 1, !terminal {
            return branches[0]
        }
        let body = branches.joined(separator: "|")
        if terminal { return "(?:\(body))?" }
        return "(?:\(body))"
    }
}
