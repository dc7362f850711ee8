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
}
