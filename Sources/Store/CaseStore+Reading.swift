import CaseModel
import Diagnostics
import GRDB

/// Reading cases back, whole: stages, outcomes, parties, themes, learning, actions, decision.
extension CaseStore {
    /// The case with `reference`, or `nil`.
    public func `case`(reference: String) throws -> Case? {
        do {
            return try queue.read { db in
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE reference = ?", arguments: [reference]) else {
                    return nil
                }
                return try Self.loadCases(db, ids: [id]).first
            }
        } catch {
            throw StoreError.database(error, doing: "reading \(reference)")
        }
    }

    /// Every case, oldest received first (then by reference).
    public func allCases() throws -> [Case] {
        do {
            return try queue.read { try Self.loadCases($0, ids: nil) }
        } catch {
            throw StoreError.database(error, doing: "reading cases")
        }
    }

    /// The cases `filter` lets through, reading clocks as of `asOf`.
    public func cases(
        matching filter: CaseFilter, asOf: LocalDate, timescales: Timescales = .standard,
        calendar: WorkingDayCalendar = .englandAndWales
    ) throws -> [Case] {
        try allCases().filter { filter.matches($0, asOf: asOf, timescales: timescales, calendar: calendar) }
    }

    /// How many cases the store holds.
    public func count() throws -> Int {
        do {
            return try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM cases") ?? 0 }
        } catch {
            throw StoreError.database(error, doing: "counting cases")
        }
    }

    // MARK: - Assembly

    /// Loads the cases with `ids` (all when `nil`), with a fixed number of queries.
    static func loadCases(_ db: Database, ids: [Int64]?) throws -> [Case] {
        func scoped(_ column: String) -> String {
            guard let ids else { return "" }
            return " WHERE \(column) IN (\(ids.map(String.init).joined(separator: ",")))"
        }
        let caseRows = try Row.fetchAll(db, sql: "SELECT * FROM cases\(scoped("id")) ORDER BY received, reference")
        let stageRows = try Row.fetchAll(db, sql: "SELECT * FROM stages\(scoped("case_id")) ORDER BY case_id, id")
        let stageScope = ids == nil ? "" : " WHERE stage_id IN (SELECT id FROM stages\(scoped("case_id")))"
        let pauses = try Dictionary(grouping: Row.fetchAll(db, sql: "SELECT * FROM stage_pauses\(stageScope) ORDER BY stage_id, position"),
                                    by: { $0["stage_id"] as Int64 })
        let elements = try Dictionary(grouping: Row.fetchAll(db, sql: "SELECT * FROM element_outcomes\(stageScope) ORDER BY stage_id, position"),
                                      by: { $0["stage_id"] as Int64 })
        func children(_ table: String) throws -> [Int64: [Row]] {
            try Dictionary(grouping: Row.fetchAll(db, sql: "SELECT * FROM \(table)\(scoped("case_id")) ORDER BY case_id, position"),
                           by: { $0["case_id"] as Int64 })
        }
        let stages = Dictionary(grouping: stageRows, by: { $0["case_id"] as Int64 })
        let parties = try children("parties"), themes = try children("themes")
        let learning = try children("learning_points"), actions = try children("actions")
        let decisions = try Dictionary(grouping: Row.fetchAll(db, sql: "SELECT * FROM ombudsman_decisions\(scoped("case_id"))"),
                                       by: { $0["case_id"] as Int64 })
        let decisionScope = ids == nil ? "" : " WHERE decision_id IN (SELECT id FROM ombudsman_decisions\(scoped("case_id")))"
        let payments = try Dictionary(grouping: Row.fetchAll(db, sql: "SELECT * FROM remedy_payments\(decisionScope) ORDER BY decision_id, position"),
                                      by: { $0["decision_id"] as Int64 })
        let agreed = try Dictionary(grouping: Row.fetchAll(db, sql: "SELECT * FROM agreed_actions\(decisionScope) ORDER BY decision_id, position"),
                                    by: { $0["decision_id"] as Int64 })

        return try caseRows.map { row in
            let id: Int64 = row["id"]
            let read = RowReader(reference: row["reference"])
            var item = Case(
                reference: read.reference,
                kind: try read.required(row, "kind"),
                procedure: try read.required(row, "procedure"),
                received: try read.requiredDate(row, "received"),
                acknowledged: try read.date(row, "acknowledged"),
                matterArose: try read.date(row, "matter_arose"),
                method: try read.optional(row, "method"),
                complainantGroup: try read.optional(row, "complainant_group"),
                advocateOffered: row["advocate_offered"],
                advocateUsed: row["advocate_used"],
                service: ServiceArea(parsing: row["service_area"]),
                summary: row["summary"],
                redactedSummary: row["redacted_summary"],
                closed: try read.date(row, "closed"))
            item.stages = try (stages[id] ?? []).map { stageRow in
                let stageID: Int64 = stageRow["id"]
                var stage = Stage(level: try read.required(stageRow, "level"), received: try read.requiredDate(stageRow, "received"))
                if let until = try read.date(stageRow, "extended_to") {
                    stage.extended = Extension(until: until, reason: stageRow["extension_reason"] ?? "")
                }
                stage.panelHeld = try read.date(stageRow, "panel_held")
                stage.panelReported = try read.date(stageRow, "panel_reported")
                stage.responded = try read.date(stageRow, "responded")
                stage.costs = StageCosts(
                    investigator: (stageRow["cost_investigator"] as Int?).map(Money.init(pence:)),
                    independentPerson: (stageRow["cost_independent_person"] as Int?).map(Money.init(pence:)),
                    panel: (stageRow["cost_panel"] as Int?).map(Money.init(pence:)))
                stage.pauses = try (pauses[stageID] ?? []).map {
                    Pause(from: try read.requiredDate($0, "paused_from"), to: try read.requiredDate($0, "paused_to"), reason: $0["reason"])
                }
                stage.elements = try (elements[stageID] ?? []).map {
                    ComplaintElement(summary: $0["summary"], outcome: try read.required($0, "outcome"))
                }
                return stage
            }.sorted { $0.level < $1.level }
            item.parties = (parties[id] ?? []).map { Party(name: $0["name"], role: $0["role"]) }
            item.themes = Self.orderedThemes(themes[id] ?? [])
            item.learningPoints = try (learning[id] ?? []).map {
                LearningPoint(category: try read.required($0, "category"), text: $0["text"])
            }
            item.actions = try (actions[id] ?? []).map {
                CaseAction(category: try read.required($0, "category"), text: $0["text"], ownerRole: $0["owner_role"],
                           due: try read.date($0, "due"), status: try read.required($0, "status"))
            }
            if let decisionRow = decisions[id]?.first {
                let decisionID: Int64 = decisionRow["id"]
                let text: String = decisionRow["reference"]
                guard let reference = LGSCOReference(text) else {
                    throw StoreError.corrupt("ombudsman_decisions.reference", text, reference: read.reference)
                }
                item.ombudsman = OmbudsmanDecision(
                    reference: reference, decided: try read.date(decisionRow, "decided"),
                    outcome: try read.optional(decisionRow, "outcome"),
                    payments: (payments[decisionID] ?? []).map {
                        RemedyPayment(amount: Money(pence: $0["amount_pence"]), purpose: $0["purpose"])
                    },
                    agreedActions: try (agreed[decisionID] ?? []).map {
                        AgreedAction(text: $0["text"], due: try read.date($0, "due"))
                    })
            }
            return item
        }
    }

    /// Manual themes first, each group in the order written.
    static func orderedThemes(_ rows: [Row]) -> [Theme] {
        let ordered = rows.sorted {
            let left = (($0["source"] as String) == "manual" ? 0 : 1, $0["position"] as Int)
            let right = (($1["source"] as String) == "manual" ? 0 : 1, $1["position"] as Int)
            return left < right
        }
        return ordered.compactMap { row in
            Theme.Source(rawValue: row["source"]).map { Theme(row["theme"], source: $0) }
        }
    }
}

/// Reads typed values out of rows, naming the case when a stored value does not read.
struct RowReader {
    let reference: String

    func date(_ row: Row, _ column: String) throws -> LocalDate? {
        guard let text: String = row[column] else { return nil }
        guard let date = LocalDate(iso: text) else { throw StoreError.corrupt(column, text, reference: reference) }
        return date
    }

    func requiredDate(_ row: Row, _ column: String) throws -> LocalDate {
        guard let date = try date(row, column) else { throw StoreError.corrupt(column, "NULL", reference: reference) }
        return date
    }

    func optional<T: Labelled>(_ row: Row, _ column: String) throws -> T? {
        guard let text: String = row[column] else { return nil }
        guard let value = T(rawValue: text) else { throw StoreError.corrupt(column, text, reference: reference) }
        return value
    }

    func required<T: Labelled>(_ row: Row, _ column: String) throws -> T {
        guard let value: T = try optional(row, column) else { throw StoreError.corrupt(column, "NULL", reference: reference) }
        return value
    }
}
