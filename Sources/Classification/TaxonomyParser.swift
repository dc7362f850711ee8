import Diagnostics
import PCRE2
import Yams

/// Reads a taxonomy file from YAML, checking every field and reporting problems as
/// `file:line: problem`.
///
/// The format (see `docs/README-tagging.md`):
/// ```yaml
/// taxonomy: themes
/// label: Complaint themes
/// categories:
///   - id: delay
///     label: Delay
///     threshold: 1
///     phrases: [delay, "waited ... weeks", {phrase: drift, weight: 0.5}]
///     topics: [timescale]
///     patterns: [{pattern: '\b\d+ weeks? late\b', weight: 1}]
///     exclude: [without delay]
/// ```
public enum TaxonomyParser {
    static let topKeys: Set<String> = ["taxonomy", "label", "description", "negation", "categories", "version"]
    static let categoryKeys: Set<String> = [
        "id", "label", "description", "group", "threshold", "mode", "phrases", "topics", "patterns", "exclude",
        "include",
    ]
    static let negationKeys: Set<String> = ["cues", "window", "hedges", "hedge_window", "after", "boundaries"]

    /// Parses `text`, naming `path` in errors.
    /// - Throws: ``CandourError`` with code `invalidTaxonomy` and context `path:line`.
    public static func parse(_ text: String, path: String) throws -> TaxonomyFile {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ClassificationError.taxonomy(path, line: 1, "the file is empty")
            }
            root = node
        } catch let error as YamlError {
            throw yamlProblem(error, path: path)
        }
        let reader = Reader(path: path)
        return try reader.file(root)
    }

    /// The line and message of a YAML syntax error.
    static func yamlProblem(_ error: YamlError, path: String) -> CandourError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return ClassificationError.taxonomy(path, line: mark.line, "YAML syntax: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ClassificationError.taxonomy(
                path, line: context.mark.line, "duplicate key '\(duplicates.joined(separator: "', '"))' in a mapping")
        case .reader(let problem, _, _, _):
            return ClassificationError.taxonomy(path, line: nil, "YAML: \(problem)")
        default:
            return ClassificationError.taxonomy(path, line: nil, "YAML: \(error)")
        }
    }

    /// Walks the composed YAML tree.
    struct Reader {
        let path: String

        func fail(_ node: Node?, _ problem: String) -> CandourError {
            ClassificationError.taxonomy(path, line: node?.mark?.line, problem)
        }

        func mapping(_ node: Node, _ what: String) throws -> Node.Mapping {
            guard case .mapping(let mapping) = node else { throw fail(node, "\(what) must be a mapping") }
            return mapping
        }

        func string(_ node: Node, _ what: String) throws -> String {
            guard case .scalar(let scalar) = node else { throw fail(node, "\(what) must be text") }
            return scalar.string
        }

        func number(_ node: Node, _ what: String) throws -> Double {
            guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
                throw fail(node, "\(what) must be a number")
            }
            return value
        }

        func positive(_ node: Node, _ what: String) throws -> Double {
            let value = try number(node, what)
            guard value > 0 else { throw fail(node, "\(what) must be greater than 0") }
            return value
        }

        func integer(_ node: Node, _ what: String) throws -> Int {
            guard case .scalar(let scalar) = node, let value = Int(scalar.string), value >= 0 else {
                throw fail(node, "\(what) must be a whole number")
            }
            return value
        }

        func sequence(_ node: Node, _ what: String) throws -> [Node] {
            switch node {
            case .sequence(let sequence): return Array(sequence)
            case .scalar(let scalar) where scalar.string.isEmpty && scalar.style == .plain: return []
            default: throw fail(node, "\(what) must be a list")
            }
        }

        func strings(_ node: Node, _ what: String) throws -> [String] {
            try sequence(node, what).map { item in
                let text = try string(item, "each item of \(what)")
                try checkPhrase(text, item, what)
                return text
            }
        }

        /// Keys in `mapping` checked against `allowed`, each with its node.
        func keyed(_ mapping: Node.Mapping, allowed: Set<String>, _ what: String) throws -> [(String, Node, Node)] {
            var seen: Set<String> = []
            var out: [(String, Node, Node)] = []
            for (keyNode, value) in mapping {
                let key = try string(keyNode, "a key")
                guard allowed.contains(key) else {
                    let known = allowed.sorted().joined(separator: ", ")
                    throw fail(keyNode, "unknown key '\(key)' in \(what) (expected one of: \(known))")
                }
                guard seen.insert(key).inserted else { throw fail(keyNode, "duplicate key '\(key)' in \(what)") }
                out.append((key, keyNode, value))
            }
            return out
        }

        func file(_ root: Node) throws -> TaxonomyFile {
            let top = try mapping(root, "a taxonomy file")
            var name: String?
            var label: String?, description: String?
            var negation = NegationOverrides()
            var definitions: [TaxonomyFile.Definition] = []
            var categoriesSeen = false
            for (key, _, value) in try keyed(top, allowed: TaxonomyParser.topKeys, "the file") {
                switch key {
                case "taxonomy":
                    let text = try string(value, "taxonomy")
                    guard Self.isIdentifier(text) else {
                        throw fail(value, "taxonomy name '\(text)' must be lowercase letters, digits and hyphens")
                    }
                    name = text
                case "label": label = try string(value, "label")
                case "description": description = try string(value, "description")
                case "version": _ = try string(value, "version")
                case "negation": negation = try negationOverrides(value)
                case "categories":
                    categoriesSeen = true
                    var ids: [String: Int] = [:]
                    for item in try sequence(value, "categories") {
                        let definition = try self.definition(item)
                        if let first = ids[definition.category.id] {
                            throw fail(item, "duplicate category id '\(definition.category.id)' (first defined on line \(first))")
                        }
                        ids[definition.category.id] = definition.line
                        definitions.append(definition)
                    }
                default: break
                }
            }
            guard let name else { throw fail(root, "missing 'taxonomy:' (themes, learning, actions, compliments or a new name)") }
            guard categoriesSeen || label != nil || description != nil || negation.cues != nil || negation.hedges != nil
                || negation.after != nil || negation.window != nil || negation.hedgeWindow != nil
                || negation.boundaries != nil
            else { throw fail(root, "missing 'categories:'") }
            return TaxonomyFile(
                path: path, name: name, label: label, description: description, negation: negation,
                definitions: definitions)
        }

        func negationOverrides(_ node: Node) throws -> NegationOverrides {
            var out = NegationOverrides()
            for (key, _, value) in try keyed(try mapping(node, "negation"), allowed: TaxonomyParser.negationKeys, "negation") {
                switch key {
                case "cues": out.cues = try strings(value, "negation cues")
                case "window": out.window = try integer(value, "negation window")
                case "hedges": out.hedges = try strings(value, "negation hedges")
                case "hedge_window": out.hedgeWindow = try integer(value, "negation hedge_window")
                case "after": out.after = try strings(value, "negation after")
                case "boundaries": out.boundaries = try strings(value, "negation boundaries")
                default: break
                }
            }
            return out
        }

        func definition(_ node: Node) throws -> TaxonomyFile.Definition {
            let map = try mapping(node, "a category")
            let line = node.mark?.line ?? 0
            var id: String?
            var category = Category(id: "")
            var mode = TaxonomyFile.Mode.replace
            var setsLabel = false, setsDescription = false, setsThreshold = false, setsGroup = false
            for (key, _, value) in try keyed(map, allowed: TaxonomyParser.categoryKeys, "a category") {
                switch key {
                case "id":
                    let text = try string(value, "id")
                    guard Self.isIdentifier(text) else {
                        throw fail(value, "category id '\(text)' must be lowercase letters, digits and hyphens")
                    }
                    id = text
                case "label": category.label = try string(value, "label"); setsLabel = true
                case "description": category.description = try string(value, "description"); setsDescription = true
                case "group": category.group = try string(value, "group"); setsGroup = true
                case "threshold": category.threshold = try positive(value, "threshold"); setsThreshold = true
                case "mode":
                    let text = try string(value, "mode")
                    guard let parsed = TaxonomyFile.Mode(rawValue: text) else {
                        throw fail(value, "mode '\(text)' must be replace, extend or remove")
                    }
                    mode = parsed
                case "phrases": category.entries += try entries(value, "phrases", polarity: .problem)
                case "topics": category.entries += try entries(value, "topics", polarity: .topic)
                case "patterns": category.entries += try patterns(value)
                case "exclude": category.exclusions += try entries(value, "exclude", polarity: .problem)
                case "include":
                    for item in try sequence(value, "include") {
                        let reference = try string(item, "each item of include")
                        let parts = reference.split(separator: "/")
                        guard parts.count == 2, parts.allSatisfy({ Self.isIdentifier(String($0)) }) else {
                            throw fail(item, "include '\(reference)' must be taxonomy/category, like themes/delay")
                        }
                        category.inclusions.append(Category.Inclusion(reference, file: path, line: item.mark?.line ?? 0))
                    }
                default: break
                }
            }
            guard let id else { throw fail(node, "a category needs an 'id:'") }
            category.id = id
            if !setsLabel { category.label = id }
            if mode != .remove, category.entries.isEmpty, category.inclusions.isEmpty {
                if mode == .replace { throw fail(node, "category '\(id)' has no phrases, topics or patterns") }
            }
            return TaxonomyFile.Definition(
                category: category, mode: mode, setsLabel: setsLabel, setsDescription: setsDescription,
                setsThreshold: setsThreshold, setsGroup: setsGroup, line: line)
        }

        func entries(_ node: Node, _ what: String, polarity: VocabularyEntry.Polarity) throws -> [VocabularyEntry] {
            try sequence(node, what).map { item in
                let line = item.mark?.line ?? 0
                switch item {
                case .scalar(let scalar):
                    try checkPhrase(scalar.string, item, what)
                    return VocabularyEntry(scalar.string, kind: .phrase, weight: 1, polarity: polarity, file: path, line: line)
                case .mapping(let map):
                    var text: String?
                    var weight = 1.0
                    let allowed: Set<String> = ["phrase", "weight"]
                    for (key, _, value) in try keyed(map, allowed: allowed, "an item of \(what)") {
                        if key == "phrase" { text = try string(value, "phrase") } else { weight = try positive(value, "weight") }
                    }
                    guard let text else { throw fail(item, "an item of \(what) needs 'phrase:'") }
                    try checkPhrase(text, item, what)
                    return VocabularyEntry(text, kind: .phrase, weight: weight, polarity: polarity, file: path, line: line)
                default:
                    throw fail(item, "each item of \(what) must be a phrase or {phrase, weight}")
                }
            }
        }

        func patterns(_ node: Node) throws -> [VocabularyEntry] {
            try sequence(node, "patterns").map { item in
                let line = item.mark?.line ?? 0
                var source: String?
                var weight = 1.0
                var polarity = VocabularyEntry.Polarity.problem
                switch item {
                case .scalar(let scalar): source = scalar.string
                case .mapping(let map):
                    let allowed: Set<String> = ["pattern", "weight", "polarity"]
                    for (key, _, value) in try keyed(map, allowed: allowed, "a pattern") {
                        switch key {
                        case "pattern": source = try string(value, "pattern")
                        case "weight": weight = try positive(value, "weight")
                        default:
                            let text = try string(value, "polarity")
                            guard let parsed = VocabularyEntry.Polarity(rawValue: text) else {
                                throw fail(value, "polarity '\(text)' must be problem or topic")
                            }
                            polarity = parsed
                        }
                    }
                default: throw fail(item, "each pattern must be text or {pattern, weight, polarity}")
                }
                guard let source, !source.isEmpty else { throw fail(item, "a pattern needs 'pattern:'") }
                let compiled: Pattern
                do {
                    compiled = try Pattern("(?:\(source))", options: Classifier.patternOptions)
                } catch let error as PCRE2Error {
                    let at = error.offset.map { " at offset \(max(0, $0 - 3))" } ?? ""
                    throw fail(item, "pattern '\(source)' does not compile\(at): \(error.message)")
                }
                for probe in ["", " ", "a b", "The. x"] {
                    if let match = try? compiled.firstMatch(in: Subject(probe)), match.range.isEmpty {
                        throw fail(item, "pattern '\(source)' can match empty text")
                    }
                }
                return VocabularyEntry(source, kind: .pattern, weight: weight, polarity: polarity, file: path, line: line)
            }
        }

        func checkPhrase(_ text: String, _ node: Node, _ what: String) throws {
            do {
                try PhraseSyntax.check(text)
            } catch {
                throw fail(node, "\(what): \(error.message)")
            }
        }

        static func isIdentifier(_ text: String) -> Bool {
            guard let first = text.utf8.first, (0x61...0x7A).contains(first) || (0x30...0x39).contains(first) else {
                return false
            }
            return text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        }
    }
}
