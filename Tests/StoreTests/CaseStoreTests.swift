import CaseModel
import Diagnostics
import Foundation
import Testing
@testable import Store

@Suite("The case store")
struct CaseStoreTests {
    @Test func storesAndReadsBackEveryPartOfACase() throws {
        let store = try CaseStore.inMemory()
        let summary = try store.upsert([SampleCases.full(), SampleCases.compliment()])
        #expect(summary == ImportSummary(inserted: 2))
        // Automatic themes are not written by upsert: only the classifier's API writes them.
        var expected = SampleCases.full()
        expected.themes = expected.themes(from: .manual)
        #expect(try store.case(reference: "CS-2023-00123") == expected)
        #expect(try store.case(reference: "CS-2023-00124") == SampleCases.compliment())
        #expect(try store.case(reference: "CS-1999-00001") == nil)
        #expect(try store.count() == 2)
    }

    @Test func schemaIsVersioned() throws {
        let store = try CaseStore.inMemory()
        #expect(try store.appliedMigrations() == ["v1-cases", "v2-indexes"])
    }

    @Test func reopeningAFileKeepsItsCases() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("candour-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("candour.db").path
        try CaseStore(path: path).upsert([SampleCases.open()])
        #expect(try CaseStore(existingAt: path).allCases().map(\.reference) == ["CS-2024-00007"])
        #expect(throws: CandourError.self) { try CaseStore(existingAt: directory.appendingPathComponent("none.db").path) }
    }

    @Test func upsertUpdatesInPlaceWithoutDuplicates() throws {
        let store = try CaseStore.inMemory()
        try store.upsert([SampleCases.open()])
        var answered = SampleCases.open()
        answered.stages[0].responded = SampleCases.date("2024-01-19")
        answered.stages[0].elements = [ComplaintElement(outcome: .upheld)]
        #expect(try store.upsert([answered]) == ImportSummary(updated: 1))
        #expect(try store.upsert([answered]) == ImportSummary(unchanged: 1))
        #expect(try store.count() == 1)
        #expect(try store.case(reference: "CS-2024-00007") == answered)
    }

    @Test func aFailedWriteLeavesTheStoreAsItWas() throws {
        let store = try CaseStore.inMemory()
        try store.upsert([SampleCases.open()])
        let before = try store.allCases()
        var changed = SampleCases.open()
        changed.summary = "Changed, but this write fails."
        var broken = SampleCases.compliment()
        // Two stage 1 records break the one-stage-per-level constraint in the schema.
        broken.stages = [Stage(level: .stage1, received: SampleCases.date("2023-03-01")),
                         Stage(level: .stage1, received: SampleCases.date("2023-03-02"))]
        #expect(throws: CandourError.self) { try store.upsert([changed, SampleCases.full(), broken]) }
        #expect(try store.allCases() == before)
        #expect(try store.count() == 1)
    }

    @Test func deletingACaseDeletesWhatHangsOffIt() throws {
        let store = try CaseStore.inMemory()
        try store.upsert([SampleCases.full()])
        #expect(try store.delete(reference: "CS-2023-00123"))
        #expect(!(try store.delete(reference: "CS-2023-00123")))
        let orphans = try store.queue.read { db in
            try ["stages", "stage_pauses", "element_outcomes", "parties", "themes", "learning_points", "actions",
                 "ombudsman_decisions", "remedy_payments", "agreed_actions"]
                .map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
        }
        #expect(orphans.allSatisfy { $0 == 0 })
    }

    @Test func foreignKeysAreEnforced() throws {
        let store = try CaseStore.inMemory()
        #expect(throws: (any Error).self) {
            try store.queue.write { db in
                try db.execute(sql: "INSERT INTO stages (case_id, level, received) VALUES (999, 'stage-1', '2024-01-01')")
            }
        }
    }

    @Test func replacingAutomaticThemesNeverTouchesManualOnes() throws {
        let store = try CaseStore.inMemory()
        try store.upsert([SampleCases.full()])
        try store.replaceAutomaticThemes(caseReference: "CS-2023-00123", themes: ["delay", "placement", "placement"])
        var item = try #require(try store.case(reference: "CS-2023-00123"))
        #expect(item.themes(from: .manual).map(\.id) == ["communication", "delay"])
        #expect(item.themes(from: .auto).map(\.id) == ["delay", "placement"])

        try store.replaceAutomaticThemes(caseReference: "CS-2023-00123", themes: [])
        item = try #require(try store.case(reference: "CS-2023-00123"))
        #expect(item.themes == [Theme("communication"), Theme("delay")])
    }

    @Test func reimportingKeepsTheClassifiersThemes() throws {
        let store = try CaseStore.inMemory()
        try store.upsert([SampleCases.open()])
        try store.replaceAutomaticThemes(caseReference: "CS-2024-00007", themes: ["transport", "delay"])
        var edited = SampleCases.open()
        edited.themes = [Theme("service-provision")]
        #expect(try store.upsert([edited]) == ImportSummary(updated: 1))
        let item = try #require(try store.case(reference: "CS-2024-00007"))
        #expect(item.themes == [Theme("service-provision"), Theme("transport", source: .auto), Theme("delay", source: .auto)])
        // The same manual themes again: nothing to change, automatic ones or not.
        #expect(try store.upsert([edited]) == ImportSummary(unchanged: 1))
    }

    @Test func automaticThemesNeedAKnownCaseAndWellFormedIDs() throws {
        let store = try CaseStore.inMemory()
        #expect(throws: CandourError(.notFound, "no case with reference CS-0", context: "CS-0")) {
            try store.replaceAutomaticThemes(caseReference: "CS-0", themes: ["delay"])
        }
        try store.upsert([SampleCases.open()])
        #expect(throws: CandourError.self) {
            try store.replaceAutomaticThemes(caseReference: "CS-2024-00007", themes: ["Not An ID"])
        }
    }

    @Test func filtersRunOverStoredCases() throws {
        let store = try CaseStore.inMemory()
        try store.upsert([SampleCases.full(), SampleCases.compliment(), SampleCases.open()])
        let asOf = SampleCases.date("2024-02-01")
        #expect(try store.cases(matching: CaseFilter(openOnly: true), asOf: asOf).map(\.reference) == ["CS-2024-00007"])
        #expect(try store.cases(matching: CaseFilter(kind: .compliment), asOf: asOf).map(\.reference) == ["CS-2023-00124"])
        #expect(try store.cases(matching: CaseFilter(stage: .ombudsman), asOf: asOf).map(\.reference) == ["CS-2023-00123"])
        #expect(try store.allCases().map(\.reference) == ["CS-2023-00123", "CS-2023-00124", "CS-2024-00007"])
    }
}
