import Foundation

/// Where in the organisation a case belongs: a service area and, below it, a team
/// ("Looked after Children and Disability Services > Throughcare Team").
public struct ServiceArea: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The levels, broadest first; empty when not recorded.
    public var path: [String]

    public init(path: [String]) {
        self.path = path.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A path written with ` > ` between levels.
    public init(parsing text: String) {
        self.init(path: text.components(separatedBy: ">"))
    }

    /// The service area (the top level), if recorded.
    public var service: String? { path.first }
    /// The team (the bottom level below the service area), if recorded.
    public var team: String? { path.count > 1 ? path.last : nil }
    /// Whether nothing is recorded.
    public var isEmpty: Bool { path.isEmpty }

    /// Whether `text` names this area or one above it, or matches the team, ignoring case:
    /// "Throughcare" matches "… > Throughcare Team".
    public func matches(_ text: String) -> Bool {
        let needle = text.trimmingCharacters(in: .whitespaces).lowercased()
        if needle.isEmpty { return true }
        if description.lowercased().hasPrefix(needle) { return true }
        return path.contains { $0.lowercased().contains(needle) }
    }

    public var description: String { path.joined(separator: " > ") }

    public init(from decoder: any Decoder) throws {
        self.init(parsing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
