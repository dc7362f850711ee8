import Foundation
import Lexicon
import PCRE2

/// Finds structured identifiers with PCRE2 patterns: emails, UK phone numbers,
/// postcodes, street addresses, NI numbers, NHS numbers, dates of birth, case
/// references and school names.
///
/// - Complexity: one JIT-compiled pattern pass per rule over the document's bytes.
public struct IdentifierDetector: Detector {
    public let name: StaticString = "identifiers"
    let rules: [IdentifierRule]
    /// The most capture groups of any rule's pattern: one matcher with that much room
    /// runs every rule in a document.
    let groups: Int
    /// The word lists, for the checks that ask whether a word is an English word; without
    /// them those checks reject every match.
    let lexicon: Lexicon?

    init(rules: [IdentifierRule] = IdentifierRule.all, types: Set<EntityType>, lexicon: Lexicon? = nil) {
        self.rules = rules.filter { types.contains($0.type) }
        self.lexicon = lexicon
        groups = self.rules.map(\.pattern.captureCount).max() ?? 0
    }

    public func detect(in document: Document, findings: inout [Finding]) throws {
        let first = findings.count
        // The closures below capture these, not `self`: capturing `self` copied the
        // whole detector (retaining every rule) once per rule and document.
        let rules = self.rules, groups = self.groups, lexicon = self.lexicon, name = self.name
        let words = needsKeywords || needsBirth ? IdentifierDetector.anchorWords : nil
        try document.bytes.withUnsafeBufferPointer { bytes in
            let anchors = AnchorScan(bytes, words: words)
            var matcher: Matcher?  // made at the first window of any rule
            // The rules are read where they are: a copy of a rule retains and releases its
            // pattern, and most rules have no window in a document.
            for index in rules.indices {
                var ready = false  // whether the matcher runs this rule's pattern
                do {
                    try anchors.forEachWindow(for: rules[index].anchor, in: bytes) { (window) throws(PCRE2Error) in
                        let current = matcher ?? Matcher(rules[index].pattern, groups: groups)
                        if !ready {
                            current.use(rules[index].pattern)
                            matcher = current
                            ready = true
                        }
                        let (group, check, type, rule) = (rules[index].group, rules[index].check, rules[index].type, rules[index].name)
                        try current.forEachMatch(in: bytes, window: window) { match in
                            if let range = match[group: group], !range.isEmpty,
                               let accepted = IdentifierChecks.accept(check, range, bytes, lexicon) {
                                findings.append(Finding(range: accepted, type: type, detector: name, rule: rule))
                            }
                            return true
                        }
                    }
                } catch {
                    throw RedactionError.io(document.name, "identifier rule \(rules[index].name) failed: \(error)")
                }
            }
            IdentifierDetector.findListed(bytes, findings: &findings, from: first, detector: name)
            IdentifierDetector.findRepeats(bytes, digitRuns: anchors.digitRuns, findings: &findings, from: first, detector: name)
        }
    }

    private var needsKeywords: Bool {
        rules.contains {
            switch $0.anchor {
            case .keyword, .titleRun: return true
            default: return false
            }
        }
    }

    private var needsBirth: Bool {
        rules.contains {
            switch $0.anchor {
            case .birth, .born, .births: true
            default: false
            }
        }
    }

    static let anchorWords = AnchorWords(keywords: IdentifierRule.keywords)
}

/// Where a document's identifiers can be: its runs of digits, its `@`s and its anchor
/// keywords and birth phrases, found in two byte passes, and the windows around
/// them each rule runs in.
/// - Complexity: O(n) in the bytes: one pass for digits and `@`s (eight bytes at a
///   time between them), one for words.
struct AnchorScan {
    private(set) var digitRuns: [Range<Int>] = []
    private(set) var ats: [Range<Int>] = []
    private(set) var keywords: [KeywordSpot] = []
    private(set) var births: [Range<Int>] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, words: AnchorWords?) {
        // Room for a run of digits every 32 bytes (up to 512 runs), once, rather than
        // doubling from one as they come.
        digitRuns.reserveCapacity(min(bytes.count / 32 + 8, 512))
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes at a time to the next digit or "@".
            if index + 8 <= count, let base = bytes.baseAddress {
                let eight = SWAR.load(base, index)
                let marks = SWAR.between(eight, 0x30, 0x39) | SWAR.equal(eight, 0x40)
                if marks == 0 {
                    index += 8
                    continue
                }
                index += marks.trailingZeroBitCount / 8
            }
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                let start = index
                while index < count, bytes[index] &- 0x30 < 10 { index += 1 }
                digitRuns.append(start..<index)
                continue
            }
            if byte == 0x40 { ats.append(index..<(index + 1)) }
            index += 1
        }
        words?.scan(bytes, keywords: &keywords, births: &births)
    }

    /// Calls `body` with each merged window around this rule's anchors, in order,
    /// widened to whitespace so no word is cut.
    ///
    /// A title-run window ends as soon as no match can end later: `reach` bytes after
    /// its last keyword and then at the first ASCII byte that is no word byte (so no
    /// keyword ends where the window is cut, and `\b` after a match sees the byte it
    /// would see in the whole text). The bytes after it could only start matches, and
    /// any match ends at a keyword of the window.
    ///
    /// The windows are handed over as they close, not gathered: a rule with anchors in
    /// the document costs no array.
    // Inlined into `detect`: a specialised copy took the caller's closure context apart
    // and retained and released every capture once per rule and document (1.8% of all
    // instructions in `make bench`'s corpus).
    @inline(__always)
    func forEachWindow<E: Error>(
        for anchor: IdentifierRule.Anchor, in bytes: UnsafeBufferPointer<UInt8>,
        _ body: (Range<Int>) throws(E) -> Void
    ) throws(E) {
        let (spots, left, right): ([Range<Int>], Int, Int)
        var trigger = IdentifierRule.DigitTrigger.any
        var titleRun = false, email = false, born = false, plural = false
        var reach = 0
        var group: IdentifierRule.KeywordGroup?
        switch anchor {
        case .digits(let l, let r, let t): (spots, left, right, trigger) = (digitRuns, l, r, t)
        case .at(let l, let r): (spots, left, right, email) = (ats, l, r, true)
        case .keyword(let l, let r, let g): (spots, left, right, group) = ([], l, r, g)
        case .birth(let l, let r): (spots, left, right) = (births, l, r)
        case .born(let l, let r): (spots, left, right, born) = (births, l, r, true)
        case .births(let l, let r): (spots, left, right, plural) = (births, l, r, true)
        case .titleRun(let r, let m, let g): (spots, left, right, titleRun, reach, group) = ([], 0, r, true, m, g)
        }
        var open: Range<Int>?  // the window being widened by overlapping spots
        var lastEnd = 0  // where the last spot in it ends
        func close(_ window: Range<Int>) throws(E) {
            guard titleRun else { return try body(window) }
            var end = lastEnd + reach + 1
            while end < window.upperBound, bytes[end - 1] >= 0x80 || AnchorWords.isWord(bytes[end - 1]) { end += 1 }
            try body(window.lowerBound..<min(end, window.upperBound))
        }
        func add(_ spot: Range<Int>) throws(E) {
            var lower = titleRun ? AnchorScan.titleRunStart(bytes, spot.lowerBound)
                : AnchorScan.snapDown(bytes, max(0, spot.lowerBound - left))
            var upper = AnchorScan.snapUp(bytes, min(bytes.count, spot.upperBound + right))
            if email {
                // An address is one run of its characters either side of the "@": the
                // pattern needs only that run (unless it is longer than the window).
                var start = spot.lowerBound
                while start > lower, AnchorScan.isLocalPartByte(bytes[start - 1]) { start -= 1 }
                if start > lower { lower = start }
                var end = spot.upperBound
                while end < upper, AnchorScan.isDomainByte(bytes[end]) { end += 1 }
                if end < upper { upper = end }
            }
            if let last = open, lower <= last.upperBound {
                open = last.lowerBound..<max(last.upperBound, upper)
            } else {
                if let last = open { try close(last) }
                open = lower..<upper
            }
            lastEnd = spot.upperBound
        }
        if let group {
            // The keywords of the group, in order.
            for keyword in keywords where !keyword.group.isDisjoint(with: group) { try add(keyword.range) }
        } else {
            // ("born" is the one birth phrase starting "bo": "birthday", "DOB" do not.)
            // (The plural phrases end in "s" or open with "dates".)
            for spot in spots where AnchorScan.fires(trigger, spot, bytes)
                && (!born || bytes[spot.lowerBound] | 0x20 == 0x62 && bytes[spot.lowerBound + 1] | 0x20 == 0x6F)
                && (!plural || bytes[spot.upperBound - 1] | 0x20 == 0x73 || spot.count >= 5 && AnchorWords.equalIgnoringCase(bytes, spot.lowerBound, "dates")) {
                try add(spot)
            }
        }
        if let last = open { try close(last) }
    }

    /// ``forEachWindow(for:in:_:)`` gathered into an array (for tests).
    func windows(for anchor: IdentifierRule.Anchor, in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        forEachWindow(for: anchor, in: bytes) { windows.append($0) }
        return windows
    }

    /// What an address's local part may hold (`[\w.%+'-]`; any non-ASCII byte, as
    /// `\w` takes letters of every script).
    @inline(__always)
    static func isLocalPartByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || AnchorWords.isWord(byte) || byte == 0x2E || byte == 0x25 || byte == 0x2B || byte == 0x27 || byte == 0x2D
    }

    /// What an address's domain may hold (`[A-Za-z0-9.-]`), and the underscore of a
    /// handle after its "@" ("@tatty_m04").
    @inline(__always)
    static func isDomainByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == 0x2E || byte == 0x2D || byte == 0x5F
    }

    /// Where the run of title words before `offset` starts: words that begin with a
    /// capital (or any non-ASCII letter) and the joiners "and", "of", "the", "de", "on",
    /// "upon", "in", separated by spaces or tabs, at most 160 bytes back.
    static func titleRunStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var start = offset
        while true {
            var gap = start
            while gap > 0, bytes[gap - 1] == 0x20 || bytes[gap - 1] == 0x09 { gap -= 1 }
            guard gap < start else { break }
            var word = gap
            while word > 0, isTitleByte(bytes[word - 1]) { word -= 1 }
            guard word < gap, offset - word <= 160 else { break }
            let first = bytes[word]
            // A quote, dash or dot before the first word ("'Oakfield School'",
            // "6.Oakfield Academy"): the run starts after it.
            if first == 0x27 || first == 0x2D || first == 0x2E, word + 1 < gap, bytes[word + 1] &- 0x41 < 26 {
                start = word + 1
                break
            }
            // (An Arabic particle joined to a capitalised word is in the run: "Noor
            // ul-Huda Academy".)
            let particle = (first == 0x75 || first == 0x61) && gap - word > 4 && bytes[word + 1] == 0x6C && bytes[word + 2] == 0x2D
                && bytes[word + 3] &- 0x41 < 26
            guard first &- 0x41 < 26 || first >= 0x80 || particle || isJoiner(bytes, word..<gap) else { break }
            start = word
        }
        return start
    }

    @inline(__always)
    private static func isTitleByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte >= 0x80 || byte == 0x27 || byte == 0x2D || byte == 0x2E
    }

    private static let joiners: [[UInt8]] = ["and", "of", "the", "de", "on", "upon", "in"].map { Array($0.utf8) }

    private static func isJoiner(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        joiners.contains { $0.count == range.count && $0.elementsEqual(bytes[range]) }
    }

    /// Whether a run of digits could start or belong to what the rule looks for.
    static func fires(_ trigger: IdentifierRule.DigitTrigger, _ run: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = run.lowerBound > 0 ? bytes[run.lowerBound - 1] : 0x20
        let after = run.upperBound < bytes.count ? bytes[run.upperBound] : 0x20
        let isUpper = { (byte: UInt8) in byte &- 0x41 < 26 }
        let isLetter = { (byte: UInt8) in (byte | 0x20) &- 0x61 < 26 }
        switch trigger {
        case .any:
            return true
        case .phone:
            if bytes[run.lowerBound] == 0x30 { return true }
            return run.count >= 2 && bytes[run.lowerBound] == 0x34 && bytes[run.lowerBound + 1] == 0x34
                && (before == 0x2B || run.lowerBound >= 2 && bytes[run.lowerBound - 2] == 0x30)
        case .nhs:
            return run.count == 3 || run.count == 10
        case .nino:
            guard run.count == 2 || run.count == 6 else { return false }
            var cursor = run.lowerBound
            if cursor > 0, bytes[cursor - 1] == 0x20 || bytes[cursor - 1] == 0x2D { cursor -= 1 }
            return cursor >= 2 && isUpper(bytes[cursor - 1]) && isUpper(bytes[cursor - 2])
        case .postcode:
            return run.count <= 3 && (isUpper(before) || isUpper(after))
        case .lgsco:
            let end = run.upperBound
            guard run.count == 2, end + 8 <= bytes.count, bytes[end] == 0x20, bytes[end + 4] == 0x20 else { return false }
            return (end + 1..<end + 8).allSatisfy { $0 == end + 4 || bytes[$0] &- 0x30 < 10 }
        case .councilReference:
            if isLetter(before) || before == 0x2D || before == 0x2F { return true }
            // A system's letters, a space and its record number: "BMBC 3310482".
            let start = run.lowerBound
            return before == 0x20 && (6...8).contains(run.count) && bytes[start] != 0x30 && start >= 3
                && isUpper(bytes[start - 2]) && isUpper(bytes[start - 3])
        case .labelled:
            return followsLabel(run.lowerBound, bytes)
        case .flatNumber:
            return run.count <= 4 && followsFlatWord(run.lowerBound, bytes)
        case .houseNumberLowercase:
            return run.count <= 4 && lowercaseStreetFollows(bytes, run.upperBound, types: lowercaseStreetTypes)
        case .houseNumberLowercaseWord:
            return run.count <= 4 && followsPlacePreposition(bytes, run.lowerBound)
                && lowercaseStreetFollows(bytes, run.upperBound, types: lowercaseWordStreetTypes)
        case .houseNumber, .houseNumberCapitals, .houseNumberAfterComma:
            guard run.count <= 4 else { return false }
            if trigger == .houseNumberAfterComma {
                let start = run.lowerBound
                guard start >= 2, before == 0x20 && bytes[start - 2] == 0x2C || before == 0x2C else { return false }
            }
            var cursor = run.upperBound
            if cursor < bytes.count, isLetter(bytes[cursor]) { cursor += 1 }
            if cursor < bytes.count, bytes[cursor] == 0x2C { cursor += 1 }
            guard cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 else { return false }
            if trigger == .houseNumberCapitals {
                var word = cursor
                while word < bytes.count, isSpace(bytes[word]) { word += 1 }
                guard word + 1 < bytes.count, isUpper(bytes[word]) else { return false }
                let second = bytes[word + 1]  // [A-Z][A-Z'’-]
                guard isUpper(second) || second == 0x27 || second == 0x2D || second == 0xE2 else { return false }
            }
            return streetFollows(bytes, cursor)
        }
    }

    /// Whether the reference around the digits at `offset` comes after a label word:
    /// back over the reference's `[A-Z0-9/-]`, then at most eight bytes of spaces,
    /// `:`, `#`, `.` (and any non-ASCII space), to a word of
    /// ``IdentifierRule/labelWords`` in any case — or to a system's prefix of two to five
    /// capitals and then such a word ("ref CAD 1234 03022024").
    /// The walk back over the reference stops after 64 bytes (the rule's window reaches
    /// 40 bytes back, widened to a break), so a long run of such bytes costs O(n), not
    /// O(n²).
    static func followsLabel(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = offset
        while cursor > 0, offset - cursor < 64, bytes[cursor - 1] &- 0x41 < 26 || bytes[cursor - 1] &- 0x30 < 10
                || bytes[cursor - 1] == 0x2F || bytes[cursor - 1] == 0x2D { cursor -= 1 }
        let reference = cursor
        // (Up to a form's column of spaces: "ContrOCC/LCS:         2281904".)
        while cursor > 0, reference - cursor < 14 {
            let byte = bytes[cursor - 1]
            // (And a dash or a bracket: "Mosaic ID - 1204887", "Mosaic (2301778)".)
            guard byte >= 0x80 || isSpace(byte) || byte == 0x3A || byte == 0x23 || byte == 0x2E || byte == 0x2D || byte == 0x28 else { break }
            cursor -= 1
        }
        var end = cursor
        while cursor > 0, (bytes[cursor - 1] | 0x20) &- 0x61 < 26 { cursor -= 1 }
        guard cursor < end else { return false }
        // "The reference is CF0193480325", "his reference was A2210456": back over the verb.
        if end - cursor <= 3, cursor >= 2, bytes[cursor - 1] == 0x20,
           isVerbIsOrWas(bytes, cursor..<end) {
            end = cursor - 1
            cursor = end
            while cursor > 0, (bytes[cursor - 1] | 0x20) &- 0x61 < 26 { cursor -= 1 }
            guard cursor < end else { return false }
        }
        if mayBeLabel(bytes, cursor..<end), let hash = WordSet.lowercaseHash(bytes, cursor..<end),
           IdentifierRule.labelWords.flags(hash: hash, lowercasing: bytes, cursor..<end) != 0 { return true }
        // A system's prefix in capitals between the label and the digits: "ref CAD 1234
        // 03022024", "Police ref: CAD ...", "ref. CAD ...".
        guard (2...5).contains(end - cursor), (cursor..<end).allSatisfy({ bytes[$0] &- 0x41 < 26 }),
              cursor > 0, isSpace(bytes[cursor - 1]) else { return false }
        let prefix = cursor
        while cursor > 0, prefix - cursor < 4 {
            let byte = bytes[cursor - 1]
            guard isSpace(byte) || byte == 0x3A || byte == 0x23 || byte == 0x2E else { break }
            cursor -= 1
        }
        end = cursor
        while cursor > 0, (bytes[cursor - 1] | 0x20) &- 0x61 < 26 { cursor -= 1 }
        guard cursor < end, mayBeLabel(bytes, cursor..<end), let label = WordSet.lowercaseHash(bytes, cursor..<end) else { return false }
        return IdentifierRule.labelWords.flags(hash: label, lowercasing: bytes, cursor..<end) != 0
    }

    /// Whether the word at `range` is "is" or "was" in lower case.
    @inline(__always)
    static func isVerbIsOrWas(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if range.count == 2 { return bytes[range.lowerBound] == 0x69 && bytes[range.lowerBound + 1] == 0x73 }
        return range.count == 3 && bytes[range.lowerBound] == 0x77 && bytes[range.lowerBound + 1] == 0x61 && bytes[range.lowerBound + 2] == 0x73
    }

    /// Whether the word of ASCII letters at `range` starts and ends as one of
    /// ``IdentifierRule/labelWords`` does (any case): most words before a number ("on",
    /// "aged", "the") are turned away without hashing them.
    @inline(__always)
    static func mayBeLabel(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let ends = Int(bytes[range.lowerBound] & 0x1F) << 5 | Int(bytes[range.upperBound - 1] & 0x1F)
        return labelEnds[ends >> 6] >> UInt64(ends & 63) & 1 != 0
    }

    /// Bit `(first & 0x1F) << 5 | last & 0x1F` set for the first and last letters of
    /// each label word (the low five bits are a letter's in either case).
    private static let labelEnds: [UInt64] = {
        var bits = Array(repeating: UInt64(0), count: 16)
        for word in IdentifierRule.labelWordList {
            let ends = Int(word.utf8.first! & 0x1F) << 5 | Int(word.utf8.last! & 0x1F)
            bits[ends >> 6] |= 1 << UInt64(ends & 63)
        }
        return bits
    }()

    /// The street types of the address rules, lower case ("road", "close", "meadows").
    static let streetTypeWords: WordSet = {
        let names = (IdentifierRule.streetTypes + "|Meadow|Meadows").split(separator: "|")
            .filter { !$0.hasSuffix("?") }.map(String.init)
        return WordSet(names)
    }()

    /// The types of Welsh streets, which come before the street's name (see
    /// ``IdentifierRule/welshStreet``).
    static let welshStreetTypeWords = WordSet(["heol", "ffordd", "stryd", "lôn", "lon", "rhodfa", "rhodfa'r", "cilgant", "maes", "clos",
                                               "cwrt"])

    static func isOneOf(_ words: WordSet, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let hash = WordSet.lowercaseHash(bytes, range) else {
            return words.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased())
        }
        return words.flags(hash: hash, lowercasing: bytes, range) != 0
    }

    /// Whether one to three capitalised words and then a street type follow `offset`
    /// (after spaces): "14 Larch Close", "3 ST JOHN'S ROAD" — what the address patterns
    /// need, so they run only where they can match ("14 March", "3 The" never do).
    /// A street named in one word ending in "way", before a comma or the line's end:
    /// "40 Kingsway,", "12 Broadway\n" (the rule's `wayStreet`).
    static func isWayStreet(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard word.count >= 6, word.upperBound < bytes.count, bytes[word.lowerBound] &- 0x41 < 26,
              bytes[word.upperBound - 3] == 0x77, bytes[word.upperBound - 2] == 0x61, bytes[word.upperBound - 1] == 0x79 else {
            return false
        }
        let after = bytes[word.upperBound]
        return (after == 0x2C || after == 0x0A || after == 0x0D) && !isOneOf(wayWords, bytes, word)
    }

    static let wayWords = WordSet(IdentifierRule.wayWords)

    /// Whether "flat" or "apartment", in any case, and a space end just before `offset`
    /// ("flat 3 marlowe court", "FLAT 6, ASHWORTH HOUSE").
    static func followsFlatWord(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = offset
        guard end > 0, bytes[end - 1] == 0x20 else { return false }
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0, bytes[end - 1] | 0x20 == 0x74 else { return false }  // both end in "t"
        var start = end
        while start > 0, (bytes[start - 1] | 0x20) &- 0x61 < 26 { start -= 1 }
        guard end - start == 4 || end - start == 9, start == 0 || !AnchorWords.isWord(bytes[start - 1]) else { return false }
        return isOneOf(flatWords, bytes, start..<end)
    }

    private static let flatWords = WordSet(["flat", "apartment"])

    /// Whether one or two words in lower case and then a street's type in lower case
    /// follow `offset` (after a letter and a comma of the number: "112 station road",
    /// "7a mill lane").
    static func lowercaseStreetFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, types: WordSet) -> Bool {
        var cursor = offset
        if cursor < bytes.count, bytes[cursor] &- 0x61 < 26, cursor + 1 < bytes.count, bytes[cursor + 1] == 0x20 || bytes[cursor + 1] == 0x2C {
            cursor += 1
        }
        if cursor < bytes.count, bytes[cursor] == 0x2C { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == 0x20 else { return false }
        for position in 0..<3 {
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            let start = cursor
            while cursor < bytes.count, bytes[cursor] &- 0x61 < 26 { cursor += 1 }
            guard cursor > start else { return false }
            let first = bytes[start], length = cursor - start
            // (Only a word that can be a type is looked up: r s l a c g d t m w, two to
            // eight letters.)
            if position > 0, length >= 2, length <= 8,
               first == 0x72 || first == 0x73 || first == 0x6C || first == 0x61 || first == 0x63 || first == 0x67
                || first == 0x64 || first == 0x74 || first == 0x6D || first == 0x77,
               isOneOf(types, bytes, start..<cursor) {
                return cursor == bytes.count || !AnchorWords.isWord(bytes[cursor])
            }
            guard cursor < bytes.count, bytes[cursor] == 0x20 else { return false }
        }
        return false
    }

    /// The street types an address written all in lower case ends with: the ones that
    /// are nothing else ("close", "way", "court" and "park" are ordinary words too, and
    /// "a 3 bed terrace", "a 2 hour drive" no address).
    static let lowercaseStreetTypes = WordSet(["road", "street", "lane", "avenue", "crescent", "grove", "rd"])
    /// The street types that are ordinary words too, taken only after "at", "is", "to",
    /// "from", "on" or "in" ("my address is 16 calder way").
    static let lowercaseWordStreetTypes = WordSet(["way", "close", "court", "drive", "gardens", "terrace", "mews", "walk"])

    /// Whether "at ", "is ", "to ", "from ", "on " or "in " ends just before `start`
    /// (compared byte by byte: most runs of digits have none of them before).
    static func followsPlacePreposition(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard start >= 3, bytes[start - 1] == 0x20 else { return false }
        let last = bytes[start - 2], first: Int
        switch last {
        case 0x74, 0x73: first = start - 3  // at, is
        case 0x6F: first = start - 3  // to
        case 0x6E: first = start - 3  // on, in
        case 0x6D: first = start - 5  // from
        default: return false
        }
        guard first >= 0, first == 0 || !AnchorWords.isWord(bytes[first - 1]) else { return false }
        switch (bytes[first], last) {
        case (0x61, 0x74), (0x69, 0x73), (0x74, 0x6F), (0x6F, 0x6E), (0x69, 0x6E): return true
        case (0x66, 0x6D): return bytes[first + 1] == 0x72 && bytes[first + 2] == 0x6F
        default: return false
        }
    }

    static func streetFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var cursor = offset
        for position in 0..<4 {
            while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
            guard cursor < bytes.count else { return false }
            let first = bytes[cursor]
            guard first &- 0x41 < 26 || first >= 0xC3 else { return false }
            let start = cursor
            var stem = -1  // where ' ’ or - first cuts the word (a \b for the pattern)
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if (byte | 0x20) &- 0x61 < 26 || byte >= 0x80 {
                    if byte == 0xE2, cursor + 2 < bytes.count, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x99 {
                        if stem < 0 { stem = cursor }
                        cursor += 3
                        continue
                    }
                    cursor += 1
                } else if byte == 0x27 || byte == 0x2D {
                    if stem < 0 { stem = cursor }
                    cursor += 1
                } else {
                    break
                }
            }
            if position == 0, first == 0x48 || first == 0x46 || first == 0x53 || first == 0x4C || first == 0x52 || first == 0x43
                || first == 0x4D, isOneOf(welshStreetTypeWords, bytes, start..<cursor) {
                return true  // "27 Heol y Coed": a Welsh street's type comes first
            }
            if position == 0, isWayStreet(bytes, start..<cursor) { return true }  // "40 Kingsway,"
            if position > 0 {
                let whole = UnsafeBufferPointer(rebasing: bytes[start..<cursor])
                if let hash = WordSet.lowercaseHash(whole, 0..<whole.count),
                   streetTypeWords.flags(hash: hash, lowercasing: whole, 0..<whole.count) != 0 { return true }
                if stem > start, let hash = WordSet.lowercaseHash(bytes, start..<stem),
                   streetTypeWords.flags(hash: hash, lowercasing: bytes, start..<stem) != 0 { return true }
            }
            guard cursor < bytes.count, isSpace(bytes[cursor]) else { return false }
        }
        return false
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x0B
    }

    /// Moves back to just after a space or line break (at most 40 bytes), or to a
    /// character boundary.
    static func snapDown(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var index = offset
        while index > 0, offset - index < 40, !isBreak(bytes[index - 1]) { index -= 1 }
        if index > 0, !isBreak(bytes[index - 1]) { index = offset }
        while index > 0, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return index
    }

    /// Moves on to a space or line break (at most 40 bytes), or to a character boundary.
    static func snapUp(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var index = offset
        while index < bytes.count, index - offset < 40, !isBreak(bytes[index]) { index += 1 }
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        return index
    }

    @inline(__always)
    static func isBreak(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}

/// The checks identifiers pass beyond their patterns.
enum IdentifierChecks {
    /// The accepted range (possibly trimmed), or nil to reject the match.
    static func accept(_ check: IdentifierRule.Check, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
                       _ lexicon: Lexicon? = nil) -> Range<Int>? {
        switch check {
        case .none:
            return range
        case .nhsNumber:
            guard hasValidNHSDigits(range, bytes) else { return nil }
            let spaced = range.count == 12 && bytes[range.lowerBound + 3] == 0x20 && bytes[range.lowerBound + 7] == 0x20
            return spaced || mentionsNHS(before: range.lowerBound, bytes) ? range : nil
        case .phoneDigits:
            var upper = range.upperBound
            while upper > range.lowerBound, bytes[upper - 1] &- 0x30 >= 10 { upper -= 1 }
            return range.lowerBound..<upper
        case .schoolName:
            return trimGenericSchoolWords(range, bytes)
        case .schoolNameCapitals:
            guard let lexicon else { return nil }
            return trimCommonCapitalWords(range, bytes, lexicon)
        case .yearPrefix:
            // (An invoice's, an order's or a registered home's number is no one's case.)
            if IdentifierChecks.followsBusinessNumberWord(range.lowerBound, bytes) { return nil }
            return withYearPrefix(range, bytes)
        case .systemPrefix:
            if IdentifierChecks.followsBusinessNumberWord(range.lowerBound, bytes) { return nil }
            return withSystemPrefix(range, bytes)
        case .notBusinessNumber:
            return IdentifierChecks.followsBusinessNumberWord(range.lowerBound, bytes) ? nil : range
        }
    }

    /// Whether a word that names a business's number stands just before `start` ("URN",
    /// "invoice", "PO", "order"; or before "reference", "ref",
    /// "number", "no" or "id": "contract reference", "supplier ref"), or
    /// before another such number that "and", "to" or a comma joins to it: "invoices
    /// KIF-10477 and KIF-10481", "TLH-3321 to TLH-3324", "Ofsted URN SC492817".
    static func followsBusinessNumberWord(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = start
        for _ in 0..<2 {
            // Back over spaces, "(", ":", "#", "no." to the word before.
            while cursor > 0, bytes[cursor - 1] == 0x20 || bytes[cursor - 1] == 0x28 || bytes[cursor - 1] == 0x3A
                    || bytes[cursor - 1] == 0x23 || bytes[cursor - 1] == 0x2C {
                cursor -= 1
            }
            var wordStart = cursor
            while wordStart > 0, (bytes[wordStart - 1] | 0x20) &- 0x61 < 26 { wordStart -= 1 }
            guard wordStart < cursor, let hash = WordSet.lowercaseHash(bytes, wordStart..<cursor) else { return false }
            if businessNumberWords.flags(hash: hash, lowercasing: bytes, wordStart..<cursor) != 0 { return true }
            // "contract reference", "order number", "invoice no": the word before the label.
            if numberLabels.flags(hash: hash, lowercasing: bytes, wordStart..<cursor) != 0 {
                var labelStart = wordStart
                while labelStart > 0, bytes[labelStart - 1] == 0x20 { labelStart -= 1 }
                var previous = labelStart
                while previous > 0, (bytes[previous - 1] | 0x20) &- 0x61 < 26 { previous -= 1 }
                guard previous < labelStart, let label = WordSet.lowercaseHash(bytes, previous..<labelStart) else { return false }
                return businessNumberWords.flags(hash: label, lowercasing: bytes, previous..<labelStart) != 0
            }
            // "… and KIF-10481", "… to TLH-3324": the number before the joining word.
            guard listJoiners.flags(hash: hash, lowercasing: bytes, wordStart..<cursor) != 0 else { return false }
            cursor = wordStart
            while cursor > 0, bytes[cursor - 1] == 0x20 { cursor -= 1 }
            var numberStart = cursor
            while numberStart > 0, bytes[numberStart - 1] != 0x20, bytes[numberStart - 1] != 0x0A, bytes[numberStart - 1] != 0x28 {
                numberStart -= 1
            }
            guard numberStart < cursor, (numberStart..<cursor).contains(where: { bytes[$0] &- 0x30 < 10 }) else { return false }
            cursor = numberStart
        }
        return false
    }

    static let businessNumberWords = WordSet(["urn", "invoice", "invoices", "inv", "po", "order", "contract",
                                              "receipt", "vat", "ukprn", "company", "charity", "supplier", "vendor", "purchase"])
    static let numberLabels = WordSet(["reference", "ref", "number", "no", "id"])
    static let listJoiners = WordSet(["and", "to", "or", "&"])

    /// `range` widened to take in a case system's or a log's name in capitals and one
    /// space just before it ("LCS 2038871", "CAD 4471"), as readers take it
    /// to be part of the reference.
    static func withSystemPrefix(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let space = range.lowerBound - 1
        guard space >= 3, bytes[space] == 0x20 else { return range }
        var start = space
        while start > 0, space - start < 6, bytes[start - 1] &- 0x41 < 26 { start -= 1 }
        guard start == 0 || !AnchorWords.isWord(bytes[start - 1]),
              let hash = WordSet.lowercaseHash(bytes, start..<space),
              systemPrefixes.flags(hash: hash, lowercasing: bytes, start..<space) != 0 else { return range }
        return start..<range.upperBound
    }

    static let systemPrefixes = WordSet(["lcs", "cad"])

    /// `range` widened to take in two to four digits and a slash just before it, when no
    /// letter, digit or slash comes before them ("24/CS/0301"; not "12/2024/CS/0301").
    static func withYearPrefix(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = range.lowerBound
        guard start >= 3, bytes[start - 1] == 0x2F else { return range }
        start -= 1
        var digits = 0
        while start > 0, bytes[start - 1] &- 0x30 < 10, digits < 5 { start -= 1; digits += 1 }
        guard (2...4).contains(digits) else { return range }
        if start > 0 {
            let before = bytes[start - 1]
            guard before != 0x2F, before &- 0x30 >= 10, (before | 0x20) &- 0x61 >= 26 else { return range }
        }
        return start..<range.upperBound
    }

    /// The NHS number check: weights 10 down to 2 on the first nine digits; 11 minus the
    /// sum mod 11 is the tenth (11 counts as 0; 10 is never valid).
    static func isValidNHSNumber(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for index in 0..<9 { sum += digits[index] * (10 - index) }
        return passesNHSCheck(sum: sum, last: digits[9])
    }

    /// ``isValidNHSNumber(_:)`` of the digits among `bytes[range]`, read in place.
    static func hasValidNHSDigits(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var sum = 0, count = 0, last = 0
        for index in range where bytes[index] &- 0x30 < 10 {
            let digit = Int(bytes[index] &- 0x30)
            if count < 9 { sum += digit * (10 - count) }
            last = digit
            count += 1
        }
        return count == 10 && passesNHSCheck(sum: sum, last: last)
    }

    /// Whether `last` is the check digit of nine digits whose weighted sum is `sum`.
    private static func passesNHSCheck(sum: Int, last: Int) -> Bool {
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == last
    }

    /// Whether "NHS" (any case) appears in the 60 bytes before `offset`.
    static func mentionsNHS(before offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = max(0, offset - 60)
        var index = start
        while index + 2 < offset {
            if bytes[index] | 0x20 == 0x6E, bytes[index + 1] | 0x20 == 0x68, bytes[index + 2] | 0x20 == 0x73 { return true }
            index += 1
        }
        return false
    }

    /// Words that can precede "School" without naming one.
    static let genericSchoolWords: Set<String> = [
        "the", "a", "an", "his", "her", "their", "our", "my", "your", "its", "this", "that", "new", "old",
        "very", "low", "medium", "risk", "english", "spelling", "punctuation",
        "local", "virtual", "primary", "secondary", "special", "mainstream", "independent", "residential",
        "current", "previous", "same", "former", "head", "headteacher", "deputy", "of", "at", "to", "and",
        "from", "in", "community", "free", "high", "grammar", "catholic", "nursery", "church", "faith",
        "infant", "junior", "sixth", "form", "further", "education", "boarding", "day", "state", "private",
        "alternative", "provision", "designated", "safeguarding", "lead", "sencos", "senco", "every", "each",
        "any", "which", "whose", "village", "city", "county", "council", "secure", "hospital", "home",
        "summer", "forest", "holiday", "saturday", "sunday", "after", "breakfast", "club", "when", "while",
        // Words that open a sentence before a school's name ("Also St Mary's School was
        // told", "Then Oakfield Academy called"): never the first word of one.
        "also", "then", "today", "yesterday", "tomorrow", "tonight", "later", "earlier", "however",
        "unfortunately", "sadly", "recently", "previously", "currently", "now", "since", "because", "as",
        "but", "so", "if", "although", "though", "meanwhile", "finally", "initially", "eventually",
        "thankfully", "luckily", "only", "even", "last", "next", "on", "for", "by", "with", "about", "we",
        "they", "he", "she", "both", "monday", "tuesday", "wednesday", "thursday", "friday", "during",
        "until", "once", "additionally", "yes", "no", "please", "thanks",
        // A clause's pronoun and verb before it ("It's Brookfield Nursery School", "Is
        // Oakfield Academy").
        "it", "it's", "is", "was", "i", "i'm", "he's", "she's", "there's", "we're", "they're", "you",
        // "the Pupil Referral Unit" is a service; "Oakfield Pupil Referral Unit" is named.
        "pupil", "referral",
        // A note's verb opening its sentence ("Discussed Lindenhurst School (full)", "Visited
        // Oakfield Academy").
        "discussed", "visited", "contacted", "consulted", "considered", "requested", "named", "preferred",
        "attends", "attended", "joined", "left", "emailed", "rang", "called", "phoned", "wrote",
        // "Education Otherwise Than In School" is a kind of provision.
        "otherwise", "than",
        // The first words of a kind of provision: "the Learning Centre", "The Vocational Centre".
        "learning", "vocational", "tuition",
    ]

    /// Months and weekdays: generic before a school's name only with "the" after them
    /// ("In January the Pupil Referral Unit"); "March Primary School" is a school.
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"]
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let monthsAndDays = WordSet(monthNames + weekdayNames)

    /// Drops leading generic words ("the", "Virtual", "Head of") from a school match; nil
    /// when nothing specific is left.
    static func trimGenericSchoolWords(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        // A tab parts a table's cells: the name starts after the last one ("Enquiry⇥Virtual
        // School" is two cells).
        if let tab = range.last(where: { bytes[$0] == 0x09 }) {
            return tab + 1 < range.upperBound ? trimGenericSchoolWords(tab + 1..<range.upperBound, bytes) : nil
        }
        // The match's words, split at single spaces (the pattern allows tabs and runs of
        // spaces too: an empty or tab-joined "word" is never generic).
        return withWords(of: range, bytes, omittingEmpty: false, separatedBy: { $0 == 0x20 }) { found in
            let count = found.count
            // A council's Virtual School is a service, whatever comes before it ("Fostering
            // Service and Virtual School Head", "Will the Virtual School Head attend").
            if count >= 2, bytes[found[count - 2]].elementsEqual("Virtual".utf8) { return nil }
            var first = 0
            func monthThenThe(_ index: Int) -> Bool {
                index + 1 < count && isMonthOrDay(found[index], bytes) && bytes[found[index + 1]].elementsEqual("the".utf8)
            }
            while first < count, isGenericSchoolWord(found[first], bytes) || monthThenThe(first), !beginsOurLady(found, first, bytes) {
                if count - first <= 1 { return nil }
                first += 1
            }
            if count - first <= 1 { return nil }
            // What is left must have a specific word before the final "School"/"Academy".
            let specific = found[first..<(count - 1)].contains { !isGenericSchoolWord($0, bytes) }
            guard specific else { return nil }
            // A capital "The" mid-sentence is the name's own: "a referral to The Beacon Pupil
            // Referral Unit", "and The Linkway Academy" (not a sentence's "The").
            if first >= 1, bytes[found[first - 1]].elementsEqual("The".utf8), isMidSentence(before: found[first - 1].lowerBound, bytes) {
                return found[first - 1].lowerBound..<range.upperBound
            }
            return found[first].lowerBound..<range.upperBound
        }
    }

    /// Whether the text before `offset`, past spaces, ends in a lower-case letter or a
    /// comma: the word at `offset` stands mid-sentence.
    static func isMidSentence(before offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = offset
        while index > 0, bytes[index - 1] == 0x20 { index -= 1 }
        guard index > 0, index < offset else { return false }
        let byte = bytes[index - 1]
        return byte &- 0x61 < 26 || byte == 0x2C
    }

    /// Calls `body` with the words of `bytes[range]`, split where `isSeparator` holds, in
    /// scratch space on the stack (a match has a few words). An empty word between two
    /// separators is kept unless `omittingEmpty`.
    static func withWords<Result>(of range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, omittingEmpty: Bool,
                                  separatedBy isSeparator: (UInt8) -> Bool,
                                  _ body: (UnsafeBufferPointer<Range<Int>>) -> Result) -> Result {
        var separators = 0
        for index in range where isSeparator(bytes[index]) { separators += 1 }
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: separators + 1) { words in
            var count = 0
            var start = range.lowerBound
            for index in range.lowerBound...range.upperBound where index == range.upperBound || isSeparator(bytes[index]) {
                if !omittingEmpty || index > start {
                    words.initializeElement(at: count, to: start..<index)
                    count += 1
                }
                start = index + 1
            }
            defer { _ = words[..<count].deinitialize() }
            return body(UnsafeBufferPointer(rebasing: words[..<count]))
        }
    }

    /// "Our Lady of Lourdes": "Our" is part of the name there, not a generic word.
    private static func beginsOurLady(_ words: UnsafeBufferPointer<Range<Int>>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 1 < words.count else { return false }
        return bytes[words[index]].elementsEqual("Our".utf8) && bytes[words[index + 1]].elementsEqual("Lady".utf8)
    }

    /// Whether a word (without surrounding punctuation, any case) is in
    /// ``genericSchoolWords``.
    static func isGenericSchoolWord(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lower = word.lowerBound, upper = word.upperBound
        while lower < upper, isPunctuation(bytes[lower]) { lower += 1 }
        while upper > lower, isPunctuation(bytes[upper - 1]) { upper -= 1 }
        guard let hash = WordSet.lowercaseHash(bytes, lower..<upper) else { return false }
        return genericSchoolWordSet.flags(hash: hash, lowercasing: bytes, lower..<upper) != 0
    }

    /// Whether a word of a school match is a month or a weekday (any case).
    static func isMonthOrDay(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let hash = WordSet.lowercaseHash(bytes, word) else { return false }
        return monthsAndDays.flags(hash: hash, lowercasing: bytes, word) != 0
    }

    /// ASCII punctuation (not symbols such as `$`, `+`, `<`): what may surround a
    /// school word in running text.
    @inline(__always)
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
        default: return false
        }
    }

    static let genericSchoolWordSet = WordSet(genericSchoolWords)
}
