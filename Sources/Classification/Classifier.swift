import Diagnostics
import PCRE2

/// Taxonomies compiled for matching: every phrase of every vocabulary in one tree of
/// tokens over shared word forms, matched on UTF-8 bytes (``PhraseTables``).
///
/// Matching is in two stages, as when it was done with PCRE2 patterns (whose semantics
/// it keeps exactly; see ``PhraseMatcher``). A *scan* finds the places a phrase can
/// start: word starts where a phrase's first word (or a function word and the next one)
/// is read, places a phrase that opens oddly or a taxonomy pattern can start, and the
/// redaction placeholders, which are skipped whole. At each, the phrases in the
/// *buckets* for its first letters are tried in order; in each bucket the first that
/// matches reports every phrase that ends along its path. Words are read by looking the
/// whole word up in a hash table and prefixes (`stem*`) in a small trie, once per
/// place. All vocabularies (themes, learning, actions, compliments and a council's own)
/// share the same pass. Only taxonomy `patterns:` still run as PCRE2 (JIT) patterns.
///
/// Building one is cheap (no JIT-compiled vocabulary): the phrase tree, the form tables
/// and the bucket boundaries (which follow the size of the pattern source each bucket
/// once was, counted rather than built).
///
/// A classifier is immutable and `Sendable`; make one ``Tagger`` per thread to use it.
public struct Classifier: Sendable {
    /// One place a phrase counts: the taxonomy, category and entry it came from.
    struct Target: Sendable, Hashable {
        let taxonomy: Int
        let category: Int
        let entry: Int
        let exclusion: Bool
        /// The entry's (or exclusion's) index in its taxonomy, all categories' in a row.
        var flat = 0
    }

    /// How every vocabulary pattern is compiled: UTF-8, caseless, with ASCII word
    /// boundaries (Unicode-property `\b` costs several times more per byte, and the
    /// vocabularies are English).
    public static let patternOptions: PatternOptions = [.utf, .caseless]

    /// The taxonomies, in the order results are reported.
    public let taxonomies: [Taxonomy]
    /// The phrase vocabulary: tokens, byte tries, buckets and the scanner's heads.
    let tables: PhraseTables
    /// Taxonomy patterns, with their leaves and how to find where they match.
    let patterns: [TaxonomyPattern]
    /// What each leaf counts for: `leafTargets[leafStart[l] ..< leafStart[l + 1]]`.
    let leafTargets: [Target]
    let leafStart: [Int32]
    /// Negation cues compiled per taxonomy, in the order of ``taxonomies``.
    let negation: [CompiledNegation]
    /// Every taxonomy's cues, hedges and boundaries in one table.
    let cues: CueTable
    /// Per taxonomy, what resolving matches into labels reads, flattened.
    let resolving: [Resolving]

    /// A taxonomy's categories and entries in flat arrays (entry `e` of category `c` at
    /// `entryStart[c] + e`), so resolving copies no category or entry values.
    final class Resolving: Sendable {
        let name: String
        let ids: [String]
        let thresholds: [Double]
        let entryStart: [Int]
        /// Everything resolving reads of one entry, side by side (one cache line).
        struct Entry: Sendable {
            let text: String
            let weight: Double
            let kind: VocabularyEntry.Kind
            /// Names a problem (plain negation suppresses it) rather than a topic.
            let problem: Bool
            /// For a phrase with `...`: its own words, lowercased (a cue among the skipped
            /// words that the phrase spells out itself does not negate it).
            let gapWords: Set<String>?
        }
        let entries: [Entry]
        /// Each entry's weight and whether it names a problem, apart (read for every
        /// match without copying the entry's strings).
        let weights: [Double]
        let problems: [Bool]
        /// Whether each entry skips words (has ``Entry/gapWords``), apart for the same reason.
        let gapped: [Bool]
        let exclusionStart: [Int]
        let exclusionTexts: [String]

        init(_ taxonomy: Taxonomy) {
            name = taxonomy.name
            ids = taxonomy.categories.map(\.id)
            thresholds = taxonomy.categories.map(\.threshold)
            var entryStart: [Int] = []
            var exclusionStart: [Int] = []
            var entries: [VocabularyEntry] = []
            var exclusions: [String] = []
            for category in taxonomy.categories {
                entryStart.append(entries.count)
                entries += category.entries
                exclusionStart.append(exclusions.count)
                exclusions += category.exclusions.map(\.text)
            }
            self.entryStart = entryStart
            self.exclusionStart = exclusionStart
            self.entries = entries.map { entry in
                Entry(
                    text: entry.text, weight: entry.weight, kind: entry.kind, problem: entry.polarity == .problem,
                    gapWords: entry.hasGap ? Set(entry.text.lowercased().split(separator: " ").map(String.init)) : nil)
            }
            weights = entries.map(\.weight)
            problems = entries.map { $0.polarity == .problem }
            gapped = entries.map(\.hasGap)
            exclusionTexts = exclusions
        }

        func exclusionText(_ category: Int, _ entry: Int) -> String { exclusionTexts[exclusionStart[category] + entry] }
    }

    /// The taxonomy named `name`, with its index.
    public func taxonomyIndex(_ name: String) -> Int? {
        taxonomies.firstIndex { $0.name == name }
    }

    /// Compiles `taxonomies`.
    /// - Throws: ``CandourError`` (`invalidTaxonomy`) naming the file and line of a phrase
    ///   or pattern that cannot be compiled.
    /// - Complexity: linear in the size of the vocabulary; done once per run.
    public init(taxonomies: [Taxonomy]) throws {
        self.taxonomies = taxonomies
        var trie = PhraseTrie()
        var leafTargets: [[Target]] = []
        var patternLeaves: [String: Int] = [:]
        var patternEntries: [(source: String, leaf: Int, where: String)] = []

        func add(_ target: Target, to leaf: Int) {
            while leafTargets.count <= leaf { leafTargets.append([]) }
            leafTargets[leaf].append(target)
        }
        var nextPatternLeaf = 0
        // The same phrase often stands in several categories and taxonomies (`include:`).
        var tokensByText: [String: [PhraseSyntax.Token]] = [:]
        var formsByWord: [String: [String]] = [:]
        var pendingPatterns: [(Target, String, String)] = []
        for (t, taxonomy) in taxonomies.enumerated() {
            for (c, category) in taxonomy.categories.enumerated() {
                let lists = [(category.entries, false), (category.exclusions, true)]
                for (entries, exclusion) in lists {
                    for (e, entry) in entries.enumerated() {
                        let target = Target(taxonomy: t, category: c, entry: e, exclusion: exclusion)
                        let location = entry.file.isEmpty ? taxonomy.name : entry.file
                        switch entry.kind {
                        case .phrase:
                            let tokens: [PhraseSyntax.Token]
                            if let known = tokensByText[entry.text] {
                                tokens = known
                            } else {
                                do {
                                    tokens = try PhraseSyntax.tokens(of: entry.text, forms: &formsByWord)
                                } catch {
                                    throw ClassificationError.taxonomy(location, line: entry.line, error.message)
                                }
                                tokensByText[entry.text] = tokens
                            }
                            add(target, to: trie.insert(tokens))
                        case .pattern:
                            pendingPatterns.append((target, entry.text, "\(location):\(entry.line)"))
                        }
                    }
                }
            }
        }
        // Patterns get leaves after the phrases so phrase leaves stay dense.
        nextPatternLeaf = trie.leafCount
        while leafTargets.count < trie.leafCount { leafTargets.append([]) }
        for (target, source, location) in pendingPatterns {
            if let leaf = patternLeaves[source] {
                leafTargets[leaf].append(target)
                continue
            }
            patternLeaves[source] = nextPatternLeaf
            patternEntries.append((source, nextPatternLeaf, location))
            leafTargets.append([target])
            nextPatternLeaf += 1
        }
        // Flat indices, as ``Resolving`` lays the entries out.
        var entryBase: [[Int]] = []
        var exclusionBase: [[Int]] = []
        for taxonomy in taxonomies {
            var entries = 0, exclusions = 0
            var e: [Int] = [], x: [Int] = []
            for category in taxonomy.categories {
                e.append(entries)
                x.append(exclusions)
                entries += category.entries.count
                exclusions += category.exclusions.count
            }
            entryBase.append(e)
            exclusionBase.append(x)
        }
        for leaf in leafTargets.indices {
            for k in leafTargets[leaf].indices {
                let target = leafTargets[leaf][k]
                let base = target.exclusion ? exclusionBase : entryBase
                leafTargets[leaf][k].flat = base[target.taxonomy][target.category] + target.entry
            }
        }
        self.leafTargets = leafTargets.flatMap { $0 }
        var leafStart: [Int32] = [0]
        for targets in leafTargets { leafStart.append(leafStart.last! + Int32(targets.count)) }
        self.leafStart = leafStart

        // Group the trie's first tokens by their first one or two letters.
        var matcher = PhraseMatcher()
        var byTwo: [Int: [PhraseTrie.Node]] = [:]
        var byOne: [Int: [PhraseTrie.Node]] = [:]
        var miscNodes: [PhraseTrie.Node] = []
        for node in trie.root.children {
            guard let token = node.token else { continue }
            switch Self.key(of: token) {
            case .two(let key, let forms):
                byTwo[key, default: []].append(node)
                Self.addScannerHeads(node, forms, to: &matcher)
            case .one(let key, let forms):
                byOne[key, default: []].append(node)
                Self.addScannerHeads(node, forms, to: &matcher)
            case .none:
                miscNodes.append(node)
            }
        }

        // Buckets are cut where the PCRE2 alternations they stand for were cut (about
        // 12 kB of pattern source each): the first alternative that matches in a bucket
        // is the one that reports.
        var index: [ObjectIdentifier: Int32] = [:]
        func compiled(_ node: PhraseTrie.Node) -> Int32 {
            if let known = index[ObjectIdentifier(node)] { return known }
            let added = matcher.add(node)
            index[ObjectIdentifier(node)] = added
            return added
        }
        var lengths: [PhraseSyntax.Token: Int] = [:]
        func makeBuckets(_ nodes: [PhraseTrie.Node], boundary: Bool) -> [Int32] {
            var indices: [Int32] = []
            var chunk: [Int32] = []
            var size = 0
            func flush() {
                guard !chunk.isEmpty else { return }
                indices.append(matcher.choice(chunk, boundary: boundary))
                chunk = []
                size = 0
            }
            for node in nodes {
                chunk.append(compiled(node))
                size += PhraseTrie.emitLength(node, cache: &lengths)
                if boundary, let token = node.token, Self.startsWithWord(token) { size += 2 }
                if size > 12_000 { flush() }
            }
            flush()
            return indices
        }
        var two = [[Int32]](repeating: [], count: 128 * 128)
        for (key, nodes) in byTwo.sorted(by: { $0.key < $1.key }) { two[key] = makeBuckets(nodes, boundary: false) }
        var one = [[Int32]](repeating: [], count: 128)
        for (key, nodes) in byOne.sorted(by: { $0.key < $1.key }) { one[key] = makeBuckets(nodes, boundary: false) }
        let misc = makeBuckets(miscNodes, boundary: true)
        let miscStarts = miscNodes.map { compiled($0) }
        let specialTrie = matcher.specialRoot
        let formRoot = matcher.flatten(specialTrie)

        // Bytes a misc phrase's first token can start with (any word byte for `*ending`).
        var miscFirst = [Bool](repeating: false, count: 256)
        for node in miscNodes {
            guard let token = node.token else { continue }
            var firsts: [String] = []
            switch token {
            case .word(let forms): firsts = forms
            case .prefix(let stem): firsts = [stem]
            case .suffix(let ending):
                firsts = [ending]
                for byte in 0..<256 where PhraseTables.isWord(UInt8(byte)) { miscFirst[byte] = true }
            case .gap: continue
            }
            for form in firsts {
                guard let first = form.utf8.first else { continue }
                miscFirst[Int(first)] = true
                if (0x61...0x7A).contains(first) { miscFirst[Int(first & ~0x20)] = true }
                if first == UInt8(ascii: "'") || first == 0xE2 {
                    miscFirst[Int(UInt8(ascii: "'"))] = true
                    miscFirst[0xE2] = true
                }
            }
        }
        self.tables = PhraseTables(
            matcher, formRoot: formRoot, twoLetter: two, oneLetter: one, misc: misc, miscStarts: miscStarts, miscFirst: miscFirst)

        // User patterns stay PCRE2, each found on its own (see `TaxonomyPattern`).
        var patterns: [TaxonomyPattern] = []
        for entry in patternEntries {
            do {
                patterns.append(try TaxonomyPattern(source: entry.source, leaf: entry.leaf))
            } catch {
                throw CandourError(.invalidTaxonomy, "vocabulary does not compile: \(error)")
            }
        }
        self.patterns = patterns
        self.negation = try taxonomies.map { try CompiledNegation($0.negation, taxonomy: $0) }
        self.cues = CueTable(negation.map(\.before))
        self.resolving = taxonomies.map(Resolving.init)
    }

    /// Whether the scanner looks for one form of a first word followed by a word
    /// boundary: short words are (so "no" does not fire on every "not" and "now"); longer
    /// ones and prefix stems (`stem*`) are left open, since the buckets check the full
    /// word anyway.
    static func scannerHeadIsBounded(_ head: String, _ token: PhraseSyntax.Token) -> Bool {
        if case .prefix = token { return false }
        return head.count <= 5 && RegexSource.isWordCharacter(head.last)
    }

    /// Records what the scanner looks for to find where `node`'s phrases may start. A
    /// phrase that opens with a function word ("in place", "the way ... spoke", "to
    /// ensure") is looked for by its first two words: "the", "to" and "in" alone would
    /// stop the scanner at every other word.
    static func addScannerHeads(_ node: PhraseTrie.Node, _ heads: [String], to matcher: inout PhraseMatcher) {
        guard let token = node.token else { return }
        /// A word without `\b` after it whose head asks for one: its phrases can match
        /// where no head does, so the heads must be checked everywhere.
        func noteUnbounded(_ token: PhraseSyntax.Token, _ forms: [String]) {
            guard case .word(let all) = token, !all.allSatisfy({ RegexSource.isWordCharacter($0.last) }) else { return }
            if forms.contains(where: { scannerHeadIsBounded($0, token) }) { matcher.exactHeads = true }
        }
        func single() {
            noteUnbounded(token, heads)
            for head in heads { matcher.addHead(head, bounded: scannerHeadIsBounded(head, token)) }
        }
        guard case .word(let forms) = token, forms.count == 1, Inflection.functionWords.contains(forms[0]),
            node.leaf == nil, !node.children.isEmpty
        else { return single() }
        var pairs: [(String, Bool)] = []
        for child in node.children {
            switch child.token {
            case .word(let next)?:
                noteUnbounded(child.token!, next)
                for second in next { pairs.append((second, scannerHeadIsBounded(second, child.token!))) }
            case .prefix(let stem)?:
                pairs.append((stem, false))
            default:
                return single()
            }
        }
        for (second, bounded) in pairs { matcher.addHead(forms[0], then: second, bounded: bounded) }
    }

    /// How a first token is bucketed.
    enum Key {
        case two(Int, heads: [String])
        case one(Int, heads: [String])
        case none
    }

    static func key(of token: PhraseSyntax.Token) -> Key {
        let heads: [String]
        switch token {
        case .word(let forms): heads = forms
        case .prefix(let stem): heads = [stem]
        case .suffix, .gap: return .none
        }
        func code(_ c: Character?) -> Int? {
            guard let c, c.isASCII, c.isLetter || c.isNumber, let value = c.asciiValue else { return nil }
            return Int(value)
        }
        let firsts = Set(heads.map { $0.first })
        guard firsts.count == 1, let first = code(heads[0].first) else { return .none }
        let seconds = Set(heads.map { $0.dropFirst().first })
        if seconds.count == 1, let second = code(heads[0].dropFirst().first) {
            return .two(first * 128 + second, heads: heads)
        }
        return .one(first, heads: heads)
    }

    static func startsWithWord(_ token: PhraseSyntax.Token) -> Bool {
        switch token {
        case .word(let forms): return forms.allSatisfy { RegexSource.isWordCharacter($0.first) }
        case .prefix(let stem): return RegexSource.isWordCharacter(stem.first)
        case .suffix: return true
        case .gap: return false
        }
    }
}
