/// The lists a word belongs to, as bits, so one lookup answers every question the
/// detectors ask about a word.
///
/// The members are inlinable constants, not stored statics: the detectors test them for
/// every word, and a stored static of another module costs a call to its accessor.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// A given name (`names/forenames.txt`).
    @inlinable public static var forename: WordClass { WordClass(rawValue: 1 << 0) }
    /// A family name (`names/surnames.txt`).
    @inlinable public static var surname: WordClass { WordClass(rawValue: 1 << 1) }
    /// An ordinary English word written in lower case (`words/common.txt`).
    @inlinable public static var common: WordClass { WordClass(rawValue: 1 << 2) }
    /// One of the most frequent English words (`words/frequent.txt`).
    @inlinable public static var frequent: WordClass { WordClass(rawValue: 1 << 3) }
    /// A place: council, county, town, country, nationality (`nonpersonal/places.txt`).
    @inlinable public static var place: WordClass { WordClass(rawValue: 1 << 4) }
    /// An organisation or acronym (`nonpersonal/organisations.txt`).
    @inlinable public static var organisation: WordClass { WordClass(rawValue: 1 << 5) }
    /// A role, team or service word (`nonpersonal/roles.txt`).
    @inlinable public static var role: WordClass { WordClass(rawValue: 1 << 6) }
    /// A capitalised word that is not a name in these documents (`nonpersonal/titlecase.txt`).
    @inlinable public static var titlecase: WordClass { WordClass(rawValue: 1 << 7) }
    /// A word the council says never to redact (allow list).
    @inlinable public static var allowed: WordClass { WordClass(rawValue: 1 << 8) }
    /// A word the council says always to redact (deny list).
    @inlinable public static var denied: WordClass { WordClass(rawValue: 1 << 9) }

    /// A non-personal word that is also a common name (June, Chelsea, Foster): judged by
    /// context, never dropped outright (`nonpersonal/place-name-clashes.txt`,
    /// `context/name-clashes.txt`).
    @inlinable public static var nameClash: WordClass { WordClass(rawValue: 1 << 10) }

    /// In ``Lexicon/phrases`` only: the first words of a longer phrase ("tower" "hamlets"
    /// of "tower hamlets council"), so a phrase look-up can stop as soon as nothing
    /// longer can match.
    @inlinable public static var phrasePrefix: WordClass { WordClass(rawValue: 1 << 11) }

    /// A word for a pet's animal ("dog", "hamster"; `context/animals.txt`): a name beside
    /// it may be the pet's.
    @inlinable public static var animal: WordClass { WordClass(rawValue: 1 << 12) }

    /// Any of the lists of things that are not people.
    @inlinable public static var nonPersonal: WordClass { WordClass(rawValue: 1 << 4 | 1 << 5 | 1 << 6 | 1 << 7) }
    /// Either kind of name.
    @inlinable public static var name: WordClass { WordClass(rawValue: 1 << 0 | 1 << 1) }
}
