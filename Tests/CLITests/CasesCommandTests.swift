import Foundation
import Testing

@Suite("candour cases")
struct CasesCommandTests {
    @Test func importReportsWhatItDidAndReimportDuplicatesNothing() throws {
        let (folder, csv, db) = try CasesFixture.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLIRunner.run(["cases", "import", csv, "--db", db])
        #expect(first.status == 0)
        #expect(first.stdout == "\(csv): 5 cases: 5 new, 0 updated, 0 unchanged\n")
        let second = try CLIRunner.run(["cases", "import", csv, "--db", db])
        #expect(second.stdout == "\(csv): 5 cases: 0 new, 0 updated, 5 unchanged\n")
        let list = try CLIRunner.run(["cases", "list", "--db", db, "--format", "csv", "--today", "2024-04-02"])
        #expect(list.stdout.split(separator: "\r\n").count == 6)
    }

    @Test func theDefaultStoreIsCandourDBInTheWorkingDirectory() throws {
        let (folder, csv, _) = try CasesFixture.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["cases", "import", csv], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("candour.db").path))
        #expect(try CLIRunner.run(["cases", "show", "CS-2024-00102"], in: folder).status == 0)
    }

    @Test func aFileWithBadRowsReportsEveryOneAndImportsNothing() throws {
        let (folder, csv, db) = try CasesFixture.directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = CasesFixture.csv
            .replacingOccurrences(of: "CS-2024-00102,compliment", with: "CS-2024-00102,praise")
            .replacingOccurrences(of: "2024-03-20,2024-03-21,,web-form", with: "2024-03-20,2024-03-19,,web-form")
        try bad.write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["cases", "import", csv, "--db", db])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(csv):3: kind: unknown kind `praise` (expected complaint, compliment, comment, concern, mp-enquiry or ombudsman)",
            "\(csv):4: acknowledged: 2024-03-19 is before the date received (2024-03-20)",
            "candour: error: 2 problems in \(csv); nothing imported",
        ])
        // Nothing imported: not even the good rows, and no store was created.
        #expect(!FileManager.default.fileExists(atPath: db))

        // Against an existing store, a bad file changes nothing either.
        try CasesFixture.csv.write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["cases", "import", csv, "--db", db]).status == 0)
        let before = try CLIRunner.run(["cases", "export", "--db", db, "--format", "json"]).stdout
        let edited = bad.replacingOccurrences(of: "Ms Quillan says", with: "Mrs Quillan says")
        try edited.write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["cases", "import", csv, "--db", db]).status == 2)
        #expect(try CLIRunner.run(["cases", "export", "--db", db, "--format", "json"]).stdout == before)
    }

    @Test func importWithAMappingFile() throws {
        let sample = CLIRunner.packageRoot.appendingPathComponent("samples/cases")
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("candour.db").path
        let export = sample.appendingPathComponent("other-system-export.csv").path
        let without = try CLIRunner.run(["cases", "import", export, "--db", db])
        #expect(without.status == 2)
        #expect(without.stderr.contains(":1: reference: required column missing"))
        let result = try CLIRunner.run(["cases", "import", export, "--db", db,
                                        "--mapping", sample.appendingPathComponent("mapping-example.txt").path])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("6 cases: 6 new, 0 updated, 0 unchanged\n"))
        let show = try CLIRunner.run(["cases", "show", "CMP/24/0230", "--db", db, "--today", "2024-07-01"])
        #expect(show.stdout.contains("Stage 2: received 2024-05-21"))
    }

    @Test func listAsATable() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["cases", "list", "--db", db, "--today", "2024-04-02"])
        #expect(result.status == 0)
        #expect(try CasesFixture.matchesGolden(result.stdout, "list.txt"))
    }

    @Test func listFilters() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        func references(_ extra: [String]) throws -> [String] {
            let result = try CLIRunner.run(["cases", "list", "--db", db, "--today", "2024-04-02", "--format", "csv"] + extra)
            #expect(result.status == 0)
            return result.stdout.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        }
        #expect(try references(["--kind", "compliment"]) == ["CS-2024-00102"])
        #expect(try references(["--stage", "stage-2"]) == ["CS-2024-00101"])
        #expect(try references(["--team", "transport"]) == ["CS-2024-00103"])
        #expect(try references(["--from", "2024-02-01", "--to", "2024-03-20"]) == ["CS-2024-00104", "CS-2024-00103"])
        #expect(try references(["--open"]) == ["CS-2024-00101", "CS-2024-00103", "CS-2024-00105"])
        #expect(try references(["--overdue"]) == ["CS-2024-00101"])
    }

    @Test func listAsJSON() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["cases", "list", "--db", db, "--today", "2024-04-02", "--format", "json", "--overdue"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["reference"] as? String == "CS-2024-00101")
        #expect(rows[0]["status"] as? String == "overdue")
        #expect(rows[0]["due"] as? String == "2024-03-26")
        #expect(rows[0]["workingDaysLeft"] as? Int == -3)
        #expect(rows[0]["overAYearLate"] as? Bool == true)
    }

    @Test func showAsText() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["cases", "show", "CS-2024-00101", "--db", db, "--today", "2024-04-02"])
        #expect(result.status == 0)
        #expect(try CasesFixture.matchesGolden(result.stdout, "show.txt"))
    }

    @Test func showAsJSONCarriesTheClocks() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["cases", "show", "CS-2024-00101", "--db", db, "--today", "2024-04-02", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["overdue"] as? Bool == true)
        let stages = try #require(object["clocks"] as? [[String: Any]])
        #expect(stages.map { $0["stage"] as? String } == ["stage-1", "stage-2"])
        let stage1 = try #require((stages[0]["clocks"] as? [[String: Any]])?.first)
        #expect(stage1["due"] as? String == "2024-02-07")
        #expect(stage1["status"] as? String == "within-timescale")
        #expect(stage1["pausedDays"] as? Int == 2)
        let record = try #require(object["case"] as? [String: Any])
        #expect(record["reference"] as? String == "CS-2024-00101")
    }

    @Test func showAnUnknownReferenceExitsTwo() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["cases", "show", "CS-1999-00001", "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("CS-1999-00001"))
    }

    @Test func dueListsOpenCasesSoonestFirst() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["cases", "due", "--db", db, "--today", "2024-04-02"])
        #expect(result.status == 0)
        #expect(try CasesFixture.matchesGolden(result.stdout, "due.txt"))
        let within = try CLIRunner.run(["cases", "due", "--db", db, "--today", "2024-04-02", "--within", "5", "--format", "csv"])
        #expect(within.stdout.split(separator: "\r\n").count == 3)
        // Corporate timescales are configurable: 5 working days puts the transport complaint overdue.
        let tight = try CLIRunner.run(["cases", "due", "--db", db, "--today", "2024-04-02", "--corporate-stage1", "3", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(tight.stdout.utf8)) as? [[String: Any]])
        let transport = try #require(rows.first { $0["reference"] as? String == "CS-2024-00103" })
        #expect(transport["status"] as? String == "overdue")
    }

    @Test func exportRoundTripsThroughImport() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = folder.appendingPathComponent("export.csv").path
        #expect(try CLIRunner.run(["cases", "export", "--db", db, "--format", "csv", "--output", exported]).status == 0)
        let other = folder.appendingPathComponent("other.db").path
        let reimport = try CLIRunner.run(["cases", "import", exported, "--db", other])
        #expect(reimport.stdout.hasSuffix("5 cases: 5 new, 0 updated, 0 unchanged\n"))
        let again = try CLIRunner.run(["cases", "import", exported, "--db", db])
        #expect(again.stdout.hasSuffix("5 cases: 0 new, 0 updated, 5 unchanged\n"))
        let json = try CLIRunner.run(["cases", "export", "--db", db, "--format", "json"])
        let cases = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(cases.count == 5)
    }

    @Test("Bad input exits 2 with one line", arguments: [
        (["cases", "list", "--kind", "grievance"], "--kind"),
        (["cases", "list", "--stage", "stage-9"], "--stage"),
        (["cases", "list", "--from", "2024-02-30"], "--from"),
        (["cases", "list", "--format", "xml"], "--format"),
        (["cases", "due", "--today", "tomorrow"], "--today"),
        (["cases", "show", "CS-1", "--format", "csv"], "--format"),
        (["cases", "import", "/no/such/file.csv"], "/no/such/file.csv"),
    ])
    func badInputExitsTwo(arguments: [String], mention: String) throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(arguments + ["--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(mention))
    }

    @Test func readingAMissingStoreExitsTwo() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["cases", "list", "--db", folder.appendingPathComponent("none.db").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no case store"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.db").path))
    }
}
