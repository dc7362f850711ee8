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
    /// - Complexity: O(n); for many offsets use ``lineStarts()`` once and
    ///   ``lineAndColumn(of:lineStarts:)``.
    public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        lineAndColumn(of: offset, lineStarts: lineStarts())
    }

    /// Byte offsets where each line starts.
    public func lineStarts() -> [Int] {
        var starts = [0]
        for (index, byte) in subject.bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        return starts
    }

    /// 1-based line and column of a byte offset, given ``lineStarts()``.
    /// - Complexity: O(log lines + line length).
    public func lineAndColumn(of offset: Int, lineStarts: [Int]) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count
        while low + 1 < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid }
        }
        let bytes = subject.bytes
        var column = 1
        for index in lineStarts[low]..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (low + 1, column)
    }
}
