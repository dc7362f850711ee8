import Lexicon

/// Names spelled out again in an e-mail address: "Summer Young, our Participation
/// Officer … summer.young@harbridge.gov.uk".
extension NameRun {
    /// Marks a given name and a family name written together, capitalised, whose
    /// lower-case forms make the local part of an e-mail address found in the document
    /// ("summer.young@", "summer_young@", "summer-young1@"): the address is theirs, so
    /// they are a person, whatever else the words are ("Summer", "Young"). The first
    /// must be a given name and the second a name on the lists; "children.services@" is
    /// not "Children Services".
    /// - Complexity: O(e·c) in the e-mail addresses and the capitalised words; nothing
    ///   in a document with no address.
    @inline(never)
    mutating func markNamesInEmailAddresses(_ covered: [Finding], _ bytes: UnsafeBufferPointer<UInt8>) {
        for finding in covered where finding.type == .email {
            guard let (first, second) = NameRun.localNameParts(bytes, finding.range) else { continue }
            for index in capitals where index + 1 < tokens.count {
                let token = tokens[index], next = tokens[index + 1]
                guard token.length == first.count, next.length == second.count, next.gap.isPlainSpace, !token.covered,
                      !next.covered, next.isCapitalizedLike, token.classes.contains(.forename),
                      !next.classes.isDisjoint(with: .name),
                      NameRun.sameIgnoringCase(bytes, token.start..<token.end, first),
                      NameRun.sameIgnoringCase(bytes, next.start..<next.end, second) else { continue }
                if rules[index] == nil { rules[index] = .inEmailAddress }
                if rules[index + 1] == nil { rules[index + 1] = .inEmailAddress }
            }
        }
    }

    /// The two words of an e-mail address's local part made of a given name and a family
    /// name joined by ".", "_" or "-" (digits after them allowed: "kofi.mensah2"), or nil.
    static func localNameParts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (Range<Int>, Range<Int>)? {
        var cursor = range.lowerBound
        var parts: [Range<Int>] = []
        var start = cursor
        while cursor < range.upperBound, bytes[cursor] != 0x40 {
            let byte = bytes[cursor]
            if byte == 0x2E || byte == 0x5F || byte == 0x2D {
                parts.append(start..<cursor)
                start = cursor + 1
            } else if (byte | 0x20) &- 0x61 >= 26 && byte &- 0x30 >= 10 {
                return nil
            }
            cursor += 1
        }
        guard cursor < range.upperBound else { return nil }
        parts.append(start..<cursor)
        guard parts.count == 2 else { return nil }
        // Digits may end the second part only.
        var second = parts[1]
        while second.count > 0, bytes[second.upperBound - 1] &- 0x30 < 10 { second = second.lowerBound..<second.upperBound - 1 }
        let first = parts[0]
        guard first.count >= 2, second.count >= 2,
              first.allSatisfy({ (bytes[$0] | 0x20) &- 0x61 < 26 }),
              second.allSatisfy({ (bytes[$0] | 0x20) &- 0x61 < 26 }) else { return nil }
        return (first, second)
    }

    /// Whether two ranges of ASCII letters spell the same word, whatever their case.
    static func sameIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        for offset in 0..<a.count where bytes[a.lowerBound + offset] | 0x20 != bytes[b.lowerBound + offset] | 0x20 { return false }
        return true
    }
}
