import Foundation

/// What to redact and how: the types, an operator per type, and allow and deny lists.
///
/// Policies are data (YAML). Candour ships `publish` (the default and the strictest:
/// every type, people as letters) and `share` (for partners: people as pseudonyms or
/// labels, case references kept so both sides can find the file).
public struct Policy: Sendable, Equatable {
    /// The policy's name.
    public var name: String
    /// Types to redact.
    public var types: Set<EntityType>
    /// Operator for types without their own.
    public var defaultOperator: ReplacementOperator
    /// Operators per type.
    public var operators: [EntityType: ReplacementOperator]
    /// Terms never redacted (a report author's name in its signature, the council's
    /// switchboard number).
    public var allow: [String]
    /// Terms always redacted.
    public var deny: [String]

    public init(name: String, types: Set<EntityType> = Set(EntityType.allCases),
                defaultOperator: ReplacementOperator = .label,
                operators: [EntityType: ReplacementOperator] = [.person: .letter],
                allow: [String] = [], deny: [String] = []) {
        self.name = name
        self.types = types
        self.defaultOperator = defaultOperator
        self.operators = operators
        self.allow = allow
        self.deny = deny
    }

    /// The operator for `type`.
    public func replacement(for type: EntityType) -> ReplacementOperator {
        operators[type] ?? defaultOperator
    }

    /// Whether any type is replaced by keyed pseudonyms (and so needs a key).
    public var needsKey: Bool {
        types.contains { replacement(for: $0) == .pseudonym }
    }

    /// The built-in strictest policy, used when no policy file can be found.
    public static let strictest = Policy(name: "publish")
}
