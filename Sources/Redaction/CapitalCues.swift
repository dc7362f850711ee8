import Lexicon

/// The few capitalised words that the rarer passes of ``NameRun`` look at, picked from
/// their shapes and bytes in one walk over the capitalised words, so that each pass
/// looks at its handful instead of walking them all again.
struct CapitalCues {
    /// "Nana", "Mac", "Nic", "Mhic" in shape: three or four letters, capitalised, an N or
    /// an M first (``NameRun/markGaelicAndAkanNames(_:)``).
    var nanaOrMac: [Int] = []
    /// A capitalised word with a comma and a line's end after it ("Barney,↵").
    var beforeCommaAtLineEnd: [Int] = []
    /// A word after "aka" ("aka J-Dog").
    var afterAka: [Int] = []
    /// Four capitals with an apostrophe after two ("CO'D", "MD'C").
    var apostropheInitials: [Int] = []
    /// A capitalised word whose first letter and length a brand has ("Greggs").
    var brandShaped: [Int] = []
    /// Capitals glued to a number by a hyphen ("YSWD-ADP-031").
    var codes: [Int] = []
    /// Two to four capitals that no list has ("DFG", "NR").
    var unknownCapitals: [Int] = []

    init() {}

    /// Whether a hyphen and a digit follow `token` straight after, as in a reference's
    /// code ("YSWD-ADP-031", "route WAT-22").
    @inline(__always)
    static func isGluedToNumber(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.end + 1 < bytes.count && bytes[token.end] == 0x2D && bytes[token.end + 1] &- 0x30 < 10
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
        }
        if end + 1 < bytes.count, bytes[end] == 0x2C, bytes[end + 1] == 0x0A || bytes[end + 1] == 0x0D {
            CapitalCues.add(index, to: &beforeCommaAtLineEnd)
        }
        if let previous, previous.length == 3, index >= 2 {
            let aka = previous.start
            if bytes[aka] | 0x20 == 0x61, bytes[aka + 1] | 0x20 == 0x6B, bytes[aka + 2] | 0x20 == 0x61 { CapitalCues.add(index, to: &afterAka) }
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
