import Lexicon

/// Splits UTF-8 text into words, working on bytes.
///
/// A word is a run of letters (ASCII letters and the Latin letters of other European
/// languages, as UTF-8 lead and continuation bytes) with inner apostrophes kept for
/// "O'Brien"/"D’Souza" and inner hyphens for "Smith-Jones". A trailing 's or ’s is not
/// part of the word; it sets ``Token/possessive``.
/// - Complexity: O(n) in the byte count, one pass, no allocation per word.
struct Tokenizer {
    /// What the tokenizer counts on its way, for telling a text message from a letter.
    struct Tally {
        /// Words that open a sentence, a line or a clause after a colon.
        var sentenceStarts = 0
        /// Those of them in lower case.
        var lowercaseStarts = 0
        /// A lone lower-case "i" stands somewhere.
        var loneLowercaseI = false
        /// A letter of a script the tokenizer does not read (Arabic, Hebrew, Ethiopic,
        /// Indic, Thai, Chinese, Japanese, Korean) stands somewhere.
        var scriptLetters = false
        /// A "#" or an "@" stands somewhere: a hashtag, a handle or an e-mail address.
        var hashOrAt = false
        /// A bracket opens straight after a letter somewhere: "child(ren)".
        var gluedBracket = false
        /// Three one-letter words stand in a row somewhere: a name spelled with spaces
        /// ("m a u g h a n") may be there.
        var letterRun = false
        /// Thirty words or more go on somewhere with no sentence's start among them (no
        /// full stop, colon or line's end): speech typed by a machine may be there.
        var longStretch = false
    }

    /// Splits `bytes` into `tokens`, returning what it counted on the way.
    @discardableResult
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) -> Tally {
        // Every word is followed by a byte that is not a letter (or the end), so there
        // are at most half as many words as bytes, rounded up: the tokens are written in
        // place, with no capacity check per word.
        var tally = Tally()
        tokens = [Token](unsafeUninitializedCapacity: bytes.count / 2 + 2) { buffer, written in
            written = 0
            guard let out = buffer.baseAddress else { return }
            scan(bytes, into: out, &written, &tally)
        }
        return tally
    }

    /// Writes the tokens of `bytes` to `out`, counting them in `written`.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Token>, _ written: inout Int,
                             _ tally: inout Tally) {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        var index = 0
        var gap: Gap = .start
        var sentenceStart = true
        var singles = 0  // one-letter words in a row
        var stretch = 0  // words since a sentence's start
        while index < count {
            if bytes[index] == 0x20 {
                // The commonest gap, without the general switch. Three spaces or more in a
                // row part a form's columns as a tab does ("Home: Alder Croft     Young
                // person: Kai").
                gap.insert(.space)
                if index >= 2, bytes[index &- 1] == 0x20, bytes[index &- 2] == 0x20 { gap.insert(.tab) }
                index &+= 1
                continue
            }
            let width = letterWidth(bytes, index)
            if width == 0 {
                noteGap(bytes, &index, &gap, &sentenceStart, &tally)
                continue
            }
            let start = index
            // Most words: ASCII letters ending within sixteen bytes at a byte that
            // cannot continue the word or make it possessive (not an apostrophe, a hyphen
            // or a non-ASCII byte). One or two loads answer everything the token needs.
            if start + 16 <= count {
                var eight = SWAR.load(base, start)
                var letterBits = SWAR.between(eight | 0x2020_2020_2020_2020, 0x61, 0x7A)
                var run = (~letterBits & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
                // The first eight letters' capitals and lower-case letters (all eight
                // when the word goes on); then the rest's, when it does.
                var capitals = letterBits & ~(eight &<< 2)
                var lowers = letterBits & (eight &<< 2)
                let firstUpper = capitals & 0x80 != 0
                var length = run
                if run == 8 {
                    eight = SWAR.load(base, start &+ 8)
                    letterBits = SWAR.between(eight | 0x2020_2020_2020_2020, 0x61, 0x7A)
                    run = (~letterBits & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
                    length = 8 &+ run
                    let inRun: UInt64 = run == 8 ? ~0 : (1 &<< (UInt64(truncatingIfNeeded: run) &* 8)) &- 1
                    capitals |= letterBits & ~(eight &<< 2) & inRun
                    lowers |= letterBits & (eight &<< 2) & inRun
                } else {
                    let inRun: UInt64 = (1 &<< (UInt64(truncatingIfNeeded: run) &* 8)) &- 1
                    capitals &= inRun
                    lowers &= inRun
                }
                let next = UInt8(truncatingIfNeeded: eight &>> (UInt64(truncatingIfNeeded: run) &* 8))
                if length > 0, run < 8, next < 0x80, next != 0x27, next != 0x2D {
                    let shape: Token.Shape
                    if length == 1 && firstUpper {
                        shape = .initial
                    } else if lowers == 0 {
                        shape = .upper
                    } else if capitals == 0 {
                        shape = .lower
                    } else if firstUpper {
                        shape = .capitalized
                    } else {
                        shape = .other
                    }
                    emit(start, start &+ length, shape, possessive: false, hyphenated: false, dotAfter: next == 0x2E,
                         contraction: false)
                    index = start &+ length
                    continue
                }
            }
            // Whether any letter so far is upper case, or lower case: the shape needs no
            // counts, only these and the number of letters.
            var anyUpper = false, anyLower = false
            var letters = 0
            var firstUpper = false
            var hyphenated = false
            var contraction = false
            var end = index
            // The word ends before a space (most words): nothing after it can continue
            // it, make it possessive or put a dot after it.
            var endsAtSpace = false
            // ASCII letters eight at a time; the byte loop below takes what follows.
            while end + 8 <= count {
                let eight = SWAR.load(base, end)
                // Letters are the bytes that are a–z once bit 5 is set; of them, the
                // capitals are those whose bit 5 was clear (shifted up to the high bit).
                let letterBits = SWAR.between(eight | 0x2020_2020_2020_2020, 0x61, 0x7A)
                let run = (~letterBits & 0x8080_8080_8080_8080).trailingZeroBitCount / 8
                guard run > 0 else { break }
                let inRun: UInt64 = run == 8 ? ~0 : (1 << (UInt64(run) * 8)) - 1
                let capitals = letterBits & ~(eight << 2) & inRun
                if letters == 0 { firstUpper = capitals & 0x80 != 0 }
                anyUpper = anyUpper || capitals != 0
                anyLower = anyLower || letterBits & (eight << 2) & inRun != 0
                letters += run
                end += run
                if run < 8 {
                    endsAtSpace = eight >> (UInt64(run) * 8) & 0xFF == 0x20
                    break
                }
            }
            if !endsAtSpace {
                scan: while end < count {
                    // ASCII letters, the common case, without the general width check.
                    let byte = bytes[end]
                    if byte < 0x80 {
                        let isUp = byte &- 0x41 < 26
                        if isUp || byte &- 0x61 < 26 {
                            if letters == 0 { firstUpper = isUp }
                            if isUp { anyUpper = true } else { anyLower = true }
                            letters += 1
                            end += 1
                            continue
                        }
                    }
                    let w = byte < 0x80 ? 0 : letterWidth(bytes, end)
                    if w > 0 {
                        let isUp = isUppercase(bytes, end, w)
                        if letters == 0 { firstUpper = isUp }
                        if isUp { anyUpper = true } else { anyLower = true }
                        letters += 1
                        end += w
                        continue
                    }
                    // Inner apostrophe: O'Brien, D'Souza (a single capital before it and a
                    // capital after), but not the possessive 's.
                    let apostrophe = apostropheWidth(bytes, end)
                    if apostrophe > 0, letters == 1, firstUpper {
                        let next = end + apostrophe
                        let nw = letterWidth(bytes, next)
                        if nw > 0, isUppercase(bytes, next, nw) {
                            end = next
                            continue scan
                        }
                    }
                    // An Arabic name with an apostrophe inside: "Ma'arouf", "Sa'eed", "Ja'far"
                    // (a capital first, then three lower-case letters or more after it, or two
                    // that end no contraction, so
                    // no contraction or possessive: "Can't", "Jones's").
                    if apostrophe > 0, letters >= 2, firstUpper {
                        let next = end + apostrophe
                        var tail = next
                        while tail < count, bytes[tail] &- 0x61 < 26 { tail += 1 }
                        // (Two letters only where no contraction ends so: "Ra'ed", "Sa'ad"; not
                        // "They're", "We'll", "You've", "Qur'an".)
                        let twoLetterName = tail - next == 2 && !Tokenizer.isContractionEnd(bytes[next], bytes[next + 1])
                        if tail - next >= 3 || twoLetterName, letterWidth(bytes, tail) == 0, apostropheWidth(bytes, tail) == 0 {
                            end = next
                            continue scan
                        }
                    }
                    // Staff initials of an O' or a D' family name: "AO'C", "JO'C", "SO'R",
                    // "MD'C" (two capitals, the second O or D, and one capital after the
                    // apostrophe).
                    if apostrophe > 0, letters == 2, firstUpper, !anyLower, bytes[end - 1] == 0x4F || bytes[end - 1] == 0x44 {
                        let next = end + apostrophe
                        if next < count, bytes[next] &- 0x41 < 26, next + 1 == count || letterWidth(bytes, next + 1) == 0 {
                            end = next
                            continue scan
                        }
                    }
                    // Contractions: couldn't, we'll, they're, I've, she'd, I'm.
                    if apostrophe > 0, letters >= 1 {
                        let next = end + apostrophe
                        var tail = next
                        while tail < count, bytes[tail] &- 0x61 < 26 { tail += 1 }
                        let suffix = tail - next
                        if suffix >= 1, suffix <= 2, letterWidth(bytes, tail) == 0,
                           Tokenizer.isContraction(bytes, next, suffix) {
                            end = tail
                            letters += suffix
                            anyLower = true
                            contraction = true
                            break scan
                        }
                    }
                    // Inner hyphen between letters: Smith-Jones, Mary-Jane, Stoke-on-Trent.
                    if bytes[end] == 0x2D, end + 1 < count, letterWidth(bytes, end + 1) > 0 {
                        hyphenated = true
                        end += 1
                        continue scan
                    }
                    break
                }
            }
            var shape: Token.Shape
            if letters == 1 && firstUpper {
                shape = .initial
            } else if !anyLower {
                shape = .upper
            } else if !anyUpper {
                shape = .lower
            } else if firstUpper {
                shape = .capitalized
            } else {
                shape = .other
            }
            // Possessive 's / ’s (or a bare ' after s: "Jones'").
            var possessive = false
            let apostrophe = endsAtSpace ? 0 : apostropheWidth(bytes, end)
            if apostrophe > 0 {
                let next = end + apostrophe
                if next < count, bytes[next] | 0x20 == 0x73 /* s */, letterWidth(bytes, next + 1) == 0 {
                    possessive = true
                }
            }
            let dotAfter = !endsAtSpace && end < count && bytes[end] == 0x2E
            emit(start, end, shape, possessive: possessive, hyphenated: hyphenated, dotAfter: dotAfter,
                 contraction: contraction)
            index = end
            if possessive { index = end + apostrophe + 1 }
        }

        /// Writes the token of `start..<end`, counts it, and starts a new gap.
        @inline(__always)
        func emit(_ start: Int, _ end: Int, _ shape: Token.Shape, possessive: Bool, hyphenated: Bool, dotAfter: Bool,
                  contraction: Bool) {
            if sentenceStart {
                tally.sentenceStarts += 1
                if shape == .lower { tally.lowercaseStarts += 1 }
                stretch = 0
            }
            stretch &+= 1
            if stretch == 30 { tally.longStretch = true }
            if end - start == 1 {
                if bytes[start] == 0x69 { tally.loneLowercaseI = true }
                singles &+= 1
                if singles == 3 { tally.letterRun = true }
            } else {
                singles = 0
            }
            (out + written).initialize(to: Token(
                start: start, end: end, shape: shape, sentenceStart: sentenceStart, gap: gap,
                possessive: possessive, hyphenated: hyphenated, dotAfter: dotAfter, contraction: contraction))
            written += 1
            gap = Gap(rawValue: 0)
            sentenceStart = false
        }
    }

    /// Reads one non-letter character, recording what kind of gap it makes.
    @inline(__always)
    private static func noteGap(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ gap: inout Gap, _ sentenceStart: inout Bool,
                                _ tally: inout Tally) {
        let byte = bytes[index]
        switch byte {
        case 0x20:
            gap.insert(.space)
        case 0x09:
            gap.insert([.space, .tab])  // a table's columns: no name runs across one
        case 0x0A:
            if gap.contains(.newline) { gap.insert(.blankLine) }
            gap.insert(.newline)
            sentenceStart = true
        case 0x0D:
            break
        case 0x2E, 0x21, 0x3F:  // . ! ?
            gap.insert(.sentenceEnd)
            sentenceStart = true
        case 0x3A:
            gap.insert(.colon)
            sentenceStart = true
        case 0x3B:
            gap.insert(.semicolon)
        case 0x2C:
            gap.insert(.comma)
        case 0x22, 0x27, 0x60:
            gap.insert(.quote)
        case 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3C, 0x3E:
            gap.insert(.bracket)
            if byte == 0x28, index > 0, (bytes[index - 1] | 0x20) &- 0x61 < 26 { tally.gluedBracket = true }
        case 0x26:
            gap.insert(.ampersand)
        case 0x2D:
            gap.insert(.dash)
        case 0x2F:
            gap.insert(.slash)
        case 0x7C:
            // A table's bar: a cell opens like a sentence ("| Book Rebeka into the group |").
            gap.insert(.other)
            sentenceStart = true
        case 0x30...0x39:
            gap.insert(.digit)
            sentenceStart = false
        default:
            if byte >= 0x80 {
                // Typographic quotes, dashes, bullets and symbols.
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                    let third = bytes[index + 2]
                    if third >= 0x98 && third <= 0x9F { gap.insert(.quote) }
                    else if third >= 0x90 && third <= 0x95 { gap.insert(.dash) }
                    else if third == 0xA6 { gap.insert(.sentenceEnd); sentenceStart = true }
                    else { gap.insert(.other) }
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    gap.insert(.space)
                } else {
                    gap.insert(.other)
                    if byte >= 0xD7, byte <= 0xED, NameDetector.isScriptLead(bytes, index) { tally.scriptLetters = true }
                }
                index += utf8Width(byte)
                return
            }
            if byte == 0x23 || byte == 0x40 { tally.hashOrAt = true }
            gap.insert(.other)
        }
        index += 1
    }

    /// Byte width of the letter at `index`, or 0 when it is not a letter.
    @inline(__always)
    static func letterWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte | 0x20) &- 0x61 < 26 ? 1 : 0
        }
        switch byte {
        case 0xC3:
            // U+00C0–U+00FF except × (D7) and ÷ (F7).
            guard index + 1 < bytes.count else { return 0 }
            let next = bytes[index + 1]
            return next == 0x97 || next == 0xB7 ? 0 : 2
        case 0xC4...0xCB:
            // Latin Extended-A and -B, IPA and spacing letters.
            return index + 1 < bytes.count ? 2 : 0
        case 0xCE, 0xCF, 0xD0...0xD4:
            // Greek and Cyrillic letters.
            return index + 1 < bytes.count ? 2 : 0
        case 0xE1:
            // Latin Extended Additional (U+1E00–U+1EFF: Vietnamese and Welsh ŵ ŷ).
            guard index + 2 < bytes.count else { return 0 }
            return bytes[index + 1] == 0xB8 || bytes[index + 1] == 0xB9 || bytes[index + 1] == 0xBA
                || bytes[index + 1] == 0xBB ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether the letter at `index` (of byte width `width`) is upper case.
    @inline(__always)
    static func isUppercase(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> Bool {
        let byte = bytes[index]
        if width == 1 { return byte &- 0x41 < 26 }
        if width == 2 {
            let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
            return isUppercaseScalar(scalar)
        }
        let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
        return scalar >= 0x1E00 && scalar <= 0x1EFF && scalar % 2 == 0
    }

    /// Upper case for the two-byte Latin, Greek and Cyrillic letters names use.
    @inline(__always)
    static func isUppercaseScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xC0...0xDE: return scalar != 0xD7
        case 0x100...0x137, 0x14A...0x177: return scalar % 2 == 0
        case 0x139...0x148, 0x179...0x17E: return scalar % 2 == 1
        case 0x178: return true
        case 0x218...0x21B: return scalar % 2 == 0
        case 0x391...0x3AB: return true
        case 0x400...0x42F: return true
        default: return false
        }
    }

    /// Whether the lower-case letters after an apostrophe make a contraction (t, ll, re,
    /// ve, d, m); a lone s is the possessive, handled apart.
    @inline(__always)
    static func isContraction(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> Bool {
        let first = bytes[start]
        if length == 1 { return first == 0x74 || first == 0x64 || first == 0x6D }  // t d m
        let second = bytes[start + 1]
        return (first == 0x6C && second == 0x6C) || (first == 0x72 && second == 0x65) || (first == 0x76 && second == 0x65)
    }

    /// Whether two lower-case letters after an apostrophe end a contraction or a word
    /// that is no name: "ll", "re", "ve", "em", and the "an" of "Qur'an".
    @inline(__always)
    static func isContractionEnd(_ first: UInt8, _ second: UInt8) -> Bool {
        switch (first, second) {
        case (0x6C, 0x6C), (0x72, 0x65), (0x76, 0x65), (0x65, 0x6D), (0x61, 0x6E): return true
        default: return false
        }
    }

    /// Width of an apostrophe (' or ’) at `index`, or 0.
    @inline(__always)
    static func apostropheWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        if bytes[index] == 0x27 { return 1 }
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { return 3 }
        return 0
    }

    @inline(__always)
    static func utf8Width(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}

/// Lower-cases a word's bytes into a scratch buffer: ASCII and the two-byte Latin,
/// Greek and Cyrillic capitals, without making a `String`.
struct LowercaseBuffer {
    /// Empty until the first word is loaded: a buffer that is never used costs nothing.
    private(set) var bytes: [UInt8] = []

    mutating func load(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        bytes.removeAll(keepingCapacity: true)
        if bytes.capacity < 64 { bytes.reserveCapacity(64) }
        appendLowercased(source, range)
    }

    /// Copies `source[range]` to the end (one `memcpy`) and lower-cases the copy in
    /// place: a letter keeps its width, so nothing moves, except the Turkish "İ"
    /// (U+0130), which becomes the one-byte "i" the lists write ("İbrahim" is
    /// "ibrahim", not "ıbrahim"): its second byte is marked 0xFF (no UTF-8 byte) and
    /// taken out after.
    private mutating func appendLowercased(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let start = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
        let dottedCapitalI = bytes.withUnsafeMutableBufferPointer { out -> Bool in
            let end = out.count
            var index = start
            var dotted = false
            while index < end {
                let byte = out[index]
                if byte < 0x80 {
                    if byte &- 0x41 < 26 { out[index] = byte | 0x20 }
                    index += 1
                } else if byte >= 0xC0 && byte < 0xE0 && index + 1 < end {
                    var scalar = (UInt32(byte & 0x1F) << 6) | UInt32(out[index + 1] & 0x3F)
                    if scalar == 0x130 {
                        out[index] = 0x69
                        out[index + 1] = 0xFF
                        dotted = true
                    } else if Tokenizer.isUppercaseScalar(scalar) {
                        switch scalar {
                        case 0xC0...0xDE, 0x391...0x3AB: scalar += 0x20
                        case 0x400...0x40F: scalar += 0x50
                        case 0x410...0x42F: scalar += 0x20
                        case 0x178: scalar = 0xFF
                        default: scalar += 1
                        }
                        out[index] = UInt8(0xC0 | (scalar >> 6))
                        out[index + 1] = UInt8(0x80 | (scalar & 0x3F))
                    }
                    index += 2
                } else {
                    index += 1
                }
            }
            return dotted
        }
        if dottedCapitalI { removeMarks(from: start) }
    }

    /// Takes out the 0xFF bytes that mark where an "İ" lost its second byte.
    @inline(never)
    private mutating func removeMarks(from start: Int) {
        var kept = start
        for index in start..<bytes.count where bytes[index] != 0xFF {
            bytes[kept] = bytes[index]
            kept += 1
        }
        bytes.removeLast(bytes.count - kept)
    }

    /// Appends a space and another word (for phrase look-ups).
    mutating func append(word source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        bytes.append(0x20)
        appendLowercased(source, range)
    }

    /// Appends "'s", as the lists write a possessive whatever its apostrophe.
    mutating func appendPossessive() {
        bytes.append(0x27)
        bytes.append(0x73)
    }
}
