/// Matching phrases for the phrase matcher: tokens, continuations (choices) and the
/// letter buckets' top-level nodes, with the scanner's heads.
extension PhraseTables {
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
