import CaseModel
import Diagnostics
import Foundation
import GRDB

/// The embedded case store: one SQLite file (by default `candour.db`) holding cases, their
/// stages, element outcomes, parties, themes, learning points, actions and Ombudsman decisions.
///
/// The schema is versioned (see ``CaseStore/migrator``) and foreign keys are enforced. Every
/// write that touches more than one row runs in one transaction: it all happens or none of it.
public struct CaseStore: Sendable {
    /// The file name used when no `--db` is given.
    public static let defaultPath = "candour.db"

    let queue: DatabaseQueue

    /// Opens (creating when missing) the store at `path` and brings its schema up to date.
    public init(path: String) throws {
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
        } catch {
            throw StoreError.database(error, doing: "opening \(path)")
        }
    }

    /// Opens the store at `path`, which must exist already.
    public init(existingAt path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.noStore(path) }
        try self.init(path: path)
    }

    /// A store in memory, for tests and dry runs.
    public static func inMemory() throws -> CaseStore {
        try CaseStore(queue: DatabaseQueue())
    }

    private init(queue: DatabaseQueue) throws {
        self.queue = queue
        do {
            try Self.migrator.migrate(queue)
        } catch {
            throw StoreError.database(error, doing: "creating the schema")
        }
    }

    /// The migrations applied so far, oldest first.
    public func appliedMigrations() throws -> [String] {
        do {
            return try queue.read { try Self.migrator.appliedMigrations($0) }
        } catch {
            throw StoreError.database(error, doing: "reading the schema version")
        }
    }
}
