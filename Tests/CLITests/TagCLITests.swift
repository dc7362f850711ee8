import Foundation
import Testing

@Suite("candour tag and eval-tags")
struct TagCLITests {
    static let golden = CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Golden")
    static let annotatedSet = CLIRunner.packageRoot.appendingPathComponent("Tests/ClassificationTests/Fixtures/tags.jsonl").path

    static let jsonlInput = """
        {"id": "c-1", "text": "Mrs A said she was not kept informed and the plan was delayed. We apologised and paid £50."}
        {"id": 42, "text": "There were no concerns about communication. [PERSON 1] thanked the team."}

        {"id": "c-3", "text": ""}

        """

    func golden(_ name: String) throws -> String {
        try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func jsonlFollowsTheContract() throws {
        let result = try CLIRunner.run(["tag", "--jsonl"], stdin: Self.jsonlInput)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["id", "themes", "learning", "actions", "evidence"])
            #expect(object["themes"] is [String])
            let evidence = try #require(object["evidence"] as? [String: Any])
            #expect(Set(evidence.keys) == ["themes", "learning", "actions"])
        }
        // Keys in contract order, ids echoed with their JSON type.
        #expect(lines[0].hasPrefix("{\"id\":\"c-1\",\"themes\":["))
        #expect(lines[1].hasPrefix("{\"id\":42,\"themes\":[]"))
        #expect(result.stdout == (try golden("tag-jsonl.golden")))
    }

    @Test func jsonlBadLineExitsTwoNamingTheLine() throws {
        let input = "{\"id\":\"a\",\"text\":\"fine\"}\n{\"id\":\"b\",\"txt\":\"oops\"}\n"
        let result = try CLIRunner.run(["tag", "--jsonl"], stdin: input)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("<stdin>:2"), "\(result.stderr)")
        let notJSON = try CLIRunner.run(["tag", "--jsonl"], stdin: "not json\n")
        #expect(notJSON.status == 2)
        #expect(notJSON.stderr.contains("<stdin>:1"))
    }

    @Test func humanReadableReportHighlightsEvidence() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("complaint.txt")
        try "Father complained that his calls were not returned\nand that the social worker was rude. We apologised.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["tag", "complaint.txt"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try golden("tag-human.golden")))
        let colour = try CLIRunner.run(["tag", "--color", "always", "complaint.txt"], in: directory)
        #expect(colour.stdout.contains("\u{1B}[1;33mrude\u{1B}[0m"))
    }

    @Test func explainSaysWhyAMatchWasSuppressed() throws {
        let result = try CLIRunner.run(["tag", "--explain"], stdin: "There was no delay, but the worker was rude.")
        #expect(result.status == 0)
        #expect(result.stdout.contains("themes/delay  suppressed"))
        #expect(result.stdout.contains("because: exclusion phrase 'no delay'") || result.stdout.contains("because: negation cue \"no\""))
        #expect(result.stdout.contains("themes/staff-conduct  fired"))
        #expect(result.stdout == (try golden("tag-explain.golden")))
    }

    @Test func councilTaxonomyOverridesAndBadFiles() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
            taxonomy: themes
            categories:
              - id: transport
                mode: extend
                phrases: [school run]
              - id: youth-services
                label: Youth services
                topics: [youth club]
            """.write(to: directory.appendingPathComponent("council.yaml"), atomically: true, encoding: .utf8)
        let input = "{\"id\":\"x\",\"text\":\"The youth club and the school run.\"}\n"
        let plain = try CLIRunner.run(["tag", "--jsonl"], stdin: input)
        #expect(plain.stdout.hasPrefix("{\"id\":\"x\",\"themes\":[]"))
        let council = try CLIRunner.run(["tag", "--jsonl", "--taxonomy", directory.path], stdin: input)
        #expect(council.status == 0, "\(council.stderr)")
        #expect(council.stdout.hasPrefix("{\"id\":\"x\",\"themes\":[\"transport\",\"youth-services\"]"))

        try "taxonomy: themes\ncategories:\n  - id: delay\n    phrases: [late]\n    weight: heavy\n"
            .write(to: directory.appendingPathComponent("z-bad.yaml"), atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["tag", "--jsonl", "--taxonomy", directory.path], stdin: input)
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.split(separator: "\n").count == 1)
        #expect(bad.stderr.contains("z-bad.yaml:5: unknown key 'weight'"), "\(bad.stderr)")
    }

    @Test func evalTagsReportsPerLabelAndAverages() throws {
        let result = try CLIRunner.run(["eval-tags", Self.annotatedSet])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["themes", "learning", "actions"] {
            #expect(result.stdout.contains("\n\(name) ("))
        }
        #expect(result.stdout.contains("communication-information"))
        #expect(result.stdout.contains("micro: precision"))
        #expect(result.stdout.contains("macro F1:"))

        let json = try CLIRunner.run(["eval-tags", Self.annotatedSet, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let taxonomies = try #require(object["taxonomies"] as? [String: [String: Any]])
        for name in ["themes", "learning", "actions"] {
            let micro = try #require(taxonomies[name]?["micro"] as? [String: Double])
            #expect((micro["f1"] ?? 0) >= 0.85, "\(name)")
        }

        let gate = try CLIRunner.run(["eval-tags", Self.annotatedSet, "--min-f1", "0.999"])
        #expect(gate.status == 1)
    }

    @Test func evalTagsBadCorpusExitsTwo() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.jsonl").path
        try "{\"id\":\"a\",\"text\":\"x\",\"themes\":[]}\n{\"id\":\"b\",\"text\":\"y\",\"themes\":\"delay\"}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["eval-tags", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.jsonl:2"))
        let missing = try CLIRunner.run(["eval-tags", directory.appendingPathComponent("none.jsonl").path])
        #expect(missing.status == 2)
    }
}

@Suite("candour tag --store")
struct TagStoreCLITests {
    /// Guards the rule: tagging writes automatic themes and never overwrites the
    /// manual ones an officer set.
    @Test func taggingTheStoreKeepsManualThemes() throws {
        let (folder, db) = try CasesFixture.imported()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["tag", "--store", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("CS-2024-00101  communication"))
        #expect(result.stdout.contains("(manual: communication, delay)"))
        #expect(result.stdout.hasSuffix("tagged 5 cases\n"))
        let shown = try CLIRunner.run(["cases", "show", "CS-2024-00101", "--db", db])
        let themes = shown.stdout.split(separator: "\n").first { $0.hasPrefix("Themes") }.map(String.init) ?? ""
        #expect(themes.contains("delay"), "manual theme kept: \(themes)")
        #expect(themes.contains("communication (auto)"), "\(themes)")

        // Re-tagging replaces the automatic themes only; the manual ones stay.
        let again = try CLIRunner.run(["tag", "--store", "--db", db, "--case", "CS-2024-00103"])
        #expect(again.status == 0)
        #expect(again.stdout == "CS-2024-00103  transport  (manual: transport)\ntagged 1 case\n")
        let missing = try CLIRunner.run(["tag", "--store", "--db", db, "--case", "NOPE"])
        #expect(missing.status == 2)
    }

    @Test func storeTakesNoFiles() throws {
        let result = try CLIRunner.run(["tag", "--store", "--jsonl"])
        #expect(result.status == 2)
    }
}
