import Foundation

/// An annotated corpus: JSON lines `{"id", "text", "spans": [{"start","end","type"}]}`
/// with offsets in Unicode scalars, end exclusive (see DESIGN.md).
public struct AnnotatedCorpus: Sendable {
    /// One annotated document, with its spans converted to UTF-8 byte ranges.
    public struct Entry: Sendable {
        public let id: String
        public let document: Document
        public let spans: [(range: Range<Int>, type: EntityType)]
    }

    public let entries: [Entry]

    private struct Line: Decodable {
        struct Span: Decodable {
            let start: Int
            let end: Int
            let type: String
        }
        let id: String
        let text: String
        let spans: [Span]?
    }

    /// The corpus of `entries` (a part of another corpus).
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Reads a corpus file.
    /// - Throws: ``CandourError`` naming the file and line of the first bad record.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RedactionError.io(url.path, "corpus file is missing or unreadable")
        }
        var entries: [Entry] = []
        let decoder = JSONDecoder()
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let record: Line
            do {
                record = try decoder.decode(Line.self, from: Data(line))
            } catch {
                throw RedactionError.corpus(url.path, line: number + 1, "not a corpus record {\"id\", \"text\", \"spans\"}")
            }
            let offsets = AnnotatedCorpus.byteOffsets(of: record.text)
            var spans: [(Range<Int>, EntityType)] = []
            for span in record.spans ?? [] {
                guard let type = EntityType(rawValue: span.type) else {
                    throw RedactionError.corpus(url.path, line: number + 1, "unknown span type '\(span.type)'")
                }
                guard span.start >= 0, span.start < span.end, span.end < offsets.count else {
                    throw RedactionError.corpus(url.path, line: number + 1, "span \(span.start)..<\(span.end) is outside the text")
                }
                spans.append((offsets[span.start]..<offsets[span.end], type))
            }
            entries.append(Entry(id: record.id, document: Document(name: record.id, text: record.text), spans: spans))
        }
        self.entries = entries
    }

    /// Byte offset of each Unicode scalar index (and of the end).
    static func byteOffsets(of text: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        return offsets
    }
}
