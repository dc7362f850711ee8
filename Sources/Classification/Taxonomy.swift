/// A named set of categories a text can be tagged with (complaint themes, learning
/// points, actions, compliment facets), loaded from a YAML file.
///
/// Taxonomies are data: ids, labels, vocabularies, weights and thresholds all come from
/// `wordlists/taxonomy/*.yaml` and can be extended or overridden by a council's own
/// files (see ``TaxonomySet/merging(_:)``).
public struct Taxonomy: Sendable, Hashable {
    /// The taxonomy's name: `themes`, `learning`, `actions`, `compliments` or a council's own.
    public var name: String
    /// A human-readable title.
    public var label: String
    /// What the taxonomy is for.
    public var description: String
    /// The categories, in file order.
    public var categories: [Category]
    /// How negation and hedging suppress matches in this taxonomy.
    public var negation: NegationRules
    /// Where the taxonomy was read from (for messages), empty when built in code.
    public var source: String

    public init(
        name: String, label: String = "", description: String = "", categories: [Category] = [],
        negation: NegationRules = NegationRules(), source: String = ""
    ) {
        self.name = name
        self.label = label
        self.description = description
        self.categories = categories
        self.negation = negation
        self.source = source
    }

    /// The category with `id`, if any.
    public func category(_ id: String) -> Category? {
        categories.first { $0.id == id }
    }
}

/// One label of a taxonomy with the vocabulary that evidences it.
public struct Category: Sendable, Hashable {
    /// The stable id (lowercase letters, digits and hyphens), part of Candour's contract.
    public var id: String
    /// A short human-readable name.
    public var label: String
    /// What the category covers.
    public var description: String
    /// An optional grouping inside the taxonomy (compliment facets: `who`, `for`).
    public var group: String
    /// The total weight of distinct, unsuppressed evidence needed for the label to fire.
    public var threshold: Double
    /// Phrases and patterns that count towards the label.
    public var entries: [VocabularyEntry]
    /// Phrases that, where they overlap a match of this category, cancel it
    /// ("communication book" for communication, "contact centre" for contact).
    public var exclusions: [VocabularyEntry]
    /// Other categories whose vocabulary this one also uses (`themes/delay`), so that
    /// related taxonomies share one list; resolved by ``TaxonomySet/resolvingInclusions()``.
    public var inclusions: [Inclusion]

    /// A reference to another category's vocabulary.
    public struct Inclusion: Sendable, Hashable {
        /// `taxonomy/category`.
        public var reference: String
        public var file: String
        public var line: Int

        public init(_ reference: String, file: String = "", line: Int = 0) {
            self.reference = reference
            self.file = file
            self.line = line
        }
    }

    public init(
        id: String, label: String = "", description: String = "", group: String = "",
        threshold: Double = 1, entries: [VocabularyEntry] = [], exclusions: [VocabularyEntry] = [],
        inclusions: [Inclusion] = []
    ) {
        self.id = id
        self.label = label.isEmpty ? id : label
        self.description = description
        self.group = group
        self.threshold = threshold
        self.entries = entries
        self.exclusions = exclusions
        self.inclusions = inclusions
    }
}

/// One item of vocabulary: a phrase (inflection-tolerant words) or a PCRE2 pattern.
public struct VocabularyEntry: Sendable, Hashable {
    /// How the entry's text is read.
    public enum Kind: String, Sendable, Hashable {
        /// Words matched on word boundaries, each tolerant of inflection unless written
        /// `=word`; `word*` is a prefix, `...` skips up to three words.
        case phrase
        /// A PCRE2 pattern, compiled caseless, used as written.
        case pattern
    }

    /// How negation affects the entry.
    public enum Polarity: String, Sendable, Hashable {
        /// Names a problem ("delayed", "rude"): any negation cue before it in the clause
        /// ("not delayed", "there was no delay") or a hedge suppresses it.
        case problem
        /// Names a subject ("communication", "allowance"): plain negation does not
        /// suppress it ("no communication" is still about communication), only hedges
        /// ("no concerns about communication") and after-cues ("... was not an issue").
        case topic
    }

    public var kind: Kind
    /// The phrase or pattern source as written in the file.
    public var text: String {
        didSet { hasGap = kind == .phrase && PhraseSyntax.containsEllipsis(text) }
    }
    /// Whether the phrase skips words (`...`), so cues inside it are checked.
    public private(set) var hasGap: Bool
    /// What the entry contributes to its category's score.
    public var weight: Double
    public var polarity: Polarity
    /// The file it came from (empty when built in code) and its line there (0 when unknown).
    public var file: String
    public var line: Int

    public init(
        _ text: String, kind: Kind = .phrase, weight: Double = 1, polarity: Polarity = .problem, file: String = "",
        line: Int = 0
    ) {
        self.kind = kind
        self.text = text
        self.hasGap = kind == .phrase && PhraseSyntax.containsEllipsis(text)
        self.weight = weight
        self.polarity = polarity
        self.file = file
        self.line = line
    }
}

/// The negation and hedging vocabulary of one taxonomy.
///
/// Cues are looked for only inside the clause that holds a match: a clause ends at
/// sentence punctuation, and at a comma or a contrast word ("but", "however") for the
/// short-range cues.
public struct NegationRules: Sendable, Hashable {
    /// Words that negate a problem phrase a few words after them ("not", "no", "never").
    public var cues: [String]
    /// How many words may stand between a cue and the match ("no significant delay" is 1).
    public var window: Int
    /// Phrases that suppress any match later in the clause, topics included
    /// ("no concerns about", "satisfied with", "thanked").
    public var hedges: [String]
    /// How many words may stand between a hedge and the match.
    public var hedgeWindow: Int
    /// Phrases that, right after a match, suppress it ("... was not an issue").
    public var after: [String]
    /// Words that end a clause for negation purposes ("but", "however").
    public var boundaries: [String]

    public init(
        cues: [String] = NegationRules.defaultCues, window: Int = 3,
        hedges: [String] = NegationRules.defaultHedges, hedgeWindow: Int = 8,
        after: [String] = NegationRules.defaultAfter, boundaries: [String] = NegationRules.defaultBoundaries
    ) {
        self.cues = cues
        self.window = window
        self.hedges = hedges
        self.hedgeWindow = hedgeWindow
        self.after = after
        self.boundaries = boundaries
    }

    public static let defaultCues = [
        "not", "no", "never", "without", "none", "nor", "neither", "cannot", "no longer",
        "didn't", "don't", "doesn't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't", "shouldn't", "won't", "can't", "mustn't", "needn't",
        "nothing", "free from", "free of", "absence of", "rather than",
    ]
    public static let defaultHedges = [
        "no concern", "no concerns", "no issue", "no issues", "no problem", "no problems",
        "no complaint", "no complaints", "no evidence", "no indication", "no suggestion",
        "not raise any concerns", "not have any concerns", "did not raise concerns",
    ]
    public static let defaultAfter = [
        "was not an issue", "were not an issue", "was not a concern", "were not a concern",
        "was not a problem", "were not a problem", "was not a factor", "is not an issue",
        "was not raised", "were not raised", "was not in question",
    ]
    public static let defaultBoundaries = [
        "but", "however", "although", "though", "whereas", "yet", "despite", "instead",
        "whilst", "while", "except",
    ]
}
