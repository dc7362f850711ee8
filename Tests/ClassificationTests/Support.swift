import Classification
import Foundation

/// Shared fixtures: Candour's own taxonomies and the annotated set, found from this file.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = root.deletingLastPathComponent().deletingLastPathComponent()
    static let taxonomyDirectory = packageRoot.appendingPathComponent("wordlists/taxonomy").path
    static let annotatedSet = root.appendingPathComponent("Fixtures/tags.jsonl").path

    /// Candour's built-in taxonomies, loaded once.
    static let builtIn: TaxonomySet = try! TaxonomySet.load(directory: taxonomyDirectory)
    static let classifier: Classifier = try! builtIn.classifier()

    /// A fresh tagger over the built-in taxonomies (taggers are per thread).
    static func tagger() -> Tagger { Tagger(classifier) }

    /// A temporary folder holding `files` (name → YAML text).
    static func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("candour-tax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url.path
    }

    /// A classifier over one small taxonomy given as YAML.
    static func classifier(yaml: String) throws -> Classifier {
        try TaxonomySet().merging(TaxonomyParser.parse(yaml, path: "test.yaml")).classifier()
    }
}
