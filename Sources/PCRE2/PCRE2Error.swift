import CPCRE2

/// An error from PCRE2: a failed compile (with the offset in the pattern), a failed
/// match (a resource limit, for instance) or text that is not valid UTF-8.
public struct PCRE2Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in a form callers can switch on.
    public enum Kind: Sendable, Equatable {
        /// The pattern did not compile; `offset` is the byte offset in the pattern.
        case compile
        /// Matching stopped with an error (match limit, depth limit, JIT stack, ...).
        case match
        /// The subject text is not valid UTF-8; `offset` is the first bad byte.
        case invalidUTF8
    }

    /// The kind of failure.
    public let kind: Kind
    /// PCRE2's own error number (negative for match errors, positive for compile errors).
    public let code: Int32
    /// PCRE2's message for `code`.
    public let message: String
    /// Byte offset in the pattern (compile) or the subject (invalid UTF-8), if known.
    public let offset: Int?
    /// The pattern involved, for messages.
    public let pattern: String?

    init(kind: Kind, code: Int32, offset: Int? = nil, pattern: String? = nil) {
        self.kind = kind
        self.code = code
        self.message = PCRE2Error.message(for: code)
        self.offset = offset
        self.pattern = pattern
    }

    public var description: String {
        switch kind {
        case .compile:
            let at = offset.map { " at offset \($0)" } ?? ""
            let shown = pattern.map { " in pattern \"\($0.prefix(80))\"" } ?? ""
            return "pattern error\(at)\(shown): \(message)"
        case .match:
            return "match error: \(message)"
        case .invalidUTF8:
            let at = offset.map { " at byte \($0)" } ?? ""
            return "invalid UTF-8\(at): \(message)"
        }
    }

    /// PCRE2's text for an error number.
    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = buffer.withUnsafeMutableBufferPointer {
            pcre2_get_error_message_8(code, $0.baseAddress, $0.count)
        }
        guard length > 0 else { return "PCRE2 error \(code)" }
        return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
    }
}
