/// Chooses the replacement text for each resolved span of one document, keeping the
/// same replacement for the same entity: a person keeps their letter or label whether
/// written "Eric Brown", "Eric", "Mr Brown" or "ERIC".
struct Replacer {
    let policy: Policy
    let pseudonymizer: Pseudonymizer?

    /// One replaced span: the merged findings of one mention and their text.
    struct Replacement {
        var range: Range<Int>
        var type: EntityType
        var text: String
        var findings: [Finding]
    }

    /// Groups findings into mentions (a person's adjacent name words together) and
    /// picks their replacements.
    func replacements(for findings: [Finding], in document: Document) -> [Replacement] {
        let bytes = document.bytes
        var mentions: [Replacement] = []
        for finding in findings {
            if var last = mentions.last, last.type == .person, finding.type == .person,
               Replacer.onlyNameGlue(bytes, last.range.upperBound, finding.range.lowerBound) {
                last.range = last.range.lowerBound..<finding.range.upperBound
                last.findings.append(finding)
                mentions[mentions.count - 1] = last
            } else {
                mentions.append(Replacement(range: finding.range, type: finding.type, text: "", findings: [finding]))
            }
        }
        var entities = EntityIndex()
        let usesLetters = policy.replacement(for: .person) == .letter && mentions.contains { $0.type == .person }
        var letters = LetterSequence(reserved: usesLetters ? Replacer.lettersInUse(bytes) : [])
        var letterOf: [Int: String] = [:]
        for index in mentions.indices {
            let mention = mentions[index]
            let words = mention.findings.map { document.text($0.range).lowercased() }
            let entity = entities.entity(type: mention.type, words: mention.type == .person ? words : [Replacer.normalise(document.text(mention.range))])
            let op = policy.replacement(for: mention.type)
            switch op {
            case .letter where mention.type == .person:
                if letterOf[entity.id] == nil { letterOf[entity.id] = letters.next() }
                mentions[index].text = letterOf[entity.id]!
            case .letter, .label:
                mentions[index].text = "[\(mention.type.rawValue) \(entity.number)]"
            case .mask:
                mentions[index].text = Replacer.mask(document.text(mention.range))
            case .remove:
                mentions[index].text = ""
            case .pseudonym:
                let token = pseudonymizer?.token(type: mention.type, normalised: entity.canonical)
                mentions[index].text = token ?? "[\(mention.type.rawValue) \(entity.number)]"
            }
        }
        return mentions
    }

    /// Between two name words of one mention there is only a space, or an initial's dot
    /// and a space ("J. Smith").
    static func onlyNameGlue(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard to > from, to - from <= 2 else { return false }
        if to - from == 1 { return bytes[from] == 0x20 }
        // ". " only after an initial: "J. Smith", not "Blessing. Miracle".
        let initial = from >= 1 && bytes[from - 1] &- 0x41 < 26 && (from < 2 || !Replacer.isWordByte(bytes[from - 2]))
        return initial && bytes[from] == 0x2E && bytes[from + 1] == 0x20
    }

    /// Single capital letters already standing alone in the text (pseudonyms the author
    /// used), which the letter sequence must not reuse.
    static func lettersInUse(_ bytes: [UInt8]) -> Set<UInt8> {
        var used: Set<UInt8> = []
        for index in bytes.indices where bytes[index] &- 0x41 < 26 {
            let before = index == 0 ? 0x20 : bytes[index - 1]
            let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
            if !isWordByte(before), !isWordByte(after) || after == 0x27 { used.insert(bytes[index]) }
        }
        used.remove(0x41)  // "A" is an article, not a pseudonym
        used.remove(0x49)  // "I" is a pronoun
        return used
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte >= 0x80
    }

    /// The text with ASCII letters lower-cased and spaces and punctuation dropped, so
    /// "07700 900123" and "07700900123" are one entity.
    static func normalise(_ text: String) -> String {
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if byte >= 0x80 || byte &- 0x30 < 10 { bytes.append(byte) }
            else if (byte | 0x20) &- 0x61 < 26 { bytes.append(byte | 0x20) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func mask(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? "*" : Character($0) })
    }
}

/// Numbers entities within a document: per type, in order of first mention. People are
/// matched by any shared name word longer than an initial.
struct EntityIndex {
    struct Entity {
        let id: Int
        let number: Int
        var canonical: String
    }

    private var entities: [Entity] = []
    private var byWord: [String: Int] = [:]
    private var counts: [EntityType: Int] = [:]

    mutating func entity(type: EntityType, words: [String]) -> Entity {
        let prefix = type.rawValue + "|"
        let keys = words.map { prefix + $0 }
        let significant = type == .person ? keys.filter { $0.utf8.count > prefix.utf8.count + 1 } : keys
        if let existing = significant.compactMap({ byWord[$0] }).first {
            for key in significant { byWord[key] = existing }
            if words.count > 1, entities[existing].canonical.split(separator: " ").count < words.count {
                entities[existing].canonical = words.joined(separator: " ")
            }
            return entities[existing]
        }
        let number = (counts[type] ?? 0) + 1
        counts[type] = number
        let entity = Entity(id: entities.count, number: number, canonical: words.joined(separator: " "))
        entities.append(entity)
        for key in significant { byWord[key] = entity.id }
        return entity
    }
}

/// X, Y, Z, then A, B, C ... W, then AA, AB ...: skipping letters the text already uses.
struct LetterSequence {
    private var index = 0
    private let order: [UInt8]

    init(reserved: Set<UInt8>) {
        let all: [UInt8] = [0x58, 0x59, 0x5A] + Array(0x41...0x57)
        let free = all.filter { !reserved.contains($0) && $0 != 0x49 && $0 != 0x4F }
        order = free.isEmpty ? all : free
    }

    mutating func next() -> String {
        defer { index += 1 }
        if index < order.count { return String(UnicodeScalar(order[index])) }
        let first = order[(index / order.count - 1) % order.count]
        let second = order[index % order.count]
        return String(UnicodeScalar(first)) + String(UnicodeScalar(second))
    }
}
