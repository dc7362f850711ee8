import PCRE2

extension Tagger {
    /// Where one taxonomy pattern matches: its start, end and index.
    struct PatternMatch {
        let start: Int
        let end: Int
        let pattern: Int
    }

    /// The first pass over a text: its words (``WordSpan``s, for the negation cues) and
    /// those a cue may start at, where
    /// its `\w` runs start and end and its `[`s are (for the scanner), every
    /// place a taxonomy pattern matches, into ``patternMatches`` (by start, then pattern)
    /// with their distinct starts in ``patternPositions``, and the places a negation
    /// after-cue may begin, into ``afterPositions``. It also starts the phrase matcher's
    /// per-text state and records its reads at every plain word (one `\w` run, so the
    /// word's hash is the run's): each word is looked up in the form table once, here.
    ///
    /// A pattern with leading words is tried, anchored, only at the `\w` run starts that
    /// begin with one of them; any other is searched for unanchored, each match's start
    /// then read again anchored, as the buckets did. Texts with a character caseless
    /// matching folds onto an ASCII letter are searched without prefilter.
    /// - Complexity: one pass over the bytes, plus a PCRE2 attempt per word start that
    ///   passes a prefilter and one unanchored search per pattern without leading words.
    func firstPass(_ bytes: UnsafeBufferPointer<UInt8>) throws(PCRE2Error) {
        context.reset(bytes.count)
        let tables = self.tables
        let context = self.context
        patternMatches.removeAll(keepingCapacity: true)
        patternPositions.removeAll(keepingCapacity: true)
        // Filled locally (no exclusivity check per word), then handed back.
        var words: [WordSpan] = []
        var runs: [Int32] = []
        var brackets: [Int32] = []
        var cueCandidates: [Int32] = []
        swap(&cueCandidates, &self.cueCandidates)
        swap(&words, &textWords)
        swap(&runs, &self.runs)
        swap(&brackets, &self.brackets)
        defer {
            swap(&cueCandidates, &self.cueCandidates)
            swap(&words, &textWords)
            swap(&runs, &self.runs)
            swap(&brackets, &self.brackets)
        }
        words.removeAll(keepingCapacity: true)
        runs.removeAll(keepingCapacity: true)
        brackets.removeAll(keepingCapacity: true)
        cueCandidates.removeAll(keepingCapacity: true)
        let cues = classifier.cues
        for t in afterPositions.indices where !afterPositions[t].isEmpty { afterPositions[t].removeAll(keepingCapacity: true) }
        let definitions = classifier.patterns
        let prefiltered = prefilteredPatterns
        let prefilteredAfter = self.prefilteredAfter
        let n = bytes.count
        var hazard = false
        let pairs = leadingPairs
        let fold = WordSpan.fold
        var i = 0
        var clause: Int32 = -1
        var comma: Int32 = -1
        var clauseWord: Int32 = -1
        var commaWord: Int32 = -1
        /// Tries the prefilters at `at`, where a `\w` run starts.
        func runStart(_ at: Int) throws(PCRE2Error) {
            // Its end is filled in where the run ends.
            runs.append(Int32(truncatingIfNeeded: at))
            runs.append(-1)
            let pair = Int(bytes[at]) << 8 | (at + 1 < n ? Int(bytes[at + 1]) : 0)
            guard pairs[pair >> 6] & 1 << UInt64(pair & 63) != 0 else { return }
            for (k, leading) in prefiltered where leading.starts(bytes, at: at) {
                try addAnchored(k, bytes, at: at)
            }
            for (t, leading) in prefilteredAfter where leading.starts(bytes, at: at) {
                if let match = try first(afterStarts[t]!, bytes, from: at), match.range.lowerBound == at {
                    afterPositions[t].append(at)
                }
            }
        }
        while i < n {
            guard fold[Int(bytes[i])] != 0 else {
                if Scan.endsClause(bytes[i]) {
                    clause = Int32(i)
                } else if bytes[i] == UInt8(ascii: ",") {
                    comma = Int32(i)
                } else if bytes[i] == UInt8(ascii: "[") {
                    brackets.append(Int32(truncatingIfNeeded: i))
                }
                i += 1
                continue
            }
            // One word (as `WordSpan.words(in:)` reads them), and the `\w` runs starting in it.
            let start = i
            var h = WordSpan.seed
            // Whether the word is one `\w` run (no apostrophe, nothing beyond ASCII).
            var plain = true
            if fold[Int(bytes[i])] > 1 { try runStart(i) }
            while i < n {
                let folded = fold[Int(bytes[i])]
                if folded > 1 {
                    h = WordSpan.step(h, folded)
                    i += 1
                    continue
                }
                if runs.last == -1 { runs[runs.count - 1] = Int32(truncatingIfNeeded: i) }
                if folded == 0 { break }
                // An apostrophe or a byte of a character beyond ASCII.
                plain = false
                let byte = bytes[i]
                if byte == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                    h = WordSpan.step(h, UInt8(ascii: "'"))
                    i += 3
                } else {
                    if byte >= 0xC5, LeadingWords.isCaseFoldingHazard(bytes, at: i) { hazard = true }
                    h = WordSpan.step(h, byte)
                    i += 1
                }
                if i < n, fold[Int(bytes[i])] > 1 { try runStart(i) }
            }
            if runs.last == -1 { runs[runs.count - 1] = Int32(truncatingIfNeeded: i) }
            // The phrase matcher's reads there, from the same hash (``WordSpan/step(_:_:)``
            // is ``PhraseTables/hashStep(_:_:)`` on folded bytes).
            if plain { tables.record(at: start, run: i, hash: h, bytes, context) }
            let index = Int32(words.count)
            let cueSlot = cues.slot(h)
            if cueSlot >= 0 || cues.mayStartPrefix(bytes[start]) {
                cueCandidates.append(index)
                cueCandidates.append(cueSlot)
            }
            if clause >= 0 { clauseWord = index }
            if comma > clause { commaWord = index }
            words.append(
                WordSpan(
                    start: start, end: i, hash: h, clauseBefore: clause, commaBefore: comma, clauseWord: clauseWord,
                    commaWord: commaWord))
            clause = -1
            comma = -1
        }
        afterPrefilterOn = !hazard
        if hazard { patternMatches.removeAll(keepingCapacity: true) }
        for k in definitions.indices where hazard || definitions[k].leading == nil {
            let searcher = searchers[k]
            var from = 0
            while from < n, let match = try first(searcher, bytes, from: from) {
                let at = match.range.lowerBound
                try addAnchored(k, bytes, at: at)
                from = at + 1
                while from < n, bytes[from] & 0xC0 == 0x80 { from += 1 }
            }
        }
        patternMatches.sort { ($0.start, $0.pattern) < ($1.start, $1.pattern) }
        for match in patternMatches where patternPositions.last != match.start {
            patternPositions.append(match.start)
        }
    }

    /// Whether an after-cue of taxonomy `t` may begin after a match ending at `end`: at
    /// most 160 bytes on (the after-cue pattern's reach), where its phrases can start.
    @inline(__always)
    func afterCueCanFollow(_ t: Int, _ end: Int, _ count: Int) -> Bool {
        let leader = afterLeader[t]
        guard afterPrefilterOn, afterStarts[leader] != nil else { return true }
        let positions = afterPositions[leader]
        var low = 0, high = positions.count
        while low < high {
            let mid = (low + high) / 2
            if positions[mid] <= end { low = mid + 1 } else { high = mid }
        }
        return low < positions.count && positions[low] < min(count, end + 160)
    }

    /// Records pattern `k`'s match anchored at `at`, if there is one.
    @inline(__always)
    private func addAnchored(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>, at: Int) throws(PCRE2Error) {
        guard let match = try first(patterns[k], bytes, from: at), match.range.lowerBound == at else { return }
        patternMatches.append(PatternMatch(start: at, end: match.range.upperBound, pattern: k))
    }
}
