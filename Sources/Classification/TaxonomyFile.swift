import Diagnostics

/// One parsed taxonomy file: the taxonomy it defines or amends and its categories, each
/// with how it merges into what is already loaded.
public struct TaxonomyFile: Sendable {
    /// How a category in a file combines with a category of the same id loaded before it.
    public enum Mode: String, Sendable {
        /// The category replaces any earlier one with the same id (or is added).
        case replace
        /// The category's vocabulary is added to the earlier one; a label, description or
        /// threshold given here replaces the earlier value.
        case extend
        /// The earlier category is removed.
        case remove
    }

    /// One category definition with its merge mode and where it was written.
    public struct Definition: Sendable {
        public var category: Category
        public var mode: Mode
        /// Which fields the file set explicitly (for `extend`).
        public var setsLabel: Bool, setsDescription: Bool, setsThreshold: Bool, setsGroup: Bool
        public var line: Int
    }

    /// The path (or name) the file was read from.
    public var path: String
    /// The taxonomy the file defines or amends.
    public var name: String
    public var label: String?
    public var description: String?
    /// Negation settings the file sets; fields it leaves out keep their earlier values.
    public var negation: NegationOverrides
    public var definitions: [Definition]
}

/// Negation fields a taxonomy file sets explicitly.
public struct NegationOverrides: Sendable {
    public var cues: [String]?
    public var window: Int?
    public var hedges: [String]?
    public var hedgeWindow: Int?
    public var after: [String]?
    public var boundaries: [String]?

    public init() {}

    /// `rules` with the fields set here replaced.
    public func applied(to rules: NegationRules) -> NegationRules {
        var out = rules
        if let cues { out.cues = cues }
        if let window { out.window = window }
        if let hedges { out.hedges = hedges }
        if let hedgeWindow { out.hedgeWindow = hedgeWindow }
        if let after { out.after = after }
        if let boundaries { out.boundaries = boundaries }
        return out
    }
}
