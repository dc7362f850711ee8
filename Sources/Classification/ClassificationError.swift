import Diagnostics

extension CandourError.Code {
    /// A taxonomy file is malformed: bad YAML, an unknown key, a bad id, weight or pattern.
    public static let invalidTaxonomy = Self("invalid-taxonomy")
    /// A tagging corpus or input record is malformed.
    public static let invalidTagInput = Self("invalid-tag-input")
}

/// Builders for the errors this module raises, so messages stay consistent.
enum ClassificationError {
    /// A problem at `file:line` of a taxonomy file.
    static func taxonomy(_ file: String, line: Int?, _ problem: String) -> CandourError {
        let context = line.map { "\(file):\($0)" } ?? file
        return CandourError(.invalidTaxonomy, problem, context: context)
    }

    /// A problem on line `line` of a tagging input.
    static func input(_ source: String, line: Int, _ problem: String) -> CandourError {
        CandourError(.invalidTagInput, problem, context: "\(source):\(line)")
    }
}
