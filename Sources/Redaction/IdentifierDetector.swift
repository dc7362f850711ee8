import Foundation
import PCRE2

/// Finds structured identifiers with PCRE2 patterns: emails, UK phone numbers,
/// postcodes, street addresses, NI numbers, NHS numbers, dates of birth, case
/// references and school names.
///
/// - Complexity: one JIT-compiled pattern pass per rule over the document's bytes.
public struct IdentifierDetector: Detector {
    public let name = "identifiers"
    let rules: [IdentifierRule]
    let types: Set<EntityType>

    init(rules: [IdentifierRule] = IdentifierRule.all, types: Set<EntityType>) {
        self.rules = rules.filter { types.contains($0.type) }
        self.types = types
    }

    public func detect(in document: Document, findings: inout [Finding]) throws {
        try document.bytes.withUnsafeBufferPointer { bytes in
            for rule in rules {
                let matcher = Matcher(rule.pattern)
                do {
                    try matcher.forEachMatch(in: bytes) { match in
                        if let range = match[group: rule.group], !range.isEmpty,
                           let accepted = IdentifierChecks.accept(rule.check, range, bytes) {
                            findings.append(Finding(range: accepted, type: rule.type, detector: name, rule: rule.name))
                        }
                        return true
                    }
                } catch {
                    throw RedactionError.io(document.name, "identifier rule \(rule.name) failed: \(error)")
                }
            }
        }
    }
}

/// The checks identifiers pass beyond their patterns.
enum IdentifierChecks {
    /// The accepted range (possibly trimmed), or nil to reject the match.
    static func accept(_ check: IdentifierRule.Check, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        switch check {
        case .none:
            return range
        case .nhsNumber:
            let digits = range.compactMap { bytes[$0] &- 0x30 < 10 ? Int(bytes[$0] &- 0x30) : nil }
            guard digits.count == 10, isValidNHSNumber(digits) else { return nil }
            let spaced = range.count == 12 && bytes[range.lowerBound + 3] == 0x20 && bytes[range.lowerBound + 7] == 0x20
            return spaced || mentionsNHS(before: range.lowerBound, bytes) ? range : nil
        case .phoneDigits:
            var upper = range.upperBound
            while upper > range.lowerBound, bytes[upper - 1] &- 0x30 >= 10 { upper -= 1 }
            return range.lowerBound..<upper
        case .schoolName:
            return trimGenericSchoolWords(range, bytes)
        }
    }

    /// The NHS number check: weights 10 down to 2 on the first nine digits; 11 minus the
    /// sum mod 11 is the tenth (11 counts as 0; 10 is never valid).
    static func isValidNHSNumber(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for index in 0..<9 { sum += digits[index] * (10 - index) }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == digits[9]
    }

    /// Whether "NHS" (any case) appears in the 60 bytes before `offset`.
    static func mentionsNHS(before offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = max(0, offset - 60)
        var index = start
        while index + 2 < offset {
            if bytes[index] | 0x20 == 0x6E, bytes[index + 1] | 0x20 == 0x68, bytes[index + 2] | 0x20 == 0x73 { return true }
            index += 1
        }
        return false
    }

    /// Words that can precede "School" without naming one.
    static let genericSchoolWords: Set<String> = [
        "the", "a", "an", "his", "her", "their", "our", "my", "your", "its", "this", "that", "new", "old",
        "local", "virtual", "primary", "secondary", "special", "mainstream", "independent", "residential",
        "current", "previous", "same", "former", "head", "headteacher", "deputy", "of", "at", "to", "and",
        "from", "in", "community", "free", "high", "grammar", "catholic", "nursery", "church", "faith",
        "infant", "junior", "sixth", "form", "further", "education", "boarding", "day", "state", "private",
        "alternative", "provision", "designated", "safeguarding", "lead", "sencos", "senco", "every", "each",
        "any", "which", "whose", "village", "city", "county", "council", "secure", "hospital", "home",
        "summer", "forest", "holiday", "saturday", "sunday", "after", "breakfast", "club", "when", "while",
    ]

    /// Drops leading generic words ("the", "Virtual", "Head of") from a school match; nil
    /// when nothing specific is left.
    static func trimGenericSchoolWords(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        var offset = range.lowerBound
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        var remaining = words.count
        for word in words {
            if remaining <= 1 { return nil }
            let key = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
            guard genericSchoolWords.contains(key) else { break }
            offset += word.utf8.count + 1
            remaining -= 1
        }
        // What is left must have a specific word before the final "School"/"Academy".
        let rest = words.suffix(remaining)
        let specific = rest.dropLast().contains { !genericSchoolWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
        return specific ? offset..<range.upperBound : nil
    }
}
