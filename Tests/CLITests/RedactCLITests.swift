import Testing
import Foundation

@Suite("candour redact, scan, eval and key")
struct RedactCLITests {
    static let letter = """
    Dear Ms Okonkwo-Barnes,

    Thank you for your email of 3 March about your son Tyler. I have spoken to his social
    worker Sam Ferreira and to the Throughcare Team. Please call me on 0161 496 0123 or
    write to complaints@example.gov.uk, quoting CS-2024-01234.

    Kind regards,
    Harriet Lindqvist
    Complaints Officer

    """

    @Test func redactsStdinToStdoutMatchingTheGoldenFile() throws {
        let result = try CLIRunner.run(["redact"], stdin: Self.letter)
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Golden/redact-letter.txt"), encoding: .utf8)
        #expect(result.stdout == golden)
    }

    @Test func mirrorsAFolderAndNeverTouchesInputs() throws {
        let work = try CLIRunner.temporaryDirectory()
        let input = work.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("compliments"), withIntermediateDirectories: true)
        let original = "Thanks to Oluwaseun for everything.\n"
        try original.write(to: input.appendingPathComponent("compliments/one.txt"), atomically: true, encoding: .utf8)
        try "# Note\n\nKofi Mensah rang.\n".write(to: input.appendingPathComponent("two.md"), atomically: true, encoding: .utf8)
        try "ignored".write(to: input.appendingPathComponent("three.pdf"), atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("out")
        let result = try CLIRunner.run(["redact", input.path, "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("in/compliments/one.txt"), encoding: .utf8) == "Thanks to X for everything.\n")
        #expect(try String(contentsOf: out.appendingPathComponent("in/two.md"), encoding: .utf8) == "# Note\n\nX rang.\n")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("in/three.pdf").path))
        #expect(try String(contentsOf: input.appendingPathComponent("compliments/one.txt"), encoding: .utf8) == original)
    }

    @Test func refusesAnOutputFolderInsideTheInput() throws {
        let work = try CLIRunner.temporaryDirectory()
        try "Kofi rang.\n".write(to: work.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["redact", work.path, "--out", work.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("inside the input"))
    }

    @Test func aDocumentThatCannotBeReadGetsNoOutputAndExitTwo() throws {
        let work = try CLIRunner.temporaryDirectory()
        let input = work.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data([0x4B, 0x6F, 0x66, 0x69, 0xFF, 0x0A]).write(to: input.appendingPathComponent("bad.txt"))
        try "Kofi rang.\n".write(to: input.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("out")
        let result = try CLIRunner.run(["redact", input.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.txt"))
        #expect(result.stderr.contains("not valid UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("in/bad.txt").path))
        #expect(try String(contentsOf: out.appendingPathComponent("in/good.txt"), encoding: .utf8) == "X rang.\n")
    }

    @Test func auditRecordsHashTheOriginalUnlessAskedForText() throws {
        let work = try CLIRunner.temporaryDirectory()
        let audit = work.appendingPathComponent("audit.jsonl")
        let result = try CLIRunner.run(["redact", "--audit", audit.path], stdin: "Kofi Mensah rang 07700 900123.")
        #expect(result.status == 0)
        let lines = try String(contentsOf: audit, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["type"] as? String == "PERSON")
        #expect(first["start"] as? Int == 0 && first["end"] as? Int == 11)
        #expect(first["replacement"] as? String == "X")
        #expect((first["hash"] as? String)?.count == 64)
        #expect(first["text"] == nil)
        #expect(!lines.joined().contains("Kofi"))
        let withText = try CLIRunner.run(["redact", "--audit", audit.path, "--audit-include-text"], stdin: "Kofi rang.")
        #expect(withText.status == 0)
        #expect(try String(contentsOf: audit, encoding: .utf8).contains("\"text\":\"Kofi\""))
    }

    @Test func scanReportsResidualDataWithPositionsAndExitsOne() throws {
        let work = try CLIRunner.temporaryDirectory()
        let draft = work.appendingPathComponent("draft.md")
        try "Compliments\n\nX was an absolute delight.\nThanks also to Teresa and [PERSON 2].\n".write(to: draft, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["scan", draft.path])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("\(draft.path):4:16: PERSON Teresa ("))
        #expect(result.stdout.split(separator: "\n").count == 1)
        let clean = work.appendingPathComponent("clean.txt")
        try "X was an absolute delight. Thanks to Y and [PERSON 2] and the Throughcare Team.\n".write(to: clean, atomically: true, encoding: .utf8)
        let ok = try CLIRunner.run(["scan", clean.path])
        #expect(ok.status == 0, "\(ok.stdout)")
        #expect(ok.stdout.isEmpty)
    }

    @Test func evalPrintsRecallPrecisionAndLeaks() throws {
        let corpus = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/redaction/own.jsonl").path
        let result = try CLIRunner.run(["eval", corpus])
        #expect(result.status == 0)
        #expect(result.stdout.contains("PERSON"))
        #expect(result.stdout.contains("token precision"))
        #expect(result.stdout.contains("documents with a leak"))
        let bad = try CLIRunner.temporaryDirectory().appendingPathComponent("bad.jsonl")
        try "{\"id\": \"a\", \"text\": \"x\", \"spans\": []}\nnot json\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try CLIRunner.run(["eval", bad.path])
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("bad.jsonl:2"))
    }

    @Test func sharePolicyNeedsAKeyAndGivesStablePseudonyms() throws {
        let work = try CLIRunner.temporaryDirectory()
        let key = work.appendingPathComponent("candour.key")
        let noKey = try CLIRunner.run(["redact", "--policy", "share"], stdin: "Kofi rang.")
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("key"))
        #expect(try CLIRunner.run(["key", "generate", key.path]).status == 0)
        #expect(try CLIRunner.run(["key", "generate", key.path]).status == 2)
        let one = try CLIRunner.run(["redact", "--policy", "share", "--key", key.path], stdin: "Kofi Mensah rang about CS-2024-01234.")
        let two = try CLIRunner.run(["redact", "--policy", "share", "--key", key.path], stdin: "We wrote to Kofi Mensah.")
        #expect(one.status == 0)
        let token = String(one.stdout.split(separator: " ")[0])
        #expect(token.hasPrefix("PERSON-"))
        #expect(two.stdout == "We wrote to \(token).")
        #expect(one.stdout.contains("CS-2024-01234"))
    }

    @Test func badPolicyFileNamesTheLine() throws {
        let policy = try CLIRunner.temporaryDirectory().appendingPathComponent("p.yaml")
        try "name: mine\noperators:\n  PERSON: shred\n".write(to: policy, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["redact", "--policy", policy.path], stdin: "Kofi")
        #expect(result.status == 2)
        #expect(result.stderr.contains("p.yaml:3"))
        #expect(result.stderr.contains("shred"))
    }

    @Test func pathsWithoutOutIsAUsageError() throws {
        let result = try CLIRunner.run(["redact", "somewhere.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--out"))
    }
}
