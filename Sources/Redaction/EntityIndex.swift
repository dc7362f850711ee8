import Lexicon

/// Numbers the entities of one document: per type, in order of first mention. People
/// are matched by any shared name word longer than an initial (case-insensitive);
/// identifiers by their letters and digits ("07700 900123" is "07700900123").
///
/// Works on the document's bytes: keys are short lower-cased byte strings compared
/// directly, as a document names few entities.
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
    enum Key: Equatable {
        case short(ShortWordTable.Key)
        case bytes([UInt8])
    }

    private var keys: [(type: EntityType, key: Key, entity: Int)] = []
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
        let slots = significant.map { slot(.person, $0) }
        if let existing = slots.lazy.compactMap({ $0 }).first.map({ keys[$0].entity }) {
            // Every word of this mention now points at the entity (the latest mention
            // wins: "Sam Khan" after "Ali Khan" moves "khan" to Sam's entity).
            for (key, slot) in zip(significant, slots) {
                if let slot {
                    keys[slot].entity = existing
                } else {
                    keys.append((.person, key, existing))
                }
            }
            if words.count > 1, entities[existing].words.count < words.count { entities[existing].words = words }
            return entities[existing]
        }
        let entity = add(.person, words: words)
        for key in significant { keys.append((.person, key, entity.id)) }
        return entity
    }

    /// The entity of an identifier at `range`.
    mutating func identifier(type: EntityType, range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Entity {
        let key = Key.bytes(Replacer.normalised(bytes, range))
        if let slot = slot(type, key) { return entities[keys[slot].entity] }
        let entity = add(type, words: [range])
        keys.append((type, key, entity.id))
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

    /// Where `key` of `type` is in ``keys``.
    private func slot(_ type: EntityType, _ key: Key) -> Int? {
        keys.firstIndex { $0.type == type && $0.key == key }
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
