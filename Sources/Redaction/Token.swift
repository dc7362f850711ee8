import Lexicon

/// A word in a document: its byte range, its letter case, what precedes it and which
/// lists it is in.
struct Token {
    /// Letter-case shape of a word.
    enum Shape: UInt8 {
        /// All lower case: "jade".
        case lower
        /// First letter upper, some lower after: "Teresa", "McDonald", "O'Brien".
        case capitalized
        /// Two or more letters, all upper: "MARK", "EHCP".
        case upper
        /// One upper-case letter: an initial or a pseudonym ("J", "X").
        case initial
        /// Anything else: "iPad", "eBay".
        case other
    }

    var start: Int
    var end: Int
    var shape: Shape
    /// The first word of a sentence, a line or a clause after a colon.
    var sentenceStart: Bool
    /// The text between the previous word and this one, summarised.
    var gap: Gap
    /// Followed directly by 's or ’s.
    var possessive: Bool
    /// Contains a hyphen between letters ("Smith-Jones").
    var hyphenated: Bool
    /// Followed by a dot directly ("J.", "Mr.").
    var dotAfter: Bool
    /// A contraction ("couldn't", "I'll"): never a name.
    var contraction = false
    /// Lists the word is in.
    // Empty sets by raw value, not `[]`: in a large function an array literal can be
    // left as an array, retained and released at every token.
    var classes = WordClass(rawValue: 0)
    /// Context roles of the word (honorific, kinship, ...).
    var context = ContextRole(rawValue: 0)
    /// A listed multi-word phrase starts with this word ("Tower" of "Tower Hamlets").
    var phraseStart = false
    /// Inside a non-personal phrase ("Tower Hamlets", "Action for Children").
    var inNonPersonalPhrase = false
    /// Inside something another detector already found (an email, an address).
    var covered = false

    var length: Int { end - start }
    /// A role or a team word, from the role list or the context lists: "Worker",
    /// "Manager", "SW", "PA".
    @inline(__always)
    var isRoleWord: Bool { classes.contains(.role) || context.contains(.role) }
    // Inlined: a call passes the whole token packed into registers.
    @inline(__always)
    var isCapitalizedLike: Bool { shape == .capitalized || shape == .upper || shape == .initial }
}

/// What lies between two words.
struct Gap: OptionSet {
    let rawValue: UInt16
    static let space = Gap(rawValue: 1 << 0)
    static let comma = Gap(rawValue: 1 << 1)
    static let sentenceEnd = Gap(rawValue: 1 << 2)   // . ! ?
    static let colon = Gap(rawValue: 1 << 3)
    static let newline = Gap(rawValue: 1 << 4)
    static let blankLine = Gap(rawValue: 1 << 5)
    static let quote = Gap(rawValue: 1 << 6)
    static let bracket = Gap(rawValue: 1 << 7)
    static let digit = Gap(rawValue: 1 << 8)
    static let other = Gap(rawValue: 1 << 9)         // any other punctuation or symbol
    static let ampersand = Gap(rawValue: 1 << 10)
    static let dash = Gap(rawValue: 1 << 11)
    static let semicolon = Gap(rawValue: 1 << 12)
    static let slash = Gap(rawValue: 1 << 13)
    static let start = Gap(rawValue: 1 << 14)        // start of the document
    static let tab = Gap(rawValue: 1 << 15)          // a tab, as between a table's columns

    /// Only spaces (or nothing) between the two words.
    @inline(__always)
    var isPlainSpace: Bool { subtracting(.space).isEmpty }

    /// Exactly a comma and spaces between the two words ("Pickering, Dawn").
    @inline(__always)
    var isCommaSpace: Bool { rawValue == Gap.comma.rawValue | Gap.space.rawValue }
}
