/// One piece of personal data a detector found: a UTF-8 byte range and what it is.
public struct Finding: Sendable, Hashable {
    /// The byte range in the document.
    public var range: Range<Int>
    /// What was found.
    public var type: EntityType
    /// The detector that found it (`names`, `identifiers`, `known-parties`, `deny-list`).
    public var detector: String
    /// The rule inside the detector (`honorific`, `forename-list`, `uk-phone`, ...).
    public var rule: String

    public init(range: Range<Int>, type: EntityType, detector: String, rule: String) {
        self.range = range
        self.type = type
        self.detector = detector
        self.rule = rule
    }
}
