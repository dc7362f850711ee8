import Diagnostics

extension CandourError.Code {
    /// A document that is not valid UTF-8 text.
    public static let notUTF8 = Self("not-utf8")
    /// A key file for pseudonyms that is missing, unreadable or too short.
    public static let badKey = Self("bad-key")
}

/// The redaction module's errors, built in one place and surfaced as ``CandourError``.
enum RedactionError {
    static func notUTF8(document: String, offset: Int) -> CandourError {
        CandourError(.notUTF8, "not valid UTF-8 text (byte \(offset)); nothing was written for it", context: document)
    }

    static func policy(_ file: String, line: Int?, _ message: String) -> CandourError {
        let place = line.map { "\(file):\($0)" } ?? file
        return CandourError(.invalidConfiguration, message, context: place)
    }

    static func key(_ file: String, _ message: String) -> CandourError {
        CandourError(.badKey, message, context: file)
    }

    static func io(_ file: String, _ message: String) -> CandourError {
        CandourError(.io, message, context: file)
    }

    static func corpus(_ file: String, line: Int, _ message: String) -> CandourError {
        CandourError(.invalidInput, message, context: "\(file):\(line)")
    }
}
