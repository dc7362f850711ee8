import Lexicon
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Chooses the replacement text for each resolved span of one document, keeping the
/// same replacement for the same entity: a person keeps their letter or label whether
/// written "Eric Brown", "Eric", "Mr Brown" or "ERIC".
///
/// - Complexity: O(n) in the document's bytes for the letters already in use, plus
///   O(m²) short byte comparisons for m mentions (documents name few entities).
struct Replacer {
    /// The policy's operator for each type, by ``EntityType/ordinal``.
    let operators: [ReplacementOperator]
    let pseudonymizer: Pseudonymizer?

    /// The operators of `policy` by type, looked up once per redactor.
    static func operators(of policy: Policy) -> [ReplacementOperator] {
        var operators = Array(repeating: ReplacementOperator.label, count: EntityType.allCases.count)
        for type in EntityType.allCases { operators[Int(type.ordinal)] = policy.replacement(for: type) }
        return operators
    }

    /// One replaced span: the merged findings of one mention and their text.
    struct Replacement: Sendable {
        var range: Range<Int>
        var type: EntityType
        var text: String
        /// Where the mention's findings are in the array given to
        /// ``replacements(for:in:)``.
        var findings: Range<Int>
    }

    /// Groups findings into mentions (a person's adjacent name words together) and
    /// picks their replacements.
    func replacements(for findings: [Finding], in document: Document) -> [Replacement] {
        let bytes = document.bytes
        var mentions: [Replacement] = []
        mentions.reserveCapacity(findings.count)
        for position in findings.indices {
            let finding = findings[position]
            // The last mention's fields are read where they are (a copy of it would copy
            // its text).
            let last = mentions.count - 1
            if last >= 0, mentions[last].type == .person, finding.type == .person,
               Replacer.onlyNameGlue(bytes, mentions[last].range.upperBound, finding.range.lowerBound),
               finding.range.lowerBound - mentions[last].range.upperBound == 1 || Replacer.reachesNameWord(findings, from: position, bytes) {
                mentions[last].range = mentions[last].range.lowerBound..<finding.range.upperBound
                mentions[last].findings = mentions[last].findings.lowerBound..<(position + 1)
            } else {
                mentions.append(Replacement(range: finding.range, type: finding.type, text: "", findings: position..<(position + 1)))
            }
        }
        guard !mentions.isEmpty else { return [] }
        var letters: LetterSequence?  // made at the first person given a letter
        var letterOf: [String?] = []  // by entity id (fewer entities than mentions)
        var entities = EntityIndex(mentions: mentions.count, findings: findings.count)
        bytes.withUnsafeBufferPointer { buffer in
            for index in mentions.indices {
                // What is read of the mention, not the mention (nor its text).
                let mention = (type: mentions[index].type, range: mentions[index].range)
                let entity = mention.type == .person
                    ? entities.person(words: findings[mentions[index].findings], in: buffer)
                    : entities.identifier(type: mention.type, range: mention.range, in: buffer)
                switch operators[Int(mention.type.ordinal)] {
                case .letter where mention.type == .person:
                    if letterOf.isEmpty { letterOf = Array(repeating: nil, count: mentions.count) }
                    if letterOf[entity.id] == nil {
                        if letters == nil { letters = LetterSequence(text: buffer) }
                        letterOf[entity.id] = letters!.next()
                    }
                    mentions[index].text = letterOf[entity.id]!
                case .letter, .label:
                    mentions[index].text = Replacer.label(mention.type, entity.number)
                case .mask:
                    mentions[index].text = Replacer.mask(document.text(mention.range))
                case .remove:
                    mentions[index].text = ""
                case .pseudonym:
                    let canonical = entities.canonical(entity, findings: findings, in: document)
                    let token = pseudonymizer?.token(type: mention.type, normalised: canonical)
                    mentions[index].text = token ?? Replacer.label(mention.type, entity.number)
                }
            }
        }
        return mentions
    }

    /// The label of the `number`th entity of `type` ("[PHONE 2]"): the first
    /// ``labelsPerType`` of each type are made once, not at each mention.
    static func label(_ type: EntityType, _ number: Int) -> String {
        guard number >= 1, number <= labelsPerType else { return "[\(type.rawValue) \(number)]" }
        return labels[Int(type.ordinal) * labelsPerType + number - 1]
    }

    static let labelsPerType = 64

    /// ``label(_:_:)`` for numbers 1 to ``labelsPerType``, by type's ordinal and then
    /// number.
    private static let labels: [String] = {
        var labels = Array(repeating: "", count: EntityType.allCases.count * labelsPerType)
        for type in EntityType.allCases {
            for number in 1...labelsPerType {
                labels[Int(type.ordinal) * labelsPerType + number - 1] = "[\(type.rawValue) \(number)]"
            }
        }
        return labels
    }()

    /// Whether the run of initials from `position` ends in a name word of two letters
    /// or more ("K. Mensah" of "A. K. Mensah"), so an initial's ". " joins it; two lone
    /// initials ("C. C said so") are two sentences, not one name.
    static func reachesNameWord(_ findings: [Finding], from position: Int, _ bytes: [UInt8]) -> Bool {
        var current = position
        while findings[current].range.count == 1 {
            let next = current + 1
            guard next < findings.count, findings[next].type == .person,
                  onlyNameGlue(bytes, findings[current].range.upperBound, findings[next].range.lowerBound) else { return false }
            current = next
        }
        return true
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

    /// The capitals that stand alone somewhere in `bytes`, as bits (bit n for A + n):
    /// no letter, digit or non-ASCII byte either side ("X", "Mrs B", "X's").
    /// - Complexity: O(n), one pass eight bytes at a time; only the bytes that are
    ///   capitals are looked at one by one.
    static func standingCapitals(in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var found: UInt32 = 0
        @inline(__always) func note(_ at: Int) {
            let before = at == 0 ? 0x20 : base[at - 1]
            let after = at + 1 < count ? base[at + 1] : 0x20
            if !isWordByte(before), !isWordByte(after) { found |= 1 << UInt32(base[at] &- 0x41) }
        }
        var index = 0
        while index + 9 <= count {
            // A capital before a lower-case letter ("The", "Mrs") stands in a word: only
            // the others are looked at.
            // (Most runs of eight bytes have no capital: the second load only for those
            // that have.)
            var capitals = SWAR.capitals(SWAR.load(base, index))
            if capitals != 0 { capitals &= ~SWAR.between(SWAR.load(base, index + 1), 0x61, 0x7A) }
            while capitals != 0 {
                note(index + capitals.trailingZeroBitCount / 8)
                capitals &= capitals &- 1
            }
            index += 8
        }
        while index < count {
            if base[index] &- 0x41 < 26 { note(index) }
            index += 1
        }
        return found
    }

    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte >= 0x80
    }

    /// The text with ASCII letters lower-cased and spaces and punctuation dropped, so
    /// "07700 900123" and "07700900123" are one entity.
    static func normalise(_ text: String) -> String {
        String(decoding: Array(text.utf8).withUnsafeBufferPointer { normalised($0, 0..<$0.count) }, as: UTF8.self)
    }

    /// ``normalise(_:)`` of `bytes[range]`, as bytes.
    static func normalised(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        for index in range {
            if let byte = normalised(bytes[index]) { result.append(byte) }
        }
        return result
    }

    /// One byte as ``normalised(_:_:)`` keeps it: digits and non-ASCII as they are,
    /// ASCII letters lower-cased, anything else dropped (nil).
    @inline(__always)
    static func normalised(_ byte: UInt8) -> UInt8? {
        if byte >= 0x80 || byte &- 0x30 < 10 { return byte }
        if (byte | 0x20) &- 0x61 < 26 { return byte | 0x20 }
        return nil
    }

    static func mask(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? "*" : Character($0) })
    }
}

/// X, Y, Z, then A, B, C ... W, then AA, AB ...: skipping letters the text already uses.
///
/// The letters the text already uses are found in one pass over it, when the first
/// letter is given out.
struct LetterSequence {
    private var index = 0
    /// The capitals standing alone in the text (bit n for A + n): they are skipped.
    private let standing: UInt32
    /// The free letters found so far, as bits by position in ``all`` (bit `p` for
    /// `all[p]`): no array of them for each document.
    private var free: UInt32 = 0
    /// How many letters of ``all`` have been checked.
    private var checked = 0

    /// Skips the letters that stand alone in `text` (see
    /// ``Replacer/standingCapitals(in:)``).
    init(text: UnsafeBufferPointer<UInt8>) {
        standing = Replacer.standingCapitals(in: text)
    }

    private static let all: [UInt8] = [0x58, 0x59, 0x5A] + Array(0x41...0x57)
    /// Each letter as a string, made once.
    private static let strings: [String] = (0x41...0x5A).map { String(UnicodeScalar(UInt8($0))) }

    /// Checks letters until `n + 1` free ones are known or none are left.
    private mutating func find(_ n: Int) {
        while free.nonzeroBitCount <= n, checked < LetterSequence.all.count {
            let letter = LetterSequence.all[checked]
            // Never I or O; A alone is an article, not a pseudonym in use.
            let used = letter == 0x49 || letter == 0x4F || letter != 0x41 && standing & 1 << UInt32(letter &- 0x41) != 0
            if !used { free |= 1 << UInt32(checked) }
            checked += 1
        }
        // No letter free: every letter, reused.
        if free == 0, checked == LetterSequence.all.count { free = 1 << UInt32(LetterSequence.all.count) - 1 }
    }

    /// The `n`th free letter (from 0), once ``find(_:)`` has found it.
    private func letter(_ n: Int) -> UInt8 {
        var bits = free
        for _ in 0..<n { bits &= bits - 1 }
        return LetterSequence.all[bits.trailingZeroBitCount]
    }

    mutating func next() -> String {
        defer { index += 1 }
        find(index)
        let count = free.nonzeroBitCount
        if index < count { return LetterSequence.strings[Int(letter(index) - 0x41)] }
        let first = letter((index / count - 1) % count)
        let second = letter(index % count)
        return LetterSequence.strings[Int(first - 0x41)] + LetterSequence.strings[Int(second - 0x41)]
    }
}
