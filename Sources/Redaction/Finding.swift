/// One piece of personal data a detector found: a UTF-8 byte range and what it is.
///
/// The detector's and the rule's names are fixed at compile time and kept as
/// `StaticString`s, so a finding holds no reference: findings are copied, sorted and
/// dropped without reference counting.
public struct Finding: Sendable, Hashable {
    /// The byte range in the document.
    public var range: Range<Int>
    /// What was found.
    public var type: EntityType
    /// The detector's name, as stored.
    var detectorLabel: StaticString
    /// The rule's name, as stored.
    var ruleLabel: StaticString

    /// The detector that found it (`names`, `identifiers`, `known-parties`, `deny-list`).
    public var detector: String { detectorLabel.description }
    /// The rule inside the detector (`honorific`, `forename-list`, `uk-phone`, ...).
    public var rule: String { ruleLabel.description }

    public init(range: Range<Int>, type: EntityType, detector: StaticString, rule: StaticString) {
        self.range = range
        self.type = type
        self.detectorLabel = detector
        self.ruleLabel = rule
    }
}
