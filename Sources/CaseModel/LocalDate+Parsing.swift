import Foundation

/// Reading dates as people and case systems write them.
extension LocalDate {
    /// A date from strict ISO form `YYYY-MM-DD`, or `nil`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// A date from ISO `YYYY-MM-DD` or the British `DD/MM/YYYY` (also `D/M/YYYY`) that
    /// case-system exports use; surrounding spaces and a trailing time (`10:32`) are ignored.
    public init?(parsing raw: String) {
        var text = raw.trimmingCharacters(in: .whitespaces)
        if let space = text.firstIndex(where: { $0 == " " || $0 == "T" }) {
            let rest = text[text.index(after: space)...]
            guard rest.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." || $0 == "Z" }) else { return nil }
            text = String(text[..<space])
        }
        if let date = LocalDate(iso: text) {
            self = date
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              parts[2].count == 4,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}

extension LocalDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a date (expected YYYY-MM-DD): \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
