/// A source of findings: one pass over a document's bytes.
///
/// Detectors run in order; each sees what those before it found, so the name detector
/// can skip the inside of an email address and a town between an address and its
/// postcode. Detectors are immutable and shareable; any per-run scratch state is made
/// inside `detect`.
public protocol Detector: Sendable {
    /// A short name recorded in audit records (fixed: findings keep it as it is).
    var name: StaticString { get }
    /// Appends what this detector finds in `document` to `findings`.
    func detect(in document: Document, findings: inout [Finding]) throws
}
