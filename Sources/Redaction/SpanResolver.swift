/// Turns the detectors' overlapping findings into disjoint spans.
///
/// Overlapping findings merge into one span covering all of them (redaction fails safe:
/// the union is redacted), typed by the most specific identifier among them; PERSON
/// loses to any structured type. Findings whose text is on the allow list are dropped
/// first.
struct SpanResolver {
    /// Filters, sorts and merges in the array it is given, so a caller that gives up
    /// its findings pays for no second array.
    /// `enabled`: the policy's types as ``EntityType/mask(_:)``.
    /// - Complexity: O(n log n) in the number of findings.
    static func resolve(_ findings: consuming [Finding], enabled: UInt16) -> [Finding] {
        var resolved = findings
        resolved.removeAll { enabled & 1 << UInt16($0.type.ordinal) == 0 || $0.range.isEmpty }
        resolved.sort { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }
        // The first `kept` findings are resolved; the rest are still to read.
        var kept = 0
        for index in resolved.indices {
            let finding = resolved[index]
            guard kept > 0, case var last = resolved[kept - 1], finding.range.lowerBound < last.range.upperBound else {
                resolved[kept] = finding
                kept += 1
                continue
            }
            let lower = last.range.lowerBound
            let upper = max(last.range.upperBound, finding.range.upperBound)
            if finding.type.precedence > last.type.precedence {
                last.type = finding.type
                last.detectorLabel = finding.detectorLabel
                last.ruleLabel = finding.ruleLabel
            }
            last.range = lower..<upper
            resolved[kept - 1] = last
        }
        resolved.removeLast(resolved.count - kept)
        return resolved
    }
}
