/// Text to match against: UTF-8 bytes that have been validated once.
///
/// Validation happens when the subject is made, so every match call after it can pass
/// `PCRE2_NO_UTF_CHECK` and skip PCRE2's own per-call scan of the whole text. A
/// `String`'s UTF-8 is valid by construction, so making a subject from one costs only
/// the copy.
public struct Subject: Sendable {
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]

    /// A subject from a Swift string (always valid UTF-8).
    public init(_ string: String) {
        self.bytes = Array(string.utf8)
    }

    /// A subject from raw bytes, validated as UTF-8.
    /// - Throws: ``PCRE2Error`` of kind `.invalidUTF8` with the offset of the first bad byte.
    /// - Complexity: O(n) in the byte count, once.
    public init(validating bytes: [UInt8]) throws(PCRE2Error) {
        if let bad = Subject.firstInvalidByte(in: bytes) {
            throw PCRE2Error(kind: .invalidUTF8, code: -22, offset: bad)
        }
        self.bytes = bytes
    }

    /// The number of bytes.
    public var count: Int { bytes.count }

    /// The text of a byte range, for display.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all is well.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var index = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            let before = index
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                index += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return before
            }
        }
    }
}
