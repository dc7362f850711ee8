/// Negation cues, hedges and clause boundaries of one taxonomy as word sequences, found
/// in a text by comparing hashed words rather than by running a pattern at every byte.
///
/// Cue lists are short phrases of plain words ("no concerns about", "didn't", "but");
/// the last word may be a prefix (`compliment*`).
struct CueList: Sendable {
    /// What a cue does.
    enum Kind: UInt8, Sendable {
        /// Suppresses any match later in the clause.
        case hedge
        /// Suppresses a problem phrase a few words later.
        case cue
        /// Ends the clause: cues before it no longer count.
        case boundary
    }

    struct Phrase: Sendable {
        let words: [[UInt8]]
        let lastIsPrefix: Bool
        let kind: Kind
    }

    /// One cue found in a text.
    struct Occurrence: Sendable {
        let range: Range<Int>
        let kind: Kind
    }

    let phrases: [Phrase]
    /// Phrase indices by the hash of their first word, hedges first, then longest first.
    let byFirstWord: WordTable
    /// Phrases whose only word is a prefix (checked against every word).
    let prefixPhrases: [Int]

    init(hedges: [String], cues: [String], boundaries: [String]) {
        var phrases: [Phrase] = []
        for (list, kind) in [(hedges, Kind.hedge), (cues, .cue), (boundaries, .boundary)] {
            for text in list {
                var words = text.lowercased()
                    .split { $0 == " " || $0 == "-" || $0 == "\t" }
                    .map { Array(String($0).replacingOccurrences(of: "\u{2019}", with: "'").utf8) }
                guard !words.isEmpty else { continue }
                var prefix = false
                if words[words.count - 1].last == UInt8(ascii: "*") {
                    words[words.count - 1].removeLast()
                    prefix = true
                }
                phrases.append(Phrase(words: words, lastIsPrefix: prefix, kind: kind))
            }
        }
        var byFirst: [UInt64: [Int]] = [:]
        var prefixes: [Int] = []
        for (index, phrase) in phrases.enumerated() {
            if phrase.words.count == 1, phrase.lastIsPrefix {
                prefixes.append(index)
            } else {
                byFirst[WordSpan.hash(phrase.words[0][...]), default: []].append(index)
            }
        }
        for key in byFirst.keys {
            byFirst[key]!.sort {
                let a = phrases[$0], b = phrases[$1]
                return (a.kind.rawValue, -a.words.count) < (b.kind.rawValue, -b.words.count)
            }
        }
        self.phrases = phrases
        self.byFirstWord = WordTable(byFirst)
        self.prefixPhrases = prefixes
    }

    /// Every cue in the text whose words are `words`, in order, without overlaps.
    /// - Complexity: O(words) dictionary look-ups plus the length of the cues found.
    func occurrences(in words: [WordSpan], _ bytes: UnsafeBufferPointer<UInt8>) -> [Occurrence] {
        var out: [Occurrence] = []
        var i = 0
        while i < words.count {
            var matched = 0
            var kind = Kind.cue
            if let candidates = byFirstWord.lookup(words[i].hash) {
                for index in candidates {
                    let phrase = phrases[index]
                    if let length = match(phrase, at: i, words, bytes) {
                        matched = length
                        kind = phrase.kind
                        break
                    }
                }
            }
            if matched == 0 {
                for index in prefixPhrases where match(phrases[index], at: i, words, bytes) != nil {
                    matched = 1
                    kind = phrases[index].kind
                    break
                }
            }
            if matched > 0 {
                out.append(Occurrence(range: words[i].start..<words[i + matched - 1].end, kind: kind))
                i += matched
            } else {
                i += 1
            }
        }
        return out
    }

    /// The number of words `phrase` covers at word `i`, or nil.
    func match(_ phrase: Phrase, at i: Int, _ words: [WordSpan], _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard i + phrase.words.count <= words.count else { return nil }
        for (k, expected) in phrase.words.enumerated() {
            let prefix = phrase.lastIsPrefix && k == phrase.words.count - 1
            if !words[i + k].equals(expected, in: bytes, prefix: prefix) { return nil }
        }
        return phrase.words.count
    }
}

/// One word of a text: its byte range and a hash of its lowercased bytes (curly
/// apostrophes read as straight ones).
struct WordSpan: Sendable {
    let start: Int
    let end: Int
    let hash: UInt64
    /// In the bytes between the previous word (or the text's start) and this one, the
    /// last that ends a clause (``Scan/endsClause(_:)``) and the last comma, or -1.
    var clauseBefore: Int32 = -1
    var commaBefore: Int32 = -1
    /// The last word at or before this one whose ``clauseBefore`` is set, and the last
    /// whose ``commaBefore`` comes after its ``clauseBefore`` (a comma read before the
    /// clause end when walking back), or -1: so negation windows need no walk.
    var clauseWord: Int32 = -1
    var commaWord: Int32 = -1

    /// Sets ``clauseWord`` and ``commaWord`` of `words[index]` from the word before.
    @inline(__always)
    static func link(_ words: inout [WordSpan], _ index: Int) {
        let previous = index > 0 ? words[index - 1] : nil
        let word = words[index]
        words[index].clauseWord = word.clauseBefore >= 0 ? Int32(index) : previous?.clauseWord ?? -1
        words[index].commaWord = word.commaBefore > word.clauseBefore ? Int32(index) : previous?.commaWord ?? -1
    }

    /// FNV-1a over lowercased ASCII bytes.
    @inline(__always)
    static func hash(_ bytes: some Collection<UInt8>) -> UInt64 {
        var h = seed
        for byte in bytes { h = step(h, (0x41...0x5A).contains(byte) ? byte | 0x20 : byte) }
        return h
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Per byte: 0 if it is not a word byte (``Scan/isWordByte(_:)``), 1 for an
    /// apostrophe or a byte beyond ASCII, else the byte lowercased (an ASCII `\w` byte).
    nonisolated(unsafe) static let fold: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for byte in 0..<256 {
            let b = UInt8(byte)
            if !Scan.isWordByte(b) {
                table[byte] = 0
            } else if PhraseTables.isWord(b) {
                table[byte] = (0x41...0x5A).contains(b) ? b | 0x20 : b
            } else {
                table[byte] = 1
            }
        }
        return UnsafePointer(table)
    }()

    /// One byte (already lowercased) into the hash.
    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// Whether this word's bytes (lowercased, apostrophes normalised) equal `expected`,
    /// or start with it when `prefix`.
    @inline(__always)
    func equals(_ expected: some RandomAccessCollection<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, prefix: Bool) -> Bool {
        var expectedIndex = expected.startIndex
        var i = start
        var j = 0
        while i < end, j < expected.count {
            var byte = bytes[i]
            if byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                i += 2
            }
            if (0x41...0x5A).contains(byte) { byte |= 0x20 }
            if byte != expected[expectedIndex] { return false }
            i += 1
            j += 1
            expected.formIndex(after: &expectedIndex)
        }
        return j == expected.count && (prefix || i == end)
    }

    /// The words of `bytes` in order (letters, digits, apostrophes and non-ASCII bytes).
    /// - Complexity: one pass over the bytes; one array for the whole text.
    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [WordSpan] {
        var out: [WordSpan] = []
        out.reserveCapacity(bytes.count / 6)
        var i = 0
        let n = bytes.count
        var clause: Int32 = -1
        var comma: Int32 = -1
        while i < n {
            guard Scan.isWordByte(bytes[i]) else {
                if Scan.endsClause(bytes[i]) { clause = Int32(i) } else if bytes[i] == UInt8(ascii: ",") { comma = Int32(i) }
                i += 1
                continue
            }
            let start = i
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            while i < n, Scan.isWordByte(bytes[i]) {
                var byte = bytes[i]
                if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                    byte = UInt8(ascii: "'")
                    i += 2
                } else if (0x41...0x5A).contains(byte) {
                    byte |= 0x20
                }
                h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
                i += 1
            }
            out.append(WordSpan(start: start, end: i, hash: h, clauseBefore: clause, commaBefore: comma))
            link(&out, out.count - 1)
            clause = -1
            comma = -1
        }
        return out
    }
}

/// A read-only map from word hashes (already well mixed) to small lists, by open
/// addressing: a look-up is a mask and usually one comparison, with no re-hashing.
struct WordTable: Sendable {
    private let keys: [UInt64]
    private let slots: [Int32]
    private let lists: [[Int]]
    private let mask: Int

    init(_ entries: [UInt64: [Int]]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var slots = [Int32](repeating: -1, count: capacity)
        var lists: [[Int]] = []
        for (key, list) in entries.sorted(by: { $0.key < $1.key }) {
            let stored = key == 0 ? 1 : key
            var i = Int(truncatingIfNeeded: stored) & (capacity - 1)
            while slots[i] >= 0 { i = (i + 1) & (capacity - 1) }
            keys[i] = stored
            slots[i] = Int32(lists.count)
            lists.append(list)
        }
        self.keys = keys
        self.slots = slots
        self.lists = lists
        self.mask = capacity - 1
    }

    /// Every stored hash (as stored: 0 reads as 1) with its list.
    var entries: [(UInt64, [Int])] {
        slots.indices.compactMap { i in slots[i] >= 0 ? (keys[i], lists[Int(slots[i])]) : nil }
    }

    /// The list stored for `hash`, if any.
    @inline(__always)
    func lookup(_ hash: UInt64) -> [Int]? {
        let key = hash == 0 ? 1 : hash
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let slot = slots[i]
            if slot < 0 { return nil }
            if keys[i] == key { return lists[Int(slot)] }
            i = (i + 1) & mask
        }
    }
}
