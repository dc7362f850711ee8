/// Reading words out of a decision's text: trimming, case-blind search, normalising.
extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }

    /// The text without trailing full stops, commas, semicolons, colons and closing brackets.
    var trimmingTrailingPunctuation: String {
        var text = Substring(self)
        while let last = text.last, ".,;:)".contains(last) { text = text.dropLast() }
        return String(text)
    }

    /// Where `phrase` (written in lower case) first stands in this string, whatever its
    /// case here, as a range of this string's own indices.
    func caselessRange(of phrase: String) -> Range<String.Index>? {
        let lower = lowercased()
        guard let found = lower.range(of: phrase) else { return nil }
        let start = index(startIndex, offsetBy: lower.distance(from: lower.startIndex, to: found.lowerBound))
        return start..<index(start, offsetBy: lower.distance(from: found.lowerBound, to: found.upperBound))
    }

    /// Lower case, one space between words, straight apostrophes: for phrase matching.
    var normalisedForReading: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var lastWasSpace = false
        for character in lowercased() {
            if character.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            out.append(character == "’" ? "'" : character)
        }
        return out
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
