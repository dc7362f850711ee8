/// Something the service learnt from a case.
public struct LearningPoint: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The category.
    public var category: LearningCategory
    /// What was learnt.
    public var text: String

    public init(category: LearningCategory, text: String) {
        self.category = category
        self.text = text
    }

    /// `category: text`, the form case-log CSVs use.
    public var description: String { "\(category.rawValue): \(text)" }
}
