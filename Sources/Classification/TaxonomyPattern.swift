import PCRE2

/// One of the taxonomies' own `patterns:`, compiled: anchored at a start (`\G`) to read
/// its match there, and either the literal words its matches start with (tried only at
/// word starts that begin with one) or the pattern alone for an unanchored search.
struct TaxonomyPattern: Sendable {
    /// `\G(?:source)`, compiled caseless.
    let anchored: Pattern
    /// The leaf its matches report.
    let leaf: Int
    /// The words every match starts with, if the source shows them.
    let leading: LeadingWords?
    /// The source alone, to find where it matches without leading words to go by.
    let search: Pattern

    init(source: String, leaf: Int) throws(PCRE2Error) {
        self.anchored = try Pattern(#"\G(?:"# + source + ")", options: Classifier.patternOptions)
        self.leaf = leaf
        // A `\G` of the source's own would mean something else once anchored elsewhere.
        let leading = source.contains(#"\G"#) ? nil : LeadingWords(patternSource: source)
        self.leading = leading
        self.search = try Pattern(source, options: Classifier.patternOptions)
    }
}
