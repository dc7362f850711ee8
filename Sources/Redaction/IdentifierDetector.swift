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
            let anchors = AnchorScan(bytes, keywords: needsKeywords ? IdentifierDetector.keywordPattern : nil,
                                     birth: needsBirth ? IdentifierDetector.birthPattern : nil)
            for rule in rules {
                let windows = anchors.windows(for: rule.anchor, in: bytes)
                guard !windows.isEmpty else { continue }
                let matcher = Matcher(rule.pattern)
                do {
                    for window in windows {
                        try matcher.forEachMatch(in: bytes, window: window) { match in
                            if let range = match[group: rule.group], !range.isEmpty,
                               let accepted = IdentifierChecks.accept(rule.check, range, bytes) {
                                findings.append(Finding(range: accepted, type: rule.type, detector: name, rule: rule.name))
                            }
                            return true
                        }
                    }
                } catch {
                    throw RedactionError.io(document.name, "identifier rule \(rule.name) failed: \(error)")
                }
            }
        }
    }

    private var needsKeywords: Bool {
        rules.contains { if case .keyword = $0.anchor { return true } else { return false } }
    }

    private var needsBirth: Bool {
        rules.contains { if case .birth = $0.anchor { return true } else { return false } }
    }

    static let keywordPattern: Pattern = {
        do { return try Pattern(IdentifierRule.keywords) } catch { fatalError("keyword pattern: \(error)") }
    }()

    static let birthPattern: Pattern = {
        do { return try Pattern(IdentifierRule.birthKeywords) } catch { fatalError("birth pattern: \(error)") }
    }()
}

/// Where a document's identifiers can be: its runs of digits, its `@`s and its anchor
/// keywords, found in one pass (plus one keyword pattern pass), and the windows around
/// them each rule runs in.
/// - Complexity: O(n) in the bytes.
struct AnchorScan {
    private(set) var digitRuns: [Range<Int>] = []
    private(set) var ats: [Range<Int>] = []
    private(set) var keywords: [Range<Int>] = []
    private(set) var births: [Range<Int>] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, keywords pattern: Pattern?, birth: Pattern?) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                let start = index
                while index < count, bytes[index] &- 0x30 < 10 { index += 1 }
                digitRuns.append(start..<index)
                continue
            }
            if byte == 0x40 { ats.append(index..<(index + 1)) }
            index += 1
        }
        keywords = AnchorScan.all(pattern, in: bytes)
        births = AnchorScan.all(birth, in: bytes)
    }

    private static func all(_ pattern: Pattern?, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let pattern else { return [] }
        var found: [Range<Int>] = []
        try? Matcher(pattern).forEachMatch(in: bytes) { found.append($0.range); return true }
        return found
    }

    /// Merged windows around this rule's anchors, widened to whitespace so no word is cut.
    func windows(for anchor: IdentifierRule.Anchor, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let (spots, left, right): ([Range<Int>], Int, Int)
        var trigger = IdentifierRule.DigitTrigger.any
        switch anchor {
        case .digits(let l, let r, let t): (spots, left, right, trigger) = (digitRuns, l, r, t)
        case .at(let l, let r): (spots, left, right) = (ats, l, r)
        case .keyword(let l, let r): (spots, left, right) = (keywords, l, r)
        case .birth(let l, let r): (spots, left, right) = (births, l, r)
        }
        var windows: [Range<Int>] = []
        for spot in spots where AnchorScan.fires(trigger, spot, bytes) {
            let lower = AnchorScan.snapDown(bytes, max(0, spot.lowerBound - left))
            let upper = AnchorScan.snapUp(bytes, min(bytes.count, spot.upperBound + right))
            if let last = windows.last, lower <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                windows.append(lower..<upper)
            }
        }
        return windows
    }

    /// Whether a run of digits could start or belong to what the rule looks for.
    static func fires(_ trigger: IdentifierRule.DigitTrigger, _ run: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = run.lowerBound > 0 ? bytes[run.lowerBound - 1] : 0x20
        let after = run.upperBound < bytes.count ? bytes[run.upperBound] : 0x20
        let isUpper = { (byte: UInt8) in byte &- 0x41 < 26 }
        let isLetter = { (byte: UInt8) in (byte | 0x20) &- 0x61 < 26 }
        switch trigger {
        case .any:
            return true
        case .phone:
            if bytes[run.lowerBound] == 0x30 { return true }
            return run.count >= 2 && bytes[run.lowerBound] == 0x34 && bytes[run.lowerBound + 1] == 0x34
                && (before == 0x2B || run.lowerBound >= 2 && bytes[run.lowerBound - 2] == 0x30)
        case .nhs:
            return run.count == 3 || run.count == 10
        case .nino:
            guard run.count == 2 || run.count == 6 else { return false }
            var cursor = run.lowerBound
            if cursor > 0, bytes[cursor - 1] == 0x20 || bytes[cursor - 1] == 0x2D { cursor -= 1 }
            return cursor >= 2 && isUpper(bytes[cursor - 1]) && isUpper(bytes[cursor - 2])
        case .postcode:
            return run.count <= 3 && (isUpper(before) || isUpper(after))
        case .lgsco:
            return run.count == 2 && after == 0x20
        case .councilReference:
            return isLetter(before) || before == 0x2D || before == 0x2F
        case .long:
            return run.count >= 4
        case .houseNumber:
            guard run.count <= 4 else { return false }
            var cursor = run.upperBound
            if cursor < bytes.count, isLetter(bytes[cursor]) { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] == 0x2C { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 else { return false }
            while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
            return cursor < bytes.count && (isUpper(bytes[cursor]) || bytes[cursor] >= 0xC3)
        }
    }

    /// Moves back to just after a space or line break (at most 40 bytes), or to a
    /// character boundary.
    static func snapDown(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var index = offset
        while index > 0, offset - index < 40, !isBreak(bytes[index - 1]) { index -= 1 }
        if index > 0, !isBreak(bytes[index - 1]) { index = offset }
        while index > 0, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// Moves on to a space or line break (at most 40 bytes), or to a character boundary.
    static func snapUp(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var index = offset
        while index < bytes.count, index - offset < 40, !isBreak(bytes[index]) { index += 1 }
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        return index
    }

    @inline(__always)
    static func isBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
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
