import CaseModel
import Diagnostics

/// Reads one case-log row into a case, collecting every problem rather than stopping at the first.
struct RowParser {
    let fields: [String]
    let line: Int
    let source: String
    let index: [CaseColumn: Int]
    let mapping: ColumnMapping
    private(set) var problems: [CandourError] = []

    init(fields: [String], line: Int, source: String, index: [CaseColumn: Int], mapping: ColumnMapping) {
        self.fields = fields
        self.line = line
        self.source = source
        self.index = index
        self.mapping = mapping
    }

    // MARK: - Cells

    /// The trimmed cell for `column` (or its default), `nil` when empty.
    func text(_ column: CaseColumn) -> String? {
        if let position = index[column], position < fields.count {
            let value = fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { return value }
        }
        if let fallback = mapping.defaults[column], !fallback.isEmpty { return fallback }
        return nil
    }

    /// Records a problem with `column`, once (two canonical columns may map to one file column).
    mutating func problem(_ column: CaseColumn, _ message: String) {
        let error = CandourError(.invalidInput, message, context: "\(source):\(line): \(mapping.header(for: column))")
        if !problems.contains(error) { problems.append(error) }
    }

    mutating func required(_ column: CaseColumn) -> String? {
        guard let value = text(column) else {
            problem(column, "required value missing")
            return nil
        }
        return value
    }

    mutating func date(_ column: CaseColumn) -> LocalDate? {
        guard let value = text(column) else { return nil }
        guard let date = LocalDate(parsing: value) else {
            problem(column, "not a date (expected YYYY-MM-DD or DD/MM/YYYY): \(value)")
            return nil
        }
        return date
    }

    mutating func labelled<T: Labelled>(_ column: CaseColumn, _ what: String) -> T? {
        guard let value = text(column) else { return nil }
        return labelled(value, column, what)
    }

    mutating func labelled<T: Labelled>(_ value: String, _ column: CaseColumn, _ what: String) -> T? {
        guard let parsed = T(label: value) else {
            problem(column, "unknown \(what) `\(value)` (expected \(T.idList))")
            return nil
        }
        return parsed
    }

    mutating func bool(_ column: CaseColumn) -> Bool? {
        guard let value = text(column) else { return nil }
        switch value.lowercased() {
        case "yes", "y", "true", "1": return true
        case "no", "n", "false", "0": return false
        default:
            problem(column, "expected yes or no, found `\(value)`")
            return nil
        }
    }

    mutating func money(_ column: CaseColumn) -> Money? {
        guard let value = text(column) else { return nil }
        guard let amount = Money(parsing: value) else {
            problem(column, "not an amount of money (expected pounds, e.g. 1250.00): \(value)")
            return nil
        }
        return amount
    }

    /// Items of a list cell split on `separator`, trimmed, empty ones dropped.
    func items(_ column: CaseColumn, separator: Character = ";") -> [String] {
        guard let value = text(column) else { return [] }
        return value.split(separator: separator).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Reports `column` when `date` comes before `earliest`.
    mutating func notBefore(_ date: LocalDate?, _ earliest: LocalDate?, _ column: CaseColumn, _ what: String) {
        if let date, let earliest, date < earliest {
            problem(column, "\(date) is before \(what) (\(earliest))")
        }
    }

    // MARK: - The case

    mutating func parseCase() -> Case? {
        let reference = required(.reference)
        if let reference, reference.contains(where: \.isWhitespace) {
            problem(.reference, "a reference cannot contain spaces: \(reference)")
        }
        let kindText = required(.kind)
        let kind: CaseKind? = kindText.flatMap { labelled($0, .kind, "kind") }
        var procedure: Procedure? = labelled(.procedure, "procedure")
        if procedure == nil && text(.procedure) == nil {
            if kind == .complaint {
                problem(.procedure, "required for complaints (statutory or corporate)")
            } else {
                procedure = Procedure.none
            }
        }
        var received: LocalDate?
        if required(.received) != nil { received = date(.received) }

        let acknowledged = date(.acknowledged)
        notBefore(acknowledged, received, .acknowledged, "the date received")
        let matterArose = date(.matterArose)
        if let matterArose, let received, matterArose > received {
            problem(.matterArose, "\(matterArose) is after the date received (\(received))")
        }
        let method: ContactMethod? = labelled(.method, "method")
        let group: ComplainantGroup? = labelled(.complainantGroup, "complainant group")
        let offered = bool(.advocateOffered), used = bool(.advocateUsed)
        let service = ServiceArea(path: [text(.serviceArea) ?? ""] + (text(.team) ?? "").components(separatedBy: ">"))
        let parties = parseParties()
        let themes = items(.themes).map { Theme(normalisedKey($0)) }.filter { !$0.id.isEmpty }

        let stages = parseStages(received: received)
        let decision = parseDecision()
        let learning = parseLearning()
        let actions = parseActions()
        let closed = date(.closed)
        notBefore(closed, received, .closed, "the date received")

        guard let reference, let kind, let procedure, let received else { return nil }
        return Case(
            reference: reference, kind: kind, procedure: procedure, received: received, acknowledged: acknowledged,
            matterArose: matterArose, method: method, complainantGroup: group, advocateOffered: offered,
            advocateUsed: used, service: service, summary: text(.summary) ?? "", redactedSummary: text(.redactedSummary),
            parties: parties, themes: themes, stages: stages, ombudsman: decision, learningPoints: learning,
            actions: actions, closed: closed)
    }

    mutating func parseParties() -> [Party] {
        items(.parties).compactMap { item in
            var name = item, role = ""
            if item.hasSuffix(")"), let open = item.lastIndex(of: "(") {
                name = item[..<open].trimmingCharacters(in: .whitespaces)
                role = item[item.index(after: open)..<item.index(before: item.endIndex)].trimmingCharacters(in: .whitespaces)
            }
            guard !name.isEmpty else {
                problem(.parties, "a party needs a name: `\(item)`")
                return nil
            }
            return Party(name: name, role: role)
        }
    }

    // MARK: - Stages

    struct StageColumns {
        let level: StageLevel
        let received: CaseColumn
        let extendedTo: CaseColumn?
        let extensionReason: CaseColumn?
        let paused: CaseColumn?
        let response: CaseColumn
        let outcomes: CaseColumn?
        let others: [CaseColumn]
    }

    static let stageColumns: [StageColumns] = [
        StageColumns(level: .stage1, received: .stage1Received, extendedTo: .stage1ExtendedTo, extensionReason: .stage1ExtensionReason,
                     paused: .stage1Paused, response: .stage1Response, outcomes: .stage1Outcomes, others: []),
        StageColumns(level: .stage2, received: .stage2Received, extendedTo: .stage2ExtendedTo, extensionReason: .stage2ExtensionReason,
                     paused: .stage2Paused, response: .stage2Response, outcomes: .stage2Outcomes,
                     others: [.stage2CostInvestigator, .stage2CostIndependentPerson]),
        StageColumns(level: .stage3, received: .stage3Received, extendedTo: nil, extensionReason: nil, paused: .stage3Paused,
                     response: .stage3Response, outcomes: .stage3Outcomes, others: [.stage3Panel, .stage3Report, .stage3CostPanel]),
        StageColumns(level: .ombudsman, received: .lgscoReceived, extendedTo: nil, extensionReason: nil, paused: nil,
                     response: .lgscoEnquiryResponse, outcomes: nil, others: []),
    ]

    mutating func parseStages(received: LocalDate?) -> [Stage] {
        var stages: [Stage] = []
        var previous: (column: CaseColumn, date: LocalDate)?
        for columns in Self.stageColumns {
            let optional = [columns.extendedTo, columns.extensionReason, columns.paused, columns.outcomes].compactMap { $0 }
            let filled = ([columns.response] + optional + columns.others).filter { text($0) != nil }
            guard let start = date(columns.received) else {
                if text(columns.received) == nil, let first = filled.first {
                    problem(columns.received, "required when \(mapping.header(for: first)) is filled")
                }
                continue
            }
            if columns.level != .ombudsman {
                notBefore(start, received, columns.received, "the date received")
                if let previous { notBefore(start, previous.date, columns.received, mapping.header(for: previous.column)) }
                previous = (columns.received, start)
            }
            var stage = Stage(level: columns.level, received: start)
            if let extendedTo = columns.extendedTo, let until = date(extendedTo) {
                notBefore(until, start, extendedTo, mapping.header(for: columns.received))
                stage.extended = Extension(until: until, reason: columns.extensionReason.flatMap(text) ?? "")
            } else if let reasonColumn = columns.extensionReason, text(reasonColumn) != nil, let extendedTo = columns.extendedTo,
                      text(extendedTo) == nil {
                problem(extendedTo, "required when \(mapping.header(for: reasonColumn)) is filled")
            }
            if let paused = columns.paused { stage.pauses = parsePauses(paused, start: start) }
            if columns.level == .stage3 {
                stage.panelHeld = date(.stage3Panel)
                notBefore(stage.panelHeld, start, .stage3Panel, mapping.header(for: .stage3Received))
                stage.panelReported = date(.stage3Report)
                notBefore(stage.panelReported, stage.panelHeld ?? start, .stage3Report,
                          mapping.header(for: stage.panelHeld == nil ? .stage3Received : .stage3Panel))
                stage.costs.panel = money(.stage3CostPanel)
            }
            stage.responded = date(columns.response)
            notBefore(stage.responded, stage.panelReported ?? start, columns.response,
                      mapping.header(for: stage.panelReported == nil ? columns.received : .stage3Report))
            if let outcomes = columns.outcomes { stage.elements = parseOutcomes(outcomes) }
            if columns.level == .stage2 {
                stage.costs.investigator = money(.stage2CostInvestigator)
                stage.costs.independentPerson = money(.stage2CostIndependentPerson)
            }
            stages.append(stage)
        }
        return stages
    }

    mutating func parsePauses(_ column: CaseColumn, start: LocalDate) -> [Pause] {
        items(column).compactMap { item in
            let parts = item.split(separator: " ", maxSplits: 1)
            let range = parts[0].components(separatedBy: "..")
            guard range.count == 2, let from = LocalDate(parsing: range[0]), let to = LocalDate(parsing: range[1]) else {
                problem(column, "expected `YYYY-MM-DD..YYYY-MM-DD reason`, found `\(item)`")
                return nil
            }
            guard from <= to else {
                problem(column, "pause ends (\(to)) before it starts (\(from))")
                return nil
            }
            notBefore(from, start, column, "the stage began")
            return Pause(from: from, to: to, reason: parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
        }
    }

    mutating func parseOutcomes(_ column: CaseColumn) -> [ComplaintElement] {
        items(column).compactMap { item in
            var summary = "", outcomeText = item
            if let equals = item.lastIndex(of: "=") {
                summary = item[..<equals].trimmingCharacters(in: .whitespaces)
                outcomeText = item[item.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            }
            guard let outcome: ElementOutcome = labelled(outcomeText, column, "outcome") else { return nil }
            return ComplaintElement(summary: summary, outcome: outcome)
        }
    }

    // MARK: - Ombudsman, learning, actions

    mutating func parseDecision() -> OmbudsmanDecision? {
        let filled = [CaseColumn.lgscoDecision, .lgscoOutcome, .lgscoRemedy, .lgscoActions].filter { text($0) != nil }
        guard let referenceText = text(.lgscoReference) else {
            if let first = filled.first {
                problem(.lgscoReference, "required when \(mapping.header(for: first)) is filled")
            }
            return nil
        }
        guard let reference = LGSCOReference(referenceText) else {
            problem(.lgscoReference, "not an Ombudsman reference (expected YY NNN NNN): \(referenceText)")
            return nil
        }
        let outcome: OmbudsmanOutcome? = labelled(.lgscoOutcome, "Ombudsman outcome")
        let payments: [RemedyPayment] = items(.lgscoRemedy).compactMap { item in
            let parts = item.split(separator: " ", maxSplits: 1)
            guard let amount = Money(parsing: String(parts[0])) else {
                problem(.lgscoRemedy, "expected `amount purpose` (amount in pounds), found `\(item)`")
                return nil
            }
            return RemedyPayment(amount: amount, purpose: parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
        }
        let agreed: [AgreedAction] = items(.lgscoActions).map { item in
            let parts = item.split(separator: " ", maxSplits: 1)
            if parts.count == 2, let due = LocalDate(iso: String(parts[0])) {
                return AgreedAction(text: parts[1].trimmingCharacters(in: .whitespaces), due: due)
            }
            return AgreedAction(text: item)
        }
        return OmbudsmanDecision(reference: reference, decided: date(.lgscoDecision), outcome: outcome,
                                 payments: payments, agreedActions: agreed)
    }

    mutating func parseLearning() -> [LearningPoint] {
        items(.learning, separator: "|").compactMap { item in
            guard let colon = item.firstIndex(of: ":") else {
                problem(.learning, "expected `category: text`, found `\(item)`")
                return nil
            }
            let text = item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard let category: LearningCategory = labelled(String(item[..<colon]), .learning, "learning category") else { return nil }
            guard !text.isEmpty else {
                problem(.learning, "a learning point needs text after `\(category.rawValue):`")
                return nil
            }
            return LearningPoint(category: category, text: text)
        }
    }

    mutating func parseActions() -> [CaseAction] {
        items(.actions, separator: "|").compactMap { item in
            let parts = item.split(separator: ";", maxSplits: 4, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 5, !parts[4].isEmpty else {
                problem(.actions, "expected `category; owner role; due date; status; text`, found `\(item)`")
                return nil
            }
            guard let category: ActionCategory = labelled(parts[0], .actions, "action category") else { return nil }
            var due: LocalDate?
            if !parts[2].isEmpty {
                due = LocalDate(parsing: parts[2])
                if due == nil {
                    problem(.actions, "not a date (expected YYYY-MM-DD or DD/MM/YYYY): \(parts[2])")
                    return nil
                }
            }
            var status = ActionStatus.open
            if !parts[3].isEmpty {
                guard let parsed: ActionStatus = labelled(parts[3], .actions, "action status") else { return nil }
                status = parsed
            }
            return CaseAction(category: category, text: parts[4], ownerRole: parts[1], due: due, status: status)
        }
    }
}
