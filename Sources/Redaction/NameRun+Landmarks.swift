import Lexicon

/// Rivers, places of worship, streets and a baby's basket named like people: "the River
/// Eden", "Capel Bethania", "Masjid Bilal", "Guru Har Rai Sahib Gurdwara", "Charles
/// Street", "a Moses basket".
extension NameRun {
    /// Clears the names that a landmark's word makes a thing's:
    /// - a river's after "the River" ("down to the River Eden", "by the River Thames";
    ///   "River Eden is my son" is a person);
    /// - a place of worship's after its word ("Capel Bethania", "Masjid Bilal", "Madrasa
    ///   Faizan-e-Madinah") or before it, up to four words ("Guru Har Rai Sahib Gurdwara",
    ///   "the Shree Swaminarayan Mandir"), and the word itself ("Mandir" is a given name too);
    /// - a saint's name that names a place (``clearSaintsPlace(_:_:)``);
    /// - "Moses" before "basket" ("sleeps in a Moses basket").
    /// Not where a title, a known party or the deny list found them.
    /// The same pass clears hospital wards (``unmarkHospitalWard(_:_:)``) and the days of
    /// the week written as letters (``unmarkWeekdayRun(from:_:)``).
    /// - Complexity: O(c) in the capitalised words, a length and a first letter each
    ///   before any comparison.
    @inline(never)
    mutating func unmarkLandmarks(_ bytes: UnsafeBufferPointer<UInt8>) {
        var weekdaysEnd = -1  // the last word of the run of days last looked at
        for index in capitals where index > 0 {
            let token = tokens[index]
            if token.length <= 2, index > weekdaysEnd, rules[index] != nil {
                weekdaysEnd = unmarkWeekdayRun(from: index, bytes)
            }
            guard token.shape == .capitalized else { continue }
            // A street's or a building's word after a name and a preposition of place: "at
            // Lincoln Castle", "on Charles Street" are places (but people are called Street
            // and Bridge: "spoke to Rachel Street", "cc Joanne Street").
            if rules[index] != nil, rules[index - 1] != nil, token.length >= 6, token.length <= 8, token.gap.isPlainSpace,
               index >= 2, tokens[index - 1].shape == .capitalized, tokens[index - 1].gap.isPlainSpace,
               tokens[index - 2].shape == .lower, NameRun.isOneOf(NameRun.placePrepositions, tokens[index - 2], bytes),
               NameRun.isOneOf(NameRun.streetWords, token, bytes) {
                clearWeak(index - 1)
                clearWeak(index)
            }
            if index + 1 < tokens.count, tokens[index + 1].length == 4, rules[index] != nil, bytes[tokens[index + 1].start] == 0x57 {
                unmarkHospitalWard(index, bytes)
            }
            guard token.length == 2 || (5...8).contains(token.length) else { continue }
            switch bytes[token.start] {
            case 0x53:  // S
                if NameRun.isWord(token, "st", bytes) || NameRun.isWord(token, "saint", bytes) { clearSaintsPlace(index, bytes) }
            case 0x52:  // R
                if rules[index] != nil, NameRun.isWord(token, "river", bytes), token.gap.isPlainSpace,
                   NameRun.isWord(tokens[index - 1], "the", bytes),
                   let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized {
                    clearWeak(index)
                    clearWeak(index + 1)
                }
            case 0x4D:  // M
                if rules[index] != nil, NameRun.isWord(token, "moses", bytes), let next = tokens[safe: index + 1],
                   next.gap.isPlainSpace, next.shape == .lower, NameRun.isWord(next, "basket", bytes) || NameRun.isWord(next, "baskets", bytes) {
                    clearWeak(index)
                } else if NameRun.isOneOf(NameRun.worshipBefore, token, bytes) {
                    clearNamedAfter(index)
                } else if NameRun.isWord(token, "mandir", bytes) {
                    clearNamedBefore(index)
                }
            case 0x43, 0x4A, 0x59:  // C, J, Y
                if NameRun.isOneOf(NameRun.worshipBefore, token, bytes) { clearNamedAfter(index) }
            case 0x47:  // G
                if NameRun.isWord(token, "gurdwara", bytes) { clearNamedBefore(index) }
            default:
                break
            }
        }
    }

    /// Clears a saint's name that names a place: after "the" ("the St Vincent de Paul food
    /// bank") or with a possessive, as churches and schools are called ("For St Oswald's
    /// that is", "St Mary Magdalene's hall"); not after a name or a title ("Ella St John's
    /// bag", "Mr. St John"), nor "Saint Omari attends nursery".
    private mutating func clearSaintsPlace(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let previous = tokens[index - 1]
        guard rules[index - 1] == nil, previous.context.isDisjoint(with: .honorific) else { return }
        var last = index
        while last + 1 < tokens.count, last - index < 4, tokens[last + 1].gap.isPlainSpace, !tokens[last].possessive,
              tokens[last + 1].shape == .capitalized || tokens[last + 1].context.contains(.particle) && tokens[last + 1].shape == .lower {
            last += 1
        }
        guard last > index, tokens[last].shape == .capitalized,
              tokens[last].possessive || tokens[index].gap.isPlainSpace && previous.shape == .lower && NameRun.isWord(previous, "the", bytes)
        else { return }
        for word in index...last { clearWeak(word) }
    }

    /// The words of a place of worship before its name: "Capel Bethania", "Masjid Bilal",
    /// "Madrasa Faizan-e-Madinah", "Jamia Masjid"; and of a Welsh hospital: "Ysbyty Gwynedd".
    static let worshipBefore = WordSet(["capel", "masjid", "madrasa", "madrassa", "madrasah", "jamia", "ysbyty"])

    /// Clears the word at `index`, unless a surer rule found it (a title, a known party,
    /// the deny list): what every unmarking pass does.
    /// A street's or a building's words that follow a name as no family name does.
    static let streetWords = WordSet(["street", "avenue", "crescent", "terrace", "square", "castle", "bridge", "station",
                                      "gardens", "parade"])
    /// Prepositions before a street or a building, not before a person.
    static let placePrepositions = WordSet(["at", "in", "on", "near", "along", "off", "opposite", "outside", "visited", "visit"])

    mutating func clearWeak(_ index: Int) {
        if let rule = rules[index], !NameRun.isSurerRule(rule) { rules[index] = nil }
    }

    /// Clears the landmark's word at `index` and the capitalised words just after it.
    private mutating func clearNamedAfter(_ index: Int) {
        clearWeak(index)
        var next = index + 1
        while next < tokens.count, next - index <= 3, tokens[next].gap.isPlainSpace, tokens[next].isCapitalizedLike {
            clearWeak(next)
            next += 1
        }
    }

    /// Clears the landmark's word at `index` and up to four capitalised words just before
    /// it, when there are any ("Mandir Patel said" is a person).
    private mutating func clearNamedBefore(_ index: Int) {
        guard tokens[index].gap.isPlainSpace, tokens[index - 1].isCapitalizedLike else { return }
        clearWeak(index)
        var previous = index
        while previous > 0, index - previous < 4, tokens[previous].gap.isPlainSpace, tokens[previous - 1].isCapitalizedLike {
            previous -= 1
            clearWeak(previous)
        }
    }

    /// Clears a word found again by ``propagate(_:)`` whose every finding as a name was
    /// cleared after it, as a room's or a landmark's: "Room: Attenborough Room" … "ROOM
    /// BOOKING" is no one when "Attenborough Room" is a room.
    /// - Complexity: O(c + r·f) in the capitalised words, the words found again and the
    ///   names found (a document's few); nothing more when no word was found again.
    @inline(never)
    mutating func unmarkOrphanedRepeats(_ bytes: UnsafeBufferPointer<UInt8>) {
        var repeats: [Int] = []
        for index in capitals where rules[index] == .sameDocument && tokens[index].length >= 3 {
            repeats.append(index)
        }
        guard !repeats.isEmpty else { return }
        var found: [ShortWordTable.Key] = []
        for index in capitals where tokens[index].length >= 3 {
            guard let rule = rules[index], rule != .sameDocument,
                  let key = ShortWordTable.key(bytes, tokens[index].start..<tokens[index].end) else { continue }
            found.append(key)
        }
        for index in repeats {
            guard let key = ShortWordTable.key(bytes, tokens[index].start..<tokens[index].end), !found.contains(key) else { continue }
            rules[index] = nil
        }
    }
}
