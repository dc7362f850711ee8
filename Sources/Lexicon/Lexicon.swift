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
        ("context/animals.txt", .animal),
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
    /// spaces to ``phrases`` (and their leading words to ``phraseStarts``, their first
    /// two, three ... words as ``WordClass/phrasePrefix``). Lines are trimmed; blank
    /// lines and `#` comment lines are skipped.
    /// - Complexity: O(n) in the bytes, one hash insertion a line; no allocation a line.
    public mutating func add(wordlist bytes: [UInt8], as wordClass: WordClass) {
        let flags = wordClass.rawValue
        words.reserveStorage(bytes.count + bytes.count / 2)
        // Single words are gathered lower-cased and inserted together (see
        // ``WordSet/insert(_:ends:flags:)``).
        var single: [UInt8] = [], ends: [Int] = []
        single.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            WordSet.forEachEntryLine(buffer) { line in
                if line.contains(0x20) {
                    add(phrase: line, flags: flags)
                } else {
                    for byte in line { single.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
                    ends.append(single.count)
                }
            }
        }
        words.insert(single, ends: ends, flags: flags)
    }

    /// Adds a trimmed line with spaces: the phrase, its leading word and its prefixes.
    private mutating func add(phrase line: UnsafeBufferPointer<UInt8>, flags: UInt16) {
        phrases.insert(line, flags: flags)
        var spaces = 0
        for index in line.indices where line[index] == 0x20 {
            spaces += 1
            var prefixEnd = index
            while prefixEnd > 0, WordSet.isSpace(line[prefixEnd - 1]) { prefixEnd -= 1 }
            if spaces == 1 {
                // Lower-cased as a string is, so that non-ASCII capitals match too.
                phraseStarts.insert(String(decoding: UnsafeBufferPointer(rebasing: line[..<index]), as: UTF8.self))
                // A possessive leading word ("king's lynn") starts the phrase without its
                // "'s" too: a tokenizer keeps the "'s" out of the word.
                if index >= 3, line[index - 2] == 0x27, line[index - 1] | 0x20 == 0x73 {
                    phraseStarts.insert(String(decoding: UnsafeBufferPointer(rebasing: line[..<(index - 2)]), as: UTF8.self))
                }
            } else if prefixEnd > 0 {
                phrases.insert(UnsafeBufferPointer(rebasing: line[..<prefixEnd]), flags: WordClass.phrasePrefix.rawValue)
            }
        }
        longestPhrase = max(longestPhrase, spaces + 1)
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

    /// The classes of the ASCII phrase `source[range]` (words one space apart) given its
    /// hash (see ``WordSet/hashFolding(_:_:_:)``), lower-cased as it is compared.
    @inline(__always)
    public func phraseClasses(hash: UInt64, lowercasing source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> WordClass {
        WordClass(rawValue: phrases.flags(hash: hash, lowercasing: source, range))
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
