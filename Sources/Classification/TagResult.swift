/// What tagging one text found: for each taxonomy, the labels that fired with their
/// evidence, and every candidate match with what became of it (for `--explain`).
public struct TagResult: Sendable {
    /// One result per taxonomy, in the classifier's order.
    public var taxonomies: [TaxonomyResult]

    public init(taxonomies: [TaxonomyResult]) {
        self.taxonomies = taxonomies
    }

    /// The result for the taxonomy `name`, if the classifier has it.
    public subscript(name: String) -> TaxonomyResult? {
        taxonomies.first { $0.name == name }
    }

    /// The label ids that fired in taxonomy `name` (empty if there is no such taxonomy).
    public func labels(_ name: String) -> [String] {
        self[name]?.labels.map(\.id) ?? []
    }
}

/// The labels of one taxonomy for one text.
public struct TaxonomyResult: Sendable {
    public var name: String
    /// Labels that reached their threshold, in taxonomy order.
    public var labels: [Label]
    /// Every match considered, counted or not, in text order.
    public var candidates: [Candidate]
}

/// A label that fired, with the total weight of its evidence.
public struct Label: Sendable, Hashable {
    public var id: String
    public var score: Double
    public var threshold: Double
    /// The unsuppressed matches, in text order.
    public var evidence: [Evidence]
}

/// One match of a vocabulary entry in the text.
public struct Evidence: Sendable, Hashable {
    /// The category the entry belongs to.
    public var category: String
    /// The phrase or pattern as written in the taxonomy file.
    public var phrase: String
    public var kind: VocabularyEntry.Kind
    /// UTF-8 byte range of the matched text.
    public var range: Range<Int>
    public var weight: Double
}

/// A match and what the classifier did with it.
public struct Candidate: Sendable, Hashable {
    /// Why a match did or did not count.
    public enum Status: Sendable, Hashable {
        /// Counted towards a label that fired.
        case counted
        /// Counted, but the category's total stayed below its threshold.
        case belowThreshold(score: Double, threshold: Double)
        /// A negation cue ("not", "no", "never") shortly before a problem phrase.
        case negated(cue: Range<Int>)
        /// A hedge earlier in the clause ("no concerns about", "satisfied with").
        case hedged(cue: Range<Int>)
        /// An after-cue following the match ("... was not an issue").
        case negatedAfter(cue: Range<Int>)
        /// An exclusion phrase of the category overlaps the match.
        case excluded(phrase: String, range: Range<Int>)
        /// The match touches a redaction placeholder.
        case placeholder(range: Range<Int>)

        /// Whether the match counts towards its category's score.
        public var counts: Bool {
            switch self {
            case .counted, .belowThreshold: return true
            default: return false
            }
        }
    }

    public var evidence: Evidence
    public var status: Status
}
