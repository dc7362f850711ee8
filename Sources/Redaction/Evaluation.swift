/// Scores redaction against an annotated corpus.
///
/// - Entity recall: an annotated entity is caught when every letter and digit in it is
///   inside some redacted span (of any type: what matters is that nothing leaks).
/// - Token precision: of the words Candour redacted, the share that are personal data
///   (so 1 − precision is the share of ordinary words it wrecked).
/// - F2 weighs recall twice as much as precision.
/// - Documents with a leak: documents with at least one entity not caught.
public struct Evaluation: Sendable {
    /// Counts for one type.
    public struct TypeScore: Sendable {
        public var entities = 0
        public var caught = 0
        public var recall: Double { entities == 0 ? 1 : Double(caught) / Double(entities) }
    }

    /// A missed entity or an over-redacted word, for `--show-misses`.
    public struct Miss: Sendable {
        public let document: String
        public let type: EntityType?
        public let text: String
        public let context: String
    }

    public private(set) var byType: [EntityType: TypeScore] = [:]
    public private(set) var redactedWords = 0
    public private(set) var personalRedactedWords = 0
    public private(set) var documents = 0
    public private(set) var documentsWithLeak = 0
    public private(set) var misses: [Miss] = []
    public private(set) var overRedactions: [Miss] = []

    public var overall: TypeScore {
        byType.values.reduce(into: TypeScore()) { $0.entities += $1.entities; $0.caught += $1.caught }
    }
    public var precision: Double { redactedWords == 0 ? 1 : Double(personalRedactedWords) / Double(redactedWords) }
    public var f2: Double {
        let p = precision, r = overall.recall
        return p + r == 0 ? 0 : 5 * p * r / (4 * p + r)
    }
    public var leakRate: Double { documents == 0 ? 0 : Double(documentsWithLeak) / Double(documents) }

    /// Scores `redactor` on every entry of `corpus`.
    public init(redactor: Redactor, corpus: AnnotatedCorpus) throws {
        for entry in corpus.entries {
            let found = try redactor.findings(in: entry.document).map(\.range)
            add(entry, found: found)
        }
    }

    private mutating func add(_ entry: AnnotatedCorpus.Entry, found: [Range<Int>]) {
        let bytes = entry.document.bytes
        var redacted = [Bool](repeating: false, count: bytes.count)
        for range in found { for index in range { redacted[index] = true } }
        var gold = [Bool](repeating: false, count: bytes.count)
        documents += 1
        var leaked = false
        for (range, type) in entry.spans {
            for index in range { gold[index] = true }
            let caught = range.allSatisfy { !Evaluation.isWordByte(bytes[$0]) || redacted[$0] }
            byType[type, default: TypeScore()].entities += 1
            if caught {
                byType[type, default: TypeScore()].caught += 1
            } else {
                leaked = true
                misses.append(Miss(document: entry.id, type: type, text: entry.document.text(range),
                                   context: Evaluation.context(range, in: entry.document)))
            }
        }
        if leaked { documentsWithLeak += 1 }
        // Words: maximal runs of letters and digits.
        var index = 0
        while index < bytes.count {
            guard Evaluation.isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, Evaluation.isWordByte(bytes[index]) { index += 1 }
            let word = start..<index
            guard word.contains(where: { redacted[$0] }) else { continue }
            redactedWords += 1
            if word.contains(where: { gold[$0] }) {
                personalRedactedWords += 1
            } else {
                overRedactions.append(Miss(document: entry.id, type: nil, text: entry.document.text(word),
                                           context: Evaluation.context(word, in: entry.document)))
            }
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte >= 0x80
    }

    static func context(_ range: Range<Int>, in document: Document) -> String {
        let bytes = document.bytes
        var lower = max(0, range.lowerBound - 40)
        var upper = min(bytes.count, range.upperBound + 40)
        while lower > 0, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        let before = document.text(lower..<range.lowerBound)
        let after = document.text(range.upperBound..<upper)
        return (before + "[[" + document.text(range) + "]]" + after)
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: "")
    }
}

extension Evaluation {
    /// The plain-text report `candour eval` prints.
    public func report(showMisses: Bool) -> String {
        var lines: [String] = []
        lines.append("type        entities  caught  recall")
        for type in EntityType.allCases {
            guard let score = byType[type] else { continue }
            lines.append(Evaluation.row(type.rawValue, score))
        }
        lines.append(Evaluation.row("overall", overall))
        lines.append("")
        lines.append("token precision  \(Evaluation.format(precision))  (\(redactedWords) words redacted, \(redactedWords - personalRedactedWords) not personal)")
        lines.append("F2               \(Evaluation.format(f2))")
        lines.append("documents with a leak  \(documentsWithLeak) of \(documents) (\(Evaluation.format(leakRate * 100, digits: 1))%)")
        if showMisses {
            lines.append("")
            lines.append("missed (\(misses.count)):")
            for miss in misses { lines.append("  \(miss.document)  \(miss.type?.rawValue ?? "")  \(miss.text)  …\(miss.context)…") }
            lines.append("over-redacted (\(overRedactions.count)):")
            for over in overRedactions { lines.append("  \(over.document)  \(over.text)  …\(over.context)…") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ label: String, _ score: TypeScore) -> String {
        label.padding(toLength: 12, withPad: " ", startingAt: 0)
            + String(score.entities).leftPadded(8) + String(score.caught).leftPadded(8)
            + "  " + format(score.recall)
    }

    static func format(_ value: Double, digits: Int = 3) -> String {
        let scale = pow10(digits)
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        let decimals = text.split(separator: ".").last?.count ?? 0
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        return text
    }

    private static func pow10(_ digits: Int) -> Double {
        (0..<digits).reduce(1.0) { value, _ in value * 10 }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
