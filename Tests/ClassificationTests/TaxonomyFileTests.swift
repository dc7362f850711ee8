import Classification
import Diagnostics
import Testing

@Suite("Taxonomy files: the built-in contract, overrides and line-numbered errors")
struct TaxonomyFileTests {
    /// The ids are part of Candour's contract (DESIGN.md); guard them exactly.
    @Test func builtInIdsMatchTheContract() throws {
        let set = Fixtures.builtIn
        #expect(set.taxonomies.map(\.name) == ["themes", "learning", "actions", "compliments"])
        #expect(set["themes"]?.categories.map(\.id) == [
            "communication", "delay", "staff-conduct", "confidentiality", "placement", "service-provision",
            "financial", "assessment-decision", "contact-arrangements", "change-of-worker", "carer-support",
            "send-ehcp", "transport", "record-keeping", "complaint-handling", "safeguarding-process",
        ])
        #expect(set["learning"]?.categories.map(\.id) == [
            "communication-information", "staff-attitude-behaviour", "policy-procedure-impact",
            "policy-procedure-dissatisfaction", "service-quality", "service-delivery",
        ])
        #expect(set["actions"]?.categories.map(\.id) == [
            "apology", "service-change", "training-guidance", "customer-care", "policy-change",
            "explanation-information", "financial-remedy", "staff-action", "meeting-mediation", "record-correction",
        ])
        let facets = try #require(set["compliments"]).categories
        #expect(Set(facets.map(\.group)) == ["who", "for"])
        #expect(Set(facets.filter { $0.group == "for" }.map(\.id)) == [
            "listening", "reliability", "above-and-beyond", "professionalism", "communication", "advocacy",
        ])
    }

    @Test func councilFileAddsAndOverridesCategories() throws {
        let directory = try Fixtures.folder([
            "council.yaml": """
                taxonomy: themes
                categories:
                  - id: delay
                    label: Timeliness
                    phrases: [tardiness]
                  - id: housing
                    label: Housing
                    topics: [youth club]
                  - id: transport
                    mode: extend
                    phrases: [school run]
                  - id: carer-support
                    mode: remove
                """
        ])
        var set = Fixtures.builtIn
        for file in try TaxonomySet.files(in: directory) { set = try set.merging(file) }
        let themes = try #require(set["themes"])
        #expect(themes.category("delay")?.label == "Timeliness")
        #expect(themes.category("delay")?.entries.map(\.text) == ["tardiness"])
        #expect(themes.category("carer-support") == nil)
        #expect(themes.categories.last?.id == "housing")
        let tagger = Tagger(try set.classifier())
        let result = try tagger.tag("The tardiness of the youth club and the school run were raised.")
        #expect(result.labels("themes") == ["delay", "transport", "housing"])
        // Replaced vocabulary no longer fires; the extended category keeps its own.
        #expect(try tagger.tag("The visit was delayed.").labels("themes").isEmpty)
        #expect(try tagger.tag("The taxi was missing.").labels("themes") == ["transport"])
    }

    @Test func councilFileCanAddATaxonomy() throws {
        let file = try TaxonomyParser.parse("""
            taxonomy: council-priorities
            categories:
              - id: cost-of-living
                topics: [food bank]
            """, path: "priorities.yaml")
        let set = try Fixtures.builtIn.merging(file)
        #expect(set.taxonomies.map(\.name).last == "council-priorities")
        let result = try Tagger(try set.classifier()).tag("She was referred to a food bank.")
        #expect(result.labels("council-priorities") == ["cost-of-living"])
    }

    @Test func thresholdsNeedEnoughEvidence() throws {
        let classifier = try Fixtures.classifier(yaml: """
            taxonomy: themes
            categories:
              - id: financial
                threshold: 2
                topics: [allowance, {phrase: invoice, weight: 1}]
            """)
        let tagger = Tagger(classifier)
        #expect(try tagger.tag("The allowance was late.").labels("themes").isEmpty)
        #expect(try tagger.tag("The allowance and the allowance again.").labels("themes").isEmpty)
        #expect(try tagger.tag("The allowance invoice was wrong.").labels("themes") == ["financial"])
    }

    @Test func exclusionsCancelOverlappingMatches() throws {
        let tagger = Fixtures.tagger()
        #expect(!(try tagger.tag("Please write it in the communication book.").labels("themes").contains("communication")))
    }

    @Test func includesBorrowAnotherCategorysPhrases() throws {
        let set = try TaxonomySet()
            .merging(TaxonomyParser.parse("""
                taxonomy: themes
                categories:
                  - id: delay
                    phrases: [overdue]
                    topics: [timescale]
                """, path: "themes.yaml"))
            .merging(TaxonomyParser.parse("""
                taxonomy: learning
                categories:
                  - id: service-delivery
                    include: [themes/delay]
                """, path: "learning.yaml"))
        let tagger = Tagger(try set.classifier())
        #expect(try tagger.tag("The review was overdue.").labels("learning") == ["service-delivery"])
        // Topics are not borrowed.
        #expect(try tagger.tag("The timescale was discussed.").labels("learning").isEmpty)
    }

    // MARK: Bad files

    static let badFiles: [(yaml: String, line: Int, fragment: String)] = [
        ("taxonomy: themes\ncategories:\n  - id: delay\n    phrases: [late]\n    colour: red\n", 5, "unknown key 'colour'"),
        ("taxonomy: themes\ncategories:\n  - id: Delay\n    phrases: [late]\n", 3, "lowercase letters"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    threshold: lots\n    phrases: [late]\n", 4, "must be a number"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    phrases:\n      - {phrase: late, weight: -1}\n", 5, "greater than 0"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    patterns: ['(unclosed']\n", 4, "does not compile"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    phrases: [late]\n  - id: delay\n    phrases: [slow]\n", 5, "duplicate category id"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    phrases: ['... late']\n", 4, "cannot start with '...'"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    phrases: ['[PERSON 1] late']\n", 4, "placeholders"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n", 3, "no phrases"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    phrases: [late\n", 5, "YAML syntax"),
        ("categories:\n  - id: delay\n    phrases: [late]\n", 1, "missing 'taxonomy:'"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    patterns: ['\\b']\n", 4, "empty text"),
        ("taxonomy: themes\ncategories:\n  - id: delay\n    include: [delay]\n", 4, "taxonomy/category"),
    ]

    @Test(arguments: 0..<badFiles.count)
    func badFilesGiveLineNumberedErrors(_ index: Int) {
        let (yaml, line, fragment) = Self.badFiles[index]
        do {
            _ = try TaxonomyParser.parse(yaml, path: "council/themes.yaml")
            Issue.record("expected an error for case \(index)")
        } catch let error as CandourError {
            #expect(error.code == .invalidTaxonomy)
            #expect(error.context == "council/themes.yaml:\(line)", "case \(index): \(error)")
            #expect(error.message.contains(fragment), "case \(index): \(error.message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func extendingAnUnknownCategoryNamesTheLine() throws {
        let file = try TaxonomyParser.parse(
            "taxonomy: themes\ncategories:\n  - id: nonsense\n    mode: extend\n    phrases: [x y]\n", path: "c.yaml")
        #expect(throws: CandourError.self) { try Fixtures.builtIn.merging(file) }
        do {
            _ = try Fixtures.builtIn.merging(file)
        } catch let error as CandourError {
            #expect(error.context == "c.yaml:3")
        }
    }

    @Test func unknownIncludeNamesTheLine() throws {
        let file = try TaxonomyParser.parse(
            "taxonomy: learning\ncategories:\n  - id: extra\n    include:\n      - themes/nothing\n", path: "l.yaml")
        let set = try Fixtures.builtIn.merging(file)
        do {
            _ = try set.classifier()
            Issue.record("expected an error")
        } catch let error as CandourError {
            #expect(error.context == "l.yaml:5")
        }
    }
}
