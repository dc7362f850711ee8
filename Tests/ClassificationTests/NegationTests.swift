import Classification
import Testing

@Suite("Negation and hedging suppress matches within the clause")
struct NegationTests {
    let tagger = Fixtures.tagger()

    @Test func plainNegationSuppressesProblems() throws {
        #expect(!(try tagger.tag("The assessment was not delayed.").labels("themes").contains("delay")))
        #expect(!(try tagger.tag("There was no delay in arranging the visit.").labels("themes").contains("delay")))
        #expect(!(try tagger.tag("The worker was never rude to the family.").labels("themes").contains("staff-conduct")))
        #expect(try tagger.tag("The assessment was delayed.").labels("themes").contains("delay"))
    }

    @Test func hedgesSuppressTopics() throws {
        let hedged = try tagger.tag("The family had no concerns about communication with the team.")
        #expect(!hedged.labels("themes").contains("communication"))
        let explained = try #require(hedged["themes"]?.candidates.first { $0.evidence.category == "communication" })
        guard case .hedged = explained.status else {
            Issue.record("expected a hedge, got \(explained.status)")
            return
        }
        #expect(try tagger.tag("The family complained about communication with the team.").labels("themes").contains("communication"))
    }

    @Test func afterCuesSuppress() throws {
        #expect(!(try tagger.tag("Communication was not an issue in this case.").labels("themes").contains("communication")))
    }

    /// After-cues are looked for only where one can begin (a prefilter); what they
    /// suppress must not change.
    @Test func afterCuesAreFoundWhereverThePatternFindsThem() throws {
        func communication(_ text: String) throws -> Bool { try tagger.tag(text).labels("themes").contains("communication") }
        #expect(!(try communication("Communication with the family was not an issue.")))
        #expect(!(try communication("Communication, they said, WAS NOT A CONCERN.")))
        #expect(try communication("Communication was not an issues list."))
        #expect(try communication("Communication with the family and the school and the GP was not an issue."))
        // A text the prefilter cannot read (a long s, U+017F) is searched in full.
        #expect(!(try communication("Communication was not an issue for \u{17F}ome.")))
    }

    /// The cues of every taxonomy are found in one pass over the words; each taxonomy
    /// still reads only its own.
    @Test func taxonomiesKeepTheirOwnCuesInOnePass() throws {
        let first = try TaxonomyParser.parse(
            """
            taxonomy: first
            negation: {cues: [no], hedges: ["thank*"]}
            categories:
              - id: late
                phrases: [delayed]
            """, path: "first.yaml")
        let second = try TaxonomyParser.parse(
            """
            taxonomy: second
            negation: {cues: [never, no longer], hedges: [no concerns]}
            categories:
              - id: late
                phrases: [delayed]
            """, path: "second.yaml")
        let tagger = Tagger(try TaxonomySet().merging(first).merging(second).classifier())
        func labels(_ text: String) throws -> [String] {
            let result = try tagger.tag(text)
            return ["first", "second"].filter { !result.labels($0).isEmpty }
        }
        #expect(try labels("It was never delayed.") == ["first"])
        #expect(try labels("It was no longer delayed.") == [])
        #expect(try labels("Thankfully nothing was delayed.") == ["second"])
        #expect(try labels("There were no concerns; it was delayed.") == ["first", "second"])
        #expect(try labels("No concerns, the visit was delayed.") == ["first"])
    }

    /// A topic is what the complaint is about even when negated: "no communication" is still
    /// a communication complaint, "did not pay the allowance" still a financial one.
    @Test func topicsSurvivePlainNegation() throws {
        #expect(try tagger.tag("There was no communication from the team for weeks.").labels("themes").contains("communication"))
        #expect(try tagger.tag("The council did not pay the allowance.").labels("themes").contains("financial"))
    }

    /// Negation does not leak across a contrast word or a sentence.
    @Test func negationStopsAtClauseBoundaries() throws {
        #expect(try tagger.tag("There were no concerns about the carers. The assessment was delayed.").labels("themes").contains("delay"))
        #expect(try tagger.tag("Nothing was wrong with the plan, but the review was delayed.").labels("themes").contains("delay"))
    }

    /// A cue inside the words a `...` gap skipped negates the phrase ("records were not updated").
    @Test func cueInsideAGapNegates() throws {
        let classifier = try Fixtures.classifier(yaml: """
            taxonomy: actions
            categories:
              - id: record-correction
                phrases: ["records ... updated"]
            """)
        let tagger = Tagger(classifier)
        #expect(try tagger.tag("The records have been updated.").labels("actions") == ["record-correction"])
        #expect(try tagger.tag("The records were not updated.").labels("actions").isEmpty)
    }

    @Test func phrasesThatSpellOutTheirNegationStillFire() throws {
        #expect(try tagger.tag("Mother said she was not kept informed.").labels("themes").contains("communication"))
    }
}
