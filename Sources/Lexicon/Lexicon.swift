import Foundation
import Diagnostics

/// Every wordlist the detectors use, loaded once into two lookup tables: one for single
/// words (with ``WordClass`` bits) and one for multi-word phrases.
///
/// Loading reads each file once and builds the tables in a single pass; it is meant to
/// happen once per process (see `make bench` for the start-up figure).
public struct Lexicon: Sendable {
    /// Single words with the lists they belong to.
    public private(set) var words: WordSet
    /// Multi-word entries ("tower hamlets", "action for children") with their lists, and
    /// their leading words marked ``WordClass/phrasePrefix``.
    public private(set) var phrases: WordSet
    /// The longest phrase, in words.
    public private(set) var longestPhrase = 1
    /// First words of the phrases, so most words need no phrase look-up at all.
    public private(set) var phraseStarts: WordSet

    /// The files a lexicon directory holds, and the class each gives its words.
    public static let files: [(path: String, class: WordClass)] = [
        ("names/forenames.txt", .forename),
        ("names/surnames.txt", .surname),
        ("words/common.txt", .common),
        ("words/frequent.txt", .frequent),
        ("nonpersonal/places.txt", .place),
        ("nonpersonal/organisations.txt", .organisation),
        ("nonpersonal/roles.txt", .role),
        ("nonpersonal/titlecase.txt", .titlecase),
        ("nonpersonal/place-name-clashes.txt", [.place, .nameClash]),
        ("context/name-clashes.txt", .nameClash),
        ("context/place-clashes.txt", [.place, .nameClash]),
        ("context/domain-terms.txt", .titlecase),
    ]

    /// An empty lexicon (for tests and for adding lists by hand).
    public init() {
        words = WordSet(capacity: 1024)
        phrases = WordSet(capacity: 64)
        phraseStarts = WordSet(capacity: 64)
    }

    /// Loads the wordlists under `directory`. Missing optional files are skipped; the
    /// name lists and the common-word list are required.
    /// - Throws: ``CandourError`` naming the file when a required list is missing or
    ///   unreadable.
    public init(directory: URL) throws {
        self.init()
        let required: Set<String> = ["names/forenames.txt", "names/surnames.txt", "words/common.txt"]
        var contents: [(bytes: [UInt8], class: WordClass)] = []
        for (path, wordClass) in Lexicon.files {
            let url = directory.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                if required.contains(path) {
                    throw CandourError(.invalidConfiguration, "required wordlist is missing or unreadable", context: url.path)
                }
                continue
            }
            contents.append(([UInt8](data), wordClass))
        }
        let lines = contents.reduce(0) { $0 + $1.bytes.lazy.filter { $0 == 0x0A }.count }
        words = WordSet(capacity: lines)
        for (bytes, wordClass) in contents { add(wordlist: bytes, as: wordClass) }
    }

    /// Adds every line of `bytes` as `wordClass`: single words to ``words``, lines with
    /// spaces to ``phrases``.
    public mutating func add(wordlist bytes: [UInt8], as wordClass: WordClass) {
        var single: [UInt8] = []
        var multi: [UInt8] = []
        var prefixes: [UInt8] = []
        single.reserveCapacity(bytes.count)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = bytes[start..<end]
            let trimmed = line.drop(while: { $0 == 0x20 || $0 == 0x09 }).reversed()
                .drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }).reversed()
            if trimmed.contains(0x20) {
                multi.append(contentsOf: trimmed)
                multi.append(0x0A)
                // Its first two words, first three ... (all but the whole phrase).
                let words = Array(trimmed)
                var seenFirst = false
                for (offset, byte) in words.enumerated() where byte == 0x20 {
                    if seenFirst {
                        prefixes.append(contentsOf: words[..<offset])
                        prefixes.append(0x0A)
                    }
                    seenFirst = true
                }
                if let space = trimmed.firstIndex(of: 0x20) {
                    phraseStarts.insert(String(decoding: trimmed[..<space], as: UTF8.self))
                }
                longestPhrase = max(longestPhrase, trimmed.lazy.filter { $0 == 0x20 }.count + 1)
            } else {
                single.append(contentsOf: line)
                single.append(0x0A)
            }
            start = end + 1
        }
        words.add(wordlist: single, flags: wordClass.rawValue)
        phrases.add(wordlist: multi, flags: wordClass.rawValue)
        phrases.add(wordlist: prefixes, flags: WordClass.phrasePrefix.rawValue)
    }

    /// Adds terms given as strings (allow and deny lists, known parties).
    public mutating func add(terms: [String], as wordClass: WordClass) {
        add(wordlist: Array(terms.joined(separator: "\n").utf8), as: wordClass)
    }

    /// The classes of a lower-case word.
    @inline(__always)
    public func classes(of lowercased: UnsafeBufferPointer<UInt8>) -> WordClass {
        WordClass(rawValue: words.flags(of: lowercased))
    }

    /// The classes of the ASCII word `source[range]` given its `WordSet.lowercaseHash`.
    @inline(__always)
    public func classes(hash: UInt64, lowercasing source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClass {
        WordClass(rawValue: words.flags(hash: hash, lowercasing: source, range))
    }

    /// The classes of a word given as a string (any case).
    public func classes(of word: String) -> WordClass {
        WordClass(rawValue: words.flags(of: word.lowercased()))
    }

    /// The classes of a lower-case phrase of words separated by single spaces.
    public func phraseClasses(of lowercased: UnsafeBufferPointer<UInt8>) -> WordClass {
        WordClass(rawValue: phrases.flags(of: lowercased))
    }
}

extension Lexicon {
    /// Where the shipped wordlists are: `$CANDOUR_WORDLISTS`, then `wordlists/` beside
    /// or above the executable (a build folder inside the repository, or an install's
    /// `share/candour/wordlists`), then `./wordlists`.
    public static func defaultDirectory(executable: String = CommandLine.arguments.first ?? "") -> URL? {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["CANDOUR_WORDLISTS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var candidates: [URL] = []
        let resolved = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        var directory = resolved.deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent("wordlists"))
            candidates.append(directory.appendingPathComponent("share/candour/wordlists"))
            directory.deleteLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("wordlists"))
        return candidates.first { fileManager.fileExists(atPath: $0.appendingPathComponent("names/forenames.txt").path) }
    }
}
