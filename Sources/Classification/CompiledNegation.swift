import Diagnostics
import PCRE2

/// A taxonomy's ``NegationRules`` compiled: word lists for the cues, hedges and clause
/// boundaries before a match, one anchored pattern for the after-cues.
struct CompiledNegation: Sendable {
    /// Hedges, cues and boundaries (hedges first: "no concerns" must win over "no").
    let before: CueList?
    /// `\G` then up to five words, then an after-cue ("was not an issue").
    let after: Pattern?
    /// The after-cues as written: taxonomies with the same list share one look per text.
    let afterList: [String]
    /// `\G` then an after-cue without its final `\b`, and the words every after-cue
    /// starts with: where the first matches at a word start that the second allows, an
    /// after-cue may begin (see ``Tagger/afterCueCanFollow(_:_:_:)``). Nil: no prefilter.
    let afterStart: Pattern?
    let afterLeading: LeadingWords?
    let window: Int
    let hedgeWindow: Int

    init(_ rules: NegationRules, taxonomy: Taxonomy) throws {
        func alternation(_ phrases: [String], _ what: String) throws -> String {
            let sources = try phrases.map { phrase -> String in
                do {
                    return RegexSource.phrase(try PhraseSyntax.exactTokens(of: phrase)) + #"\b"#
                } catch let error as PhraseSyntax.Problem {
                    throw ClassificationError.taxonomy(
                        taxonomy.source.isEmpty ? taxonomy.name : taxonomy.source, line: nil,
                        "negation \(what): \(error.message)")
                }
            }
            // Longest first, so "no longer" is tried before "no".
            return sources.sorted { $0.utf8.count > $1.utf8.count }.joined(separator: "|")
        }
        // Checked for syntax like any phrase, then matched word by word.
        _ = try alternation(rules.hedges, "hedges")
        _ = try alternation(rules.cues, "cues")
        _ = try alternation(rules.boundaries, "boundaries")
        let afterList = try alternation(rules.after, "after")
        do {
            self.after = afterList.isEmpty
                ? nil
                : try Pattern(
                    #"\G(?:[\s,\-]+[\w'\x{2019}]+){0,5}?[\s,\-]+(?:"# + afterList + ")",
                    options: Classifier.patternOptions)
        } catch {
            throw CandourError(.invalidTaxonomy, "negation rules of '\(taxonomy.name)' do not compile: \(error)")
        }
        self.afterList = rules.after
        var leading: [[UInt8]] = []
        var relaxed: [String] = []
        for phrase in rules.after {
            guard let tokens = try? PhraseSyntax.exactTokens(of: phrase), case .word(let forms)? = tokens.first,
                let form = forms.first
            else { break }
            let word = Array(form.utf8.prefix { PhraseTables.isWord($0) })
            guard !word.isEmpty, forms.allSatisfy({ RegexSource.isWordCharacter($0.first) }) else { break }
            leading.append(word)
            relaxed.append(RegexSource.phrase(tokens, finalBoundary: false))
        }
        if relaxed.count == rules.after.count, !relaxed.isEmpty,
            let words = LeadingWords(words: leading, caseless: true),
            let start = try? Pattern(#"\G(?:"# + relaxed.joined(separator: "|") + ")", options: Classifier.patternOptions)
        {
            self.afterStart = start
            self.afterLeading = words
        } else {
            self.afterStart = nil
            self.afterLeading = nil
        }
        self.before = rules.cues.isEmpty && rules.hedges.isEmpty
            ? nil : CueList(hedges: rules.hedges, cues: rules.cues, boundaries: rules.boundaries)
        self.window = rules.window
        self.hedgeWindow = rules.hedgeWindow
    }
}
