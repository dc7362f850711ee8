import PCRE2

/// A document to redact or scan: its name and its validated UTF-8 bytes.
public struct Document: Sendable {
    /// A name for messages and audit records (a path, a corpus id, `<stdin>`).
    public let name: String
    /// The text, validated as UTF-8 once.
    public let subject: Subject

    /// The bytes.
    public var bytes: [UInt8] { subject.bytes }

    public init(name: String, text: String) {
        self.name = name
        self.subject = Subject(text)
    }

    /// A document from raw bytes.
    /// - Throws: ``RedactionError`` when the bytes are not UTF-8, naming the document
    ///   and the byte offset.
    public init(name: String, bytes: [UInt8]) throws {
        self.name = name
        do {
            self.subject = try Subject(validating: bytes)
        } catch {
            throw RedactionError.notUTF8(document: name, offset: error.offset ?? 0)
        }
    }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String { subject.text(range) }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var index = 0
        let bytes = subject.bytes
        while index < offset, index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}
