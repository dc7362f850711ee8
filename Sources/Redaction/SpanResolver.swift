/// Turns the detectors' overlapping findings into disjoint spans.
///
/// Overlapping findings merge into one span covering all of them (redaction fails safe:
/// the union is redacted), typed by the most specific identifier among them; PERSON
/// loses to any structured type. Findings whose text is on the allow list are dropped
/// first.
struct SpanResolver {
    /// - Complexity: O(n log n) in the number of findings.
    /// `enabled`: the policy's types as ``EntityType/mask(_:)``.
    static func resolve(_ findings: [Finding], enabled: UInt16) -> [Finding] {
        let sorted = findings
            .filter { enabled & 1 << UInt16($0.type.ordinal) != 0 && !$0.range.isEmpty }
            .sorted { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }
        var resolved: [Finding] = []
        resolved.reserveCapacity(sorted.count)
        for finding in sorted {
            guard var last = resolved.last, finding.range.lowerBound < last.range.upperBound else {
                resolved.append(finding)
                continue
            }
            let lower = last.range.lowerBound
            let upper = max(last.range.upperBound, finding.range.upperBound)
            if finding.type.precedence > last.type.precedence {
                last.type = finding.type
                last.detector = finding.detector
                last.rule = finding.rule
            }
            last.range = lower..<upper
            resolved[resolved.count - 1] = last
        }
        return resolved
    }
}
