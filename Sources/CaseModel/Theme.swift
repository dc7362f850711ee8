/// A complaint theme tagged on a case, with where the tag came from.
public struct Theme: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Who tagged it.
    public enum Source: String, Sendable, Codable, CaseIterable {
        /// A person, through the case log or by hand; the classifier never changes these.
        case manual
        /// The keyword classifier.
        case auto
    }

    /// The theme id from the taxonomy, e.g. `communication`.
    public var id: String
    /// Manual or automatic.
    public var source: Source

    public init(_ id: String, source: Source = .manual) {
        self.id = id
        self.source = source
    }

    public var description: String { source == .manual ? id : "\(id) (auto)" }

    /// Whether `id` is a well-formed theme id: lower-case letters, digits and single hyphens.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && normalisedKey(id) == id
    }
}
