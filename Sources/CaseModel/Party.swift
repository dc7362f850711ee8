/// A person named in a case (complainant, child, worker, carer), kept so that redaction
/// can find them in the case's text.
public struct Party: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The name as written.
    public var name: String
    /// Their role, e.g. "complainant", "child", "social worker"; may be empty.
    public var role: String

    public init(name: String, role: String = "") {
        self.name = name
        self.role = role
    }

    /// `Name (role)`, the form case-log CSVs use.
    public var description: String { role.isEmpty ? name : "\(name) (\(role))" }
}
