import Foundation
import Testing

/// `candour lgsco parse`, as the contract in DESIGN.md has it.
@Suite("candour lgsco parse")
struct LGSCOParseCLITests {
    static let golden = CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Golden")

    func golden(_ name: String) throws -> String {
        try String(contentsOf: Self.golden.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func jsonOfASampleDecisionMatchesItsGoldenFile() throws {
        let result = try CLIRunner.run(["lgsco", "parse", "samples/lgsco/decision-care-leaver-accommodation.txt",
                                        "--format", "json"], in: CLIRunner.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try golden("lgsco-parse.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["reference"] as? String == "22 018 604")
        #expect(object["decided"] as? String == "2024-02-06")
        #expect(object["outcome"] as? String == "upheld")
    }

    @Test func textOfASampleDecisionMatchesItsGoldenFile() throws {
        let result = try CLIRunner.run(["lgsco", "parse", "samples/lgsco/decision-delayed-assessment.txt"],
                                       in: CLIRunner.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try golden("lgsco-parse.txt")))
    }

    @Test func readsStdinAndLeavesNothingBehind() throws {
        let scratch = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let text = "Reference: 24 100 200\nDecision date: 1 March 2024\n\nFinal decision\n1. There was no fault.\n"
        let result = try CLIRunner.run(["lgsco", "parse", "-", "--format", "json"], stdin: text, in: scratch)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["outcome"] as? String == "not-upheld")
        #expect((object["payments"] as? [Any])?.isEmpty == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test func aDeadlineWithNoDateKeepsItsWords() throws {
        let text = """
            Reference: 24 100 201
            Decision date: 1 March 2024

            Agreed action
            5. Within four weeks of receiving Mrs X's bank details, the Council will pay her £250 for her time and trouble.
            """
        let result = try CLIRunner.run(["lgsco", "parse", "-"], stdin: text)
        #expect(result.status == 0)
        #expect(result.stdout.contains(
            "  no date     £250.00  her time and trouble  (Within four weeks of receiving Mrs X's bank details)\n"))
    }

    @Test("Bad input exits 2 with one line naming the file", arguments: [
        ("missing.txt", nil, "missing.txt: cannot read file"),
        ("-", "Final decision\n1. We found fault.\n", "-: no Ombudsman reference (YY NNN NNN) found in the decision"),
        ("-", "", "-: the decision text is empty"),
    ])
    func badInput(_ file: String, _ stdin: String?, _ message: String) throws {
        let scratch = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLIRunner.run(["lgsco", "parse", file], stdin: stdin, in: scratch)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "candour: error: \(message)\n")
    }
}
