import CPCRE2

/// Runs one ``Pattern`` over texts, reusing one block of match data.
///
/// A matcher owns its `pcre2_match_data` and is not thread-safe: use one per thread or
/// task (the pattern itself may be shared). Subjects are validated UTF-8 (see
/// ``Subject``), so every call passes `PCRE2_NO_UTF_CHECK` and goes through the JIT
/// fast path (`pcre2_jit_match`) when the pattern was JIT-compiled.
public final class Matcher {
    /// The pattern this matcher runs.
    public private(set) var pattern: Pattern
    private let matchData: OpaquePointer
    private let ovector: UnsafeMutablePointer<Int>
    /// How many capture groups the match data has room for.
    private let room: Int
    private static let unset = cpcre2_unset()

    public init(_ pattern: Pattern) {
        self.pattern = pattern
        // Sized from the pattern: enough pairs for every capture group.
        self.matchData = pcre2_match_data_create_from_pattern_8(pattern.code, nil)
        self.ovector = pcre2_get_ovector_pointer_8(matchData)
        self.room = pattern.captureCount
    }

    /// A matcher for `pattern` with room for `groups` capture groups (at least the
    /// pattern's), so that it can go on to run other patterns with no more groups than
    /// that (see ``use(_:)``): one matcher and one block of match data for all of them.
    public init(_ pattern: Pattern, groups: Int) {
        self.pattern = pattern
        self.room = max(groups, pattern.captureCount)
        self.matchData = pcre2_match_data_create_8(UInt32(room + 1), nil)
        self.ovector = pcre2_get_ovector_pointer_8(matchData)
    }

    /// Runs `pattern` from now on, in the same match data.
    /// - Precondition: the matcher has room for the pattern's capture groups.
    public func use(_ pattern: Pattern) {
        precondition(pattern.captureCount <= room, "a matcher with room for \(room) groups cannot run a pattern with \(pattern.captureCount)")
        self.pattern = pattern
    }

    deinit {
        pcre2_match_data_free_8(matchData)
    }

    /// The first match at or after byte `start`, or nil.
    public func firstMatch(in subject: Subject, from start: Int = 0) throws(PCRE2Error) -> Match? {
        var found: Match?
        try forEachMatch(in: subject, from: start) { match in
            found = match
            return false
        }
        return found
    }

    /// Every non-overlapping match, in order.
    public func matches(in subject: Subject) throws(PCRE2Error) -> [Match] {
        var all: [Match] = []
        try forEachMatch(in: subject) { all.append($0); return true }
        return all
    }

    /// Calls `body` with each non-overlapping match from byte `start` on, until it
    /// returns false.
    ///
    /// Empty matches are reported once: after an empty match at `p`, the next attempt
    /// asks for a non-empty match anchored at `p`, and failing that moves on by one
    /// character (two bytes for CR LF when the pattern's newline includes it).
    /// - Complexity: one PCRE2 call per match plus one per empty match.
    public func forEachMatch(
        in subject: Subject, from start: Int = 0, _ body: (Match) throws(PCRE2Error) -> Bool
    ) throws(PCRE2Error) {
        try subject.bytes.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) in
            try forEachMatch(in: buffer, from: start, body)
        }
    }

    /// Matches within `start..<end` only: the subject is cut at `end` (so nothing is
    /// read after it, and `$` and lookaheads see an end there), while lookbehinds still
    /// see the bytes before `start`. `end` must fall on a character boundary.
    /// - Complexity: proportional to the window, not to the whole text.
    public func forEachMatch(
        in buffer: UnsafeBufferPointer<UInt8>, window: Range<Int>,
        _ body: (Match) throws(PCRE2Error) -> Bool
    ) throws(PCRE2Error) {
        let prefix = UnsafeBufferPointer(rebasing: buffer[0..<min(window.upperBound, buffer.count)])
        try forEachMatch(in: prefix, from: window.lowerBound, body)
    }

    /// As ``forEachMatch(in:from:_:)-(Subject,_,_)`` over bytes the caller has already
    /// validated as UTF-8 (for example a ``Subject``'s storage or a slice of it).
    public func forEachMatch(
        in buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0,
        _ body: (Match) throws(PCRE2Error) -> Bool
    ) throws(PCRE2Error) {
        let length = buffer.count
        // PCRE2 wants a non-null pointer even for empty text.
        let base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        var offset = start
        var retryNonEmpty = false
        while offset <= length {
            let rc = run(base, length, offset, retryNonEmpty)
            if rc == PCRE2_ERROR_NOMATCH {
                guard retryNonEmpty else { return }
                // No non-empty match here: step one character and search normally.
                retryNonEmpty = false
                offset = stepOneCharacter(buffer, from: offset)
                continue
            }
            guard rc >= 0 else { throw PCRE2Error(kind: .match, code: rc) }
            let matchStart = Int(ovector[0])
            let matchEnd = Int(ovector[1])
            guard matchStart <= matchEnd else {
                // \K inside a lookaround can report start after end; refuse rather than guess.
                throw PCRE2Error(kind: .match, code: PCRE2_ERROR_BADOFFSET)
            }
            if !(try body(currentMatch())) { return }
            retryNonEmpty = matchStart == matchEnd
            offset = matchEnd
        }
    }

    private func run(_ base: UnsafePointer<UInt8>, _ length: Int, _ offset: Int, _ nonEmpty: Bool) -> Int32 {
        if nonEmpty {
            // JIT cannot take PCRE2_ANCHORED at match time; the interpreter can.
            return pcre2_match_8(
                pattern.code, base, length, offset,
                PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, matchData, nil)
        }
        if pattern.isJIT {
            return pcre2_jit_match_8(pattern.code, base, length, offset, 0, matchData, nil)
        }
        return pcre2_match_8(pattern.code, base, length, offset, PCRE2_NO_UTF_CHECK, matchData, nil)
    }

    private func currentMatch() -> Match {
        let range = Int(ovector[0])..<Int(ovector[1])
        guard pattern.captureCount > 0 else { return Match(range: range) }
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(pattern.captureCount)
        for group in 1...pattern.captureCount {
            let lower = ovector[2 * group]
            let upper = ovector[2 * group + 1]
            groups.append(lower == Matcher.unset ? nil : Int(lower)..<Int(upper))
        }
        return Match(range: range, groups: groups)
    }

    private func stepOneCharacter(_ buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var next = offset + 1
        if pattern.crlfIsNewline, offset + 1 < buffer.count, buffer[offset] == 0x0D, buffer[offset + 1] == 0x0A {
            return offset + 2
        }
        if pattern.options.contains(.utf) {
            while next < buffer.count, buffer[next] & 0xC0 == 0x80 { next += 1 }
        }
        return next
    }
}
