/// The negation cues, hedges and boundaries of every taxonomy in one flat table, so that
/// a text's words are looked up once for all of them.
///
/// Each taxonomy keeps its own ``CueList`` semantics: at each word not inside a cue it
/// already found, its first phrase (hedges first, then longest first) that matches there
/// wins, else its prefix-only phrases are tried.
struct CueTable: Sendable {
    /// How many taxonomies, and which have cues at all.
    let taxonomies: Int
    /// Phrases of all taxonomies: their taxonomy, kind, whether the last word is a prefix,
    /// and their words as ranges of `bytes` (`words[wordStart[p] ..< wordStart[p + 1]]`).
    private let taxonomy: [Int32]
    private let kind: [CueList.Kind]
    private let lastIsPrefix: [Bool]
    private let wordStart: [Int32]
    private let wordOffset: [Int32]
    private let wordLength: [Int32]
    /// Each word's ``WordSpan`` hash (a prefix word's is not used): a cheap test before
    /// the bytes are compared.
    private let wordHash: [UInt64]
    private let bytes: [UInt8]
    /// First-word hash to phrase numbers in `codes`, each taxonomy's in its own order, by
    /// open addressing over `keys`, `starts` and `counts`.
    private let keys: [UInt64]
    private let starts: [Int32]
    private let counts: [Int32]
    private let codes: [Int32]
    private let mask: Int
    /// Prefix-only phrases (checked at every word), by taxonomy order, and the first
    /// bytes they start with.
    private let prefixCodes: [Int32]
    private let prefixFirst: [Bool]

    init(_ lists: [CueList?]) {
        taxonomies = lists.count
        var taxonomy: [Int32] = []
        var kind: [CueList.Kind] = []
        var lastIsPrefix: [Bool] = []
        var wordStart: [Int32] = []
        var wordOffset: [Int32] = []
        var wordLength: [Int32] = []
        var wordHash: [UInt64] = []
        var bytes: [UInt8] = []
        var byHash: [UInt64: [Int32]] = [:]
        var prefixCodes: [Int32] = []
        var prefixFirst = [Bool](repeating: false, count: 256)
        for (t, list) in lists.enumerated() {
            guard let list else { continue }
            let base = Int32(taxonomy.count)
            for phrase in list.phrases {
                taxonomy.append(Int32(t))
                kind.append(phrase.kind)
                lastIsPrefix.append(phrase.lastIsPrefix)
                wordStart.append(Int32(wordOffset.count))
                for word in phrase.words {
                    wordOffset.append(Int32(bytes.count))
                    wordLength.append(Int32(word.count))
                    wordHash.append(WordSpan.hash(word))
                    bytes += word
                }
            }
            for (hash, indices) in list.byFirstWord.entries {
                byHash[hash, default: []] += indices.map { base + Int32($0) }
            }
            for index in list.prefixPhrases {
                prefixCodes.append(base + Int32(index))
                guard let first = list.phrases[index].words[0].first else {
                    prefixFirst = [Bool](repeating: true, count: 256)
                    continue
                }
                for spelling in LeadingWords.spellings(first, true) { prefixFirst[Int(spelling)] = true }
                if first == UInt8(ascii: "'") { prefixFirst[0xE2] = true }
            }
        }
        wordStart.append(Int32(wordOffset.count))
        var capacity = 16
        while capacity < byHash.count * 4 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var starts = [Int32](repeating: -1, count: capacity)
        var counts = [Int32](repeating: 0, count: capacity)
        var codes: [Int32] = []
        for (key, list) in byHash.sorted(by: { $0.key < $1.key }) {
            var i = Int(truncatingIfNeeded: key) & (capacity - 1)
            while starts[i] >= 0 { i = (i + 1) & (capacity - 1) }
            keys[i] = key
            starts[i] = Int32(codes.count)
            counts[i] = Int32(list.count)
            codes += list
        }
        self.taxonomy = taxonomy
        self.kind = kind
        self.lastIsPrefix = lastIsPrefix
        self.wordStart = wordStart
        self.wordOffset = wordOffset
        self.wordLength = wordLength
        self.wordHash = wordHash
        self.bytes = bytes
        self.keys = keys
        self.starts = starts
        self.counts = counts
        self.codes = codes
        self.mask = capacity - 1
        self.prefixCodes = prefixCodes
        self.prefixFirst = prefixFirst
    }

    /// The slot of the phrases whose first word hashes to `hash` (a ``WordSpan`` hash),
    /// or -1 when there are none.
    @inline(__always)
    func slot(_ hash: UInt64) -> Int32 {
        let key = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: key) & mask
        while starts[slot] >= 0, keys[slot] != key { slot = (slot + 1) & mask }
        return starts[slot] >= 0 ? Int32(slot) : -1
    }

    /// Whether a word starting with `byte` may be a word some cue starts with: its first
    /// word's hash has a slot, or `byte` can start a prefix-only phrase.
    @inline(__always)
    func mayStartPrefix(_ byte: UInt8) -> Bool { prefixFirst[Int(byte)] }

    /// Every cue of every taxonomy in the text whose words are `words`: `out[t]` gets
    /// taxonomy `t`'s, in order, without overlaps (as ``CueList/occurrences(in:_:)``).
    /// `candidates` are the words a cue may start at, in order, each with its ``slot(_:)``
    /// (pairs): at any other word nothing can match.
    /// - Complexity: the phrases tried at the candidate words.
    func occurrences(
        in words: [WordSpan], candidates: [Int32], _ text: UnsafeBufferPointer<UInt8>,
        into out: inout [[CueList.Occurrence]]
    ) {
        // The word each taxonomy's next cue may start at (after the last one it found).
        var next = [Int](repeating: 0, count: taxonomies)
        words.withUnsafeBufferPointer { words in
            var k = 0
            while k < candidates.count {
                let i = Int(candidates[k]), slot = Int(candidates[k + 1])
                k += 2
                if slot >= 0 {
                    let start = Int(starts[slot])
                    for c in start..<start + Int(counts[slot]) {
                        let phrase = Int(codes[c])
                        let t = Int(taxonomy[phrase])
                        guard next[t] <= i, let length = match(phrase, at: i, words, text) else { continue }
                        out[t].append(CueList.Occurrence(range: words[i].start..<words[i + length - 1].end, kind: kind[phrase]))
                        next[t] = i + length
                    }
                }
                guard !prefixCodes.isEmpty, prefixFirst[Int(text[words[i].start])] else { continue }
                for c in prefixCodes.indices {
                    let phrase = Int(prefixCodes[c])
                    let t = Int(taxonomy[phrase])
                    guard next[t] <= i, match(phrase, at: i, words, text) != nil else { continue }
                    out[t].append(CueList.Occurrence(range: words[i].start..<words[i].end, kind: kind[phrase]))
                    next[t] = i + 1
                }
            }
        }
    }

    /// ``occurrences(in:candidates:_:into:)`` at every word.
    func occurrences(in words: [WordSpan], _ text: UnsafeBufferPointer<UInt8>, into out: inout [[CueList.Occurrence]]) {
        let candidates = words.indices.flatMap { [Int32($0), slot(words[$0].hash)] }
        occurrences(in: words, candidates: candidates, text, into: &out)
    }

    /// The number of words phrase `phrase` covers at word `i`, or nil.
    @inline(__always)
    private func match(
        _ phrase: Int, at i: Int, _ words: UnsafeBufferPointer<WordSpan>, _ text: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        let first = Int(wordStart[phrase]), count = Int(wordStart[phrase + 1]) - first
        guard i + count <= words.count else { return nil }
        return bytes.withUnsafeBufferPointer { stored in
            for k in 0..<count {
                let w = first + k
                let prefix = lastIsPrefix[phrase] && k == count - 1
                if !prefix, words[i + k].hash != wordHash[w] { return nil }
                let expected = UnsafeBufferPointer(
                    rebasing: stored[Int(wordOffset[w])..<Int(wordOffset[w]) + Int(wordLength[w])])
                if !words[i + k].equals(expected, in: text, prefix: prefix) { return nil }
            }
            return count
        }
    }
}
