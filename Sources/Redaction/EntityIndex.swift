import Lexicon

/// Numbers the entities of one document: per type, in order of first mention. People
/// are matched by any shared name word longer than an initial (case-insensitive);
/// identifiers by their letters and digits ("07700 900123" is "07700900123").
///
/// Works on the document's bytes: keys are short lower-cased byte strings, packed when
/// they can be, hashed into one dictionary so a long decision naming many people costs
/// no more per mention than a short compliment.
struct EntityIndex {
    struct Entity {
        let id: Int
        let type: EntityType
        let number: Int
        /// The longest form seen.
        var form: Form
        /// The first word of the longest form of two words or more ("Kwesi" of "Kwesi
        /// Ofori-Atta"): another full name sharing only a later word is another person.
        var given: Range<Int>?
        /// The ways a person's initials are written, from the longest form of two words
        /// or more ("Dean Ashworth": "DA"), so that "DA" later in the document is the
        /// same person.
        var initials = InitialsForms()
    }

    /// The ways the initials of a full name are written, each packed into a word (first
    /// letter lowest): each word's capital ("Ruth McKenzie": "RM"), each part of a
    /// double name's too ("Sarah-Jane Street": "SJS"), the first and last words' alone
    /// ("Harpreet Kaur Sandhu": "HS"), and with a Gaelic prefix whole ("RMcK",
    /// "RMacK", "AO'C" as "AOC"); a letter with a diacritic as its base letter.
    struct InitialsForms {
        var forms: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var isEmpty: Bool { forms.0 == 0 }
        func contains(_ packed: UInt64) -> Bool {
            packed != 0 && (forms.0 == packed || forms.1 == packed || forms.2 == packed || forms.3 == packed)
        }
    }

    /// Where an entity's text is, without an array of its own: a person's words are
    /// findings of the array given to ``Replacer/replacements(for:in:)``, which
    /// outlives the index.
    enum Form {
        /// Positions of a person's words in the findings.
        case words(Range<Int>)
        /// The byte range of an identifier.
        case bytes(Range<Int>)

        var wordCount: Int {
            switch self {
            case .words(let positions): positions.count
            case .bytes: 1
            }
        }
    }

    private var entities: [Entity] = []
    /// The last mention that was initials alone, and where it ended: a full name right
    /// after it and a key's sign is the same person ("JH – Joanne Hill").
    private var lastInitials: (entity: Int, end: Int, letters: UInt64)?

    /// An index for a document of `mentions` mentions: room for as many entities, and
    /// for a key a finding, so neither grows while the document is read.
    init(mentions: Int = 0, findings: Int = 0) {
        entities.reserveCapacity(mentions)
        packed = OwnerTable(capacity: findings)
    }
    /// A lower-cased word or a normalised identifier: packed into two words when it has
    /// at most 16 bytes (most names, phone numbers, postcodes), bytes otherwise.
    enum Key: Hashable {
        case packed(UInt64, UInt64)
        case bytes([UInt8])
    }

    /// A key of one type.
    private struct TypedKey: Hashable {
        let type: EntityType
        let key: Key
    }

    /// The entity each key belongs to now: packed keys in a hash table, the few byte
    /// keys (long or non-ASCII words, e-mail addresses) in a list.
    private var packed = OwnerTable()
    private var unpacked: [(key: TypedKey, entity: Int)] = []

    private func owner(_ key: TypedKey) -> Int? {
        switch key.key {
        case .packed(let k0, let k1):
            return packed.owner(k0, k1, type: key.type.ordinal)
        case .bytes:
            return unpacked.first { $0.key == key }?.entity
        }
    }

    private mutating func setOwner(_ key: TypedKey, _ entity: Int) {
        switch key.key {
        case .packed(let k0, let k1):
            packed.setOwner(k0, k1, type: key.type.ordinal, owner: entity)
        case .bytes:
            if let slot = unpacked.firstIndex(where: { $0.key == key }) {
                unpacked[slot].entity = entity
            } else {
                unpacked.append((key, entity))
            }
        }
    }

    private var lower = LowercaseBuffer()

    /// The entity of a person mentioned by the words of `findings` (one mention).
    mutating func person(words findings: ArraySlice<Finding>, in bytes: UnsafeBufferPointer<UInt8>) -> Entity {
        // A mention that is one initial alone ("J's mum") is the same person as the
        // same initial alone elsewhere: keyed by its letter, which no name word's key
        // can equal (name words have two letters or more).
        if findings.count == 1, let only = findings.first, only.range.count == 1 {
            let key = TypedKey(type: .person, key: .packed(UInt64(bytes[only.range.lowerBound] | 0x20), 0))
            if let owner = owner(key) { return entities[owner] }
            let id = add(.person, form: .words(findings.indices)).id
            setOwner(key, id)
            return entities[id]
        }
        // The entity of the first word already known, if any.
        var existing: Int?
        for (position, finding) in findings.enumerated() {
            if let owner = personOwner(finding.range, bytes) {
                existing = owner
                // A full name sharing only its family name with someone named with
                // another given name is a relative, not the same person: "Ama
                // Ofori-Atta" after "Kwesi Ofori-Atta".
                if position > 0, let given = entities[owner].given, let first = findings.first,
                   !sameGivenName(given, first.range, bytes) {
                    existing = nil
                }
                break
            }
        }
        // Initials alone ("DA", "RMcK", "AO'C") of someone named in full before.
        let initialsAlone = findings.count == 1 ? findings.first.flatMap { EntityIndex.packInitials($0.range, bytes) } : nil
        if existing == nil, let initialsAlone {
            existing = initialsOwner(initialsAlone)
        }
        let id: Int
        if let existing {
            id = existing
            if findings.count > 1, entities[id].form.wordCount < findings.count {
                entities[id].form = .words(findings.indices)
                entities[id].given = findings.first?.range
                entities[id].initials = EntityIndex.initials(of: findings, bytes)
            }
        } else if findings.count > 1 {
            let initials = EntityIndex.initials(of: findings, bytes)
            // The full name right after its initials and a key's sign: "JH – Joanne Hill",
            // "MB is Matthew Byrne".
            if let keyed = lastInitials, let first = findings.first, entities[keyed.entity].form.wordCount == 1,
               EntityIndex.isKeySign(bytes, keyed.end, first.range.lowerBound), initials.contains(keyed.letters) {
                id = keyed.entity
                entities[id].form = .words(findings.indices)
            } else {
                id = add(.person, form: .words(findings.indices)).id
                // Initials alone that stood for someone else with the same initials stand
                // for the latest person named in full ("Joanne Hill … JH … James Hunt …
                // JH"), as a shared family name does.
                let key = initials.forms.0 | (initials.forms.0 & 0x4040_4040_4040_4040) >> 1
                if initials.forms.0 != 0, let owner = packed.owner(key, 0, type: EntityType.person.ordinal), owner != id {
                    packed.setOwner(key, 0, type: EntityType.person.ordinal, owner: id)
                }
            }
            entities[id].initials = initials
            entities[id].given = findings.first?.range
        } else {
            id = add(.person, form: .words(findings.indices)).id
        }
        if let initialsAlone, let only = findings.first { lastInitials = (id, only.range.upperBound, initialsAlone) }
        // Every word of this mention now points at the entity (the latest mention wins:
        // "Sam Khan" after "Ali Khan" moves "khan" to Sam's entity).
        for finding in findings {
            setPersonOwner(finding.range, bytes, id)
        }
        return entities[id]
    }

    /// Whether the given names at `known` and `other` can be one person's: the same
    /// word whatever its case, an initial and a name it begins, or a short form and the
    /// name it shortens ("Alex" and "Alexander", "Sarah" and "Sarah-Jane").
    private mutating func sameGivenName(_ known: Range<Int>, _ other: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let shorter = min(known.count, other.count)
        var offset = 0
        while offset < shorter {
            let a = bytes[known.lowerBound + offset], b = bytes[other.lowerBound + offset]
            if a == b || a | 0x20 == b | 0x20 && (a | 0x20) &- 0x61 < 26 {
                offset += 1
                continue
            }
            // Letters outside ASCII ("Zoë", "ZOË"): compared lower-cased.
            guard a >= 0x80 || b >= 0x80 else { return false }
            lower.load(bytes, known)
            let first = lower.bytes
            lower.load(bytes, other)
            let count = min(first.count, lower.bytes.count)
            return first.prefix(count) == lower.bytes.prefix(count)
        }
        return shorter > 0
    }

    /// The person named in full whose initials `packed` are, when only one is: two
    /// people with the same initials give neither a letter that may be the other's.
    private func initialsOwner(_ packed: UInt64) -> Int? {
        var found: Int?
        for entity in entities where entity.type == .person && entity.initials.contains(packed) {
            guard found == nil else { return nil }
            found = entity.id
        }
        return found
    }

    /// Whether only a key's sign lies from `end` to `start`: " = ", " – ", " - ", ": "
    /// or " is ".
    static func isKeySign(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, _ start: Int) -> Bool {
        if NameRun.keySign(bytes, end, start) { return true }
        return start - end == 4 && bytes[end] == 0x20 && bytes[end + 1] == 0x69 && bytes[end + 2] == 0x73 && bytes[end + 3] == 0x20
    }

    /// The letters of initials packed into a word, apostrophes left out ("AO'C" and
    /// "AO’C" are "AOC"); nil when they are not two to seven bytes of capitals, an
    /// apostrophe or the small letters of "Mc" and "Mac".
    static func packInitials(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard (2...7).contains(range.count), bytes[range.lowerBound] &- 0x41 < 26 else { return nil }
        var packed: UInt64 = 0
        var count: UInt64 = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                index += 3
                continue
            } else if byte == 0x27 {
                index += 1
                continue
            } else if !(byte &- 0x41 < 26 || index > range.lowerBound && EntityIndex.continuesMac(bytes, index)) {
                return nil
            }
            guard count < 8 else { return nil }
            packed |= UInt64(byte) << (count * 8)
            count += 1
            index += 1
        }
        return packed
    }

    /// Whether the byte at `index` is the "c" of "Mc" or the "a" or "c" of "Mac".
    static func continuesMac(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        switch bytes[index] {
        case 0x63: return bytes[index - 1] == 0x4D || bytes[index - 1] == 0x61 && index >= 2 && bytes[index - 2] == 0x4D
        case 0x61: return bytes[index - 1] == 0x4D
        default: return false
        }
    }

    /// The ways the initials of the words of `findings` are written (see
    /// ``InitialsForms``); empty when a word does not start with a letter or there are
    /// more than eight.
    static func initials(of findings: ArraySlice<Finding>, _ bytes: UnsafeBufferPointer<UInt8>) -> InitialsForms {
        var plain = Packer(), parts = Packer(), gaelic = Packer(), firstLast = Packer()
        for (position, finding) in findings.enumerated() {
            let start = finding.range.lowerBound, end = finding.range.upperBound
            let first = NameRun.initialLetter(bytes, start)  // "Şahin": S
            guard first != 0 else { return InitialsForms() }
            plain.put(first)
            parts.put(first)
            gaelic.put(first)
            if position == 0 || position == findings.count - 1 { firstLast.put(first) }
            // Each part of a double name: "Sarah-Jane".
            for hyphen in start + 1..<end where bytes[hyphen - 1] == 0x2D {
                let letter = NameRun.initialLetter(bytes, hyphen)
                if letter != 0 { parts.put(letter) }
            }
            // "McKenzie": M c K; "MacKenzie": M a c K; "O'Connor", "O’Connor": O C.
            if first == 0x4D, end - start > 3, bytes[start + 1] == 0x63, bytes[start + 2] &- 0x41 < 26 {
                gaelic.put(0x63)
                gaelic.put(bytes[start + 2])
            } else if first == 0x4D, end - start > 4, bytes[start + 1] == 0x61, bytes[start + 2] == 0x63, bytes[start + 3] &- 0x41 < 26 {
                gaelic.put(0x61)
                gaelic.put(0x63)
                gaelic.put(bytes[start + 3])
            } else if first == 0x4F, end - start > 3 {
                let apostrophe = Tokenizer.apostropheWidth(bytes, start + 1)
                if apostrophe > 0, start + 1 + apostrophe < end, bytes[start + 1 + apostrophe] &- 0x41 < 26 {
                    gaelic.put(bytes[start + 1 + apostrophe])
                }
            }
        }
        guard let plainForm = plain.packed else { return InitialsForms() }
        // (A tuple, not an array: this runs for every person named in full.)
        func other(_ form: UInt64?) -> UInt64 { form.map { $0 == plainForm ? 0 : $0 } ?? 0 }
        return InitialsForms(forms: (plainForm, other(parts.packed), findings.count > 2 ? other(firstLast.packed) : 0,
                                     other(gaelic.packed)))
    }

    /// Letters packed into a word, first lowest; nil past eight.
    struct Packer {
        private var word: UInt64 = 0
        private var count: UInt64 = 0
        mutating func put(_ byte: UInt8) {
            if count < 8 { word |= UInt64(byte) << (count * 8) }
            count += 1
        }
        var packed: UInt64? { count <= 8 ? word : nil }
    }

    /// The entity a name word belongs to now: most words have a packed key, looked up
    /// directly; the rest go through ``personKey(_:_:)``.
    private mutating func personOwner(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard range.count > 1 || bytes[range.lowerBound] >= 0x80 else { return nil }
        if let key = ShortWordTable.key(bytes, range) { return packed.owner(key.k0, key.k1, type: EntityType.person.ordinal) }
        return personKey(range, bytes).flatMap { owner($0) }
    }

    /// Points a name word at `entity` (initials point nowhere).
    private mutating func setPersonOwner(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ entity: Int) {
        guard range.count > 1 || bytes[range.lowerBound] >= 0x80 else { return }
        if let key = ShortWordTable.key(bytes, range) {
            packed.setOwner(key.k0, key.k1, type: EntityType.person.ordinal, owner: entity)
        } else if let key = personKey(range, bytes) {
            setOwner(key, entity)
        }
    }

    /// The key of a name word, or nil for an initial (a single letter): an initial may
    /// stand for any name.
    private mutating func personKey(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> TypedKey? {
        guard range.count > 1 || bytes[range.lowerBound] >= 0x80 else { return nil }
        if let key = ShortWordTable.key(bytes, range) {
            return TypedKey(type: .person, key: .packed(key.k0, key.k1))
        }
        lower.load(bytes, range)
        guard lower.bytes.count > 1 else { return nil }
        return TypedKey(type: .person, key: .bytes(lower.bytes))
    }

    /// The entity of an identifier at `range`.
    mutating func identifier(type: EntityType, range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Entity {
        let key = TypedKey(type: type, key: EntityIndex.normalisedKey(bytes, range))
        if let owner = owner(key) { return entities[owner] }
        let entity = add(type, form: .bytes(range))
        setOwner(key, entity.id)
        return entity
    }

    /// The key of an identifier: its letters (lower-cased) and digits, packed when
    /// there are at most 16 of them.
    static func normalisedKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key {
        var k0: UInt64 = 0, k1: UInt64 = 0
        var kept = 0
        for index in range {
            guard let normal = Replacer.normalised(bytes[index]) else { continue }
            if kept == 16 { return .bytes(Replacer.normalised(bytes, range)) }
            if kept < 8 { k0 |= UInt64(normal) << (UInt64(kept) * 8) } else { k1 |= UInt64(normal) << (UInt64(kept - 8) * 8) }
            kept += 1
        }
        return .packed(k0, k1)
    }

    /// The normalised text an entity's pseudonym is made from: a person's words lower
    /// case and joined by spaces, an identifier's letters and digits. `findings`: the
    /// array the person's words are in.
    func canonical(_ entity: Entity, findings: [Finding], in document: Document) -> String {
        switch entities[entity.id].form {
        case .words(let positions):
            return positions.map { document.text(findings[$0].range).lowercased() }.joined(separator: " ")
        case .bytes(let range):
            return Replacer.normalise(document.text(range))
        }
    }

    /// Adds an entity numbered after the last one of its type.
    /// - Complexity: amortised O(1): the walk back passes each entity at most once for
    ///   each type.
    private mutating func add(_ type: EntityType, form: Form) -> Entity {
        var number = 1
        if let last = entities.last(where: { $0.type == type }) { number = last.number + 1 }
        let entity = Entity(id: entities.count, type: type, number: number, form: form)
        entities.append(entity)
        return entity
    }
}
