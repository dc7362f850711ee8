import Diagnostics
import PCRE2

/// Taxonomies compiled for matching: one scanning pattern for the whole vocabulary plus
/// small anchored patterns per first-letter bucket that say which phrases matched.
///
/// Matching is in two stages. The *scanner* is a single JIT-compiled pattern: the first
/// words of every phrase, factored into a character trie, plus the redaction
/// placeholders; it finds every place a phrase can start. At each such place the
/// *bucket* patterns for its first two letters run anchored (`\G`) and report, through
/// empty named groups at the end of each phrase, every phrase that ends there. All
/// vocabularies (themes, learning, actions, compliments and a council's own) share the
/// same pass over the text.
///
/// A classifier is immutable and `Sendable`; make one ``Tagger`` per thread to use it.
public struct Classifier: Sendable {
    /// One place a phrase counts: the taxonomy, category and entry it came from.
    struct Target: Sendable, Hashable {
        let taxonomy: Int
        let category: Int
        let entry: Int
        let exclusion: Bool
    }

    /// A small anchored pattern and which leaf each of its capture groups stands for.
    struct Bucket: Sendable {
        let pattern: Pattern
        /// Indexed by group number; -1 for groups that are not leaves (inside user patterns).
        let leafOfGroup: [Int]
    }

    /// How every vocabulary pattern is compiled: UTF-8, caseless, with ASCII word
    /// boundaries (Unicode-property `\b` costs several times more per byte, and the
    /// vocabularies are English).
    public static let patternOptions: PatternOptions = [.utf, .caseless]

    /// The taxonomies, in the order results are reported.
    public let taxonomies: [Taxonomy]
    let scanner: Pattern
    /// The scanner's capture group that is set when a misc start matched (nil: no misc).
    let scannerMiscGroup: Int?
    let buckets: [Bucket]
    /// Bucket indices for a two-letter key (`first * 128 + second`), lowercase ASCII.
    let twoLetter: [[Int32]]
    /// Bucket indices for a one-letter key.
    let oneLetter: [[Int32]]
    /// Buckets tried at every candidate start (patterns, phrases starting oddly).
    let misc: [Int32]
    /// What each leaf counts for.
    let leaves: [[Target]]
    /// Negation cues compiled per taxonomy, in the order of ``taxonomies``.
    let negation: [CompiledNegation]

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
                            do {
                                tokens = try PhraseSyntax.tokens(of: entry.text)
                            } catch {
                                throw ClassificationError.taxonomy(location, line: entry.line, error.message)
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
        self.leaves = leafTargets

        // Group the trie's first tokens by their first one or two letters.
        var byTwo: [Int: [PhraseTrie.Node]] = [:]
        var byOne: [Int: [PhraseTrie.Node]] = [:]
        var miscNodes: [PhraseTrie.Node] = []
        var starts = CharTrie()
        var miscStarts: [String] = []
        for node in trie.root.children {
            guard let token = node.token else { continue }
            switch Self.key(of: token) {
            case .two(let key, let heads):
                byTwo[key, default: []].append(node)
                for head in Self.scannerHeads(node, heads) { starts.insert(head) }
            case .one(let key, let heads):
                byOne[key, default: []].append(node)
                for head in Self.scannerHeads(node, heads) { starts.insert(head) }
            case .none:
                miscNodes.append(node)
                let boundary = Self.startsWithWord(token) ? #"\b"# : ""
                miscStarts.append(boundary + node.source)
            }
        }

        var buckets: [Bucket] = []
        func makeBuckets(_ nodes: [PhraseTrie.Node], extra: [(String, Int)] = [], boundary: Bool) throws -> [Int32] {
            var indices: [Int32] = []
            var chunk: [String] = []
            var size = 0
            func flush() throws {
                guard !chunk.isEmpty else { return }
                let source = #"\G(?:"# + chunk.joined(separator: "|") + ")"
                let pattern: Pattern
                do {
                    pattern = try Pattern(source, options: Classifier.patternOptions)
                } catch {
                    throw CandourError(.invalidTaxonomy, "vocabulary does not compile: \(error)")
                }
                var leafOfGroup = [Int](repeating: -1, count: pattern.captureCount + 1)
                // Leaf names are L<number>; map each group number back.
                for name in Self.leafNames(in: source) {
                    if let group = pattern.groupNumber(named: "L\(name)") { leafOfGroup[group] = name }
                }
                buckets.append(Bucket(pattern: pattern, leafOfGroup: leafOfGroup))
                indices.append(Int32(buckets.count - 1))
                chunk = []
                size = 0
            }
            for node in nodes {
                var source = PhraseTrie.emit(node)
                if boundary, let token = node.token, Self.startsWithWord(token) { source = #"\b"# + source }
                chunk.append(source)
                size += source.utf8.count
                if size > 12_000 { try flush() }
            }
            // Each pattern alone: in one alternation only the first that matches would report.
            for (source, leaf) in extra {
                try flush()
                chunk.append("(?:\(source))(?<L\(leaf)>)")
                try flush()
            }
            try flush()
            return indices
        }
        var two = [[Int32]](repeating: [], count: 128 * 128)
        for (key, nodes) in byTwo.sorted(by: { $0.key < $1.key }) { two[key] = try makeBuckets(nodes, boundary: false) }
        var one = [[Int32]](repeating: [], count: 128)
        for (key, nodes) in byOne.sorted(by: { $0.key < $1.key }) { one[key] = try makeBuckets(nodes, boundary: false) }
        self.misc = try makeBuckets(miscNodes, extra: patternEntries.map { ($0.source, $0.leaf) }, boundary: true)
        self.twoLetter = two
        self.oneLetter = one
        self.buckets = buckets

        // The scanner: placeholders first (they are skipped whole), then phrase starts.
        // Misc starts come before the trie inside one capture group: when the group is
        // unset at a hit, no misc phrase or pattern can match there, so the misc buckets
        // are skipped (most hits).
        var alternatives = [Placeholder.source]
        let miscAlternatives = miscStarts + patternEntries.map { "(?:\($0.source))" }
        if !miscAlternatives.isEmpty { alternatives.append("(" + miscAlternatives.joined(separator: "|") + ")") }
        let trieSource = starts.emitPrefixes()
        if !trieSource.isEmpty { alternatives.append(#"\b"# + trieSource) }
        do {
            self.scanner = try Pattern(alternatives.joined(separator: "|"), options: Classifier.patternOptions)
            self.scannerMiscGroup = miscAlternatives.isEmpty ? nil : 1
        } catch {
            throw CandourError(.invalidTaxonomy, "vocabulary does not compile: \(error)")
        }
        self.negation = try taxonomies.map { try CompiledNegation($0.negation, taxonomy: $0) }
    }

    /// The characters the scanner's trie holds for one form of a first word: short words
    /// end in ``CharTrie/boundary`` (so "no" does not fire on every "not" and "now");
    /// longer ones and prefix stems (`stem*`) are left open, which keeps the trie small
    /// enough for one compiled pattern (the buckets check the full word anyway).
    static func scannerHead(_ head: String, _ token: PhraseSyntax.Token) -> [Character] {
        if case .prefix = token { return Array(head) }
        guard head.count <= 5, RegexSource.isWordCharacter(head.last) else { return Array(head) }
        return Array(head) + [CharTrie.boundary]
    }

    /// What the scanner looks for to find where `node`'s phrases may start. A phrase
    /// that opens with a function word ("in place", "the way ... spoke", "to ensure") is
    /// looked for by its first two words: "the", "to" and "in" alone would stop the
    /// scanner at every other word.
    static func scannerHeads(_ node: PhraseTrie.Node, _ heads: [String]) -> [[Character]] {
        guard let token = node.token else { return [] }
        let single = heads.map { scannerHead($0, token) }
        guard case .word(let forms) = token, forms.count == 1, Inflection.functionWords.contains(forms[0]),
            node.leaf == nil, !node.children.isEmpty
        else { return single }
        var out: [[Character]] = []
        for child in node.children {
            switch child.token {
            case .word(let next)?:
                for second in next { out.append(Array(forms[0]) + [CharTrie.separator] + scannerHead(second, child.token!)) }
            case .prefix(let stem)?:
                out.append(Array(forms[0]) + [CharTrie.separator] + Array(stem))
            default:
                return single
            }
        }
        return out
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

    /// The numbers of every `(?<L…>)` group in `source`.
    static func leafNames(in source: String) -> [Int] {
        var out: [Int] = []
        let bytes = Array(source.utf8)
        var i = 0
        while i + 4 < bytes.count {
            // "(?<L" then digits then ">"
            if bytes[i] == 0x28, bytes[i + 1] == 0x3F, bytes[i + 2] == 0x3C, bytes[i + 3] == 0x4C {
                var j = i + 4
                var value = 0
                while j < bytes.count, (0x30...0x39).contains(bytes[j]) {
                    value = value * 10 + Int(bytes[j] - 0x30)
                    j += 1
                }
                if j > i + 4, j < bytes.count, bytes[j] == 0x3E { out.append(value) }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }
}
