import Testing
import Foundation
@testable import Lexicon

@Suite("WordSet and Lexicon look-ups")
struct WordSetTests {
    @Test func looksUpWordsCaseInsensitivelyFromWordlistText() {
        let set = WordSet(wordlist: Array("# comment\nTeresa\n  kofi  \r\n\nsiobhán\n".utf8))
        #expect(set.count == 3)
        #expect(set.contains("teresa"))
        #expect(set.contains("kofi"))
        #expect(set.contains("siobhán"))
        #expect(!set.contains("# comment"))
        #expect(!set.contains(""))
        #expect(!set.contains("teres"))
    }

    @Test func flagsAccumulateAcrossLists() {
        var set = WordSet(capacity: 4)
        set.insert("grace", flags: 1)
        set.insert("grace", flags: 4)
        set.insert("green", flags: 2)
        #expect(set.flags(of: "grace") == 5)
        #expect(set.flags(of: "green") == 2)
        #expect(set.flags(of: "gray") == 0)
        #expect(set.count == 2)
    }

    @Test func growsPastItsFirstCapacity() {
        var set = WordSet(capacity: 2)
        for number in 0..<5_000 { set.insert("name\(number)") }
        #expect(set.count == 5_000)
        #expect((0..<5_000).allSatisfy { set.contains("name\($0)") })
        #expect(!set.contains("name5000"))
        #expect(Set(set.entries).count == 5_000)
    }

    @Test func lexiconSplitsPhrasesFromWordsAndLoadsShippedLists() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("wordlists")
        let lexicon = try Lexicon(directory: root)
        #expect(lexicon.classes(of: "Priya").contains(.forename))
        #expect(lexicon.classes(of: "Okonkwo").contains(.surname))
        #expect(lexicon.classes(of: "because").contains(.common))
        #expect(!lexicon.classes(of: "Cafcass").isDisjoint(with: .nonPersonal))
        #expect(lexicon.classes(of: "June").contains(.nameClash))
        #expect(lexicon.longestPhrase > 1)
        var phrase = Array("tower hamlets".utf8)
        let classes = phrase.withUnsafeMutableBufferPointer { lexicon.phraseClasses(of: UnsafeBufferPointer($0)) }
        #expect(classes.contains(.place))
    }

    /// The leading words of each phrase are marked, so a phrase look-up can stop when
    /// nothing longer can match.
    @Test func phrasePrefixesAreMarked() {
        var lexicon = Lexicon()
        lexicon.add(wordlist: Array("Children in Care Council\nchildren in care\nTower Hamlets\n".utf8), as: .organisation)
        func classes(_ text: String) -> WordClass {
            Array(text.utf8).withUnsafeBufferPointer { lexicon.phraseClasses(of: $0) }
        }
        #expect(classes("children in") == .phrasePrefix)
        #expect(classes("children in care") == [.organisation, .phrasePrefix])  // a phrase and a prefix
        #expect(classes("children in care council") == .organisation)
        #expect(classes("tower hamlets") == .organisation)
        #expect(classes("tower") == [])  // single words are not phrases
    }

    /// Comment lines with spaces were once split as phrases: "#" became a phrase start
    /// and the longest phrase grew to the longest comment.
    @Test func commentLinesAreNeitherPhrasesNorPhraseStarts() {
        var lexicon = Lexicon()
        lexicon.add(wordlist: Array("# Source: a list of many words in a long comment line\nTower Hamlets\n".utf8), as: .place)
        #expect(lexicon.longestPhrase == 2)
        #expect(!lexicon.phraseStarts.contains("#"))
        #expect(lexicon.phraseStarts.contains("tower"))
        #expect(lexicon.phrases.count == 1)
    }

    /// The batch insertion used for loading wordlists (in the order of home slots) must
    /// hold the same entries with the same flags as inserting one by one, duplicates
    /// included, across growth of the table.
    @Test func aPhraseHashedWordByWordIsFoundWhereItStands() {
        var set = WordSet()
        set.insert("fort william", flags: 4)
        let text = Array("to FORT William now".utf8)
        text.withUnsafeBufferPointer { source in
            var state = WordSet.hashFolding(WordSet.hashSeed, source, 3..<7)!
            state = WordSet.hashFolding(WordSet.hashFolding(state, byte: 0x20), source, 8..<15)!
            #expect(WordSet.finishHash(state) == WordSet.lowercaseHash(source, 3..<15))
            #expect(set.flags(hash: WordSet.finishHash(state), lowercasing: source, 3..<15) == 4)
            #expect(set.flags(hash: WordSet.lowercaseHash(source, 3..<7)!, lowercasing: source, 3..<7) == 0)
        }
        let accented = Array("Hòa".utf8)
        accented.withUnsafeBufferPointer { #expect(WordSet.hashFolding(WordSet.hashSeed, $0, 0..<$0.count) == nil) }
    }

    @Test func batchInsertionEqualsOneByOne() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz'-".utf8)
        let words = (0..<4_000).map { _ in
            String(decoding: (0..<Int.random(in: 1...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! },
                   as: UTF8.self)
        }
        var oneByOne = WordSet(capacity: 8), batch = WordSet(capacity: 8)
        for (part, flags) in [(words[..<2_500], UInt16(1)), (words[1_500...], UInt16(4))] {
            var bytes: [UInt8] = [], ends: [Int] = []
            for word in part {
                oneByOne.insert(word, flags: flags)
                bytes += Array(word.utf8)
                ends.append(bytes.count)
            }
            batch.insert(bytes, ends: ends, flags: flags)
        }
        #expect(batch.count == oneByOne.count)
        for word in words { #expect(batch.flags(of: word) == oneByOne.flags(of: word), "\(word)") }
        #expect(batch.flags(of: "not-a-generated-word") == 0)
    }

    @Test func missingRequiredWordlistNamesTheFile() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-wordlists-\(UUID().uuidString)")
        do {
            _ = try Lexicon(directory: empty)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("names/forenames.txt"))
        }
    }
}
