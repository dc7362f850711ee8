import Classification

/// The human-readable report of one tagged text: labels per taxonomy, then each label's
/// evidence in context (highlighted on a terminal), and with `--explain` every match
/// considered and why it counted or not.
struct TagReport {
    let name: String
    let text: String
    let result: TagResult
    let highlight: Bool

    private var bytes: [UInt8] { Array(text.utf8) }

    func render(explain: Bool) -> String {
        let bytes = self.bytes
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        func position(_ offset: Int, _ bytes: [UInt8]) -> String {
            self.position(offset, bytes, lineStarts: lineStarts)
        }
        var out = "== \(name) ==\n"
        let width = (result.taxonomies.map(\.name.count).max() ?? 8) + 2
        for taxonomy in result.taxonomies {
            let labels = taxonomy.labels.map(\.id)
            let padded = (taxonomy.name + ":").padding(toLength: width, withPad: " ", startingAt: 0)
            out += "\(padded)\(labels.isEmpty ? "-" : labels.joined(separator: ", "))\n"
        }
        for taxonomy in result.taxonomies {
            for label in taxonomy.labels {
                out += "\n  \(taxonomy.name)/\(label.id)  (score \(JSONText.number(label.score)), threshold \(JSONText.number(label.threshold)))\n"
                for evidence in label.evidence {
                    out += "    \(position(evidence.range.lowerBound, bytes))  \"\(evidence.phrase)\"  \(context(evidence.range, bytes))\n"
                }
            }
        }
        if explain {
            out += "\nexplain:\n"
            var any = false
            for taxonomy in result.taxonomies {
                for candidate in taxonomy.candidates {
                    any = true
                    let evidence = candidate.evidence
                    let verdict: String
                    switch candidate.status {
                    case .counted: verdict = "fired"
                    case .belowThreshold: verdict = "not enough"
                    default: verdict = "suppressed"
                    }
                    out += "  \(taxonomy.name)/\(evidence.category)  \(verdict)  \(position(evidence.range.lowerBound, bytes))  "
                    out += "\"\(evidence.phrase)\" (weight \(JSONText.number(evidence.weight)))  \(context(evidence.range, bytes))\n"
                    if let reason = candidate.status.reason(in: bytes) { out += "      because: \(reason)\n" }
                }
            }
            if !any { out += "  no vocabulary matched\n" }
        }
        return out
    }

    /// `line:column` (1-based, columns in Unicode scalars) of byte `offset`, given the
    /// byte offsets where lines start.
    func position(_ offset: Int, _ bytes: [UInt8], lineStarts: [Int]) -> String {
        var low = 0, high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        let line = max(low, 1)
        let column = 1 + bytes[lineStarts[line - 1]..<offset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return "\(line):\(column)"
    }

    /// The match with up to 40 bytes of context either side on its line, the match
    /// highlighted (bold yellow on a terminal, «guillemets» otherwise).
    func context(_ range: Range<Int>, _ bytes: [UInt8]) -> String {
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 40, bytes[start - 1] != 0x0A { start -= 1 }
        while start < range.lowerBound, bytes[start] & 0xC0 == 0x80 { start += 1 }
        var end = range.upperBound
        while end < bytes.count, end - range.upperBound < 40, bytes[end] != 0x0A { end += 1 }
        while end > range.upperBound, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        let before = String(decoding: bytes[start..<range.lowerBound], as: UTF8.self)
        let match = String(decoding: bytes[range], as: UTF8.self)
        let after = String(decoding: bytes[range.upperBound..<end], as: UTF8.self)
        let open = highlight ? "\u{1B}[1;33m" : "«"
        let close = highlight ? "\u{1B}[0m" : "»"
        let lead = start > 0 && bytes[start - 1] != 0x0A ? "…" : ""
        let tail = end < bytes.count && bytes[end] != 0x0A ? "…" : ""
        return lead + before + open + match + close + after + tail
    }
}
