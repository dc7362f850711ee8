import PCRE2

/// Tags texts with a ``Classifier``; holds the per-thread match state.
///
/// A tagger is not thread-safe (it owns PCRE2 match data and scratch buffers): make one
/// per thread or task; they can share one classifier.
public final class Tagger {
    public let classifier: Classifier
    let tables: PhraseTables
    let patternLeaves: [Int]
    /// Per taxonomy pattern: anchored, and unanchored for searching.
    let patterns: [Matcher]
    let searchers: [Matcher]
    /// The patterns with leading words (``LeadingWords``), and the pairs of first bytes
    /// any of those words (and the after-cues' first words) starts with, one bit each.
    let prefilteredPatterns: [(Int, LeadingWords)]
    let leadingPairs: UnsafeMutableBufferPointer<UInt64>
    let after: [Matcher?]
    /// Per taxonomy, the first taxonomy with the same after-cues (its positions below
    /// serve both), and the after-cue starts with their leading words, by taxonomy.
    let afterLeader: [Int]
    let afterStarts: [Matcher?]
    let prefilteredAfter: [(Int, LeadingWords)]
    /// Per leading taxonomy, where an after-cue may begin in the text being tagged; off
    /// when the text defeats the prefilter (then every after-cue is looked for).
    var afterPositions: [[Int]] = []
    var afterPrefilterOn = true
    /// Scratch space for the phrase matcher, kept between texts.
    let context = PhraseMatcher.Context.make()
    /// Where the taxonomy patterns match in the text being tagged (``firstPass(_:)``).
    var patternMatches: [PatternMatch] = []
    var patternPositions: [Int] = []
    var nextPatternMatch = 0
    /// The words of the text being tagged, where its `\w` runs are and where it has
    /// a `[` (``firstPass(_:)``).
    var textWords: [WordSpan] = []
    /// Start and end of each `\w` run, in pairs.
    var runs: [Int32] = []
    /// The words a negation cue may start at, each with its slot in the cue table (pairs).
    var cueCandidates: [Int32] = []
    var hitBuffer: [Hit] = []
    /// Resolving's working lists, kept between texts.
    var resolveBuffers = ResolveBuffers()
    var brackets: [Int32] = []
    /// Cues found in the text being tagged, per taxonomy, made on first need.
    var cueOccurrences: [[CueList.Occurrence]] = []
    /// Per taxonomy: whether it has cues or hedges, and how many words back its
    /// short-range cues and its hedges may stand (``Scan/windows(_:before:nearWords:farWords:)``).
    let hasCues: [Bool]
    let negationWindows: [(near: Int, far: Int)]
    var cuesFound = false

    /// One leaf match found by the scanner and a bucket.
    struct Hit {
        let leaf: Int
        let range: Range<Int>
    }

    deinit {
        leadingPairs.deallocate()
        context.free()
    }

    public init(_ classifier: Classifier) {
        self.classifier = classifier
        self.tables = classifier.tables
        self.patternLeaves = classifier.patterns.map(\.leaf)
        self.patterns = classifier.patterns.map { Matcher($0.anchored) }
        self.searchers = classifier.patterns.map { Matcher($0.search) }
        self.prefilteredPatterns = classifier.patterns.indices.compactMap { k in classifier.patterns[k].leading.map { (k, $0) } }
        let negation = classifier.negation
        self.hasCues = negation.map { $0.before != nil }
        self.negationWindows = negation.map { ($0.window + 1, $0.hedgeWindow + 3) }
        let leaders = negation.indices.map { t in negation.firstIndex { $0.afterList == negation[t].afterList }! }
        let starts = negation.indices.map { t in
            leaders[t] == t && negation[t].after != nil ? negation[t].afterStart.map(Matcher.init) : nil
        }
        self.afterLeader = leaders
        self.afterStarts = starts
        self.prefilteredAfter = negation.indices.compactMap { t in
            starts[t] != nil ? negation[t].afterLeading.map { (t, $0) } : nil
        }
        self.afterPositions = Array(repeating: [], count: negation.count)
        self.cueOccurrences = Array(repeating: [], count: negation.count)
        var pairs = [Bool](repeating: false, count: 1 << 16)
        for (_, leading) in prefilteredPatterns { leading.mark(&pairs) }
        for (_, leading) in prefilteredAfter { leading.mark(&pairs) }
        // As bits (8 kB), to stay in the first-level cache.
        var bits = [UInt64](repeating: 0, count: pairs.count / 64)
        for (index, set) in pairs.enumerated() where set { bits[index >> 6] |= 1 << UInt64(index & 63) }
        self.leadingPairs = .allocate(capacity: bits.count)
        _ = self.leadingPairs.initialize(from: bits)
        self.after = classifier.negation.map { $0.after.map(Matcher.init) }
    }

    /// Tags `text`.
    /// - Throws: ``PCRE2Error`` if matching hits a PCRE2 resource limit.
    /// - Complexity: one pass over the bytes, with a word look-up where a word starts and
    ///   the phrases that word can begin tried there, one PCRE2 search per place a
    ///   taxonomy pattern can start, and a bounded look back for negation at each phrase
    ///   match.
    public func tag(_ text: String) throws(PCRE2Error) -> TagResult {
        var copy = text
        let result = copy.withUTF8 { buffer in
            Result { () throws(PCRE2Error) -> TagResult in try tag(buffer) }
        }
        return try result.get()
    }

    /// Tags UTF-8 bytes that are already known to be valid (a ``Subject``'s storage).
    public func tag(_ subject: Subject) throws(PCRE2Error) -> TagResult {
        try subject.bytes.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) in try tag(buffer) }
    }

    /// Tags valid UTF-8 bytes.
    public func tag(_ bytes: UnsafeBufferPointer<UInt8>) throws(PCRE2Error) -> TagResult {
        // The hit buffer is kept between texts (no regrowing it for each).
        var hits: [Hit] = []
        swap(&hits, &hitBuffer)
        defer { swap(&hits, &hitBuffer) }
        hits.removeAll(keepingCapacity: true)
        var placeholders: [Range<Int>] = []
        try scan(bytes, hits: &hits, placeholders: &placeholders)
        cuesFound = false
        return try resolve(bytes, hits: hits, placeholders: placeholders)
    }

    /// The first match of `matcher` at or after `start` in `bytes`.
    @inline(__always)
    func first(_ matcher: Matcher, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(PCRE2Error) -> Match? {
        var found: Match?
        try matcher.forEachMatch(in: bytes, from: start) { match in
            found = match
            return false
        }
        return found
    }

    /// Stage one and two: every leaf that matches anywhere, and every placeholder.
    ///
    /// Looks, in text order, for the places the scanner stops: a redaction placeholder
    /// (skipped whole), a place a misc phrase or a pattern starts, or a word boundary
    /// where a phrase head starts. At each, the buckets for its first letters (and the
    /// misc ones where a misc start matched) report the phrases ending there; the look
    /// resumes after the word.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, hits: inout [Hit], placeholders: inout [Range<Int>]) throws(PCRE2Error) {
        let tables = self.tables
        try firstPass(bytes)
        nextPatternMatch = 0
        let patternPositions = self.patternPositions
        let hasMisc = !tables.miscStarts.isEmpty
        let n = bytes.count
        var nextPattern = 0
        /// What the scanner does at `i`; returns where it goes on.
        func visit(_ i: Int, runEnd: Int = -1) throws(PCRE2Error) -> Int {
            let byte = bytes[i]
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "X") || byte == UInt8(ascii: "x"),
                let end = Placeholder.scannerEnd(bytes, at: i)
            {
                if Placeholder.isPlaceholder(bytes, i..<end) {
                    placeholders.append(i..<end)
                    return end
                }
                // The placeholder alternative matched first: no misc start here.
                try identify(bytes, at: i, misc: false, hits: &hits)
                return Scan.nextStart(bytes, after: i)
            }
            while nextPattern < patternPositions.count, patternPositions[nextPattern] < i { nextPattern += 1 }
            var misc = nextPattern < patternPositions.count && patternPositions[nextPattern] == i
            if !misc, hasMisc, tables.miscFirst[Int(byte)] {
                for node in tables.miscStarts where tables.tokenMatches(node, bytes, at: i, context) {
                    misc = true
                    break
                }
            }
            if !misc {
                guard PhraseTables.isWord(byte), !(i > 0 && PhraseTables.isWord(bytes[i - 1])) else { return i + 1 }
                // A word that nothing can start inside: whether the scanner would stop
                // here only matters if a phrase matches, and then it would (see
                // `PhraseTables.exactHeads`), so the buckets run directly.
                // (The word ends where the `\w` run does when no other word byte follows.)
                let run = runEnd >= 0 ? runEnd : PhraseTables.wordRun(bytes, from: i)
                var simple = !tables.exactHeads && (run == n || !Scan.isWordByte(bytes[run]))
                    && !(nextPattern < patternPositions.count && patternPositions[nextPattern] < run)
                if simple, hasMisc {
                    for k in i + 1..<run where tables.miscFirst[Int(bytes[k])] {
                        simple = false
                        break
                    }
                }
                if simple {
                    try identify(bytes, at: i, misc: false, hits: &hits)
                    return run
                }
                if !tables.headMatches(bytes, at: i, context) { return i + 1 }
            }
            try identify(bytes, at: i, misc: misc, hits: &hits)
            return Scan.nextStart(bytes, after: i)
        }
        var i = 0
        if hasMisc {
            // A misc phrase can start at any byte: visit them all.
            while i < n { i = try visit(i) }
            return
        }
        // Elsewhere `visit` does nothing but step on: only `\w` run starts, `[` and the
        // places patterns match need a visit.
        let runs = self.runs
        let brackets = self.brackets
        var r = 0, b = 0, p = 0
        while true {
            while r < runs.count, Int(runs[r]) < i { r += 2 }
            while b < brackets.count, Int(brackets[b]) < i { b += 1 }
            while p < patternPositions.count, patternPositions[p] < i { p += 1 }
            var next = r < runs.count ? Int(runs[r]) : n
            if b < brackets.count { next = min(next, Int(brackets[b])) }
            if p < patternPositions.count { next = min(next, patternPositions[p]) }
            guard next < n else { return }
            i = try visit(next, runEnd: r < runs.count && Int(runs[r]) == next ? Int(runs[r + 1]) : -1)
        }
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// Runs the buckets for the letters at `start` (and the misc ones and patterns when
    /// `misc`) and records every phrase end they report.
    func identify(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, misc: Bool, hits: inout [Hit]) throws(PCRE2Error) {
        let tables = self.tables
        context.path.count = 0
        tables.runTop(bytes, at: start, context)
        for k in 0..<context.path.count {
            let leaf = context.path[k]
            if leaf.end > start { hits.append(Hit(leaf: Int(leaf.leaf), range: start..<leaf.end)) }
        }
        guard misc else { return }
        for bucket in tables.misc { run(bucket, bytes, at: start, hits: &hits) }
        // The patterns matching here, in order (found by `firstPass`).
        while nextPatternMatch < patternMatches.count, patternMatches[nextPatternMatch].start < start {
            nextPatternMatch += 1
        }
        while nextPatternMatch < patternMatches.count, patternMatches[nextPatternMatch].start == start {
            let match = patternMatches[nextPatternMatch]
            if match.end > start { hits.append(Hit(leaf: patternLeaves[match.pattern], range: start..<match.end)) }
            nextPatternMatch += 1
        }
    }

    /// Runs one phrase bucket at `start` and records the phrase ends on its matching path.
    @inline(__always)
    func run(_ bucket: Int32, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, hits: inout [Hit]) {
        context.path.count = 0
        _ = tables.choose(bucket, bytes, at: start, context)
        for k in 0..<context.path.count {
            let leaf = context.path[k]
            if leaf.end > start { hits.append(Hit(leaf: Int(leaf.leaf), range: start..<leaf.end)) }
        }
    }
}
