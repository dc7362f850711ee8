/// A closed set of values with a stable id (the raw value, kebab-case), a label for people,
/// and the other spellings case systems use, so that CSV values like "Web Form",
/// "web-form" or "Online form" all read as the same value.
public protocol Labelled: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {
    /// The label shown to people, e.g. "Parent or relative".
    var label: String { get }
    /// Other spellings, already normalised (lower case, words joined by `-`).
    static var aliases: [String: Self] { get }
}

extension Labelled {
    public static var aliases: [String: Self] { [:] }

    /// The value whose id, label or alias matches `text`, ignoring case, spacing and punctuation.
    public init?(label text: String) {
        let key = normalisedKey(text)
        if key.isEmpty { return nil }
        if let match = Self.allCases.first(where: { $0.rawValue == key || normalisedKey($0.label) == key }) {
            self = match
        } else if let alias = Self.aliases[key] {
            self = alias
        } else {
            return nil
        }
    }

    /// The ids, for error messages: `a, b or c`.
    public static var idList: String {
        let ids = allCases.map(\.rawValue)
        guard ids.count > 1 else { return ids.joined() }
        return ids.dropLast().joined(separator: ", ") + " or " + ids.last!
    }
}

/// Lower case, every run of characters other than letters and digits turned into one `-`.
public func normalisedKey(_ text: String) -> String {
    var result = ""
    var pendingDash = false
    for character in text.lowercased() {
        if character.isLetter || character.isNumber {
            if pendingDash && !result.isEmpty { result.append("-") }
            pendingDash = false
            result.append(character)
        } else {
            pendingDash = true
        }
    }
    return result
}
