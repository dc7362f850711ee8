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
        bytes.withUnsafeBytes { raw -> Int? in
            let count = raw.count
            var index = 0
            while index < count {
                // ASCII fast path: eight bytes at a time while no high bit is set.
                while index + 8 <= count,
                      raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { return nil }
                let lead = raw[index]
                if lead < 0x80 { index += 1; continue }
                // One multi-byte scalar: lead byte, continuation bytes, no overlong forms,
                // no surrogates, nothing past U+10FFFF.
                let width: Int
                var minimum: UInt32
                var scalar: UInt32
                switch lead {
                case 0xC2...0xDF: width = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
                case 0xE0...0xEF: width = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
                case 0xF0...0xF4: width = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
                default: return index
                }
                guard index + width <= count else { return index }
                for offset in 1..<width {
                    let byte = raw[index + offset]
                    guard byte & 0xC0 == 0x80 else { return index }
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
                minimum = 0
                index += width
            }
            return nil
        }
    }
}
