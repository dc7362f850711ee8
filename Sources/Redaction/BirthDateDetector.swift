import PCRE2

/// Dates written right after a person's name are their dates of birth: "Elira
/// (19/07/2016) and Dritan (02/12/2018)", "Haroon - 11/09/2014" (not after a worker's
/// initials). Runs after the name detector, whose findings it reads.
///
/// - Complexity: one anchored match attempt (`\G`) per name followed by a digit or a
///   month, in a window of at most a line.
struct BirthDateDetector: Detector {
    let name: StaticString = "identifiers"
    /// A date at the match's start (`\G`), not inside a longer run of digits; also read by
    /// ``ColumnDetector`` for a table's cells.
    static let pattern: Pattern = {
        do {
            return try Pattern(#"\G(?<![\d/.-])"# + IdentifierRule.date + #"(?![\d/])"#)
        } catch {
            fatalError("birth-date pattern: \(error)")
        }
    }()

    func detect(in document: Document, findings: inout [Finding]) throws {
        // The names are read in place; the dates found go after them.
        let names = findings.count
        var matcher: Matcher?  // made at the first name a date may follow
        try document.bytes.withUnsafeBufferPointer { bytes in
            // A worker's initials before a date sign a note ("NEH 05/10/23"): that date
            // is the note's, not a birthday.
            for position in 0..<names where findings[position].type == .person
                && !Finding.same(findings[position].ruleLabel, NameRule.staffInitials.label)
                && !BirthDateDetector.isInitials(bytes, findings[position].range) {
                let end = findings[position].range.upperBound
                // After the name: spaces and at most one of ( - , : then a digit or a month.
                var cursor = end
                var punctuation = 0
                while cursor < bytes.count, cursor - end < 5 {
                    let byte = bytes[cursor]
                    if byte == 0x20 { cursor += 1; continue }
                    if byte == 0x28 || byte == 0x2D || byte == 0x2C || byte == 0x3A, punctuation == 0 {
                        punctuation += 1
                        cursor += 1
                        continue
                    }
                    break
                }
                guard cursor > end, cursor < bytes.count,
                      bytes[cursor] &- 0x30 < 10 || BirthDateDetector.startsMonth(bytes, cursor) else { continue }
                // "Email from Tendai Moyo to Wei Zhang, 3 March 2023": the date of a letter
                // or an email sent to or from someone.
                var first = position
                while first > 0, findings[first - 1].type == .person,
                      findings[first].range.lowerBound - findings[first - 1].range.upperBound <= 2 { first -= 1 }
                if BirthDateDetector.followsCorrespondenceWord(bytes, findings[first].range.lowerBound) { continue }
                // Not the start of a period or a list of dates ("10 November 2023 to 2 May
                // 2024", "26 February and 18 March 2024"), nor a date from 2020 on after a
                // titled name ("Mrs Eleanor Voss, 30 June 2025"), nor a date with a time of day
                // ("Niamh Gallagher, 24/09/2024 18:10"): a note's or a message's, signed.
                if let date = try BirthDateDetector.date(at: cursor, in: bytes, &matcher, document: document.name),
                   !BirthDateDetector.startsPeriod(bytes, date.upperBound), !BirthDateDetector.timeFollows(bytes, date.upperBound),
                   !(BirthDateDetector.followsTitle(bytes, findings[first].range.lowerBound) && BirthDateDetector.isRecent(bytes, date)),
                   !(BirthDateDetector.closesDocumentSigned(bytes, findings[first].range.lowerBound, date) && BirthDateDetector.isRecent(bytes, date)) {
                    findings.append(Finding(range: date, type: .dob, detector: name, rule: "date-after-name"))
                }
            }
            // A birth date put right: "as 14/02/2015 when it is 14/02/2014", "given as 11
            // March 2017 instead of 11 May 2017".
            var position = 0
            while position < findings.count {
                defer { position += 1 }
                guard findings[position].type == .dob,
                      let cursor = BirthDateDetector.correctionFollows(bytes, findings[position].range.upperBound) else { continue }
                // (With its year: "not 14 November as shown on the plan" says too little.)
                if let date = try BirthDateDetector.date(at: cursor, in: bytes, &matcher, document: document.name),
                   bytes[date.upperBound - 1] &- 0x30 < 10, !findings.contains(where: { $0.range.overlaps(date) }) {
                    findings.append(Finding(range: date, type: .dob, detector: name, rule: "corrected-birth-date"))
                }
            }
        }
    }

    /// The date starting at `cursor`, matched in a window from there to the line's end
    /// (at most 40 bytes on); nil when none starts there.
    private static func date(at cursor: Int, in bytes: UnsafeBufferPointer<UInt8>, _ matcher: inout Matcher?,
                             document: String) throws -> Range<Int>? {
        var stop = cursor
        while stop < bytes.count, stop - cursor < 40, bytes[stop] != 0x0A { stop += 1 }
        stop = AnchorScan.snapUp(bytes, stop)
        let current = matcher ?? Matcher(BirthDateDetector.pattern)
        matcher = current
        var found: Range<Int>?
        do {
            try current.forEachMatch(in: bytes, window: cursor..<stop) { match in
                if match.range.lowerBound == cursor { found = match.range }
                return false
            }
        } catch {
            throw RedactionError.io(document, "birth-date rule failed: \(error)")
        }
        return found
    }

    /// Where the date after a correction of the date ending at `end` starts: "when it
    /// is", "instead of", "rather than", "not", "should be" and the like, after a comma
    /// or not; nil when none follows.
    static func correctionFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int? {
        var cursor = end
        if cursor < bytes.count, bytes[cursor] == 0x2C || bytes[cursor] == 0x3B { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == 0x20 else { return nil }
        cursor += 1
        for phrase in corrections where cursor + phrase.utf8CodeUnitCount < bytes.count
            && AnchorWords.equalIgnoringCase(bytes, cursor, phrase) {
            let after = cursor + phrase.utf8CodeUnitCount
            guard bytes[after] &- 0x30 < 10 || startsMonth(bytes, after) else { return nil }
            return after
        }
        return nil
    }

    /// The phrases that put a date right, each with the space after it (the longest of
    /// those sharing a start first).
    private static let corrections: [StaticString] = [
        "when it is actually ", "when it is ", "when it should be ", "when it was ", "instead of ", "rather than ",
        "and not ", "not ", "but it is ", "it should be ", "should be ", "should have been ", "corrected to ", "changed to ",
        "amended to ",
    ]

    /// Whether "from", "to", "by", "cc", "signed", "sent" or "signature" stands before
    /// `start`, with a title between them or not, and a colon after it or not ("from Mrs
    /// Huang", "to Wei Zhang", "Taken by: Nusrat Chowdhury", "Signed: Frank O'Neill").
    static func followsCorrespondenceWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var cursor = start
        guard var word = previousWord(bytes, &cursor, before: start) else { return false }
        if isOneOf(titles, word, bytes) {
            guard let before = previousWord(bytes, &cursor, before: start) else { return false }
            word = before
        }
        return isOneOf(correspondenceWords, word, bytes)
    }

    /// The word ending before `cursor` (past spaces and one "." or ":": "Mrs.", "Taken
    /// by:"), moving `cursor` to its start; nil when there is none before `start`.
    private static func previousWord(_ bytes: UnsafeBufferPointer<UInt8>, _ cursor: inout Int, before start: Int) -> Range<Int>? {
        while cursor > 0, bytes[cursor - 1] == 0x20 { cursor -= 1 }
        if cursor > 0, bytes[cursor - 1] == 0x2E || bytes[cursor - 1] == 0x3A { cursor -= 1 }
        let end = cursor
        while cursor > 0, (bytes[cursor - 1] | 0x20) &- 0x61 < 26 { cursor -= 1 }
        return cursor < end && end < start ? cursor..<end : nil
    }

    /// Whether `range` holds one of `words` (any case), compared in place as the anchor
    /// words are.
    private static func isOneOf(_ words: [StaticString], _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { range.count == $0.utf8CodeUnitCount && AnchorWords.equalIgnoringCase(bytes, range.lowerBound, $0) }
    }

    /// Whether `bytes[range]` is written like initials in mixed case: four letters at
    /// most, two or more of them capitals and one in lower case ("BMcG", "GMcS" sign notes
    /// like "NEH"; not a short name in capitals: "LEE", "NG").
    static func isInitials(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count <= 4 else { return false }
        var capitals = 0, lower = 0
        for index in range {
            if bytes[index] &- 0x41 < 26 { capitals += 1 } else if bytes[index] &- 0x61 < 26 { lower += 1 }
        }
        return capitals >= 2 && lower >= 1
    }

    /// Whether " to ", " - " or " – " and another date follow `end`: the date opens a
    /// period, not a birth ("10 November 2023 to 2 May 2024"; not "11/09/2014 - 9 years
    /// old").
    static func startsPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var cursor = end
        guard cursor < bytes.count, bytes[cursor] == 0x20 else { return false }
        cursor += 1
        if cursor + 2 < bytes.count, bytes[cursor] == 0x74, bytes[cursor + 1] == 0x6F, bytes[cursor + 2] == 0x20 {
            cursor += 3  // "to "
        } else if cursor + 3 < bytes.count, bytes[cursor] == 0x61, bytes[cursor + 1] == 0x6E, bytes[cursor + 2] == 0x64,
                  bytes[cursor + 3] == 0x20, (bytes[end - 1] | 0x20) &- 0x61 < 26 {
            cursor += 4  // "and ", after a date with no year ("26 February and 18 March 2024")
        } else if cursor + 1 < bytes.count, bytes[cursor] == 0x2D, bytes[cursor + 1] == 0x20 {
            cursor += 2  // "- "
        } else if cursor + 3 < bytes.count, bytes[cursor] == 0xE2, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x93,
                  bytes[cursor + 3] == 0x20 {
            cursor += 4  // "– "
        } else {
            return false
        }
        // Another date: a month, or digits then a separator and a digit ("2/5/2024",
        // "2 May"); not "- 9 years old".
        guard cursor < bytes.count else { return false }
        if startsMonth(bytes, cursor) { return true }
        var digits = cursor
        while digits < bytes.count, bytes[digits] &- 0x30 < 10, digits - cursor < 4 { digits += 1 }
        guard digits > cursor, digits + 1 < bytes.count else { return false }
        let separator = bytes[digits]
        if separator == 0x2F || separator == 0x2E || separator == 0x2D { return bytes[digits + 1] &- 0x30 < 10 }
        return separator == 0x20 && startsMonth(bytes, digits + 1)
    }

    /// Whether a time of day follows the date ending at `end`: " 18:10", ", 9.30am", " at
    /// 14:05".
    static func timeFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var cursor = end
        if cursor < bytes.count, bytes[cursor] == 0x2C { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == 0x20 else { return false }
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        if cursor + 3 < bytes.count, bytes[cursor] == 0x61, bytes[cursor + 1] == 0x74, bytes[cursor + 2] == 0x20 { cursor += 3 }
        var digits = cursor
        while digits < bytes.count, bytes[digits] &- 0x30 < 10 { digits += 1 }
        guard (1...2).contains(digits - cursor), digits + 2 < bytes.count,
              bytes[digits] == 0x3A || bytes[digits] == 0x2E else { return false }
        return bytes[digits + 1] &- 0x30 < 10 && bytes[digits + 2] &- 0x30 < 10
    }

    /// Whether a title stands just before the name starting at `start` ("Mrs Eleanor
    /// Voss", "Dr. Okafor").
    /// Whether a name opening its line and a date close the document, as a report is
    /// signed: "Crispin Attwater-Reyes, 11 September 2024" and nothing after.
    static func closesDocumentSigned(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ date: Range<Int>) -> Bool {
        guard start == 0 || bytes[start - 1] == 0x0A else { return false }
        var cursor = date.upperBound
        if cursor < bytes.count, bytes[cursor] == 0x2E { cursor += 1 }
        while cursor < bytes.count {
            guard bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D || bytes[cursor] == 0x09 else { return false }
            cursor += 1
        }
        return true
    }

    static func followsTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var cursor = start
        guard let word = previousWord(bytes, &cursor, before: start) else { return false }
        return isOneOf(titles, word, bytes)
    }

    /// Whether the date in `range` is of 2020 or later (a four-digit year from 2020, or a
    /// two-digit one from 20 to 39): no one called Mr, Mrs, Miss or Dr was born then
    /// (a care leaver of 16 is "Mr", a girl of 9 "Miss").
    static func isRecent(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] &- 0x30 >= 10 { end -= 1 }  // "2025" of "30 June 2025."
        var start = end
        while start > range.lowerBound, bytes[start - 1] &- 0x30 < 10 { start -= 1 }
        var year = 0
        for index in start..<end { year = year * 10 + Int(bytes[index] &- 0x30) }
        switch end - start {
        case 4: return year >= 2020
        case 2: return start > range.lowerBound && bytes[start - 1] != 0x20 && (20...39).contains(year)  // "05/10/23", not "10 May"
        default: return false
        }
    }

    private static let titles: [StaticString] = ["mr", "mrs", "ms", "miss", "mx", "dr"]
    private static let correspondenceWords: [StaticString] = ["from", "to", "by", "cc", "signed", "sent", "signature"]

    /// The first three letters of each month the date pattern spells
    /// (``IdentifierRule/months``), read from that pattern so the two never disagree.
    private static let monthPrefixes: [[UInt8]] = {
        var prefixes: [[UInt8]] = []
        for name in IdentifierRule.months.dropFirst(3).dropLast().split(separator: "|") {
            let prefix = Array(name.utf8.prefix(3))
            if !prefixes.contains(prefix) { prefixes.append(prefix) }
        }
        return prefixes
    }()

    /// Whether a month name ("March", "Sept") starts at `index`.
    static func startsMonth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index + 3 <= bytes.count, bytes[index] &- 0x41 < 26 else { return false }
        return monthPrefixes.contains { $0[0] == bytes[index] && $0[1] == bytes[index + 1] && $0[2] == bytes[index + 2] }
    }
}
