import Foundation

/// An amount of money in whole pence, so that sums add up exactly.
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The amount in pence.
    public var pence: Int

    public init(pence: Int) { self.pence = pence }

    /// Reads `£1,250.50`, `1250.5`, `250` (pounds); `nil` when it is not an amount.
    public init?(parsing raw: String) {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("£") { text.removeFirst() }
        text = text.replacingOccurrences(of: ",", with: "")
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !text.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !parts[0].isEmpty, let pounds = Int(parts[0]) else { return nil }
        var pennies = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let value = Int(parts[1]) else { return nil }
            pennies = parts[1].count == 1 ? value * 10 : value
        }
        self.pence = pounds * 100 + pennies
    }

    /// Plain pounds with two decimals, e.g. `1250.50`, as CSV export writes it.
    public var plain: String {
        let pounds = pence / 100, pennies = pence % 100
        return "\(pounds).\(pennies < 10 ? "0" : "")\(pennies)"
    }

    /// `£1,250.50`.
    public var description: String {
        let pounds = String(pence / 100)
        var grouped = ""
        for (index, character) in pounds.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let pennies = pence % 100
        return "£" + String(grouped.reversed()) + "." + (pennies < 10 ? "0" : "") + String(pennies)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

    public init(from decoder: any Decoder) throws {
        self.pence = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pence)
    }
}
