import Classification
import Foundation
import Testing

@Suite("Evaluation on the annotated set")
struct EvaluationTests {
    static let records: [TagRecord] = {
        let text = try! String(contentsOfFile: Fixtures.annotatedSet, encoding: .utf8)
        return try! TagRecord.parseLines(
            text, source: "tags.jsonl", goldKeys: ["themes", "learning", "actions", "compliments"])
    }()

    @Test func theSetIsLargeAndCoversEveryLabel() {
        #expect(Self.records.count >= 200)
        for (name, taxonomy) in [("themes", "themes"), ("learning", "learning"), ("actions", "actions")] {
            let used = Set(Self.records.flatMap { $0.gold[name] ?? [] })
            let ids = Set(Fixtures.builtIn[taxonomy]!.categories.map(\.id))
            #expect(used == ids, "\(name): unused \(ids.subtracting(used)), unknown \(used.subtracting(ids))")
        }
    }

    /// Guards the measured target of issue 5: micro-F1 ≥ 0.85 on each contract taxonomy.
    @Test func microF1ReachesTheTarget() throws {
        let evaluation = try TagEvaluation.evaluate(
            Self.records, tagger: Fixtures.tagger(), taxonomies: ["themes", "learning", "actions"])
        for name in ["themes", "learning", "actions"] {
            let score = try #require(evaluation[name])
            #expect(score.documents == Self.records.count)
            #expect(score.microF1 >= 0.85, "\(name) micro-F1 \(score.microF1)")
            #expect(score.macroF1 >= 0.80, "\(name) macro-F1 \(score.macroF1)")
        }
    }

    @Test func scoresAreComputedCorrectly() throws {
        var score = TagEvaluation.LabelScore(label: "x")
        score.truePositives = 3
        score.falsePositives = 1
        score.falseNegatives = 2
        #expect(score.precision == 0.75)
        #expect(score.recall == 0.6)
        #expect(abs(score.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
        let records = [
            TagRecord(id: "a", text: "The visit was delayed.", gold: ["themes": ["delay"]]),
            TagRecord(id: "b", text: "The worker was rude.", gold: ["themes": ["delay"]]),
            TagRecord(id: "c", text: "Nothing here.", gold: [:]),
        ]
        let evaluation = try TagEvaluation.evaluate(records, tagger: Fixtures.tagger(), taxonomies: ["themes"])
        let themes = try #require(evaluation["themes"])
        #expect(themes.documents == 2)
        #expect(themes.truePositives == 1)
        #expect(themes.falsePositives == 1)
        #expect(themes.falseNegatives == 1)
        #expect(themes.microF1 == 0.5)
        #expect(evaluation.mistakes.map(\.id) == ["b"])
    }

    @Test func badRecordsNameTheirLine() {
        #expect(throws: (any Error).self) {
            try TagRecord.parseLines("{\"id\":1,\"text\":\"a\"}\n{\"id\":2}\n", source: "c.jsonl")
        }
        do {
            _ = try TagRecord.parseLines("{\"id\":1,\"text\":\"a\"}\n\n{\"id\":2,\"text\":\"b\",\"themes\":\"delay\"}\n", source: "c.jsonl", goldKeys: ["themes"])
        } catch {
            #expect("\(error)".hasPrefix("c.jsonl:3:"))
        }
    }
}
