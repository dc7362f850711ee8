import Diagnostics

/// Everything wrong with a case-log file, one ``CandourError`` a problem, each with the
/// context `file:line: column`, in file order. A file with any problem imports nothing.
public struct ImportProblems: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public let problems: [CandourError]

    public init(_ problems: [CandourError]) {
        self.problems = problems
    }

    /// One problem a line: `file:line: column: problem`.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
