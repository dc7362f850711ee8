import Lexicon

/// The few capitalised words that the rarer passes of ``NameRun`` look at, picked from
/// their shapes and bytes in one walk over the capitalised words, so that each pass
/// looks at its handful instead of walking them all again.
struct CapitalCues {
    /// "Nana", "Mac", "Nic", "Mhic" in shape: three or four letters, capitalised, an N or
    /// an M first (``NameRun/markGaelicAndAkanNames(_:)``).
    var nanaOrMac: [Int] = []
    /// A word of an "h" in lower case before a capital ("hEadhra", "hAodha"), as Irish
    /// family names are written after "Ó" and "Ní" (``NameRun/markGaelicAndAkanNames(_:)``).
    var gaelicPrefixed: [Int] = []
    /// A capitalised word with a comma and a line's end after it ("Barney,↵").
    var beforeCommaAtLineEnd: [Int] = []
    /// A word after "aka", "Aka" or "AKA" ("aka J-Dog", "AKA Smudge").
    var afterAka: [Int] = []
    /// Four capitals with an apostrophe after two ("CO'D", "MD'C").
    var apostropheInitials: [Int] = []
    /// A capitalised word whose first letter and length a brand has ("Greggs").
    var brandShaped: [Int] = []
    /// Capitals glued to a number by a hyphen ("YSWD-ADP-031").
    var codes: [Int] = []
    /// Two to four capitals that no list has ("DFG", "NR").
    var unknownCapitals: [Int] = []
    /// A capitalised word alone in quotes ("\"Tiny\"", "(\"TJ\", 7)").
    var quoted: [Int] = []
    /// A capitalised word after "me", "her", "him", "them" or "name" ("calls me KB",
    /// "my sister's name, Romany").
    var afterCalledOrName: [Int] = []

    init() {}

    /// Whether a hyphen and a digit follow `token` straight after, as in a reference's
    /// code ("YSWD-ADP-031", "route WAT-22").
    @inline(__always)
    static func isGluedToNumber(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.end + 1 < bytes.count && bytes[token.end] == 0x2D && bytes[token.end + 1] &- 0x30 < 10
    }

    /// Whether a closing quote (' " ’ ”) stands at `end`, straight after a word.
    @inline(__always)
    static func closingQuote(at end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end < bytes.count else { return false }
        let byte = bytes[end]
        if byte == 0x22 || byte == 0x27 { return true }
        return byte == 0xE2 && end + 2 < bytes.count && bytes[end + 1] == 0x80 && (bytes[end + 2] == 0x99 || bytes[end + 2] == 0x9D)
    }

    /// Appends `index`, making room for 32 at the first, not doubling from one.
    @inline(__always)
    private static func add(_ index: Int, to list: inout [Int]) {
        if list.isEmpty { list.reserveCapacity(32) }
        list.append(index)
    }

    /// Picks the cues among `capitals`.
    /// - Complexity: O(c) in the capitalised words, a few byte tests each.
    init(_ tokens: UnsafeBufferPointer<Token>, capitals: [Int], _ bytes: UnsafeBufferPointer<UInt8>, brands: BrandShapes) {
        for index in capitals {
            consider(index, tokens[index], after: index > 0 ? tokens[index - 1] : nil, bytes, brands: brands)
        }
    }

    /// Notes the capitalised word at `index` among the cues it is one of.
    @inline(__always)
    private mutating func consider(_ index: Int, _ token: Token, after previous: Token?, _ bytes: UnsafeBufferPointer<UInt8>,
                           brands: BrandShapes) {
        let first = bytes[token.start]
        let end = token.end
        let length = token.length
        if token.shape == .capitalized {
            if length == 3 || length == 4, first == 0x4E || first == 0x4D { CapitalCues.add(index, to: &nanaOrMac) }
            if brands.mayContain(first: first, length: length) { CapitalCues.add(index, to: &brandShaped) }
        } else if token.shape == .upper {
            if length <= 4, token.classes.rawValue == 0 { CapitalCues.add(index, to: &unknownCapitals) }
            if length == 4, !token.hyphenated, bytes[token.start + 2] == 0x27 { CapitalCues.add(index, to: &apostropheInitials) }
            if CapitalCues.isGluedToNumber(token, bytes) { CapitalCues.add(index, to: &codes) }
        } else if token.shape == .other, first == 0x68, length >= 4, !token.hyphenated {
            CapitalCues.add(index, to: &gaelicPrefixed)
        }
        if end + 1 < bytes.count, bytes[end] == 0x2C, bytes[end + 1] == 0x0A || bytes[end + 1] == 0x0D {
            CapitalCues.add(index, to: &beforeCommaAtLineEnd)
        }
        if token.gap.contains(.quote), !token.possessive, CapitalCues.closingQuote(at: end, bytes) {
            CapitalCues.add(index, to: &quoted)
        }
        if let previous, previous.shape == .lower, previous.length >= 2, previous.length <= 4, let base = bytes.baseAddress {
            // The word before, its bytes read at once (a gap and this word follow it, so
            // four bytes can be read) and cut to its length.
            let word = UnsafeRawPointer(base + previous.start).loadUnaligned(as: UInt32.self)
                & (UInt32.max >> (32 - 8 * UInt32(truncatingIfNeeded: previous.length)))
            // (Literals, first byte lowest: a stored constant would cost a call each time.)
            switch word {
            case 0x61_6B61: if index >= 2 { CapitalCues.add(index, to: &afterAka) }  // aka
            case 0x656D, 0x72_6568, 0x6D_6968, 0x6D65_6874, 0x656D_616E:  // me, her, him, them, name
                CapitalCues.add(index, to: &afterCalledOrName)
            default: break
            }
        } else if let previous, previous.shape == .upper || previous.shape == .capitalized, previous.length == 3, index >= 2,
                  bytes[previous.start] | 0x20 == 0x61, bytes[previous.start + 1] | 0x20 == 0x6B, bytes[previous.start + 2] | 0x20 == 0x61 {
            CapitalCues.add(index, to: &afterAka)  // "Reece AKA Smudge", "Aka Smudge"
        }
    }
}

/// The lengths of the brands (`context/brands.txt`) by their first letter, to pass over
/// most names before hashing them.
struct BrandShapes: Sendable {
    /// For each letter a–z, the lengths (below 16) of the brands it opens, as bits.
    private var lengths = [UInt16](repeating: 0, count: 26)

    init() {}

    mutating func insert(_ word: String) {
        guard let first = word.utf8.first, first &- 0x61 < 26, word.utf8.count < 16 else { return }
        lengths[Int(first &- 0x61)] |= 1 << UInt16(word.utf8.count)
    }

    @inline(__always)
    func mayContain(first: UInt8, length: Int) -> Bool {
        let letter = Int((first | 0x20) &- 0x61)
        return letter < 26 && length < 16 && lengths[letter] & (1 << UInt16(length)) != 0
    }
}
