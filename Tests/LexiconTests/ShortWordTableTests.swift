import Testing
@testable import Lexicon

@Suite("ShortWordTable: the cached table of frequent words")
struct ShortWordTableTests {
    private func value(_ table: ShortWordTable, _ word: String) -> UInt32? {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            ShortWordTable.key(buffer, 0..<buffer.count).flatMap { table.value(for: $0) }
        }
    }

    private func insert(_ table: inout ShortWordTable, _ word: String, _ value: UInt32) -> Bool {
        Array(word.utf8).withUnsafeBufferPointer { table.insert($0, value: value) }
    }

    @Test func findsWordsInAnyCaseWithTheirValues() {
        var table = ShortWordTable(capacity: 8)
        #expect(insert(&table, "the", 7))
        #expect(insert(&table, "Council", 0xFFFF_FFFF))
        #expect(value(table, "THE") == 7)
        #expect(value(table, "council") == 0xFFFF_FFFF)
        #expect(value(table, "counci") == nil)
        #expect(value(table, "councils") == nil)
        #expect(value(table, "th") == nil)
        #expect(table.count == 2)
    }

    @Test func keysOfTwelveBytesAreExactAndLongerWordsAreRefused() {
        var table = ShortWordTable(capacity: 8)
        #expect(insert(&table, "safeguarding", 1))  // 12 bytes: the longest key
        #expect(insert(&table, "safeguardin", 2))   // 11: differs only in the second word
        #expect(!insert(&table, "safeguardings", 3))
        #expect(value(table, "Safeguarding") == 1)
        #expect(value(table, "safeguardin") == 2)
        #expect(value(table, "safeguardings") == nil)
    }

    /// Keys read eight bytes at a time must equal keys read a byte at a time, for every
    /// length, wherever the word sits in its buffer and whatever follows it.
    @Test func wordAtATimeKeysEqualByteAtATimeKeys() {
        let text = Array("Xy O'Brien-SMITH and\tZoë at 9am: SAFEGUARDINGS, w@x.uk [PERSON 1] end".utf8)
        text.withUnsafeBufferPointer { buffer in
            for start in 0..<buffer.count {
                for length in 1...min(ShortWordTable.maxLength, buffer.count - start) {
                    let range = start..<(start + length)
                    #expect(ShortWordTable.key(buffer, range) == ShortWordTable.bytewiseKey(buffer, range), "\(range)")
                }
            }
        }
    }

    /// The tokenizer's quick key (bit 5 set on every byte) must equal the general key
    /// for every run of letters, apostrophes and hyphens, at every offset and length.
    @Test func wordKeysEqualGeneralKeysForLettersApostrophesAndHyphens() {
        let text = Array("O'Brien-SMITH couldn't Xy z Safeguarding-team Mary-Jane's ABCDEFGHIJKL q".utf8)
        text.withUnsafeBufferPointer { buffer in
            for start in 0..<buffer.count {
                for length in 1...min(ShortWordTable.maxLength + 1, buffer.count - start) {
                    let range = start..<(start + length)
                    guard buffer[range].allSatisfy({ ($0 | 0x20) &- 0x61 < 26 || $0 == 0x27 || $0 == 0x2D }) else { continue }
                    #expect(ShortWordTable.key(ofWord: buffer, range) == ShortWordTable.key(buffer, range), "\(range)")
                }
            }
        }
    }

    @Test func nonASCIIWordsHaveNoKey() {
        let bytes = Array("Siobhán".utf8)
        bytes.withUnsafeBufferPointer { #expect(ShortWordTable.key($0, 0..<$0.count) == nil) }
        var table = ShortWordTable(capacity: 4)
        #expect(!insert(&table, "siobhán", 1))
    }

    @Test func insertingAgainReplacesTheValue() {
        var table = ShortWordTable(capacity: 4)
        #expect(insert(&table, "grace", 1))
        #expect(insert(&table, "Grace", 5))
        #expect(value(table, "grace") == 5)
        #expect(table.count == 1)
    }

    @Test func stopsTakingWordsWhenFullInsteadOfLoopingForever() {
        var table = ShortWordTable(capacity: 10)
        var stored = 0
        for number in 0..<1_000 where insert(&table, "w\(number)", UInt32(number)) { stored += 1 }
        #expect(stored == table.count)
        #expect(stored < 1_000)
        #expect((0..<stored).allSatisfy { value(table, "w\($0)") == UInt32($0) })
    }

    /// The bulk build (in the order of home slots, for start-up) must give the same
    /// answers as inserting the words one by one, including where probes wrap around
    /// the end of the table and for words that were never stored.
    @Test func bulkInsertAnswersAsOneByOneInsertion() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijklmnopqrstuvwxyz'-".utf8)
        var words = Set<String>()
        while words.count < 3_000 {
            let length = Int.random(in: 1...ShortWordTable.maxLength, using: &generator)
            words.insert(String(decoding: (0..<length).map { _ in letters.randomElement(using: &generator)! }, as: UTF8.self))
        }
        let stored = Array(words.prefix(2_000)), absent = Array(words.dropFirst(2_000))
        var oneByOne = ShortWordTable(capacity: stored.count)
        var bulk = ShortWordTable(capacity: stored.count)
        var keys: [ShortWordTable.Key] = [], values: [UInt32] = []
        for (index, word) in stored.enumerated() {
            #expect(insert(&oneByOne, word, UInt32(index + 1)))
            let bytes = Array(word.utf8)
            keys.append(bytes.withUnsafeBufferPointer { ShortWordTable.key($0, 0..<$0.count)! })
            values.append(UInt32(index + 1))
        }
        let fitted = bulk.insert(distinct: keys, values: values)
        #expect(fitted)
        #expect(bulk.count == oneByOne.count)
        for (index, word) in stored.enumerated() {
            #expect(value(bulk, word.uppercased()) == UInt32(index + 1), "\(word)")
        }
        #expect(absent.allSatisfy { value(bulk, $0) == nil })
        // A bulk build that does not fit stores nothing.
        var small = ShortWordTable(capacity: 10)
        let overfilled = small.insert(distinct: keys, values: values)
        #expect(!overfilled)
        #expect(small.count == 0)
    }

    @Test func wordSetListsItsEntriesWithFlags() {
        var set = WordSet(capacity: 4)
        set.insert("grace", flags: 1)
        set.insert("green", flags: 2)
        set.insert("grace", flags: 4)
        var seen: [String: UInt16] = [:]
        set.forEachEntry { word, flags in seen[String(decoding: word, as: UTF8.self)] = flags }
        #expect(seen == ["grace": 5, "green": 2])
    }
}
