import CaseModel
import Diagnostics
import Foundation
import Testing
@testable import Store

@Suite("Case-log CSV import and export")
struct CaseCSVTests {
    static let header = "reference,kind,procedure,received,stage1_received,stage1_response,stage1_outcomes,summary"

    func problems(_ text: String, mapping: ColumnMapping = .identity) -> [String] {
        do {
            _ = try CaseCSVReader(mapping: mapping).read(text, source: "log.csv")
            return []
        } catch let error as ImportProblems {
            return error.problems.map(\.description)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    @Test func readsCanonicalRows() throws {
        let text = """
        \(Self.header),themes,parties
        CS-2023-00001,Complaint,Statutory,09/01/2023,2023-01-09,2023-01-20,"Upheld; not upheld","Late visits, missed calls",Communication; delay,Jo Amberly (complainant); Kai
        CS-2023-00002,compliment,,2023-01-10,,,,"Thank you"

        """
        let cases = try CaseCSVReader().read(text, source: "log.csv")
        #expect(cases.count == 2)
        let first = cases[0]
        #expect(first.kind == .complaint && first.procedure == .statutory)
        #expect(first.received == LocalDate(iso: "2023-01-09"))
        #expect(first.stage(.stage1)?.elements.map(\.outcome) == [.upheld, .notUpheld])
        #expect(first.summary == "Late visits, missed calls")
        #expect(first.themes == [Theme("communication"), Theme("delay")])
        #expect(first.parties == [Party(name: "Jo Amberly", role: "complainant"), Party(name: "Kai")])
        #expect(cases[1].procedure == Procedure.none)
        #expect(cases[1].stages.isEmpty)
    }

    @Test func reportsEveryBadRowWithFileLineAndColumn() {
        let text = """
        \(Self.header)
        CS-2023-00001,complaint,statutory,2023-01-09,2023-01-09,2023-01-20,upheld,fine
        CS-2023-00002,grievance,statutory,2023-02-30,,,,"a summary
        over two lines"
        ,complaint,,2023-01-09,2023-01-09,2023-01-06,sort of,
        CS-2023-00001,comment,,2023-01-09,,,,duplicate
        CS-2023-00005,concern,,2023-03-01,,2023-03-02,,response without a stage start
        """
        #expect(problems(text) == [
            "log.csv:3: kind: unknown kind `grievance` (expected complaint, compliment, comment, concern, mp-enquiry or ombudsman)",
            "log.csv:3: received: not a date (expected YYYY-MM-DD or DD/MM/YYYY): 2023-02-30",
            "log.csv:5: reference: required value missing",
            "log.csv:5: procedure: required for complaints (statutory or corporate)",
            "log.csv:5: stage1_response: 2023-01-06 is before stage1_received (2023-01-09)",
            "log.csv:5: stage1_outcomes: unknown outcome `sort of` (expected upheld, partially-upheld, not-upheld, withdrawn, unable-to-make-a-finding, legal-proceedings-pending, outside-jurisdiction or resolved-locally)",
            "log.csv:6: reference: duplicate reference CS-2023-00001 (first on line 2)",
            "log.csv:7: stage1_received: required when stage1_response is filled",
        ])
    }

    @Test func reportsProblemsInListCells() {
        let text = """
        reference,kind,procedure,received,stage2_received,stage2_paused,stage2_cost_investigator,lgsco_outcome,learning,actions,advocate_offered
        CS-1,complaint,statutory,2023-01-09,2023-02-01,2023-02-10..2023-02-03 advocate,lots,upheld,nonsense,apology; ; ; ; ,maybe
        """
        #expect(problems(text) == [
            "log.csv:2: advocate_offered: expected yes or no, found `maybe`",
            "log.csv:2: stage2_paused: pause ends (2023-02-03) before it starts (2023-02-10)",
            "log.csv:2: stage2_cost_investigator: not an amount of money (expected pounds, e.g. 1250.00): lots",
            "log.csv:2: lgsco_reference: required when lgsco_outcome is filled",
            "log.csv:2: learning: expected `category: text`, found `nonsense`",
            "log.csv:2: actions: expected `category; owner role; due date; status; text`, found `apology; ; ; ;`",
        ])
    }

    @Test func reportsAMissingRequiredColumnOnTheHeaderLine() {
        #expect(problems("reference,kind\nCS-1,complaint\n") == ["log.csv:1: received: required column missing"])
    }

    @Test func anEmptyFileIsAProblem() {
        #expect(problems("") == ["log.csv:1: empty file: no header row"])
    }

    @Test func mappingRenamesColumnsAndSuppliesDefaults() throws {
        let mapping = try ColumnMapping.parse("""
        # Their system's export
        reference = Case Ref
        received = Date Received
        kind = Type
        stage1_received = Date Received
        stage1_response = Response Sent
        service_area = Directorate
        team = Team Name
        default procedure = statutory
        """, source: "map.txt")
        let text = """
        Case Ref,Type,Date Received,Response Sent,Directorate,Team Name,Unused
        CS-9,Complaint,01/03/2024,15/03/2024,Children's Social Care,Assessment Team,x
        """
        let cases = try CaseCSVReader(mapping: mapping).read(text, source: "theirs.csv")
        #expect(cases.count == 1)
        #expect(cases[0].procedure == .statutory)
        #expect(cases[0].stage(.stage1)?.responded == LocalDate(iso: "2024-03-15"))
        #expect(cases[0].service.description == "Children's Social Care > Assessment Team")
        // Problems name the file's own column.
        let bad = "Case Ref,Type,Date Received,Response Sent,Directorate,Team Name\nCS-9,Complaint,yesterday,,,\n"
        #expect(problems(bad, mapping: mapping) == ["log.csv:2: Date Received: not a date (expected YYYY-MM-DD or DD/MM/YYYY): yesterday"])
        // A mapped column that is not there.
        #expect(problems("Case Ref,Type\nCS-9,complaint\n", mapping: mapping).first == "log.csv:1: received: column `Date Received` named in the mapping is not in the file")
    }

    @Test func mappingFilesAreChecked() throws {
        #expect(throws: CandourError(.invalidConfiguration, "unknown canonical column `ref`", context: "m.txt:2")) {
            try ColumnMapping.parse("# x\nref = Case Ref", source: "m.txt")
        }
        #expect(throws: CandourError.self) { try ColumnMapping.parse("reference Case Ref") }
        let json = try ColumnMapping.parse(#"{"columns": {"reference": "Ref"}, "defaults": {"procedure": "corporate"}}"#)
        #expect(json.columns[.reference] == "Ref")
        #expect(json.defaults[.procedure] == "corporate")
    }

    @Test func exportReadsBackToTheSameCases() throws {
        var full = SampleCases.full()
        full.themes = full.themes(from: .manual)
        let cases = [full, SampleCases.compliment(), SampleCases.open()]
        let csv = CaseCSVWriter().write(cases)
        #expect(csv.hasPrefix(CaseColumn.allCases.map(\.rawValue).joined(separator: ",") + "\r\n"))
        #expect(try CaseCSVReader().read(csv, source: "export.csv") == cases)
        let json = try CaseJSON.string(cases)
        #expect(try CaseJSON.cases(from: Data(json.utf8)) == cases)
        #expect(json.contains("\"received\" : \"2023-01-09\""))
    }

    @Test func reimportingTheSameFileDuplicatesNothing() throws {
        let text = """
        \(Self.header)
        CS-2023-00001,complaint,statutory,2023-01-09,2023-01-09,2023-01-20,upheld,first
        CS-2023-00002,complaint,corporate,2023-01-10,2023-01-10,,,second
        """
        let store = try CaseStore.inMemory()
        let reader = CaseCSVReader()
        #expect(try store.upsert(reader.read(text, source: "a.csv")) == ImportSummary(inserted: 2))
        #expect(try store.upsert(reader.read(text, source: "a.csv")) == ImportSummary(unchanged: 2))
        let edited = text.replacingOccurrences(of: "2023-01-10,,,second", with: "2023-01-10,2023-01-24,not upheld,second")
        #expect(try store.upsert(reader.read(edited, source: "a.csv")) == ImportSummary(updated: 1, unchanged: 1))
        #expect(try store.count() == 2)
        #expect(try store.case(reference: "CS-2023-00002")?.stage(.stage1)?.responded == LocalDate(iso: "2023-01-24"))
    }

    @Test func theSampleCaseLogImportsCleanlyAndRoundTrips() throws {
        let url = SampleCases.packageRoot.appendingPathComponent("samples/cases/case-log.csv")
        let cases = try CaseCSVReader().read(contentsOf: url)
        #expect(cases.count >= 300)
        #expect(Set(cases.map(\.reference)).count == cases.count)
        #expect(Set(cases.map(\.kind)) == Set(CaseKind.allCases))
        #expect(cases.contains { $0.stage(.stage3) != nil })
        #expect(cases.contains { $0.ombudsman != nil })
        let again = try CaseCSVReader().read(CaseCSVWriter().write(cases), source: "export.csv")
        #expect(again == cases)
        let store = try CaseStore.inMemory()
        #expect(try store.upsert(cases).inserted == cases.count)
        #expect(try store.upsert(cases).unchanged == cases.count)
    }

    @Test func theSampleMappingReadsTheOtherSystemsExport() throws {
        let folder = SampleCases.packageRoot.appendingPathComponent("samples/cases")
        let mapping = try ColumnMapping.load(contentsOf: folder.appendingPathComponent("mapping-example.txt"))
        let cases = try CaseCSVReader(mapping: mapping).read(contentsOf: folder.appendingPathComponent("other-system-export.csv"))
        #expect(cases.count >= 5)
        #expect(cases.allSatisfy { !$0.service.isEmpty })
    }
}
