import Classification
import Diagnostics
import Foundation
import PCRE2

/// `candour tag --jsonl`: one `{"id","text"}` object a line in, one result a line out.
enum TagJSONLines {
    /// Tags every non-blank line of `data`, writing results in input order.
    /// - Throws: ``CandourError`` naming `source:line` for a line that is not a JSON
    ///   object with a string `text` and a string or number `id`.
    static func run(
        _ data: [UInt8], source: String, tagger: Tagger, extra: [String], explain: Bool, output: inout TagOutputBuffer
    ) throws {
        var lineNumber = 0
        var start = 0
        while start < data.count {
            var end = start
            while end < data.count, data[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = data[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let text = String(validating: line, as: UTF8.self) else {
                throw CandourError(.invalidInput, "not UTF-8 text", context: "\(source):\(lineNumber)")
            }
            let record = try TagRecord.parse(Substring(text), source: source, line: lineNumber)
            let result = try tagger.tag(record.text)
            output.write(result.jsonLine(idJSON: record.idJSON, text: Array(record.text.utf8), extra: extra, explain: explain))
            output.write("\n")
        }
    }
}
