import CPCRE2

/// Compile options for a ``Pattern``, a Swift view of PCRE2's `PCRE2_*` compile flags.
public struct PatternOptions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Case-insensitive matching (`(?i)`).
    public static let caseless = PatternOptions(rawValue: PCRE2_CASELESS)
    /// `^` and `$` match at line starts and ends (`(?m)`).
    public static let multiline = PatternOptions(rawValue: PCRE2_MULTILINE)
    /// `.` matches newlines too (`(?s)`).
    public static let dotAll = PatternOptions(rawValue: PCRE2_DOTALL)
    /// Whitespace and `#` comments in the pattern are ignored (`(?x)`).
    public static let extended = PatternOptions(rawValue: PCRE2_EXTENDED)
    /// Treat pattern and subject as UTF-8 (on by default in ``Pattern``).
    public static let utf = PatternOptions(rawValue: PCRE2_UTF)
    /// Unicode properties for `\w`, `\d`, `\b` and POSIX classes, so "é" is a word character.
    public static let ucp = PatternOptions(rawValue: PCRE2_UCP)
    /// The match must start at the starting offset.
    public static let anchored = PatternOptions(rawValue: PCRE2_ANCHORED)
    /// Quantifiers are lazy by default and `?` makes them greedy.
    public static let ungreedy = PatternOptions(rawValue: PCRE2_UNGREEDY)
    /// Plain parentheses do not capture (`(?n)`).
    public static let noAutoCapture = PatternOptions(rawValue: PCRE2_NO_AUTO_CAPTURE)
    /// The pattern is a literal string, not a regular expression.
    public static let literal = PatternOptions(rawValue: PCRE2_LITERAL)

    /// The defaults Candour uses: UTF-8 with Unicode word characters.
    public static let `default`: PatternOptions = [.utf, .ucp]
}
