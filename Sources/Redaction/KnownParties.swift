import Foundation
import Lexicon

/// People named in the case record (complainant, child, staff), to be redacted in every
/// form: full name, given name alone, family name alone, possessive, initials and the
/// usual short forms (Alexander → Alex), in any letter case.
///
/// A part of a known name that is also an ordinary word ("Will", "Hope", "Green") is
/// matched only when written with a capital, so "he will" stays.
public struct KnownParties: Sendable {
    /// The people, as given.
    public private(set) var names: [String] = []
    /// Lower-case name parts and short forms.
    private var parts = WordSet(capacity: 16)
    /// Initials such as "ab" (from "A.B." or "AB").
    private var initials = WordSet(capacity: 16)

    public init() {}

    /// Adds people by full name; `nicknames` maps given names to their short forms.
    init(names: [String], nicknames: [String: [String]]) {
        for name in names { add(name, nicknames: nicknames) }
    }

    /// Whether there are no known parties.
    public var isEmpty: Bool { names.isEmpty }

    mutating func add(_ fullName: String, nicknames: [String: [String]]) {
        let words = fullName.split(whereSeparator: { $0 == " " || $0 == "\t" })
            .map { $0.trimmingCharacters(in: .punctuationCharacters).lowercased() }
            .filter { !$0.isEmpty }
        guard !words.isEmpty else { return }
        names.append(fullName)
        for word in words where word.count >= 2 {
            parts.insert(word)
            for part in word.split(separator: "-") where part.count >= 2 { parts.insert(String(part)) }
            for short in nicknames[word] ?? [] { parts.insert(short) }
        }
        if words.count >= 2 {
            initials.insert(String(words.compactMap(\.first)))
        }
    }

    /// Whether `token` is a form of a known party's name.
    func matches(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ lower: inout LowercaseBuffer) -> Bool {
        guard !names.isEmpty else { return false }
        lower.load(bytes, token.start..<token.end)
        let isPart = lower.bytes.withUnsafeBufferPointer { parts.contains($0) }
        if isPart {
            return token.shape != .lower || !token.classes.contains(.common)
        }
        if token.shape == .upper, token.length <= 4 {
            return lower.bytes.withUnsafeBufferPointer { initials.contains($0) }
        }
        return false
    }
}

extension KnownParties {
    /// Reads a known-parties file: one person a line, the name first, optionally
    /// followed by a tab, a comma or " | " and a role ("Teresa Okafor | social worker").
    /// Lines starting with `#` are comments.
    public static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let name = trimmed.split(whereSeparator: { $0 == "\t" || $0 == "|" || $0 == "," }).first ?? ""
            let cleaned = name.trimmingCharacters(in: .whitespaces)
            return cleaned.isEmpty ? nil : cleaned
        }
    }
}
