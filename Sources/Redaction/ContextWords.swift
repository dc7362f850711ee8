import Foundation
import Lexicon

/// What a word says about the word after (or before) it.
struct ContextRole: OptionSet, Sendable {
    let rawValue: UInt16
    /// Mr, Mrs, Ms, Dr ...: the next word is a name or an initial.
    static let honorific = ContextRole(rawValue: 1 << 0)
    /// son, daughter, nan ...: a name may follow.
    static let kinship = ContextRole(rawValue: 1 << 1)
    /// social worker, personal advisor ...: a name may follow.
    static let role = ContextRole(rawValue: 1 << 2)
    /// Dear, Thanks, Good afternoon ...: a name may follow.
    static let greeting = ContextRole(rawValue: 1 << 3)
    /// Best wishes, Kind regards ...: a name follows, often on the next line.
    static let signoff = ContextRole(rawValue: 1 << 4)
    /// asked, said, has ...: the word before is a person when it could be.
    static let personVerb = ContextRole(rawValue: 1 << 5)
    /// From:, Child:, Complainant: ...: a name follows the colon.
    static let field = ContextRole(rawValue: 1 << 6)
    /// in, on, by, last, next ...: the capitalised word after is likely a date word.
    static let temporal = ContextRole(rawValue: 1 << 7)
    /// Hospital, Infirmary, Centre ...: the capitalised words before it name a building.
    static let institution = ContextRole(rawValue: 1 << 8)
    /// in, at, near ...: a capitalised word after it is a place.
    static let locative = ContextRole(rawValue: 1 << 9)
    /// ap, van, de, bin ...: a lower-case particle inside a family name.
    static let particle = ContextRole(rawValue: 1 << 10)
    /// the, a, this, our ...: the capitalised word after it is a thing, not a person.
    static let determiner = ContextRole(rawValue: 1 << 11)
    /// family, children, case ...: the surname before it names a family ("the Fisher children").
    static let familyNoun = ContextRole(rawValue: 1 << 12)
    /// The last word of a multi-word context phrase ("worker" of "social worker"): only
    /// after such a word is a phrase look-up worth making.
    static let phraseEnd = ContextRole(rawValue: 1 << 13)
    /// will, may, as, over ...: after a relationship word in a text message, not a name
    /// ("my son will", not "my son Will").
    static let function = ContextRole(rawValue: 1 << 14)

    /// Roles that introduce a name.
    static let introducer: ContextRole = [.honorific, .kinship, .role, .greeting, .signoff]
}

/// The context vocabularies (`wordlists/context/*.txt`): words and phrases around
/// names, and the short forms of given names.
struct ContextWords: Sendable {
    /// Words and phrases (lower case) with their ``ContextRole`` bits.
    var table = WordSet(capacity: 512)
    /// The longest phrase, in words.
    var longestPhrase = 1
    /// Given name → short forms, and short form → given names.
    var nicknames: [String: [String]] = [:]
    /// Shops, brands and clubs that are names too (`brands.txt`), flag 1; those that
    /// count only in their possessive form ("mcdonald's") are stored without it, flag 2.
    var brands = WordSet(capacity: 32)
    /// The brands' first letters and lengths.
    var brandShapes = BrandShapes()

    static let files: [(String, ContextRole)] = [
        ("honorifics.txt", .honorific),
        ("kinship.txt", .kinship),
        ("roles.txt", .role),
        ("greetings.txt", .greeting),
        ("signoffs.txt", .signoff),
        ("person-verbs.txt", .personVerb),
        ("fields.txt", .field),
        ("temporal.txt", .temporal),
        ("institutions.txt", .institution),
        ("locatives.txt", .locative),
        ("particles.txt", .particle),
        ("determiners.txt", .determiner),
        ("family-nouns.txt", .familyNoun),
        ("function-words.txt", .function),
    ]

    init() {}

    /// Loads `directory/context/`; a missing file is an error naming it.
    init(wordlists directory: URL) throws {
        let context = directory.appendingPathComponent("context")
        for (file, role) in ContextWords.files {
            let bytes = try ContextWords.contents(of: context.appendingPathComponent(file))
            table.add(wordlist: bytes, flags: role.rawValue)
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
                let words = line.split(separator: " ")
                longestPhrase = max(longestPhrase, words.count)
                if words.count > 1, let last = words.last {
                    table.insert(String(last).trimmingCharacters(in: .whitespaces), flags: ContextRole.phraseEnd.rawValue)
                }
            }
        }
        let brandData = try ContextWords.contents(of: context.appendingPathComponent("brands.txt"))
        for line in String(decoding: brandData, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            guard !word.isEmpty else { continue }
            let stem = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
            brands.insert(stem, flags: word.hasSuffix("'s") ? ContextWords.possessiveBrand : ContextWords.brand)
            brandShapes.insert(stem)
        }
        let url = context.appendingPathComponent("nicknames.txt")
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let names = line.split(separator: " ").map { String($0).lowercased() }
                guard let full = names.first else { continue }
                for short in names.dropFirst() {
                    nicknames[full, default: []].append(short)
                    nicknames[short, default: []].append(full)
                }
            }
        }
    }

    /// The bytes of a context wordlist; a missing file is an error naming it.
    private static func contents(of url: URL) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw RedactionError.io(url.path, "context wordlist is missing or unreadable")
        }
        return [UInt8](data)
    }

    static let brand: UInt16 = 1
    static let possessiveBrand: UInt16 = 2

    /// The roles of a lower-case word or phrase.
    @inline(__always)
    func roles(_ lowercased: UnsafeBufferPointer<UInt8>) -> ContextRole {
        ContextRole(rawValue: table.flags(of: lowercased))
    }
}
