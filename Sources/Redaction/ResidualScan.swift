/// The check an officer runs on a draft before publishing: likely personal data left in
/// text that was already redacted (by Candour or by hand).
///
/// It runs the redaction detectors; placeholders and pseudonyms ("[PERSON 1]", X, Y,
/// Z, xxx, "Mrs B", masks) are not findings.
public enum ResidualScan {
    /// A residual finding with its position.
    public struct Finding: Sendable {
        public let document: String
        public let line: Int
        public let column: Int
        public let type: EntityType
        public let text: String
        public let reason: String

        /// `path:line:column: TYPE text (reason)`.
        public var lineText: String { "\(document):\(line):\(column): \(type.rawValue) \(text) (\(reason))" }
    }

    public static func findings(in document: Document, redactor: Redactor) throws -> [ResidualScan.Finding] {
        let lineStarts = document.lineStarts()
        return try redactor.findings(in: document).map { finding in
            let position = document.lineAndColumn(of: finding.range.lowerBound, lineStarts: lineStarts)
            return Finding(document: document.name, line: position.line, column: position.column,
                           type: finding.type, text: document.text(finding.range),
                           reason: "\(finding.detector): \(finding.rule)")
        }
    }
}
