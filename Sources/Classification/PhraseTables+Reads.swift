/// Reading a text for the phrase matcher: bytes, word boundaries and separators, the
/// trie of special forms, the table of plain words, and the reads kept per position.
extension PhraseTables {
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
}
