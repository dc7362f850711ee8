import Foundation
@testable import Redaction

/// Shared set-up for redaction tests: the repository's wordlists and helpers to run a
/// text through the pipeline.
enum Support {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let wordlists = root.appendingPathComponent("wordlists")

    /// The default (publish) redactor, built once for the whole test run.
    static let publish: Redactor = try! Redactor(.init(wordlists: wordlists))

    static func redactor(policy: Policy = .strictest, known: [String] = [], key: [UInt8]? = nil) throws -> Redactor {
        try Redactor(.init(wordlists: wordlists, policy: policy, knownParties: known,
                           pseudonymizer: key.map { Pseudonymizer(keyBytes: $0) }))
    }

    /// The redacted text of `text` under `redactor`.
    static func redact(_ text: String, with redactor: Redactor = publish) throws -> String {
        try redactor.redact(Document(name: "test", text: text)).text
    }

    /// The texts of the findings of `type` (all types when nil).
    static func found(_ text: String, _ type: EntityType? = nil, with redactor: Redactor = publish) throws -> [String] {
        let document = Document(name: "test", text: text)
        return try redactor.findings(in: document)
            .filter { type == nil || $0.type == type }
            .map { document.text($0.range) }
    }
}
