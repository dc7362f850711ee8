import Foundation
import Lexicon

/// Finds a school's own name written again without its kind: "Hollybank Primary School"
/// … "the staff at Hollybank", "St Bede's Catholic High School" … "St Bede's". Runs
/// after the identifier detector, whose school findings it reads.
///
/// The own name is the words before the first word of a school's kind ("Primary",
/// "Catholic", "Academy", …). It is sought again only when it cannot be anything else:
/// a saint's name, or words that are no place, organisation, role or title-case word
/// on the lists (and, for one word, no English word either). A school named after its
/// town ("Ryeford High School") would take the town with it; "Oak Primary" the oak.
/// Each other occurrence must stand as whole words with the same capitals.
/// - Complexity: O(n·s) in the bytes and the distinct names, `memchr` finding the first
///   byte of each name; nothing at all in a document with no school.
struct SchoolNameDetector: Detector {
    let name: StaticString = "identifiers"
    let lexicon: Lexicon

    func detect(in document: Document, findings: inout [Finding]) throws {
        guard findings.contains(where: { $0.type == .school }) else { return }
        document.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            var names: [Range<Int>] = []
            var lower = LowercaseBuffer()
            for finding in findings where finding.type == .school {
                guard let own = SchoolNameDetector.ownName(bytes, finding.range),
                      !names.contains(where: { $0.count == own.count && memcmp(base + $0.lowerBound, base + own.lowerBound, own.count) == 0 }),
                      SchoolNameDetector.isSaint(bytes, own) || standsForSchoolOnly(bytes, own, &lower) else { continue }
                names.append(own)
            }
            for own in names {
                var hits: [Range<Int>] = []
                var isTown = false
                var position = 0
                while position < bytes.count,
                      let hit = memchr(base + position, Int32(bytes[own.lowerBound]), bytes.count - position) {
                    let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    position = start + 1
                    let end = start + own.count
                    guard end <= bytes.count, start == 0 || !Evaluation.isWordByte(bytes[start - 1]),
                          end == bytes.count || !Evaluation.isWordByte(bytes[end]),
                          memcmp(base + start, base + own.lowerBound, own.count) == 0,
                          !findings.contains(where: { $0.range.overlaps(start..<end) }) else { continue }
                    if SchoolNameDetector.isSaint(bytes, own) {
                        hits.append(start..<end)
                        continue
                    }
                    if SchoolNameDetector.standsAsPlace(bytes, start..<end, findings) {
                        isTown = true
                        break
                    }
                    // Not a part of a longer name: "Thornley Bridge", "Eastwold Assessment Team".
                    if !SchoolNameDetector.capitalFollows(bytes, end) { hits.append(start..<end) }
                }
                guard !isTown else { continue }
                for hit in hits { findings.append(Finding(range: hit, type: .school, detector: name, rule: "school-name")) }
            }
            findInitials(bytes, &findings)
        }
    }

    /// Finds a school written as its initials: "QE" or "QEG" for "Queen Elizabeth's
    /// Grammar" found elsewhere in the document (its own name of two words or more, or
    /// the whole name of three or more), standing as a word in capitals — not letters a
    /// list has ("PE" for "Park End Academy", "OK").
    /// - Complexity: O(n·a) in the bytes and the distinct initials, `memchr` finding the
    ///   first letter of each.
    private func findInitials(_ bytes: UnsafeBufferPointer<UInt8>, _ findings: inout [Finding]) {
        var wanted: [[UInt8]] = []
        func add(_ letters: [UInt8]) {
            guard letters.count >= 2, letters.count <= 5, !wanted.contains(letters) else { return }
            let known = letters.map { $0 | 0x20 }.withUnsafeBufferPointer { !lexicon.classes(of: $0).isEmpty }
            if !known { wanted.append(letters) }
        }
        for finding in findings where finding.type == .school && finding.rule == "school" {
            let whole = SchoolNameDetector.initials(bytes, finding.range)
            if let own = SchoolNameDetector.ownName(bytes, finding.range) {
                let letters = SchoolNameDetector.initials(bytes, own)
                if letters.count >= 2 { add(letters) }
            }
            if whole.count >= 3 { add(whole) }
        }
        guard !wanted.isEmpty, let base = bytes.baseAddress else { return }
        for letters in wanted {
            var position = 0
            while position < bytes.count, let hit = memchr(base + position, Int32(letters[0]), bytes.count - position) {
                let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                position = start + 1
                let end = start + letters.count
                guard end <= bytes.count, start == 0 || !Evaluation.isWordByte(bytes[start - 1]),
                      end == bytes.count || !Evaluation.isWordByte(bytes[end]),
                      letters.elementsEqual(bytes[start..<end]),
                      !findings.contains(where: { $0.range.overlaps(start..<end) }) else { continue }
                findings.append(Finding(range: start..<end, type: .school, detector: name, rule: "school-initials"))
            }
        }
    }

    /// The first letters of the capitalised words of `bytes[range]` ("Queen Elizabeth's
    /// Grammar" → "QEG"); "St", "of", "and", "the" give none.
    static func initials(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var letters: [UInt8] = []
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            var end = cursor
            while end < range.upperBound, bytes[end] != 0x20 { end += 1 }
            if bytes[cursor] &- 0x41 < 26, !NameRun.hasText(bytes, cursor, "St ") && !NameRun.hasText(bytes, cursor, "St. ") {
                letters.append(bytes[cursor])
            }
            cursor = end + 1
        }
        return letters
    }

    /// Whether the name's words are on no list of places, organisations, roles or
    /// title-case words, nor the whole name on the list of places, and a name of one word
    /// is no English word either ("Hollybank", "Marsh Ridge"; not "Ryeford", "Oak",
    /// "Church Road").
    private func standsForSchoolOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ own: Range<Int>, _ lower: inout LowercaseBuffer) -> Bool {
        let excluded: WordClass = [.place, .organisation, .role, .titlecase]
        var words = 0
        var cursor = own.lowerBound
        var anyRare = false
        while cursor < own.upperBound {
            var end = cursor
            while end < own.upperBound, bytes[end] != 0x20 { end += 1 }
            lower.load(bytes, cursor..<end)
            let classes = lower.bytes.withUnsafeBufferPointer { lexicon.classes(of: $0) }
            guard classes.isDisjoint(with: excluded), end - cursor >= 3 else { return false }
            if !classes.contains(.common) { anyRare = true }
            words += 1
            cursor = end + 1
        }
        if words == 1 { return anyRare && own.count >= 5 }
        lower.load(bytes, own)
        let phrase = lower.bytes.withUnsafeBufferPointer { lexicon.phraseClasses(of: $0) }
        return phrase.isDisjoint(with: excluded) && !SchoolNameDetector.endsWithStreetWord(bytes, own)
    }

    /// The words of a school's name before the first word of its kind ("Hollybank" of
    /// "Hollybank Primary School", "St Bede's" of "St Bede's Catholic High School"),
    /// without a leading "The"; nil when no word of its kind ends the name.
    static func ownName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        if NameRun.hasText(bytes, start, "The ") { start += 4 }
        var cursor = start
        var end = start
        while cursor < range.upperBound {
            var wordEnd = cursor
            while wordEnd < range.upperBound, bytes[wordEnd] != 0x20 { wordEnd += 1 }
            if AnchorScan.isOneOf(schoolKindWords, bytes, cursor..<wordEnd) { break }
            end = wordEnd
            cursor = wordEnd + 1
        }
        guard end - start >= 3, end < range.upperBound else { return nil }
        return start..<end
    }

    /// Whether the word at `range` stands as a town: before a postcode, a council or a
    /// service of a place ("Lowfield S6 3NR", "Hurstfield Metropolitan Borough Council",
    /// "Lowfield Surgery"), after "in" or "near" ("up to hers in Kingsmere"), or after
    /// "Parliament for" — then the school is named after
    /// the town, and its name is not sought at all.
    static func standsAsPlace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ findings: [Finding]) -> Bool {
        var cursor = range.upperBound
        if cursor < bytes.count, bytes[cursor] == 0x2C { cursor += 1 }
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D { cursor += 1 }
        if findings.contains(where: { $0.type == .postcode && $0.range.lowerBound == cursor }) { return true }
        var end = cursor
        while end < bytes.count, (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
        if end > cursor, AnchorScan.isOneOf(placeFollowers, bytes, cursor..<end) { return true }
        let start = range.lowerBound
        return start >= 4 && NameRun.hasText(bytes, start - 4, " in ") || start >= 6 && NameRun.hasText(bytes, start - 6, " near ")
            || start >= 15 && NameRun.hasText(bytes, start - 15, "Parliament for ")
    }

    static let placeFollowers = WordSet(["borough", "metropolitan", "city", "county", "council", "district", "surgery",
                                         "locality", "youth", "magistrates", "hospital", "police", "station", "town",
                                         "village", "area", "constituency", "ward", "library", "health"])

    /// Whether a capitalised word follows `end` after one space (a longer name's next word).
    static func capitalFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        end + 1 < bytes.count && bytes[end] == 0x20 && bytes[end + 1] &- 0x41 < 26
    }

    /// Whether the name is a saint's ("St Bede's", "St. Anne's", "Saint Wilfrid's").
    static func isSaint(_ bytes: UnsafeBufferPointer<UInt8>, _ own: Range<Int>) -> Bool {
        own.count >= 6 && (NameRun.hasText(bytes, own.lowerBound, "St ") || NameRun.hasText(bytes, own.lowerBound, "St. ")
            || NameRun.hasText(bytes, own.lowerBound, "Saint "))
    }

    /// Whether the name ends with a street's word ("Church Road", "Park Lane"): written
    /// alone, that is the street.
    static func endsWithStreetWord(_ bytes: UnsafeBufferPointer<UInt8>, _ own: Range<Int>) -> Bool {
        var start = own.upperBound
        while start > own.lowerBound, bytes[start - 1] != 0x20 { start -= 1 }
        return AnchorScan.isOneOf(streetWords, bytes, start..<own.upperBound)
    }

    static let streetWords = WordSet(["road", "street", "lane", "avenue", "close", "drive", "way", "crescent", "court", "place",
                                      "grove", "gardens", "terrace", "walk", "row", "square", "hill", "park", "green", "rise"])

    /// Words that say what kind of school it is, where its own name ends.
    static let schoolKindWords = WordSet(["catholic", "church", "c", "ce", "c.e.", "rc", "r.c.", "va", "vc", "methodist",
                                          "community", "infant", "infants", "junior", "juniors", "primary", "secondary",
                                          "high", "grammar", "special", "nursery", "free", "studio", "technical", "sixth",
                                          "voluntary", "school", "academy", "college", "pupil", "pru"])
}
