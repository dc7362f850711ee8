import ArgumentParser
import Foundation
import Redaction

/// `candour key generate FILE`: a new random key for keyed pseudonyms.
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key",
        abstract: "Manage the secret key used by the 'pseudonym' operator.",
        subcommands: [Generate.self]
    )

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a new random 32-byte key to FILE (mode 600); never overwrites.")

        @Argument(help: "Where to write the key.")
        var file: String

        func run() throws {
            try Pseudonymizer.generateKey(at: URL(fileURLWithPath: file))
            print("Wrote a new key to \(file). Keep it secret and out of the shared folder: with it, pseudonyms can be checked against names.")
        }
    }
}
