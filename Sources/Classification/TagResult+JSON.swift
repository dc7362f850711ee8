/// The `candour tag --jsonl` line for a result.
extension TagResult {
    /// One JSON object: `{"id", "themes", "learning", "actions", "evidence"}` with the
    /// contract taxonomies always present (empty lists when a taxonomy is missing), then
    /// `extra` taxonomies as further keys. Evidence is keyed by taxonomy, then label:
    /// `{"themes": {"delay": [{"phrase", "text", "start", "end", "byte_start", "byte_end"}]}}`
    /// with `start`/`end` in Unicode scalars (as the annotated corpora count) and the byte
    /// range beside them.
    public func jsonLine(idJSON: String, text: some Collection<UInt8>, extra: [String] = [], explain: Bool = false) -> String {
        let names = ["themes", "learning", "actions"] + extra
        var offsets: [Int] = []
        for name in names {
            guard let result = self[name] else { continue }
            for label in result.labels {
                for evidence in label.evidence { offsets += [evidence.range.lowerBound, evidence.range.upperBound] }
            }
            if explain {
                for candidate in result.candidates {
                    offsets += [candidate.evidence.range.lowerBound, candidate.evidence.range.upperBound]
                }
            }
        }
        let scalars = Scan.scalarOffsets(text, offsets)
        let bytes = Array(text)
        func snippet(_ range: Range<Int>) -> String {
            JSONText.string(String(decoding: bytes[range], as: UTF8.self))
        }
        func evidenceJSON(_ evidence: Evidence) -> String {
            let range = evidence.range
            return "{\"phrase\":\(JSONText.string(evidence.phrase)),\"text\":\(snippet(range)),"
                + "\"start\":\(scalars[range.lowerBound] ?? 0),\"end\":\(scalars[range.upperBound] ?? 0),"
                + "\"byte_start\":\(range.lowerBound),\"byte_end\":\(range.upperBound)}"
        }
        var out = "{\"id\":\(idJSON)"
        for name in names {
            out += ",\(JSONText.string(name)):\(JSONText.array(labels(name)))"
        }
        out += ",\"evidence\":{"
        out += names.map { name -> String in
            let labels = self[name]?.labels ?? []
            let body = labels.map { label in
                JSONText.string(label.id) + ":[" + label.evidence.map(evidenceJSON).joined(separator: ",") + "]"
            }
            return JSONText.string(name) + ":{" + body.joined(separator: ",") + "}"
        }.joined(separator: ",")
        out += "}"
        if explain {
            out += ",\"explain\":{"
            out += names.map { name -> String in
                let candidates = self[name]?.candidates ?? []
                let body = candidates.map { candidate in
                    var item = "{\"label\":\(JSONText.string(candidate.evidence.category)),"
                    item += "\"evidence\":\(evidenceJSON(candidate.evidence)),"
                    item += "\"status\":\(JSONText.string(candidate.status.name))"
                    if let reason = candidate.status.reason(in: bytes) { item += ",\"reason\":\(JSONText.string(reason))" }
                    return item + "}"
                }
                return JSONText.string(name) + ":[" + body.joined(separator: ",") + "]"
            }.joined(separator: ",")
            out += "}"
        }
        return out + "}"
    }
}

extension Candidate.Status {
    /// A short machine name: counted, below-threshold, negated, hedged, negated-after,
    /// excluded, placeholder.
    public var name: String {
        switch self {
        case .counted: return "counted"
        case .belowThreshold: return "below-threshold"
        case .negated: return "negated"
        case .hedged: return "hedged"
        case .negatedAfter: return "negated-after"
        case .excluded: return "excluded"
        case .placeholder: return "placeholder"
        }
    }

    /// Why, in words, quoting the text that caused it; nil for a counted match.
    public func reason(in bytes: [UInt8]) -> String? {
        func quote(_ range: Range<Int>) -> String {
            "\"" + String(decoding: bytes[range], as: UTF8.self) + "\""
        }
        switch self {
        case .counted: return nil
        case .belowThreshold(let score, let threshold):
            return "label score \(JSONText.number(score)) is below its threshold \(JSONText.number(threshold))"
        case .negated(let cue): return "negation cue \(quote(cue)) shortly before it in the clause"
        case .hedged(let cue): return "hedge \(quote(cue)) earlier in the clause"
        case .negatedAfter(let cue): return "followed by \(quote(cue))"
        case .excluded(let phrase, let range): return "exclusion phrase '\(phrase)' matched \(quote(range))"
        case .placeholder(let range): return "touches redaction placeholder \(quote(range))"
        }
    }
}
