/// How a vocabulary phrase is written: words separated by spaces, hyphens or slashes.
///
/// - `word` matches the word and its inflections (``Inflection/forms(of:)``), except
///   function words ("of", "the", "not"), which match exactly;
/// - `=word` matches the word exactly;
/// - `word*` matches any word starting with `word`; `*word` any word ending with it;
/// - `...` matches up to four words in between ("calls ... not returned").
public enum PhraseSyntax {
    /// One token of a phrase.
    public enum Token: Sendable, Hashable {
        /// A word with the set of surface forms it matches (lowercased).
        case word(forms: [String])
        /// A word prefix (`stem*`) or suffix (`*ending`).
        case prefix(String)
        case suffix(String)
        /// Up to `maxWords` words of any kind.
        case gap(maxWords: Int)
    }

    /// Why a phrase cannot be used.
    public struct Problem: Error, Sendable {
        public let message: String
    }

    /// The longest gap `...` stands for.
    public static let gapWords = 4

    /// Splits `phrase` into tokens.
    /// - Throws: ``Problem`` for an empty phrase, a phrase that starts or ends with `...`,
    ///   two gaps in a row, a bare `*` or `=`, or square brackets (redaction placeholders).
    public static func tokens(of phrase: String) throws(Problem) -> [Token] {
        var forms: [String: [String]] = [:]
        return try tokens(of: phrase, inflecting: true, forms: &forms)
    }

    /// As ``tokens(of:)``, remembering each word's inflections in `forms`.
    static func tokens(of phrase: String, forms: inout [String: [String]]) throws(Problem) -> [Token] {
        try tokens(of: phrase, inflecting: true, forms: &forms)
    }

    /// Checks `phrase` as ``tokens(of:)`` does, with the same problems, without working
    /// out the words' inflections.
    public static func check(_ phrase: String) throws(Problem) {
        var forms: [String: [String]] = [:]
        _ = try tokens(of: phrase, inflecting: false, forms: &forms)
    }

    static func tokens(of phrase: String, inflecting: Bool, forms: inout [String: [String]]) throws(Problem) -> [Token] {
        let words = phrase.lowercased().split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "-" || $0 == "/" }
        guard !words.isEmpty else { throw Problem(message: "empty phrase") }
        var tokens: [Token] = []
        for word in words.map(String.init) {
            if word.utf8.contains(UInt8(ascii: "[")) || word.utf8.contains(UInt8(ascii: "]")) {
                throw Problem(message: "'\(phrase)': square brackets are redaction placeholders and cannot be vocabulary")
            }
            if word == "..." || word == "…" {
                guard let last = tokens.last else { throw Problem(message: "'\(phrase)' cannot start with '...'") }
                if case .gap = last { throw Problem(message: "'\(phrase)' has two '...' in a row") }
                tokens.append(.gap(maxWords: gapWords))
                continue
            }
            if word.hasPrefix("=") {
                let exact = String(word.dropFirst())
                guard isWord(exact) else { throw Problem(message: "'\(phrase)': '=' must be followed by a word") }
                tokens.append(.word(forms: [exact]))
            } else if word.hasSuffix("*") {
                let stem = String(word.dropLast())
                guard isWord(stem) else { throw Problem(message: "'\(phrase)': '*' must follow a word stem") }
                tokens.append(.prefix(stem))
            } else if word.hasPrefix("*") {
                let ending = String(word.dropFirst())
                guard isWord(ending) else { throw Problem(message: "'\(phrase)': '*' must precede a word ending") }
                tokens.append(.suffix(ending))
            } else {
                guard isWord(word) else { throw Problem(message: "'\(phrase)': '\(word)' is not a word") }
                if !inflecting {
                    tokens.append(.word(forms: [word]))
                } else if let known = forms[word] {
                    tokens.append(.word(forms: known))
                } else {
                    let made = Inflection.forms(of: word)
                    forms[word] = made
                    tokens.append(.word(forms: made))
                }
            }
        }
        if case .gap = tokens.last { throw Problem(message: "'\(phrase)' cannot end with '...'") }
        return tokens
    }

    /// Whether `text` holds `...` (by bytes: no Foundation search).
    static func containsEllipsis(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte == UInt8(ascii: ".") ? run + 1 : 0
            if run == 3 { return true }
        }
        return false
    }

    /// Whether `text` can be a word: not empty and free of wildcards and pattern syntax.
    static func isWord(_ text: String) -> Bool {
        !text.isEmpty && !text.utf8.contains(UInt8(ascii: "*")) && !text.utf8.contains(UInt8(ascii: "="))
            && !containsEllipsis(text) && !text.utf8.contains(UInt8(ascii: "\\"))
    }

    /// Splits `phrase` into tokens with no inflection (for cue lists: "not", "no concerns").
    static func exactTokens(of phrase: String) throws(Problem) -> [Token] {
        try tokens(of: phrase).map { token in
            if case .word(let forms) = token, let first = forms.first {
                return .word(forms: [first])
            }
            return token
        }
    }
}
