import Foundation
import CaseModel

/// Writes cases as a case-log CSV with the canonical columns, in the forms
/// ``CaseCSVReader`` reads back (automatic themes are left out: they are not the log's).
public struct CaseCSVWriter: Sendable {
    public init() {}

    /// The whole file: a header row, then one row a case, lines ending `\r\n` (RFC 4180).
    public func write(_ cases: [Case]) -> String {
        var output = CaseColumn.allCases.map(\.rawValue).joined(separator: ",") + "\r\n"
        for item in cases {
            output += CaseColumn.allCases.map { Self.quoted(value(of: $0, in: item)) }.joined(separator: ",") + "\r\n"
        }
        return output
    }

    /// A field quoted when it holds a comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || field.hasPrefix(" ") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The cell for `column`.
    public func value(of column: CaseColumn, in item: Case) -> String {
        let s1 = item.stage(.stage1), s2 = item.stage(.stage2), s3 = item.stage(.stage3), lg = item.stage(.ombudsman)
        func date(_ value: LocalDate?) -> String { value?.description ?? "" }
        func yesNo(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "" }
        func list(_ values: [some CustomStringConvertible], _ separator: String = "; ") -> String {
            values.map(\.description).joined(separator: separator)
        }
        switch column {
        case .reference: return item.reference
        case .kind: return item.kind.rawValue
        case .procedure: return item.procedure.rawValue
        case .received: return date(item.received)
        case .acknowledged: return date(item.acknowledged)
        case .matterArose: return date(item.matterArose)
        case .method: return item.method?.rawValue ?? ""
        case .complainantGroup: return item.complainantGroup?.rawValue ?? ""
        case .advocateOffered: return yesNo(item.advocateOffered)
        case .advocateUsed: return yesNo(item.advocateUsed)
        case .serviceArea: return item.service.service ?? ""
        case .team: return item.service.path.dropFirst().joined(separator: " > ")
        case .summary: return item.summary
        case .redactedSummary: return item.redactedSummary ?? ""
        case .parties: return list(item.parties)
        case .themes: return item.themes(from: .manual).map(\.id).joined(separator: "; ")
        case .stage1Received: return date(s1?.received)
        case .stage1ExtendedTo: return date(s1?.extended?.until)
        case .stage1ExtensionReason: return s1?.extended?.reason ?? ""
        case .stage1Paused: return list(s1?.pauses ?? [])
        case .stage1Response: return date(s1?.responded)
        case .stage1Outcomes: return list(s1?.elements ?? [])
        case .stage2Received: return date(s2?.received)
        case .stage2ExtendedTo: return date(s2?.extended?.until)
        case .stage2ExtensionReason: return s2?.extended?.reason ?? ""
        case .stage2Paused: return list(s2?.pauses ?? [])
        case .stage2Response: return date(s2?.responded)
        case .stage2Outcomes: return list(s2?.elements ?? [])
        case .stage2CostInvestigator: return s2?.costs.investigator?.plain ?? ""
        case .stage2CostIndependentPerson: return s2?.costs.independentPerson?.plain ?? ""
        case .stage3Received: return date(s3?.received)
        case .stage3Paused: return list(s3?.pauses ?? [])
        case .stage3Panel: return date(s3?.panelHeld)
        case .stage3Report: return date(s3?.panelReported)
        case .stage3Response: return date(s3?.responded)
        case .stage3Outcomes: return list(s3?.elements ?? [])
        case .stage3CostPanel: return s3?.costs.panel?.plain ?? ""
        case .lgscoReference: return item.ombudsman?.reference.description ?? ""
        case .lgscoReceived: return date(lg?.received)
        case .lgscoEnquiryResponse: return date(lg?.responded)
        case .lgscoDecision: return date(item.ombudsman?.decided)
        case .lgscoOutcome: return item.ombudsman?.outcome?.rawValue ?? ""
        case .lgscoRemedy: return list(item.ombudsman?.payments ?? [])
        case .lgscoActions: return list(item.ombudsman?.agreedActions ?? [])
        case .learning: return list(item.learningPoints, " | ")
        case .actions:
            return item.actions.map {
                "\($0.category.rawValue); \($0.ownerRole); \(date($0.due)); \($0.status.rawValue); \($0.text)"
            }.joined(separator: " | ")
        case .closed: return date(item.closed)
        }
    }
}
