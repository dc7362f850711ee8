/// The lists a word belongs to, as bits, so one lookup answers every question the
/// detectors ask about a word.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A given name (`names/forenames.txt`).
    public static let forename = WordClass(rawValue: 1 << 0)
    /// A family name (`names/surnames.txt`).
    public static let surname = WordClass(rawValue: 1 << 1)
    /// An ordinary English word written in lower case (`words/common.txt`).
    public static let common = WordClass(rawValue: 1 << 2)
    /// One of the most frequent English words (`words/frequent.txt`).
    public static let frequent = WordClass(rawValue: 1 << 3)
    /// A place: council, county, town, country, nationality (`nonpersonal/places.txt`).
    public static let place = WordClass(rawValue: 1 << 4)
    /// An organisation or acronym (`nonpersonal/organisations.txt`).
    public static let organisation = WordClass(rawValue: 1 << 5)
    /// A role, team or service word (`nonpersonal/roles.txt`).
    public static let role = WordClass(rawValue: 1 << 6)
    /// A capitalised word that is not a name in these documents (`nonpersonal/titlecase.txt`).
    public static let titlecase = WordClass(rawValue: 1 << 7)
    /// A word the council says never to redact (allow list).
    public static let allowed = WordClass(rawValue: 1 << 8)
    /// A word the council says always to redact (deny list).
    public static let denied = WordClass(rawValue: 1 << 9)

    /// A non-personal word that is also a common name (June, Chelsea, Foster): judged by
    /// context, never dropped outright (`nonpersonal/place-name-clashes.txt`,
    /// `context/name-clashes.txt`).
    public static let nameClash = WordClass(rawValue: 1 << 10)

    /// In ``Lexicon/phrases`` only: the first words of a longer phrase ("tower" "hamlets"
    /// of "tower hamlets council"), so a phrase look-up can stop as soon as nothing
    /// longer can match.
    public static let phrasePrefix = WordClass(rawValue: 1 << 11)

    /// Any of the lists of things that are not people.
    public static let nonPersonal: WordClass = [.place, .organisation, .role, .titlecase]
    /// Either kind of name.
    public static let name: WordClass = [.forename, .surname]
}
