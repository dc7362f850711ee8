import Lexicon

/// Finds people's names from wordlists and context.
///
/// Each word is looked up once (given names, family names, common words, places,
/// organisations, roles, context words) and then judged with its neighbours:
/// - a capitalised word that is a name and not an ordinary word, or that no list knows
///   at all, is a name ("Ksawery", "Okonkwo");
/// - a name that is also a word ("Hope", "Will", "June", "Green") is a name only with
///   context: after a title, a relationship, a role, a greeting or a field label; before
///   a possessive or a verb of a person; alone in mid-sentence; beside another name or
///   in a list with one;
/// - a word of a non-personal list (a council, a team, a role, a month) is never a name
///   unless a title or a known party says so;
/// - letter pseudonyms (X, Y, Z, "Mrs B", xxx) and redaction placeholders are left.
///
/// - Complexity: O(n) in the document's bytes: one tokenising pass, two hash look-ups a
///   word, and a bounded number of neighbour passes.
public struct NameDetector: Detector {
    public let name: StaticString = "names"
    let lexicon: Lexicon
    let context: ContextWords
    let known: KnownParties
    /// The frequent words and the context words with everything the detector asks about
    /// them (see ``WordInfo``), so most words cost one cached probe instead of three.
    let hot: ShortWordTable
    /// Every short ASCII word of the lexicon and the context lists, with the same
    /// ``WordInfo``: a word the hot table lacks costs one more probe, not three.
    let cold: ShortWordTable
    /// Whether a deny list put words in the lexicon (then every lower-case word must be
    /// looked up, not only the ones that can matter).
    let hasDenied: Bool

    init(lexicon: Lexicon, context: ContextWords, known: KnownParties) {
        self.lexicon = lexicon
        self.context = context
        self.known = known
        (hot, cold, hasDenied) = NameDetector.tables(lexicon, context)
    }

    /// Builds ``hot`` (the lexicon's frequent words and the single context words) and
    /// ``cold`` (every single word of both). Every lexicon word goes in with its lists
    /// alone; only the few context words and phrase starts are then looked up and
    /// updated, so start-up costs one insertion per word.
    static func tables(_ lexicon: Lexicon, _ context: ContextWords) -> (hot: ShortWordTable, cold: ShortWordTable, hasDenied: Bool) {
        var cold = ShortWordTable(capacity: lexicon.words.count + context.table.count)
        var hasDenied = false
        var keys: [ShortWordTable.Key] = [], values: [UInt32] = []
        keys.reserveCapacity(lexicon.words.count)
        values.reserveCapacity(lexicon.words.count)
        lexicon.words.forEachEntry { word, flags in
            if WordClass(rawValue: flags).contains(.denied) { hasDenied = true }
            guard let key = ShortWordTable.key(word, 0..<word.count) else { return }
            keys.append(key)
            values.append(UInt32(flags))
        }
        cold.insert(distinct: keys, values: values)
        func update(_ word: UnsafeBufferPointer<UInt8>) {
            guard !word.contains(0x20) else { return }
            let info = WordInfo(classes: lexicon.classes(of: word), roles: context.roles(word),
                                phraseStart: lexicon.phraseStarts.contains(word))
            cold.insert(word, value: info.rawValue)
        }
        context.table.forEachEntry { word, _ in update(word) }
        lexicon.phraseStarts.forEachEntry { word, _ in update(word) }
        // The hot table: the frequent words, the animals' words (a pet's name is looked
        // for only in a document that has one) and the context words, as the cold table
        // now has them.
        var hot = ShortWordTable(capacity: 12_000)
        func copy(_ word: UnsafeBufferPointer<UInt8>) {
            guard let key = ShortWordTable.key(word, 0..<word.count), let value = cold.value(for: key) else { return }
            hot.insert(word, value: value)
        }
        lexicon.words.forEachEntry { word, flags in
            if !WordClass(rawValue: flags).isDisjoint(with: [.frequent, .animal]) { copy(word) }
        }
        context.table.forEachEntry { word, _ in copy(word) }
        return (hot, cold, hasDenied)
    }

    public func detect(in document: Document, findings: inout [Finding]) throws {
        var run = NameRun(detector: self)
        var scriptNames: [Finding] = []
        func analyse(_ bytes: UnsafeBufferPointer<UInt8>) {
            run.analyse(bytes, covered: findings)
            if run.hasScriptLetters { NameDetector.findNamesInOwnScript(run, bytes, into: &scriptNames, detector: name) }
        }
        // Names read by OCR with a digit for a letter ("Pi1kington") are read with the
        // letter, at the same offsets.
        document.bytes.withUnsafeBufferPointer { bytes in
            if let repaired = NameDetector.repairingOCRDigits(bytes) {
                repaired.withUnsafeBufferPointer { analyse($0) }
            } else {
                analyse(bytes)
            }
        }
        findings.append(contentsOf: scriptNames)
        for (index, rule) in run.rules.enumerated() where rule != nil {
            let token = run.tokens[index]
            findings.append(Finding(range: token.start..<token.end, type: .person, detector: name, rule: rule!.label))
        }
    }
}

/// What the name detector knows of a word, packed into the 32-bit value of the hot
/// table: its lists (low half), its context roles and whether a listed phrase starts
/// with it (high half).
struct WordInfo {
    static let phraseStartBit: UInt32 = 1 << 31
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(classes: WordClass, roles: ContextRole, phraseStart: Bool) {
        rawValue = UInt32(classes.rawValue) | UInt32(roles.rawValue) << 16 | (phraseStart ? WordInfo.phraseStartBit : 0)
    }

    var classes: WordClass { WordClass(rawValue: UInt16(truncatingIfNeeded: rawValue)) }
    var roles: ContextRole { ContextRole(rawValue: UInt16(truncatingIfNeeded: rawValue >> 16) & 0x7FFF) }
    var phraseStart: Bool { rawValue & WordInfo.phraseStartBit != 0 }
}

/// Why a word was taken for a name; recorded in audit records as the rule.
enum NameRule {
    case knownParty
    case denied
    case honorific
    case honorificInitial
    case introduced
    case field
    case signoff
    case nameList
    case unknownProperNoun
    case lowercaseName
    case capitalsName
    case possessive
    case personVerb
    case isolated
    case familyName
    case sameDocument
    case fullName
    case adjacent
    case list
    case staffInitials
    case withRole
    case withBirthDate
    case initialsOfName
    case describedAsPerson
    case inEmailAddress
    case spelledOut
    case login

    /// Whether the rule shows a person by what is said of the word, so that a two-letter
    /// given name it found is a name wherever else it stands ("Mo (RSW)" … "Mo kept
    /// talking"); not a word beside another name ("Vashti Im 13", where "Im" is "I'm").
    var showsAShortName: Bool {
        switch self {
        case .knownParty, .denied, .honorific, .introduced, .field, .signoff, .possessive, .personVerb, .withRole,
             .withBirthDate, .describedAsPerson: true
        default: false
        }
    }

    /// The rule's name in audit records.
    var label: StaticString {
        switch self {
        case .knownParty: "known-party"
        case .denied: "deny-list"
        case .honorific: "honorific"
        case .honorificInitial: "honorific-initial"
        case .introduced: "introduced"
        case .field: "field"
        case .signoff: "signoff"
        case .nameList: "name-list"
        case .unknownProperNoun: "unknown-proper-noun"
        case .lowercaseName: "lowercase-name"
        case .capitalsName: "capitals-name"
        case .possessive: "possessive"
        case .personVerb: "person-verb"
        case .isolated: "isolated-capital"
        case .familyName: "family-name"
        case .sameDocument: "same-name-in-document"
        case .fullName: "full-name"
        case .adjacent: "next-to-name"
        case .list: "list-with-name"
        case .staffInitials: "staff-initials"
        case .withRole: "name-with-role"
        case .withBirthDate: "name-with-birth-date"
        case .initialsOfName: "initials-of-name"
        case .describedAsPerson: "described-as-person"
        case .inEmailAddress: "name-in-email-address"
        case .spelledOut: "spelled-out-name"
        case .login: "staff-login"
        }
    }
}
