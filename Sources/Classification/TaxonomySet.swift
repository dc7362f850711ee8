import Diagnostics
import Foundation

/// The taxonomies in use: Candour's own from `wordlists/taxonomy/`, with any council
/// files merged over them.
public struct TaxonomySet: Sendable {
    /// The taxonomies, built-in ones first in the order of ``builtInNames``.
    public private(set) var taxonomies: [Taxonomy]

    /// Candour's taxonomies; the first three are the `candour tag --jsonl` contract.
    public static let builtInNames = ["themes", "learning", "actions", "compliments"]

    public init(_ taxonomies: [Taxonomy] = []) {
        self.taxonomies = taxonomies
    }

    /// The taxonomy named `name`.
    public subscript(name: String) -> Taxonomy? {
        taxonomies.first { $0.name == name }
    }

    /// Every `*.yaml` / `*.yml` file in `directory`, parsed, in file-name order.
    /// - Throws: ``CandourError`` (`notFound` for a missing folder, `io` for an unreadable
    ///   file, `invalidTaxonomy` with `file:line` for a malformed one).
    public static func files(in directory: String) throws -> [TaxonomyFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CandourError(.notFound, "no taxonomy folder here", context: directory)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        return try names.map { name in
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CandourError(.io, "cannot read taxonomy file", context: path)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ClassificationError.taxonomy(path, line: nil, "not UTF-8 text")
            }
            return try TaxonomyParser.parse(text, path: path)
        }
    }

    /// The taxonomies in `directory` (each file defining or amending one taxonomy).
    public static func load(directory: String) throws -> TaxonomySet {
        try files(in: directory).reduce(TaxonomySet()) { try $0.merging($1) }
    }

    /// Candour's own taxonomies, from ``builtInDirectory()``.
    /// - Throws: ``CandourError`` `notFound` when the folder cannot be found.
    public static func builtIn() throws -> TaxonomySet {
        guard let directory = builtInDirectory() else {
            throw CandourError(
                .notFound,
                "cannot find Candour's taxonomy files (wordlists/taxonomy); set CANDOUR_TAXONOMY_DIR")
        }
        return try load(directory: directory)
    }

    /// Where Candour's own taxonomy files are: `$CANDOUR_TAXONOMY_DIR`, else
    /// `wordlists/taxonomy` (or `share/candour/taxonomy`) in a folder above the running
    /// executable, else the source checkout this module was built from, else the current
    /// folder.
    public static func builtInDirectory() -> String? {
        let fileManager = FileManager.default
        func valid(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if let override = ProcessInfo.processInfo.environment["CANDOUR_TAXONOMY_DIR"], !override.isEmpty {
            return override
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("wordlists/taxonomy"))
            candidates.append(directory.appendingPathComponent("share/candour/taxonomy"))
            directory.deleteLastPathComponent()
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent("wordlists/taxonomy"))
        candidates.append(URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("wordlists/taxonomy"))
        return candidates.map(\.path).first(where: valid)
    }

    /// This set with `file` merged in: new taxonomies and categories are added; a
    /// category with a known id is replaced, extended or removed as its `mode` says.
    /// - Throws: ``CandourError`` `invalidTaxonomy` at the definition's line when it
    ///   extends or removes a category that does not exist.
    public func merging(_ file: TaxonomyFile) throws -> TaxonomySet {
        var out = self
        var taxonomy: Taxonomy
        let index = taxonomies.firstIndex { $0.name == file.name }
        if let index {
            taxonomy = taxonomies[index]
        } else {
            taxonomy = Taxonomy(name: file.name, label: file.name, source: file.path)
        }
        if let label = file.label { taxonomy.label = label }
        if let description = file.description { taxonomy.description = description }
        taxonomy.negation = file.negation.applied(to: taxonomy.negation)
        for definition in file.definitions {
            let id = definition.category.id
            let existing = taxonomy.categories.firstIndex { $0.id == id }
            switch (definition.mode, existing) {
            case (.replace, let position?):
                taxonomy.categories[position] = definition.category
            case (.replace, nil):
                taxonomy.categories.append(definition.category)
            case (.extend, let position?):
                var category = taxonomy.categories[position]
                let new = definition.category
                category.entries += new.entries
                category.exclusions += new.exclusions
                category.inclusions += new.inclusions
                if definition.setsLabel { category.label = new.label }
                if definition.setsDescription { category.description = new.description }
                if definition.setsThreshold { category.threshold = new.threshold }
                if definition.setsGroup { category.group = new.group }
                taxonomy.categories[position] = category
            case (.remove, let position?):
                taxonomy.categories.remove(at: position)
            case (.extend, nil), (.remove, nil):
                throw ClassificationError.taxonomy(
                    file.path, line: definition.line,
                    "cannot \(definition.mode.rawValue) category '\(id)': taxonomy '\(file.name)' has no such category")
            }
        }
        if let index {
            out.taxonomies[index] = taxonomy
        } else {
            out.taxonomies.append(taxonomy)
            out.taxonomies.sort { Self.order($0.name) < Self.order($1.name) }
        }
        return out
    }

    /// Built-in taxonomies first, in contract order, then others by name.
    static func order(_ name: String) -> (Int, String) {
        (builtInNames.firstIndex(of: name) ?? builtInNames.count, name)
    }

    /// This set with every category's `include:` resolved: the referenced categories'
    /// phrases, patterns and exclusions appended to its own (not their topics, which
    /// name a subject rather than what went wrong; one level deep: what an included
    /// category itself includes is not followed).
    /// - Throws: ``CandourError`` `invalidTaxonomy` at the include's line when it names a
    ///   taxonomy or category that does not exist.
    public func resolvingInclusions() throws -> TaxonomySet {
        var out = self
        for (t, taxonomy) in taxonomies.enumerated() {
            for (c, category) in taxonomy.categories.enumerated() {
                for inclusion in category.inclusions {
                    let parts = inclusion.reference.split(separator: "/").map(String.init)
                    guard parts.count == 2, let source = self[parts[0]]?.category(parts[1]) else {
                        throw ClassificationError.taxonomy(
                            inclusion.file.isEmpty ? taxonomy.name : inclusion.file, line: inclusion.line,
                            "include '\(inclusion.reference)' names no loaded category")
                    }
                    out.taxonomies[t].categories[c].entries += source.entries.filter { $0.polarity == .problem }
                    out.taxonomies[t].categories[c].exclusions += source.exclusions
                }
                out.taxonomies[t].categories[c].inclusions = []
            }
        }
        return out
    }

    /// Builds a classifier over these taxonomies (inclusions resolved).
    public func classifier() throws -> Classifier {
        try Classifier(taxonomies: resolvingInclusions().taxonomies)
    }
}
