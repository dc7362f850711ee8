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
