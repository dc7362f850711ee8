/// The phrase vocabulary compiled for matching over UTF-8 bytes without regular
/// expressions: one byte trie of every word form, a tree of phrase tokens that refer to
/// forms by number, and the scanner's trie of phrase heads.
///
/// It finds exactly what the PCRE2 patterns it replaced found (a scanner over the
/// phrases' first words, then anchored per-bucket alternations with an empty named group
/// at each phrase end), with the semantics of those patterns compiled caseless, UTF-8,
/// with ASCII `\w` and `\b`:
/// - a word token matches one of its forms, tried longest first, followed by a word
///   boundary when every form ends in a word character;
/// - `stem*` matches the stem then `\w*` (greedy), `*ending` matches `\w*` then the
///   ending and a boundary;
/// - between tokens, one or more separators (`[\s\-\x{2010}-\x{2013}/]+`);
/// - a gap `...` matches up to four `[\w'’]+` words and their separators, fewest first;
/// - the alternatives of a bucket, and the continuations of a token, are tried in order
///   and the first path that matches wins (at a phrase end with longer continuations,
///   the longer ones are tried first), so the phrase ends reported are those along it.
///
/// Case folding covers ASCII letters; apostrophes match both `'` and `’`.
///
/// This is the builder, used while a ``Classifier`` is made; ``PhraseTables`` is what
/// matching reads.
struct PhraseMatcher {
    enum Kind: UInt8, Sendable {
        case word, prefix, suffix, gap
    }

    struct Node: Sendable {
        var kind: Kind
        /// Whether a word token needs `\b` after its forms (every form ends in a word character).
        var boundary: Bool
        /// Whether the token starts with a word character (misc buckets put `\b` before it).
        var startsWithWord: Bool
        /// The leaf number that ends here, or -1.
        var leaf: Int32
        /// Word: the token's form numbers, sorted, in the pool. Prefix: the stem's form
        /// number. Suffix: the root of the ending's own trie (`formsStart`).
        var formsStart: Int32
        var formsCount: Int32
        /// The choice among the continuations, or -1.
        var choice: Int32
        /// Word: bit `form & 63` set for each of its forms (a cheap test before the list).
        var bloom: UInt64 = 0
        /// Whether the choice among its continuations has an alternative that no form
        /// read starts (a gap or a `*ending`), so ``PhraseTables/pairs`` cannot rule it out.
        var openChoice = false
    }

    /// Alternatives tried in order, the first that matches winning: a bucket of
    /// top-level nodes, or the continuations of one node.
    struct Choice: Sendable {
        var nodes: [Int32]
        /// Misc buckets check a word boundary before tokens that start with a word character.
        var boundary: Bool
        /// Whether alternatives are found through ``PhraseMatcher/dispatch`` (by the forms
        /// read at the position) rather than tried one by one.
        var dispatched = false
        /// Positions of alternatives the dispatch does not cover (gaps, `*ending`), tried always.
        var always: [Int32] = []
    }

    var nodes: [Node] = []
    var choices: [Choice] = []
    /// Tries laid out as records, depth first, so that a state's edges sit beside it
    /// and a path's states lie close: at offset `o`, the form ending there (or -1), the
    /// edge count, the mask of classed bytes (two words; ``byteClass``), the targets
    /// (classed bytes first, in class order, then the others), then the other bytes,
    /// four to a word.
    var program: [Int32] = []
    /// Scanner heads, by form: 1 = the form starts a phrase, 2 = the form followed by
    /// `\b` does, 4 = a function word whose phrases are looked for by two words.
    var headFlags: [Int32: UInt8] = [:]
    /// For function-word heads, the second words: `first << 32 | second` to 1 or 2 as above.
    var pairFlags: [UInt64: UInt8] = [:]
    /// Node form lists.
    var pool: [Int32] = []
    /// Every form, by number. Forms of ASCII word characters alone are looked up whole
    /// (a text's word against a hash table); the others, prefix stems and the forms of
    /// tokens without a boundary after them, are also read through the small trie under
    /// `specialRoot`.
    var formNumbers: [[UInt8]: Int32] = [:]
    /// Pure forms by their text as written, to skip normalising them again.
    var numberByText: [String: Int32] = [:]
    let specialRoot = TrieBuilder()
    /// Whether the scanner's heads must be checked at every word start (see
    /// ``PhraseTables/exactHeads``).
    var exactHeads = false
    /// Alternatives by (choice, form): `choice << 32 | form` to positions in the choice.
    var dispatch: [UInt64: [Int32]] = [:]

    /// Apostrophes (`'` and `’`) are stored and read as this byte.
    static let apostrophe = UInt8(ascii: "'")

    /// Dense numbers for the bytes words are mostly made of (a-z, 0-9, apostrophe,
    /// underscore), so a state finds its edge for them with one mask test and a popcount;
    /// other bytes (255 here) are looked up among the state's remaining edges.
    static let byteClass: [UInt8] = {
        var table = [UInt8](repeating: 255, count: 256)
        for (k, byte) in (UInt8(ascii: "a")...UInt8(ascii: "z")).enumerated() { table[Int(byte)] = UInt8(k) }
        for (k, byte) in (UInt8(ascii: "0")...UInt8(ascii: "9")).enumerated() { table[Int(byte)] = UInt8(26 + k) }
        table[Int(UInt8(ascii: "'"))] = 36
        table[Int(UInt8(ascii: "_"))] = 37
        return table
    }()

    /// A byte trie under construction.
    final class TrieBuilder {
        var next: [UInt8: TrieBuilder] = [:]
        var form: Int32 = -1

        func insert(_ bytes: [UInt8], form: Int32) {
            var node = self
            for byte in bytes {
                if let child = node.next[byte] {
                    node = child
                } else {
                    let child = TrieBuilder()
                    node.next[byte] = child
                    node = child
                }
            }
            node.form = form
        }
    }

    /// The bytes of a vocabulary form as the matcher reads them: ASCII lowercased, `’` as `'`.
    static func normalisedBytes(_ form: String) -> [UInt8] {
        var out: [UInt8] = []
        let bytes = Array(form.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                out.append(apostrophe)
                i += 3
                continue
            }
            let byte = bytes[i]
            out.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            i += 1
        }
        return out
    }

    /// Whether `bytes` are all ASCII word characters (`[a-z0-9_]` once lowercased).
    static func isPure(_ bytes: [UInt8]) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { PhraseTables.isWord($0) }
    }

    /// The number of `form`, added if new; `special` also puts it in the trie of forms
    /// that are read as prefixes (impure forms always are).
    mutating func formNumber(_ form: String, special: Bool = false) -> Int32 {
        if !special, let known = numberByText[form] { return known }
        let bytes = Self.normalisedBytes(form)
        let number: Int32
        if let known = formNumbers[bytes] {
            number = known
        } else {
            number = Int32(formNumbers.count)
            formNumbers[bytes] = number
        }
        if special || !Self.isPure(bytes) {
            specialRoot.insert(bytes, form: number)
        } else {
            numberByText[form] = number
        }
        return number
    }

    /// Lays a trie out in ``program``; returns the offset of its root.
    mutating func flatten(_ builder: TrieBuilder) -> Int32 {
        let offset = program.count
        // Classed bytes first, in class order, then the others by byte.
        let sorted = builder.next.keys.sorted {
            (Int(Self.byteClass[Int($0)]), $0) < (Int(Self.byteClass[Int($1)]), $1)
        }
        var mask: UInt64 = 0
        var others: [UInt8] = []
        for byte in sorted {
            if Self.byteClass[Int(byte)] != 255 { mask |= 1 << UInt64(Self.byteClass[Int(byte)]) } else { others.append(byte) }
        }
        program.append(builder.form)
        program.append(Int32(sorted.count))
        program.append(Int32(bitPattern: UInt32(truncatingIfNeeded: mask)))
        program.append(Int32(bitPattern: UInt32(truncatingIfNeeded: mask >> 32)))
        let targets = program.count
        program += [Int32](repeating: 0, count: sorted.count)
        var k = 0
        while k < others.count {
            var word: UInt32 = 0
            for j in 0..<4 where k + j < others.count { word |= UInt32(others[k + j]) << UInt32(8 * j) }
            program.append(Int32(bitPattern: word))
            k += 4
        }
        for (j, byte) in sorted.enumerated() { program[targets + j] = flatten(builder.next[byte]!) }
        return Int32(offset)
    }

    /// A choice among `nodes`, dispatched by form unless `boundary` or there are only two.
    mutating func choice(_ nodes: [Int32], boundary: Bool) -> Int32 {
        var choice = Choice(nodes: nodes, boundary: boundary)
        let number = UInt64(choices.count)
        if !boundary, nodes.count > 2 {
            choice.dispatched = true
            for (position, index) in nodes.enumerated() {
                let node = self.nodes[Int(index)]
                switch node.kind {
                case .word, .prefix:
                    // A token can only match where one of its forms (or its stem) is read.
                    let start = Int(node.formsStart)
                    for form in pool[start..<start + Int(node.formsCount)] {
                        let key = number << 32 | UInt64(UInt32(form))
                        if dispatch[key]?.last != Int32(position) { dispatch[key, default: []].append(Int32(position)) }
                    }
                case .suffix, .gap:
                    choice.always.append(Int32(position))
                }
            }
        }
        choices.append(choice)
        return Int32(number)
    }

    /// Adds `node` and its subtree; returns its index.
    mutating func add(_ node: PhraseTrie.Node) -> Int32 {
        guard let token = node.token else { return -1 }
        var compiled = Node(
            kind: .word, boundary: false, startsWithWord: Classifier.startsWithWord(token),
            leaf: Int32(node.leaf ?? -1), formsStart: 0, formsCount: 0, choice: -1)
        switch token {
        case .word(let forms):
            compiled.kind = .word
            compiled.boundary = forms.allSatisfy { RegexSource.isWordCharacter($0.last) }
            // Without `\b` after them, pure forms can end inside a word: read as prefixes.
            let special = !compiled.boundary
            let numbers = Set(forms.map { formNumber($0, special: special) }).sorted()
            compiled.formsStart = Int32(pool.count)
            compiled.formsCount = Int32(numbers.count)
            for number in numbers { compiled.bloom |= 1 << (UInt64(UInt32(bitPattern: number)) & 63) }
            pool += numbers
        case .prefix(let stem):
            compiled.kind = .prefix
            compiled.formsStart = Int32(pool.count)
            compiled.formsCount = 1
            pool.append(formNumber(stem, special: true))
        case .suffix(let ending):
            compiled.kind = .suffix
            let root = TrieBuilder()
            root.insert(Self.normalisedBytes(ending), form: 0)
            compiled.formsStart = flatten(root)
        case .gap:
            compiled.kind = .gap
        }
        let index = Int32(nodes.count)
        nodes.append(compiled)
        let kids = node.children.map { add($0) }
        if !kids.isEmpty { nodes[Int(index)].choice = choice(kids, boundary: false) }
        return index
    }

    /// Records a scanner head: a phrase can start where `form` is read (followed by `\b`
    /// when `bounded`).
    mutating func addHead(_ form: String, bounded: Bool) {
        headFlags[formNumber(form), default: 0] |= bounded ? 2 : 1
    }

    /// Records a scanner head of two words: the function word `first`, separators, then
    /// `second` (followed by `\b` when `bounded`).
    mutating func addHead(_ first: String, then second: String, bounded: Bool) {
        let a = formNumber(first)
        let b = formNumber(second)
        headFlags[a, default: 0] |= 4
        pairFlags[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), default: 0] |= bounded ? 2 : 1
    }
}

extension PhraseMatcher {
    /// One leaf reached on a matching path and where it ends.
    struct PathLeaf {
        var leaf: Int32
        var end: Int
    }

    /// Per-text state of matching, kept by a ``Tagger`` between texts: growable
    /// buffers it owns, used as stacks (no reference counting or uniqueness checks).
    struct Storage {
        /// A growable buffer of plain values.
        struct Stack<Element> {
            var base: UnsafeMutablePointer<Element>
            var count = 0
            var capacity: Int

            init(capacity: Int) {
                self.capacity = capacity
                base = .allocate(capacity: capacity)
            }

            @inline(__always)
            mutating func append(_ value: Element) {
                if count == capacity { grow() }
                (base + count).initialize(to: value)
                count += 1
            }

            /// Makes room for `count` elements in all, set through the subscript (then
            /// set ``count``: growing keeps only the first `count`).
            @inline(__always)
            mutating func reserve(_ count: Int) {
                while capacity < count { grow() }
            }

            mutating func grow() {
                let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
                bigger.moveInitialize(from: base, count: count)
                base.deallocate()
                base = bigger
                capacity *= 2
            }

            @inline(__always)
            subscript(_ i: Int) -> Element {
                get { base[i] }
                nonmutating set { base[i] = newValue }
            }

            func free() { base.deallocate() }
        }

        var path = Stack<PathLeaf>(capacity: 64)
        var scratch = Stack<Int>(capacity: 256)
        /// (form, end) pairs read at a position, shortest first.
        var readForm = Stack<Int32>(capacity: 256)
        var readEnd = Stack<Int32>(capacity: 256)
        /// For each kept read, the range of its form's top-level candidates in
        /// ``PhraseTables/topPairs`` (start in the low half, end in the high), beside it
        /// (found when the read is kept, often in the first pass, not when a bucket runs).
        var readTop = Stack<UInt64>(capacity: 256)
        /// Forms read at a position, found once per position per text: `memo[q]` holds
        /// the reads at `q` (their start and count) when its stamp equals `stamp`.
        var stamp: UInt32 = 0
        var memoCapacity = 0
        var memo = UnsafeMutablePointer<Memo>.allocate(capacity: 1)

        /// The reads found at one position (side by side: one look-up, one cache line).
        struct Memo {
            var stamp: UInt32
            var start: Int32
            var count: Int32
        }

        func free() {
            path.free()
            scratch.free()
            readForm.free()
            readEnd.free()
            readTop.free()
            memo.deallocate()
        }

        /// Starts a text of `count` bytes.
        mutating func reset(_ count: Int) {
            if memoCapacity < count + 1 {
                memo.deallocate()
                memoCapacity = max(count + 1, memoCapacity * 2)
                memo = .allocate(capacity: memoCapacity)
                memo.initialize(repeating: Memo(stamp: 0, start: 0, count: 0), count: memoCapacity)
                stamp = 0
            }
            stamp &+= 1
            if stamp == 0 {
                memo.update(repeating: Memo(stamp: 0, start: 0, count: 0), count: memoCapacity)
                stamp = 1
            }
            readForm.count = 0
            readEnd.count = 0
            readTop.count = 0
            path.count = 0
            scratch.count = 0
        }
    }

    /// A handle on a ``Storage`` that a ``Tagger`` owns: passed by value, its fields are
    /// changed in place through the pointer (no exclusivity bookkeeping per access).
    struct Context {
        let storage: UnsafeMutablePointer<Storage>

        /// Allocates the storage; call ``free()`` when done.
        static func make() -> Context {
            let storage = UnsafeMutablePointer<Storage>.allocate(capacity: 1)
            storage.initialize(to: Storage())
            return Context(storage: storage)
        }

        func free() {
            storage.pointee.free()
            storage.deinitialize(count: 1)
            storage.deallocate()
        }

        func reset(_ count: Int) { storage.pointee.reset(count) }

        var path: Storage.Stack<PathLeaf> {
            get { storage.pointee.path }
            nonmutating _modify { yield &storage.pointee.path }
        }
        var scratch: Storage.Stack<Int> {
            get { storage.pointee.scratch }
            nonmutating _modify { yield &storage.pointee.scratch }
        }
        var readForm: Storage.Stack<Int32> {
            get { storage.pointee.readForm }
            nonmutating _modify { yield &storage.pointee.readForm }
        }
        var readEnd: Storage.Stack<Int32> {
            get { storage.pointee.readEnd }
            nonmutating _modify { yield &storage.pointee.readEnd }
        }
        var readTop: Storage.Stack<UInt64> {
            get { storage.pointee.readTop }
            nonmutating _modify { yield &storage.pointee.readTop }
        }
        var stamp: UInt32 { storage.pointee.stamp }
        var memo: UnsafeMutablePointer<Storage.Memo> { storage.pointee.memo }
    }
}

/// Read-only tables for matching, in memory this object owns (no reference counting or
/// bounds checks in the loops). Immutable once made, so safe to share between threads.
final class PhraseTables: @unchecked Sendable {
    typealias Node = PhraseMatcher.Node
    typealias Context = PhraseMatcher.Context

    struct FrozenChoice {
        var nodesStart: Int32
        var nodesCount: Int32
        var alwaysStart: Int32
        var alwaysCount: Int32
        var dispatched: Bool
        var boundary: Bool
        /// Bit `form & 63` set for every form the dispatch holds alternatives for (a
        /// cheap test before the dispatch lists).
        var bloom: UInt64 = 0
        /// Where its table in ``PhraseTables/dispatchSlots`` starts, and its mask (-1 when
        /// no form has alternatives): see ``DispatchTable``.
        var tableStart: Int32 = 0
        var tableMask: Int32 = -1
    }

    let nodes: UnsafeMutablePointer<Node>
    let choices: UnsafeMutablePointer<FrozenChoice>
    let program: UnsafeMutablePointer<Int32>
    let byteClass: UnsafeMutablePointer<UInt8>
    /// Node form lists, choice alternatives, dispatch lists and bucket lists.
    let pool: UnsafeMutablePointer<Int32>
    /// An open-addressing map entry: key (0 = empty) and a value (a pool range, or flags).
    struct Slot {
        var key: UInt64
        var start: Int32
        var count: Int32
    }

    /// The dispatch tables of every choice (see ``FrozenChoice/tableStart``): by form, the
    /// pool range of the positions it can start.
    let dispatchSlots: UnsafeMutablePointer<DispatchTable.Slot>
    /// The (choice, form) pairs where a form read starts one of the choice's
    /// alternatives (``PairFilter``), asked before a continuation is tried.
    let continuations: UnsafeMutablePointer<UInt64>
    let continuationMask: Int
    /// Scanner heads by form (see ``PhraseMatcher/headFlags``), and two-word heads.
    let headFlags: UnsafeMutablePointer<UInt8>
    let pairs: UnsafeMutablePointer<Slot>
    let pairMask: Int
    /// Bucket (choice) lists by two-letter key (`first * 128 + second`) and by one-letter key.
    let twoStart: UnsafeMutablePointer<Int32>
    let twoCount: UnsafeMutablePointer<Int32>
    let oneStart: UnsafeMutablePointer<Int32>
    let oneCount: UnsafeMutablePointer<Int32>
    /// The top-level nodes of letter buckets that a form can start, by form: pairs of
    /// (bucket rank, node) in `topPairs[topStart[f] ..< topStart[f + 1]]`, by rank then
    /// position in the bucket. The rank orders the buckets that run at one place: the
    /// two-letter ones, then the one-letter ones, each in order.
    let topStart: UnsafeMutablePointer<Int32>
    let topPairs: UnsafeMutablePointer<Int64>
    /// Misc buckets, and the misc phrases' top nodes.
    let misc: [Int32]
    let miscStarts: [Int32]
    /// Bytes a misc phrase can start with.
    let miscFirst: UnsafeMutablePointer<Bool>
    /// The root of the trie of special forms (see ``PhraseMatcher/specialRoot``).
    let formRoot: Int32
    /// The first two characters of every special form (all pairs with its first for a
    /// form of one), as the trie reads them: where no pair matches, the trie is not walked.
    let specialPairs: UnsafeMutablePointer<UInt64>
    /// Pure forms by hash: open addressing over ``WordSlot``s. A form is recognised by
    /// its ``WordKey`` and length; the bytes of a form longer than eight are at
    /// `wordBytes[wordOffset[form]...]`.
    struct WordSlot {
        var key: UInt64
        var form: Int32
        var length: Int32
    }
    let words: UnsafeMutablePointer<WordSlot>
    let wordMask: Int
    let wordBytes: UnsafeMutablePointer<UInt8>
    let wordOffset: UnsafeMutablePointer<Int32>
    /// Whether the scanner's heads must be checked at every word start. When no first
    /// word can match without the word boundary its head asks for, a bucket can only
    /// report a phrase where a head matches, so at a word start that nothing else can
    /// start inside, the buckets run directly and the heads are not needed.
    let exactHeads: Bool
    private var allocations: [UnsafeMutableRawPointer] = []

    init(
        _ m: PhraseMatcher, formRoot: Int32, twoLetter: [[Int32]], oneLetter: [[Int32]], misc: [Int32],
        miscStarts: [Int32], miscFirst: [Bool]
    ) {
        var allocations: [UnsafeMutableRawPointer] = []
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
            pointer.initialize(from: array, count: array.count)
            allocations.append(UnsafeMutableRawPointer(pointer))
            return pointer
        }
        var pool = m.pool
        var frozen: [FrozenChoice] = []
        for choice in m.choices {
            let nodesStart = Int32(pool.count)
            pool += choice.nodes
            let alwaysStart = Int32(pool.count)
            pool += choice.always
            frozen.append(
                FrozenChoice(
                    nodesStart: nodesStart, nodesCount: Int32(choice.nodes.count), alwaysStart: alwaysStart,
                    alwaysCount: Int32(choice.always.count), dispatched: choice.dispatched, boundary: choice.boundary))
        }
        func table(_ entries: [(UInt64, Int32, Int32)]) -> ([Slot], Int) {
            var capacity = 16
            while capacity < entries.count * 2 { capacity <<= 1 }
            var slots = [Slot](repeating: Slot(key: 0, start: 0, count: 0), count: capacity)
            for (key, start, count) in entries {
                let stored = key &+ 1
                var slot = Self.slot(stored, capacity - 1)
                while slots[slot].key != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Slot(key: stored, start: start, count: count)
            }
            return (slots, capacity - 1)
        }
        var entries: [(choice: Int, form: Int32, start: Int32, count: Int32)] = []
        // By choice, then form.
        for (key, list) in m.dispatch.sorted(by: { $0.key < $1.key }) {
            let choice = Int(key >> 32)
            frozen[choice].bloom |= 1 << (key & 63)
            entries.append((choice, Int32(truncatingIfNeeded: key), Int32(pool.count), Int32(list.count)))
            pool += list
        }
        let dispatch = DispatchTable(choices: frozen.count, entries: entries)
        for choice in frozen.indices {
            frozen[choice].tableStart = dispatch.starts[choice]
            frozen[choice].tableMask = dispatch.masks[choice]
        }
        let (pairs, pairMask) = table(m.pairFlags.map { ($0.key, Int32($0.value), 0) })
        // Which forms can start an alternative of each choice; choices with gaps or
        // `*ending`s are open to any.
        var nodes = m.nodes
        var open = [Bool](repeating: false, count: m.choices.count)
        var pairCount = 0
        for choice in m.choices {
            for node in choice.nodes { pairCount += Int(m.nodes[Int(node)].formsCount) }
        }
        var continuations = PairFilter(capacity: pairCount)
        for (number, choice) in m.choices.enumerated() {
            for index in choice.nodes {
                let node = m.nodes[Int(index)]
                switch node.kind {
                case .word, .prefix:
                    let start = Int(node.formsStart)
                    for form in m.pool[start..<start + Int(node.formsCount)] { continuations.insert(Int32(number), form) }
                case .suffix, .gap:
                    open[number] = true
                }
            }
        }
        for k in nodes.indices where nodes[k].choice >= 0 { nodes[k].openChoice = open[Int(nodes[k].choice)] }
        var headFlags = [UInt8](repeating: 0, count: max(1, m.formNumbers.count))
        var wordCapacity = 16
        while wordCapacity < m.formNumbers.count * 2 { wordCapacity <<= 1 }
        var words = [WordSlot](repeating: WordSlot(key: 0, form: -1, length: 0), count: wordCapacity)
        var wordBytes: [UInt8] = []
        var wordOffset = [Int32](repeating: -1, count: max(1, m.formNumbers.count))
        for (bytes, form) in m.formNumbers.sorted(by: { $0.value < $1.value }) where PhraseMatcher.isPure(bytes) {
            let hash = Self.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash) & (wordCapacity - 1)
            while words[slot].form >= 0 { slot = (slot + 1) & (wordCapacity - 1) }
            words[slot] = WordSlot(key: WordKey.key(bytes), form: form, length: Int32(bytes.count))
            wordOffset[Int(form)] = Int32(wordBytes.count)
            wordBytes += bytes
        }
        for (form, flags) in m.headFlags { headFlags[Int(form)] = flags }
        func keyed(_ lists: [[Int32]]) -> ([Int32], [Int32]) {
            var starts: [Int32] = []
            var counts: [Int32] = []
            for list in lists {
                starts.append(Int32(pool.count))
                counts.append(Int32(list.count))
                pool += list
            }
            return (starts, counts)
        }
        let (twoStart, twoCount) = keyed(twoLetter)
        let (oneStart, oneCount) = keyed(oneLetter)
        // Top-level candidates by form.
        var byForm = [[Int64]](repeating: [], count: max(1, m.formNumbers.count))
        func rankBuckets(_ lists: [[Int32]], base: Int) {
            for list in lists {
                for (rank, choice) in list.enumerated() {
                    for (position, node) in m.choices[Int(choice)].nodes.enumerated() {
                        let compiled = m.nodes[Int(node)]
                        guard compiled.kind == .word || compiled.kind == .prefix else { continue }
                        let key = Int64(base + rank) << 40 | Int64(position) << 20
                        let start = Int(compiled.formsStart)
                        for form in m.pool[start..<start + Int(compiled.formsCount)] {
                            byForm[Int(form)].append(key | Int64(node))
                        }
                    }
                }
            }
        }
        rankBuckets(twoLetter, base: 0)
        rankBuckets(oneLetter, base: 1 << 16)
        var topStart: [Int32] = []
        var topPairs: [Int64] = []
        for list in byForm {
            topStart.append(Int32(topPairs.count))
            topPairs += list.sorted()
        }
        topStart.append(Int32(topPairs.count))
        self.nodes = copy(nodes)
        self.continuations = copy(continuations.words)
        self.continuationMask = continuations.mask
        self.choices = copy(frozen)
        self.program = copy(m.program)
        self.byteClass = copy(PhraseMatcher.byteClass)
        self.dispatchSlots = copy(dispatch.slots)
        self.pairs = copy(pairs)
        self.pairMask = pairMask
        self.headFlags = copy(headFlags)
        self.twoStart = copy(twoStart)
        self.twoCount = copy(twoCount)
        self.oneStart = copy(oneStart)
        self.oneCount = copy(oneCount)
        self.pool = copy(pool)
        self.topStart = copy(topStart)
        self.topPairs = copy(topPairs)
        self.miscFirst = copy(miscFirst)
        self.misc = misc
        self.miscStarts = miscStarts
        self.formRoot = formRoot
        var specialPairs = BytePairSet()
        for (first, child) in m.specialRoot.next {
            if child.form >= 0 { specialPairs.insert(first: first) }
            for second in child.next.keys { specialPairs.insert(first, second) }
        }
        self.specialPairs = copy(specialPairs.words)
        self.words = copy(words)
        self.wordMask = wordCapacity - 1
        self.wordBytes = copy(wordBytes)
        self.wordOffset = copy(wordOffset)
        self.exactHeads = m.exactHeads
        self.allocations = allocations
    }

    deinit {
        for pointer in allocations { pointer.deallocate() }
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// The entry for `a << 32 | b` in `table`, or nil.
    @inline(__always)
    static func find(_ table: UnsafeMutablePointer<Slot>, _ mask: Int, _ a: Int32, _ b: Int32) -> Slot? {
        let key = (UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: b))) &+ 1
        var slot = Self.slot(key, mask)
        while true {
            let entry = table[slot]
            if entry.key == key { return entry }
            if entry.key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The alternatives (positions in choice `choice`) that a read of `form` can start.
    @inline(__always)
    func dispatched(_ choice: FrozenChoice, _ form: Int32) -> (start: Int, count: Int) {
        guard choice.tableMask >= 0 else { return (0, 0) }
        return DispatchTable.lookup(dispatchSlots, start: Int(choice.tableStart), mask: Int(choice.tableMask), form)
    }

    // MARK: - Bytes

    /// Whether `byte` is a word character for `\w` and `\b` (ASCII letters, digits, `_`).
    @inline(__always)
    static func isWord(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        default: return false
        }
    }

    /// Whether there is a word boundary (`\b`, ASCII) at `i`.
    @inline(__always)
    static func boundary(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let before = i > 0 && isWord(bytes[i - 1])
        let after = i < bytes.count && isWord(bytes[i])
        return before != after
    }

    /// The end of a run of `\w` bytes from `i`.
    @inline(__always)
    static func wordRun(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var j = i
        while j < bytes.count, isWord(bytes[j]) { j += 1 }
        return j
    }

    /// The end of a run of separators (`[\s\-\x{2010}-\x{2013}/]+`) from `i`, or nil if none.
    @inline(__always)
    static func separators(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var j = i
        let n = bytes.count
        while j < n {
            switch bytes[j] {
            case 0x09...0x0D, 0x20, UInt8(ascii: "-"), UInt8(ascii: "/"):
                j += 1
            case 0xE2 where j + 2 < n && bytes[j + 1] == 0x80 && (0x90...0x93).contains(bytes[j + 2]):
                j += 3
            default:
                return j > i ? j : nil
            }
        }
        return j > i ? j : nil
    }

    /// The end of a gap word (`[\w'’]+`) from `i`, or nil.
    @inline(__always)
    static func gapWord(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var j = i
        let n = bytes.count
        while j < n {
            let byte = bytes[j]
            if isWord(byte) || byte == PhraseMatcher.apostrophe {
                j += 1
            } else if byte == 0xE2, j + 2 < n, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99 {
                j += 3
            } else {
                break
            }
        }
        return j > i ? j : nil
    }

    /// The character at `i` as the tries read it (ASCII lowercased, `’` as `'`) and its length.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt8, Int) {
        let byte = bytes[i]
        if byte < 0x80 { return ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte, 1) }
        if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
            return (PhraseMatcher.apostrophe, 3)
        }
        return (byte, 1)
    }

    /// Population count without relying on the `popcnt` instruction being enabled.
    @inline(__always)
    static func bits(_ x: UInt64) -> Int { x.nonzeroBitCount }

    /// The form ending at trie state `state`, or -1.
    @inline(__always)
    func form(_ state: Int32) -> Int32 { program[Int(state)] }

    /// The state reached from `state` on `byte`, or -1.
    @inline(__always)
    func step(_ state: Int32, _ byte: UInt8) -> Int32 {
        let o = Int(state)
        let mask = UInt64(UInt32(bitPattern: program[o + 2])) | UInt64(UInt32(bitPattern: program[o + 3])) << 32
        let c = byteClass[Int(byte)]
        if c != 255 {
            let bit: UInt64 = 1 << UInt64(c)
            guard mask & bit != 0 else { return -1 }
            return program[o + 4 + Self.bits(mask & (bit &- 1))]
        }
        let count = Int(program[o + 1])
        let classed = Self.bits(mask)
        guard count > classed else { return -1 }
        let others = UnsafeRawPointer(program + o + 4 + count).assumingMemoryBound(to: UInt8.self)
        for k in 0..<count - classed where others[k] == byte { return program[o + 4 + classed + k] }
        return -1
    }

    // MARK: - Tokens

    /// FNV-1a over lowercased bytes, finished with a multiply so the low bits spread.
    @inline(__always)
    static func hashStep(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)) &* 0x100_0000_01b3
    }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 { (h ^ (h >> 29)) &* 0xbf58_476d_1ce4_e5b9 }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = hashSeed
        for byte in bytes { h = hashStep(h, byte) }
        return finish(h)
    }

    /// The pure form spelled by `bytes[i ..< end]` (any case), or -1.
    @inline(__always)
    func word(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, hash: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & wordMask
        let length = end - i
        let key = WordKey.key(bytes, i, length)
        while true {
            let entry = words[slot]
            if entry.form < 0 { return -1 }
            if entry.key == key, Int(entry.length) == length {
                // The first eight bytes are equal: compare the rest.
                if length <= 8 { return entry.form }
                let stored = wordBytes + Int(wordOffset[Int(entry.form)])
                var k = 8
                while k < length {
                    let byte = bytes[i + k]
                    if ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) != stored[k] { break }
                    k += 1
                }
                if k == length { return entry.form }
            }
            slot = (slot + 1) & wordMask
        }
    }

    /// Appends the special forms read at `i` (ends ascending) to the reads.
    @inline(__always)
    func specialReads(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ context: Context) {
        guard i < bytes.count else { return }
        let (first, length) = Self.read(bytes, i)
        let second = i + length < bytes.count ? Self.read(bytes, i + length).0 : 0
        guard BytePairSet.contains(specialPairs, first, second) else { return }
        var state = formRoot
        var j = i
        while j < bytes.count {
            let (byte, length) = Self.read(bytes, j)
            state = step(state, byte)
            if state < 0 { break }
            j += length
            let form = self.form(state)
            if form >= 0 {
                context.readForm.append(form)
                context.readEnd.append(Int32(j))
            }
        }
    }

    /// Inserts (form, end) into the reads from `start` on, keeping ends ascending and
    /// each end once (one end at one start spells one form).
    @inline(__always)
    func insertRead(_ form: Int32, _ end: Int32, from start: Int, _ context: Context) {
        var k = context.readEnd.count
        while k > start, context.readEnd[k - 1] > end { k -= 1 }
        if k > start, context.readEnd[k - 1] == end { return }
        context.readForm.append(form)
        context.readEnd.append(end)
        var m = context.readEnd.count - 1
        while m > k {
            context.readForm[m] = context.readForm[m - 1]
            context.readEnd[m] = context.readEnd[m - 1]
            m -= 1
        }
        context.readForm[k] = form
        context.readEnd[k] = end
    }

    /// The forms that can match at `i` (each with its end, shortest first), found once
    /// per position per text: every special form read there, and the pure form that is
    /// the whole `\w` run at `i` (a pure form followed by `\b` can only end there).
    @inline(__always)
    func reads(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ context: Context) -> (start: Int, count: Int) {
        let memo = context.memo[i]
        if memo.stamp == context.stamp {
            return (Int(memo.start), Int(memo.count))
        }
        return firstReads(at: i, bytes, context)
    }

    /// ``reads(at:_:_:)`` the first time at `i` (kept out of line: the look-up of a
    /// position already read is what its callers inline).
    @inline(never)
    func firstReads(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ context: Context) -> (start: Int, count: Int) {
        var h = Self.hashSeed
        var end = i
        while end < bytes.count, Self.isWord(bytes[end]) {
            h = Self.hashStep(h, bytes[end])
            end += 1
        }
        return record(at: i, run: end, hash: h, bytes, context)
    }

    /// Finds and keeps the reads at `i`, where the `\w` run `bytes[i ..< run]` starts;
    /// `hash` is its ``hashStep(_:_:)`` hash, not finished (the text's first pass has it
    /// already, and records the reads of every plain word this way).
    @inline(__always)
    @discardableResult
    func record(
        at i: Int, run end: Int, hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ context: Context
    ) -> (start: Int, count: Int) {
        let start = context.readForm.count
        specialReads(at: i, bytes, context)
        if end > i {
            let form = word(bytes, i, end, hash: Self.finish(hash))
            if form >= 0 { insertRead(form, Int32(end), from: start, context) }
        }
        let count = context.readForm.count - start
        context.memo[i] = PhraseMatcher.Storage.Memo(stamp: context.stamp, start: Int32(start), count: Int32(count))
        // Beside each read, its form's candidates (same index; reads not kept leave gaps).
        context.readTop.reserve(start + count)
        for k in start..<start + count {
            let form = Int(context.readForm[k])
            let low = UInt64(UInt32(bitPattern: topStart[form]))
            context.readTop[k] = low | UInt64(UInt32(bitPattern: topStart[form + 1])) << 32
        }
        context.readTop.count = start + count
        return (start, count)
    }

    /// Every form read at `i`, pure ones ending anywhere in the `\w` run too (for the
    /// scanner's heads, which can be prefixes). Not kept: the caller uses them at once.
    func allReads(at i: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ context: Context) -> (start: Int, count: Int) {
        let start = context.readForm.count
        specialReads(at: i, bytes, context)
        var h = Self.hashSeed
        var end = i
        while end < bytes.count, Self.isWord(bytes[end]) {
            h = Self.hashStep(h, bytes[end])
            end += 1
            let form = word(bytes, i, end, hash: Self.finish(h))
            if form >= 0 { insertRead(form, Int32(end), from: start, context) }
        }
        return (start, context.readForm.count - start)
    }

    /// Whether the sorted form list of `node` holds `form`.
    @inline(__always)
    func has(_ node: Node, _ form: Int32) -> Bool {
        var low = Int(node.formsStart)
        var high = low + Int(node.formsCount)
        while low < high {
            let mid = (low + high) >> 1
            let value = pool[mid]
            if value == form { return true }
            if value < form { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// Where `node`'s token can end when matched at `i`, in the order a backtracking
    /// matcher tries them, appended to `context.scratch`.
    @inline(__always)
    func tokenEnds(_ node: Node, _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ context: Context, known: Int32 = -1) {
        switch node.kind {
        case .word:
            // The forms read here, longest first; with `\b` after them if needed.
            let (start, count) = reads(at: i, bytes, context)
            var k = start + count
            while k > start {
                k -= 1
                let form = context.readForm[k], end = context.readEnd[k]
                if form == known || (node.bloom & 1 << (UInt64(UInt32(bitPattern: form)) & 63) != 0 && has(node, form)),
                    !node.boundary || Self.boundary(bytes, Int(end))
                {
                    context.scratch.append(Int(end))
                }
            }
        case .prefix:
            // The stem, then `\w*` greedy: only the longest run can be followed by a
            // separator or end a match, so shorter ones are never needed.
            let (start, count) = reads(at: i, bytes, context)
            let stem = pool[Int(node.formsStart)]
            for k in start..<start + count where context.readForm[k] == stem {
                context.scratch.append(Self.wordRun(bytes, from: Int(context.readEnd[k])))
                break
            }
        case .suffix:
            // `\w*` greedy, then the ending, then `\b`.
            var k = Self.wordRun(bytes, from: i)
            while true {
                if let end = firstEnd(node.formsStart, bytes, from: k), Self.boundary(bytes, end) {
                    context.scratch.append(end)
                }
                if k == i { break }
                k -= 1
            }
        case .gap:
            break
        }
    }

    /// Where the first form of trie `root` read from `i` ends, or nil.
    func firstEnd(_ root: Int32, _ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        var state = root
        var j = i
        while form(state) < 0 {
            guard j < bytes.count else { return nil }
            let (byte, length) = Self.read(bytes, j)
            state = step(state, byte)
            if state < 0 { return nil }
            j += length
        }
        return j
    }

    // MARK: - Phrases

    /// Matches node `index` (its token, then its continuations) at `i`; on success
    /// appends the leaves of the first matching path to `context.path` and returns true.
    ///
    /// `known` is a form the caller knows the node's token holds and is the only one read
    /// at `i` (so it need not be looked up), or -1.
    func match(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ context: Context, known: Int32 = -1) -> Bool {
        let node = nodes[Int(index)]
        if node.kind == .gap {
            // `(?:[\w'’]+SEP){0,4}?` then the continuations: fewest words first.
            var position = i
            var words = 0
            while true {
                if node.choice >= 0, mayChoose(node, bytes, at: position, context), choose(node.choice, bytes, at: position, context) {
                    return true
                }
                if words == PhraseSyntax.gapWords { return false }
                guard let wordEnd = Self.gapWord(bytes, from: position),
                    let next = Self.separators(bytes, from: wordEnd)
                else { return false }
                position = next
                words += 1
            }
        }
        let base = context.scratch.count
        tokenEnds(node, bytes, at: i, context, known: known)
        let top = context.scratch.count
        defer { context.scratch.count = base }
        var r = base
        while r < top {
            let end = context.scratch[r]
            r += 1
            if node.choice < 0 {
                // A phrase end with no continuations.
                guard node.leaf >= 0 else { continue }
                context.path.append(PhraseMatcher.PathLeaf(leaf: node.leaf, end: end))
                return true
            }
            let mark = context.path.count
            if node.leaf >= 0 { context.path.append(PhraseMatcher.PathLeaf(leaf: node.leaf, end: end)) }
            if let next = Self.separators(bytes, from: end), mayChoose(node, bytes, at: next, context),
                choose(node.choice, bytes, at: next, context)
            {
                return true
            }
            if node.leaf >= 0 { return true }
            context.path.count = mark
        }
        return false
    }

    /// Whether an alternative of `node`'s continuations can match at `i`: its choice is
    /// open (``Node/openChoice``), or a form read at `i` may start one (a ``PairFilter``
    /// test that never rules out one that does).
    @inline(__always)
    func mayChoose(_ node: Node, _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ context: Context) -> Bool {
        if node.openChoice { return true }
        let (start, count) = reads(at: i, bytes, context)
        for k in start..<start + count
        where PairFilter.mayContain(continuations, mask: continuationMask, node.choice, context.readForm[k]) {
            return true
        }
        return false
    }

    /// Tries the alternatives of choice `index` at `i` in order; the first that matches
    /// adds its path's leaves and wins.
    func choose(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ context: Context) -> Bool {
        let choice = choices[Int(index)]
        let alternatives = pool + Int(choice.nodesStart)
        guard choice.dispatched else {
            for k in 0..<Int(choice.nodesCount) {
                let node = alternatives[k]
                if choice.boundary, nodes[Int(node)].startsWithWord, !Self.boundary(bytes, i) { continue }
                if match(node, bytes, at: i, context) { return true }
            }
            return false
        }
        // Only alternatives a form read here belongs to, in order.
        let base = context.scratch.count
        for k in 0..<Int(choice.alwaysCount) { context.scratch.append(Int(pool[Int(choice.alwaysStart) + k])) }
        let (start, count) = reads(at: i, bytes, context)
        for k in start..<start + count {
            let form = context.readForm[k]
            guard choice.bloom & (1 << (UInt64(UInt32(bitPattern: form)) & 63)) != 0 else { continue }
            let (first, n) = dispatched(choice, form)
            for p in first..<first + n { context.scratch.append(Int(pool[p])) }
        }
        let top = context.scratch.count
        guard top > base else { return false }
        defer { context.scratch.count = base }
        // One form and no always-tried ones: already in order.
        if count > 1 || choice.alwaysCount > 0 { sortScratch(context, base..<top) }
        var r = base
        var last = -1
        while r < top {
            let position = context.scratch[r]
            r += 1
            if position == last { continue }
            last = position
            if match(alternatives[position], bytes, at: i, context, known: count == 1 ? context.readForm[start] : -1) {
                return true
            }
        }
        return false
    }

    /// Runs the letter buckets at `i`: in each, the first top-level node (in order) that
    /// matches adds its path's leaves. Only nodes a form read at `i` can start are tried.
    func runTop(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ context: Context) {
        let (start, count) = reads(at: i, bytes, context)
        guard count > 0 else { return }
        let base = context.scratch.count
        defer { context.scratch.count = base }
        for k in start..<start + count {
            let top = context.readTop[k]
            for p in Int(UInt32(truncatingIfNeeded: top))..<Int(top >> 32) { context.scratch.append(Int(topPairs[p])) }
        }
        let top = context.scratch.count
        guard top > base else { return }
        // One form: its list is sorted already.
        if count > 1 { sortScratch(context, base..<top) }
        // With one form read here, every candidate was found through it.
        let known = count == 1 ? context.readForm[start] : -1
        var r = base
        var done = -1
        var last = -1
        while r < top {
            let pair = context.scratch[r]
            r += 1
            let rank = pair >> 40
            if rank == done || pair == last { continue }
            last = pair
            if match(Int32(truncatingIfNeeded: pair & 0xFFFFF), bytes, at: i, context, known: known) { done = rank }
        }
    }

    /// Whether node `index`'s token alone matches at `i` (with `\b` first when it starts
    /// with a word character): the scanner's test for a misc phrase start.
    func tokenMatches(_ index: Int32, _ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ context: Context) -> Bool {
        let node = nodes[Int(index)]
        if node.startsWithWord, !Self.boundary(bytes, i) { return false }
        let base = context.scratch.count
        tokenEnds(node, bytes, at: i, context)
        defer { context.scratch.count = base }
        return context.scratch.count > base
    }

    /// Whether any scanner head matches at `i` (the caller checks the `\b` before it):
    /// a head form is read there (followed by `\b` if it must be), or a function word,
    /// separators and one of its second words.
    func headMatches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ context: Context) -> Bool {
        let (start, count) = allReads(at: i, bytes, context)
        for k in start..<start + count {
            let form = context.readForm[k], end = context.readEnd[k]
            let flags = headFlags[Int(form)]
            if flags == 0 { continue }
            if flags & 1 != 0 || (flags & 2 != 0 && Self.boundary(bytes, Int(end))) { return true }
            if flags & 4 != 0, let next = Self.separators(bytes, from: Int(end)) {
                let (start2, count2) = allReads(at: next, bytes, context)
                for k2 in start2..<start2 + count2 {
                    let second = context.readForm[k2], end2 = context.readEnd[k2]
                    guard let pair = Self.find(pairs, pairMask, form, second) else { continue }
                    if pair.start & 1 != 0 || (pair.start & 2 != 0 && Self.boundary(bytes, Int(end2))) { return true }
                }
            }
        }
        return false
    }
}

/// Sorts `context.scratch[range]` in place: an insertion sort, as the ranges hold a
/// handful of positions.
private func sortScratch(_ context: PhraseMatcher.Context, _ range: Range<Int>) {
    guard range.count > 1 else { return }
    let p = context.scratch.base
    for x in range.lowerBound + 1..<range.upperBound {
        let value = p[x]
        var y = x
        while y > range.lowerBound, p[y - 1] > value {
            p[y] = p[y - 1]
            y -= 1
        }
        p[y] = value
    }
}
