import Classification
import Testing

@Suite("Inflection-tolerant phrase matching")
struct InflectionTests {
    @Test func communicateCoversItsFamily() {
        let forms = Set(Inflection.forms(of: "communicate"))
        for word in ["communicate", "communicates", "communicated", "communicating", "communication", "communications"] {
            #expect(forms.contains(word), "\(word)")
        }
    }

    @Test func nounsDeriveTheirVerbs() {
        let forms = Set(Inflection.forms(of: "communication"))
        #expect(forms.isSuperset(of: ["communicate", "communicated", "communicating"]))
        #expect(Set(Inflection.forms(of: "information")).isSuperset(of: ["inform", "informed", "informing"]))
        #expect(Set(Inflection.forms(of: "delayed")).isSuperset(of: ["delay", "delays", "delaying"]))
        #expect(Set(Inflection.forms(of: "apologise")).isSuperset(of: ["apologised", "apologize", "apologized"]))
    }

    /// Guards against stripping endings into different words ("placement" → "place").
    @Test func doesNotReduceToUnrelatedWords() {
        #expect(!Inflection.forms(of: "placement").contains("place"))
        #expect(!Inflection.forms(of: "care").contains("carer"))
        #expect(!Inflection.forms(of: "care").contains("cars"))
        #expect(!Inflection.forms(of: "timely").contains("time"))
        #expect(Inflection.forms(of: "not") == ["not"])
    }

    @Test func taggerMatchesInflectionsOfAPhrase() throws {
        let classifier = try Fixtures.classifier(yaml: """
            taxonomy: themes
            categories:
              - id: communication
                phrases: [communicate]
            """)
        let tagger = Tagger(classifier)
        for text in ["They did communicate.", "Poor communication.", "She communicated badly.", "Communicating is hard."] {
            #expect(try tagger.tag(text).labels("themes") == ["communication"], "\(text)")
        }
        #expect(try tagger.tag("The commune met.").labels("themes").isEmpty)
    }

    @Test func wordBoundariesAreRespected() throws {
        let classifier = try Fixtures.classifier(yaml: """
            taxonomy: themes
            categories:
              - id: delay
                phrases: [late]
            """)
        let tagger = Tagger(classifier)
        #expect(try tagger.tag("The payment was late.").labels("themes") == ["delay"])
        #expect(try tagger.tag("It was translated and related.").labels("themes").isEmpty)
        #expect(try tagger.tag("It was LATE again").labels("themes") == ["delay"])
    }

    @Test func gapsWildcardsAndExactWords() throws {
        let classifier = try Fixtures.classifier(yaml: """
            taxonomy: themes
            categories:
              - id: communication
                phrases: ["calls ... not returned"]
              - id: safeguarding-process
                phrases: ["safeguard*"]
              - id: confidentiality
                phrases: ["=ico"]
            """)
        let tagger = Tagger(classifier)
        #expect(try tagger.tag("Her calls to the team were not returned.").labels("themes") == ["communication"])
        #expect(try tagger.tag("Calls not returned").labels("themes") == ["communication"])
        #expect(try tagger.tag("Calls were answered, but emails were not returned").labels("themes").isEmpty)
        #expect(try tagger.tag("The safeguarding team").labels("themes") == ["safeguarding-process"])
        #expect(try tagger.tag("reported to the ICO").labels("themes") == ["confidentiality"])
        #expect(try tagger.tag("the icons").labels("themes").isEmpty)
    }
}
