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
    public let name = "names"
    let lexicon: Lexicon
    let context: ContextWords
    let known: KnownParties

    init(lexicon: Lexicon, context: ContextWords, known: KnownParties) {
        self.lexicon = lexicon
        self.context = context
        self.known = known
    }

    public func detect(in document: Document, findings: inout [Finding]) throws {
        var run = NameRun(detector: self)
        document.bytes.withUnsafeBufferPointer { bytes in
            run.analyse(bytes, covered: findings)
        }
        for (index, rule) in run.rules.enumerated() where rule != nil {
            let token = run.tokens[index]
            findings.append(Finding(range: token.start..<token.end, type: .person, detector: name, rule: rule!.rawValue))
        }
    }
}

/// Why a word was taken for a name; recorded in audit records as the rule.
enum NameRule: String {
    case knownParty = "known-party"
    case denied = "deny-list"
    case honorific
    case honorificInitial = "honorific-initial"
    case introduced = "introduced"
    case field
    case signoff
    case nameList = "name-list"
    case unknownProperNoun = "unknown-proper-noun"
    case lowercaseName = "lowercase-name"
    case capitalsName = "capitals-name"
    case possessive
    case personVerb = "person-verb"
    case isolated = "isolated-capital"
    case familyName = "family-name"
    case sameDocument = "same-name-in-document"
    case fullName = "full-name"
    case adjacent = "next-to-name"
    case list = "list-with-name"
}
