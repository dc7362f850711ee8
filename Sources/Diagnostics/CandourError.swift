/// An error any Candour module can raise: a code to switch on, a one-line message and
/// where it happened (a file and line, a field, a reference), as the CLI prints it.
///
/// Modules declare their own codes as extensions of ``CandourError/Code`` and build
/// errors through small private enums of their own; the CLI turns every error into one
/// line on stderr and an exit status in one place.
public struct CandourError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is.
    public let code: Code
    /// A one-line, human-readable message.
    public let message: String
    /// Where: `file:line: column`, a field name or a reference; empty when not known.
    public let context: String

    /// An open set of error codes; each module adds its own as static members.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }
    }

    public init(_ code: Code, _ message: String, context: String = "") {
        self.code = code
        self.message = message
        self.context = context
    }

    public var description: String {
        context.isEmpty ? message : "\(context): \(message)"
    }
}

extension CandourError.Code {
    /// A file could not be read or written.
    public static let io = Self("io")
    /// Input that does not parse or validate (a bad row, a bad date, a bad option value).
    public static let invalidInput = Self("invalid-input")
    /// A configuration or data file (policy, taxonomy, mapping, wordlist) is malformed.
    public static let invalidConfiguration = Self("invalid-configuration")
    /// Something asked for does not exist (a case reference, a file).
    public static let notFound = Self("not-found")
}
