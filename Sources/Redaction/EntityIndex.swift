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
        /// The longest form seen: the byte ranges of its words (one range for an
        /// identifier).
        var words: [Range<Int>]
    }

    private var entities: [Entity] = []
    /// A lower-cased word or identifier: packed when short and ASCII (most names), bytes
    /// otherwise.
    enum Key: Hashable {
        case short(ShortWordTable.Key)
        case bytes([UInt8])
    }

    /// A key of one type.
    private struct TypedKey: Hashable {
        let type: EntityType
        let key: Key
    }

    /// The entity each key belongs to now: a short list while the document names few
    /// entities, a dictionary once it names many.
    private var few: [(key: TypedKey, entity: Int)] = []
    private var many: [TypedKey: Int]?

    private func owner(_ key: TypedKey) -> Int? {
        if let many { return many[key] }
        return few.first { $0.key == key }?.entity
    }

    private mutating func setOwner(_ key: TypedKey, _ entity: Int) {
        if many != nil {
            many![key] = entity
        } else if let slot = few.firstIndex(where: { $0.key == key }) {
            few[slot].entity = entity
        } else {
            few.append((key, entity))
            if few.count > 16 {
                many = Dictionary(few.map { ($0.key, $0.entity) }, uniquingKeysWith: { first, _ in first })
                few = []
            }
        }
    }
    private var counts: [(type: EntityType, count: Int)] = []
    private var lower = LowercaseBuffer()

    /// The entity of a person mentioned by the words at `words`.
    mutating func person(words: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Entity {
        var significant: [Key] = []
        significant.reserveCapacity(words.count)
        for range in words where range.count > 1 || bytes[range.lowerBound] >= 0x80 {
            if let key = ShortWordTable.key(bytes, range) {
                significant.append(.short(key))
            } else {
                lower.load(bytes, range)
                if lower.bytes.count > 1 { significant.append(.bytes(lower.bytes)) }
            }
        }
        let typed = significant.map { TypedKey(type: .person, key: $0) }
        if let existing = typed.lazy.compactMap({ [self] in owner($0) }).first {
            // Every word of this mention now points at the entity (the latest mention
            // wins: "Sam Khan" after "Ali Khan" moves "khan" to Sam's entity).
            for key in typed { setOwner(key, existing) }
            if words.count > 1, entities[existing].words.count < words.count { entities[existing].words = words }
            return entities[existing]
        }
        let entity = add(.person, words: words)
        for key in typed { setOwner(key, entity.id) }
        return entity
    }

    /// The entity of an identifier at `range`.
    mutating func identifier(type: EntityType, range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Entity {
        let key = TypedKey(type: type, key: .bytes(Replacer.normalised(bytes, range)))
        if let owner = owner(key) { return entities[owner] }
        let entity = add(type, words: [range])
        setOwner(key, entity.id)
        return entity
    }

    /// The normalised text an entity's pseudonym is made from: a person's words lower
    /// case and joined by spaces, an identifier's letters and digits.
    func canonical(_ entity: Entity, in document: Document) -> String {
        let current = entities[entity.id]
        if current.type == .person {
            return current.words.map { document.text($0).lowercased() }.joined(separator: " ")
        }
        return Replacer.normalise(document.text(current.words[0]))
    }

    private mutating func add(_ type: EntityType, words: [Range<Int>]) -> Entity {
        let number: Int
        if let slot = counts.firstIndex(where: { $0.type == type }) {
            counts[slot].count += 1
            number = counts[slot].count
        } else {
            counts.append((type, 1))
            number = 1
        }
        let entity = Entity(id: entities.count, type: type, number: number, words: words)
        entities.append(entity)
        return entity
    }
}
