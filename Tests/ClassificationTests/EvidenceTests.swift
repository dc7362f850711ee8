import Classification
import Testing

@Suite("Evidence: byte ranges, placeholders, explanations")
struct EvidenceTests {
    let tagger = Fixtures.tagger()

    @Test func evidenceCarriesThePhraseAndByteRange() throws {
        let text = "Café staff said the family were not kept informed."
        let result = try tagger.tag(text)
        let label = try #require(result["themes"]?.labels.first { $0.id == "communication" })
        let evidence = try #require(label.evidence.first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[evidence.range], as: UTF8.self) == "not kept informed")
        // "Café" is 5 bytes, so byte offsets run one ahead of characters here.
        #expect(evidence.range == 33..<50)
        #expect(["not kept informed", "not ... informed"].contains(evidence.phrase))
    }

    @Test func jsonLineReportsScalarAndByteOffsets() throws {
        let text = "Café: the visit was delayed."
        let line = try tagger.tag(text).jsonLine(idJSON: "\"x\"", text: Array(text.utf8))
        #expect(line.hasPrefix("{\"id\":\"x\",\"themes\":[\"delay\"],\"learning\":["))
        #expect(line.contains("\"text\":\"delayed\",\"start\":20,\"end\":27,\"byte_start\":21,\"byte_end\":28}"))
        #expect(line.hasSuffix("\"actions\":{}}}"))
    }

    /// Redaction placeholders never trigger labels, even when their words are vocabulary.
    @Test func placeholdersNeverTriggerLabels() throws {
        let classifier = try Fixtures.classifier(yaml: """
            taxonomy: themes
            categories:
              - id: send-ehcp
                topics: [school]
              - id: confidentiality
                topics: [address, redacted, person]
            """)
        let tagger = Tagger(classifier)
        for text in ["[SCHOOL 1] called.", "She moved to [ADDRESS].", "[REDACTED] and [PERSON 2] met X and xxx.", "[redacted]"] {
            let result = try tagger.tag(text)
            #expect(result.labels("themes").isEmpty, "\(text)")
        }
        // The scanner steps over a placeholder whole: nothing inside it is even a candidate.
        #expect(try tagger.tag("[SCHOOL 1] called.")["themes"]?.candidates.isEmpty == true)
        #expect(try tagger.tag("The school called.").labels("themes") == ["send-ehcp"])
    }

    @Test func builtInVocabularyIgnoresRedactedText() throws {
        let result = try tagger.tag("[PERSON 1] said that [PERSON 2] from [SCHOOL 1] attended.")
        #expect(result.labels("themes").isEmpty)
        #expect(result.labels("learning").isEmpty)
        #expect(result.labels("actions").isEmpty)
    }

    @Test func multiLabelWithEvidenceForEach() throws {
        let result = try tagger.tag(
            "Mrs A complained that the social worker was rude, that her calls were not returned and that the allowance was paid late. We apologised and paid £150.")
        let themes = Set(result.labels("themes"))
        #expect(themes.isSuperset(of: ["staff-conduct", "communication", "financial", "delay"]))
        #expect(Set(result.labels("actions")).isSuperset(of: ["apology", "financial-remedy"]))
        for label in result["themes"]!.labels { #expect(!label.evidence.isEmpty) }
    }

    @Test func explanationsCoverSuppressedAndBelowThreshold() throws {
        let result = try tagger.tag("There was no delay. The assessment was discussed.")
        let candidates = result["themes"]?.candidates ?? []
        #expect(candidates.contains { !$0.status.counts && $0.evidence.category == "delay" })
        #expect(candidates.contains {
            if case .belowThreshold = $0.status { return $0.evidence.category == "assessment-decision" }
            return false
        })
    }

    @Test func emptyAndOddTextIsHandled() throws {
        #expect(try tagger.tag("").labels("themes").isEmpty)
        #expect(try tagger.tag("🙂🙂 — ... [").labels("themes").isEmpty)
        #expect(try tagger.tag("délai, délais: attente").labels("themes").isEmpty)
    }

    @Test func taggersOnSeveralThreadsAgree() async throws {
        let text = "The family were not kept informed and the plan was delayed."
        let expected = try Fixtures.tagger().tag(text).labels("themes")
        try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { try Tagger(Fixtures.classifier).tag(text).labels("themes") }
            }
            for try await labels in group { #expect(labels == expected) }
        }
    }
}
