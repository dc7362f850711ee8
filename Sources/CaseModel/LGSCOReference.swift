/// A Local Government and Social Care Ombudsman case reference, `YY NNN NNN` (e.g. `19 012 345`).
public struct LGSCOReference: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The canonical form, `YY NNN NNN`.
    public let description: String

    /// Reads `19 012 345`, `19012345` or `19-012-345`; `nil` otherwise.
    public init?(_ text: String) {
        let digits = text.filter { !$0.isWhitespace && $0 != "-" }
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              text.allSatisfy({ $0.isNumber || $0 == " " || $0 == "-" }) else { return nil }
        let d = Array(digits)
        description = String(d[0..<2]) + " " + String(d[2..<5]) + " " + String(d[5..<8])
    }

    /// The two-digit year prefix, e.g. 19.
    public var yearPrefix: Int { Int(description.prefix(2))! }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let reference = LGSCOReference(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an Ombudsman reference: \(text)")
        }
        self = reference
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
