import Foundation

/// A small case log for the `cases` command tests, and helpers to import it.
enum CasesFixture {
    static let csv = """
    reference,kind,procedure,received,acknowledged,matter_arose,method,complainant_group,advocate_offered,advocate_used,service_area,team,summary,parties,themes,stage1_received,stage1_extended_to,stage1_extension_reason,stage1_paused,stage1_response,stage1_outcomes,stage2_received,stage2_response,stage2_outcomes,stage2_cost_investigator,lgsco_reference,lgsco_received,lgsco_enquiry_response,lgsco_decision,lgsco_outcome,lgsco_remedy,lgsco_actions,learning,actions,closed
    CS-2024-00101,complaint,statutory,2024-01-08,2024-01-09,2022-11-01,email,parent-or-relative,yes,no,Looked after Children and Disability Services,Throughcare Team,"Ms Quillan says the pathway plan for her son was not reviewed, and calls were not returned.",Jo Quillan (complainant); Kai Quillan (child),communication; delay,2024-01-08,2024-02-05,several elements,2024-01-10..2024-01-11 advocate being arranged,2024-02-01,Pathway plan not reviewed = upheld; not upheld,2024-02-20,,,,,,,,,,,communication-information: Return calls within two working days,apology; Team manager; 2024-03-01; completed; Letter of apology,
    CS-2024-00102,compliment,none,2024-01-15,,,letter,foster-carer,,,Fostering and Adoption Service,Supervising Social Work Team,Thanks to the supervising social worker.,,,,,,,,,,,,,,,,,,,,,,
    CS-2024-00103,complaint,corporate,2024-03-20,2024-03-21,,web-form,parent-or-relative,,,"Education, SEND and Inclusion",Home to School Transport,Taxi did not arrive three days running.,,transport,2024-03-20,,,,,,,,,,,,,,,,,,,
    CS-2024-00104,concern,none,2024-02-01,,,phone,other,,,Early Help and Prevention,Family Support Team,Grandparent asked why sessions stopped.,,,2024-02-01,,,,2024-02-06,resolved locally,,,,,,,,,,,,,,2024-02-06
    CS-2024-00105,ombudsman,statutory,2024-03-25,,,letter,parent-or-relative,,,Children's Social Care,Assessment and Intervention Team,Complaint to the Ombudsman about the assessment.,,assessment-decision,,,,,,,,,,,24 001 234,2024-03-25,,,,,,,,
    """

    /// A fresh directory holding `cases.csv` (the fixture) and the path for a store in it.
    static func directory() throws -> (folder: URL, csv: String, db: String) {
        let folder = try CLIRunner.temporaryDirectory()
        let csvURL = folder.appendingPathComponent("cases.csv")
        try (csv + "\n").write(to: csvURL, atomically: true, encoding: .utf8)
        return (folder, csvURL.path, folder.appendingPathComponent("candour.db").path)
    }

    /// Imports the fixture into a fresh store; returns the folder and the store path.
    static func imported() throws -> (folder: URL, db: String) {
        let (folder, csv, db) = try directory()
        let result = try CLIRunner.run(["cases", "import", csv, "--db", db])
        guard result.status == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: result.stderr]) }
        return (folder, db)
    }

    /// Compares `actual` with `Golden/cases-NAME`; with `UPDATE_GOLDEN=1` rewrites it instead.
    static func golden(_ name: String) -> URL {
        CLIRunner.packageRoot.appendingPathComponent("Tests/CLITests/Golden/cases-\(name)")
    }

    static func matchesGolden(_ actual: String, _ name: String) throws -> Bool {
        let url = golden(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return true
        }
        return actual == (try String(contentsOf: url, encoding: .utf8))
    }
}
