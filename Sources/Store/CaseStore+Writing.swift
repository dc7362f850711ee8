import CaseModel
import Diagnostics
import GRDB

/// Writing cases: every call is one transaction.
extension CaseStore {
    /// Inserts new cases and updates existing ones (matched by reference) in place, in one
    /// transaction: if any case fails to write, the store is left exactly as it was.
    ///
    /// A case already stored exactly as given is left alone (so re-importing a file changes
    /// nothing). Automatic themes are the classifier's: they are kept as stored, whatever the
    /// given cases carry; write them with ``replaceAutomaticThemes(caseReference:themes:)``.
    @discardableResult
    public func upsert(_ cases: [Case]) throws -> ImportSummary {
        do {
            return try queue.write { db in
                var summary = ImportSummary()
                for item in cases {
                    var manual = item
                    manual.themes = item.themes(from: .manual)
                    if let id = try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE reference = ?", arguments: [item.reference]) {
                        var stored = try Self.loadCases(db, ids: [id]).first!
                        stored.themes = stored.themes(from: .manual)
                        if stored == manual {
                            summary.unchanged += 1
                            continue
                        }
                        try Self.update(manual, id: id, in: db)
                        summary.updated += 1
                    } else {
                        try Self.insert(manual, in: db)
                        summary.inserted += 1
                    }
                }
                return summary
            }
        } catch {
            throw StoreError.database(error, doing: "writing cases")
        }
    }

    /// Replaces the automatic themes of one case with `themes` (theme ids), leaving its
    /// manual themes untouched. Duplicate ids are written once.
    ///
    /// - Throws: ``CandourError`` `notFound` when no case has the reference, `invalidInput`
    ///   for an id that is not lower-case kebab-case.
    public func replaceAutomaticThemes(caseReference: String, themes: [String]) throws {
        for id in themes where !Theme.isValidID(id) {
            throw CandourError(.invalidInput, "not a theme id (expected lower-case words joined by -): \(id)", context: caseReference)
        }
        do {
            try queue.write { db in
                guard let caseID = try Int64.fetchOne(db, sql: "SELECT id FROM cases WHERE reference = ?", arguments: [caseReference]) else {
                    throw StoreError.noSuchCase(caseReference)
                }
                try db.execute(sql: "DELETE FROM themes WHERE case_id = ? AND source = 'auto'", arguments: [caseID])
                var seen: Set<String> = []
                for (position, id) in themes.enumerated() where seen.insert(id).inserted {
                    try db.execute(
                        sql: "INSERT INTO themes (case_id, position, theme, source) VALUES (?, ?, ?, 'auto')",
                        arguments: [caseID, position, id])
                }
            }
        } catch {
            throw StoreError.database(error, doing: "writing automatic themes")
        }
    }

    /// Deletes the case with `reference` and everything linked to it; returns whether there was one.
    @discardableResult
    public func delete(reference: String) throws -> Bool {
        do {
            return try queue.write { db in
                try db.execute(sql: "DELETE FROM cases WHERE reference = ?", arguments: [reference])
                return db.changesCount > 0
            }
        } catch {
            throw StoreError.database(error, doing: "deleting \(reference)")
        }
    }

    // MARK: - Rows

    static func caseColumns(_ item: Case) -> StatementArguments {
        [
            item.reference, item.kind.rawValue, item.procedure.rawValue, item.received.description,
            item.acknowledged?.description, item.matterArose?.description, item.method?.rawValue,
            item.complainantGroup?.rawValue, item.advocateOffered, item.advocateUsed, item.service.description,
            item.summary, item.redactedSummary, item.closed?.description,
        ]
    }

    static func insert(_ item: Case, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO cases (reference, kind, procedure, received, acknowledged, matter_arose, method,
                complainant_group, advocate_offered, advocate_used, service_area, summary, redacted_summary, closed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: caseColumns(item))
        try insertChildren(of: item, caseID: db.lastInsertedRowID, in: db)
    }

    static func update(_ item: Case, id: Int64, in db: Database) throws {
        var arguments = caseColumns(item)
        arguments += [id]
        try db.execute(sql: """
            UPDATE cases SET reference = ?, kind = ?, procedure = ?, received = ?, acknowledged = ?, matter_arose = ?,
                method = ?, complainant_group = ?, advocate_offered = ?, advocate_used = ?, service_area = ?,
                summary = ?, redacted_summary = ?, closed = ?
            WHERE id = ?
            """, arguments: arguments)
        for table in ["stages", "parties", "learning_points", "actions", "ombudsman_decisions"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE case_id = ?", arguments: [id])
        }
        try db.execute(sql: "DELETE FROM themes WHERE case_id = ? AND source = 'manual'", arguments: [id])
        try insertChildren(of: item, caseID: id, in: db)
    }

    static func insertChildren(of item: Case, caseID: Int64, in db: Database) throws {
        for stage in item.stages {
            try db.execute(sql: """
                INSERT INTO stages (case_id, level, received, extended_to, extension_reason, panel_held, panel_reported,
                    responded, cost_investigator, cost_independent_person, cost_panel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    caseID, stage.level.rawValue, stage.received.description, stage.extended?.until.description,
                    stage.extended?.reason, stage.panelHeld?.description, stage.panelReported?.description,
                    stage.responded?.description, stage.costs.investigator?.pence, stage.costs.independentPerson?.pence,
                    stage.costs.panel?.pence,
                ])
            let stageID = db.lastInsertedRowID
            for (position, pause) in stage.pauses.enumerated() {
                try db.execute(
                    sql: "INSERT INTO stage_pauses (stage_id, position, paused_from, paused_to, reason) VALUES (?, ?, ?, ?, ?)",
                    arguments: [stageID, position, pause.from.description, pause.to.description, pause.reason])
            }
            for (position, element) in stage.elements.enumerated() {
                try db.execute(
                    sql: "INSERT INTO element_outcomes (stage_id, position, summary, outcome) VALUES (?, ?, ?, ?)",
                    arguments: [stageID, position, element.summary, element.outcome.rawValue])
            }
        }
        for (position, party) in item.parties.enumerated() {
            try db.execute(sql: "INSERT INTO parties (case_id, position, name, role) VALUES (?, ?, ?, ?)",
                           arguments: [caseID, position, party.name, party.role])
        }
        for (position, theme) in item.themes.enumerated() {
            try db.execute(sql: "INSERT INTO themes (case_id, position, theme, source) VALUES (?, ?, ?, ?)",
                           arguments: [caseID, position, theme.id, theme.source.rawValue])
        }
        for (position, point) in item.learningPoints.enumerated() {
            try db.execute(sql: "INSERT INTO learning_points (case_id, position, category, text) VALUES (?, ?, ?, ?)",
                           arguments: [caseID, position, point.category.rawValue, point.text])
        }
        for (position, action) in item.actions.enumerated() {
            try db.execute(sql: """
                INSERT INTO actions (case_id, position, category, text, owner_role, due, status) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [caseID, position, action.category.rawValue, action.text, action.ownerRole,
                                 action.due?.description, action.status.rawValue])
        }
        if let decision = item.ombudsman {
            try db.execute(sql: "INSERT INTO ombudsman_decisions (case_id, reference, decided, outcome) VALUES (?, ?, ?, ?)",
                           arguments: [caseID, decision.reference.description, decision.decided?.description, decision.outcome?.rawValue])
            let decisionID = db.lastInsertedRowID
            for (position, payment) in decision.payments.enumerated() {
                try db.execute(sql: "INSERT INTO remedy_payments (decision_id, position, amount_pence, purpose) VALUES (?, ?, ?, ?)",
                               arguments: [decisionID, position, payment.amount.pence, payment.purpose])
            }
            for (position, action) in decision.agreedActions.enumerated() {
                try db.execute(sql: "INSERT INTO agreed_actions (decision_id, position, text, due) VALUES (?, ?, ?, ?)",
                               arguments: [decisionID, position, action.text, action.due?.description])
            }
        }
    }
}
