import Lexicon

/// The days of the week written as letters in registers: "M T W Th F", "absent Th/F".
extension NameRun {
    /// Clears the single letters and "Th", "Tu", "Sa", "Su" that write days in order, as
    /// activity registers mark attendance ("Abdullah – M T W Th F – collected by dad",
    /// "Robyn – M W F"): three or more in the week's order, parted by spaces or slashes, or
    /// two with a slash when one is "Th", "Tu", "Sa" or "Su" ("absent Th/F"). Not where a
    /// title, a known party or the deny list found them.
    /// Called by ``unmarkLandmarks(_:)`` at a word of one or two letters found as a name;
    /// returns the last word of the run of days from there, cleared or not.
    mutating func unmarkWeekdayRun(from first: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let day = weekday(first, bytes) else { return first }
        // The run of days in the week's order from here.
        var last = first, lastDay = day.latest, twoLetters = day.twoLetters
        while last + 1 < tokens.count, let next = weekday(last + 1, bytes), next.earliest > lastDay,
              tokens[last + 1].gap == [.space] || tokens[last + 1].gap == [.slash] {
            last += 1
            lastDay = next.earliest == next.latest || next.earliest > lastDay ? next.earliest : next.latest
            twoLetters = twoLetters || next.twoLetters
        }
        let days = last - first + 1
        let slashed = days == 2 && twoLetters && tokens[last].gap == [.slash]
        if days >= 3 || slashed {
            for word in first...last { clearWeak(word) }
        }
        return last
    }

    /// The days a letter or two may write (0 Monday … 6 Sunday): "T" is Tuesday or
    /// Thursday, "S" Saturday or Sunday.
    private func weekday(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (earliest: Int, latest: Int, twoLetters: Bool)? {
        let token = tokens[index]
        guard token.length <= 2, token.shape == .initial || token.shape == .capitalized, !token.possessive else { return nil }
        let first = bytes[token.start]
        if token.length == 1 {
            switch first {
            case 0x4D: return (0, 0, false)  // M
            case 0x54: return (1, 3, false)  // T
            case 0x57: return (2, 2, false)  // W
            case 0x46: return (4, 4, false)  // F
            case 0x53: return (5, 6, false)  // S
            default: return nil
            }
        }
        switch (first, bytes[token.start + 1]) {
        case (0x54, 0x75): return (1, 1, true)  // Tu
        case (0x54, 0x68): return (3, 3, true)  // Th
        case (0x53, 0x61): return (5, 5, true)  // Sa
        case (0x53, 0x75): return (6, 6, true)  // Su
        default: return nil
        }
    }
}
