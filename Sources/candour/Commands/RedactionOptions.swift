import ArgumentParser
import Diagnostics
import Foundation
import Lexicon
import Redaction

/// Options shared by `redact`, `scan` and `eval`: which policy, wordlists, known parties
/// and key.
struct RedactionOptions: ParsableArguments {
    @Option(help: "Policy: 'publish' (default, strictest), 'share', or a policy YAML file.")
    var policy: String = "publish"

    @Option(name: .customLong("known-parties"), help: "File of people named in the case record, one a line; every form of their names is redacted.")
    var knownParties: String?

    @Option(help: "Key file for the 'pseudonym' operator (make one with `candour key generate FILE`).")
    var key: String?

    @Option(help: "Wordlists directory (default: the shipped wordlists/, or $CANDOUR_WORDLISTS).")
    var wordlists: String?

    /// The wordlists directory to use.
    func wordlistsDirectory() throws -> URL {
        if let wordlists { return URL(fileURLWithPath: wordlists) }
        guard let found = Lexicon.defaultDirectory() else {
            throw CandourError(.notFound, "cannot find the wordlists directory; pass --wordlists DIR or set CANDOUR_WORDLISTS", context: "--wordlists")
        }
        return found
    }

    /// The policy named or given as a file.
    func loadPolicy(wordlists: URL) throws -> Policy {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: policy) {
            return try Policy.load(from: URL(fileURLWithPath: policy))
        }
        let shipped = wordlists.deletingLastPathComponent().appendingPathComponent("policies/\(policy).yaml")
        if fileManager.fileExists(atPath: shipped.path) {
            return try Policy.load(from: shipped)
        }
        if policy == "publish" { return .strictest }
        throw CandourError(.notFound, "no policy file '\(policy)' and no shipped policy of that name (publish, share)", context: "--policy")
    }

    /// A redactor configured from these options.
    func makeRedactor() throws -> Redactor {
        let directory = try wordlistsDirectory()
        let policy = try loadPolicy(wordlists: directory)
        var parties: [String] = []
        if let knownParties {
            guard let text = try? String(contentsOfFile: knownParties, encoding: .utf8) else {
                throw CandourError(.io, "known-parties file is missing or unreadable", context: knownParties)
            }
            parties = KnownParties.parse(text)
        }
        let pseudonymizer = try key.map { try Pseudonymizer(keyFile: URL(fileURLWithPath: $0)) }
        return try Redactor(.init(wordlists: directory, policy: policy, knownParties: parties, pseudonymizer: pseudonymizer))
    }
}
