@testable import Classification
import Foundation
import Testing

/// The tagger reads a text's words once, in the same pass as the pattern prefilter; they
/// must be the words the negation cues were always matched against.
@Suite("First pass: one read of the words")
struct FirstPassTests {
    @Test func wordsAreTheWordSpansOfTheText() throws {
        let texts = [
            "", "x", "Don’t say it's fine — café, naïve; [PERSON 1] wasn't told.\n",
            "a\u{17F}till waiting, \u{212A}ept_going 12/3", "’’ ' ’tis", "ÉCOLE: £5,000 paid", "end’",
        ]
        let tagger = Fixtures.tagger()
        for text in texts {
            _ = try tagger.tag(text)
            var copy = text
            let expected = copy.withUTF8 { WordSpan.words(in: $0) }
            #expect(tagger.textWords.map { [$0.start, $0.end] } == expected.map { [$0.start, $0.end] }, "\(text)")
            #expect(tagger.textWords.map(\.hash) == expected.map(\.hash), "\(text)")
            #expect(tagger.textWords.map { [$0.clauseBefore, $0.commaBefore, $0.clauseWord, $0.commaWord] }
                == expected.map { [$0.clauseBefore, $0.commaBefore, $0.clauseWord, $0.commaWord] })
            // Every `\w` run, start and end.
            let runs = copy.withUTF8 { bytes in
                bytes.indices.filter { PhraseTables.isWord(bytes[$0]) && ($0 == 0 || !PhraseTables.isWord(bytes[$0 - 1])) }
                    .flatMap { [Int32($0), Int32(PhraseTables.wordRun(bytes, from: $0))] }
            }
            #expect(tagger.runs == runs, "\(text)")
        }
    }

    /// The first pass records the phrase matcher's reads at every plain word; they are
    /// what the matcher finds there itself (special forms, prefix stems and the whole
    /// word), and every other position is left to be read on demand.
    @Test func recordedReadsAreTheReadsFoundOnDemand() throws {
        let corpus = try String(contentsOfFile: Fixtures.annotatedSet, encoding: .utf8)
        let texts = corpus.split(separator: "\n").prefix(60).map(String.init) + [
            "", "a", "Don’t say it's fine — café; compliments, complimentary, communicat", "x-ray £5 e-mail 12th",
        ]
        let tagger = Fixtures.tagger()
        let tables = tagger.tables
        let context = tagger.context
        for text in texts {
            var copy = text
            try copy.withUTF8 { bytes in
                try tagger.firstPass(bytes)
                var recorded: [Int: [Int32]] = [:]
                for i in 0..<bytes.count + 1 where context.memo[i].stamp == context.stamp {
                    let memo = context.memo[i]
                    recorded[i] = (Int(memo.start)..<Int(memo.start + memo.count)).flatMap {
                        [context.readForm[$0], context.readEnd[$0]]
                    }
                    // Beside each read, its form's top-level candidates.
                    for k in Int(memo.start)..<Int(memo.start + memo.count) {
                        let form = Int(context.readForm[k])
                        let top = context.readTop[k]
                        #expect(Int32(truncatingIfNeeded: top) == tables.topStart[form])
                        #expect(Int32(truncatingIfNeeded: top >> 32) == tables.topStart[form + 1])
                    }
                }
                // Every plain word (a `\w` run that is a whole word) was recorded.
                for word in tagger.textWords where (word.start..<word.end).allSatisfy({ PhraseTables.isWord(bytes[$0]) }) {
                    #expect(recorded[word.start] != nil, "\(text)")
                }
                context.reset(bytes.count)
                for (i, reads) in recorded {
                    let (start, count) = tables.firstReads(at: i, bytes, context)
                    let found = (start..<start + count).flatMap { [context.readForm[$0], context.readEnd[$0]] }
                    #expect(found == reads, "\(text) at \(i)")
                }
            }
        }
    }

    /// Cues are looked for only at the words the first pass marked; they are the cues a
    /// look at every word finds.
    @Test func cuesFoundAtMarkedWordsAreAllTheCues() throws {
        let corpus = try String(contentsOfFile: Fixtures.annotatedSet, encoding: .utf8)
        let tagger = Fixtures.tagger()
        let table = Fixtures.classifier.cues
        for line in corpus.split(separator: "\n").prefix(120) {
            var text = String(line) + " Thankfully, no concerns; nothing was said."
            _ = try tagger.tag(text)
            text.withUTF8 { bytes in
                var marked = [[CueList.Occurrence]](repeating: [], count: table.taxonomies)
                var all = marked
                table.occurrences(in: tagger.textWords, candidates: tagger.cueCandidates, bytes, into: &marked)
                table.occurrences(in: tagger.textWords, bytes, into: &all)
                #expect(marked.map { $0.map(\.range) } == all.map { $0.map(\.range) })
                #expect(all.contains { !$0.isEmpty })
            }
        }
    }

    /// Negation windows read off the words agree with the byte walk they replace, at
    /// every word start of the annotated set and of awkward texts.
    @Test func windowsFromWordsAgreeWithTheByteWalk() throws {
        let corpus = try String(contentsOfFile: Fixtures.annotatedSet, encoding: .utf8)
        var texts = corpus.split(separator: "\n").map(String.init)
        texts += ["First, second; third: (fourth) \"fifth\", sixth.\nSeventh", ", lead", "a", ".b", "x,y z"]
        var checked = 0
        for text in texts {
            var copy = text
            copy.withUTF8 { bytes in
                let words = WordSpan.words(in: bytes)
                for index in words.indices {
                    for (near, far) in [(2, 11), (4, 8), (5, 28), (1, 1), (3, 3), (1, 2), (6, 3)] {
                        let fromWords = words.withUnsafeBufferPointer { Scan.windows($0, at: index, nearWords: near, farWords: far) }
                        let fromBytes = Scan.windows(bytes, before: words[index].start, nearWords: near, farWords: far)
                        if fromWords != fromBytes { Issue.record("\(text.prefix(40)) word \(index): \(fromWords) != \(fromBytes)") }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}

/// The scanner visits only the places something can start (`\w` run starts, `[`, pattern
/// matches) unless a taxonomy has phrases that can start anywhere; both ways find the same.
@Suite("Scanner: the places it visits")
struct ScannerVisitTests {
    static func ranges(_ yaml: String, _ text: String) throws -> [String] {
        let tagger = Tagger(try Fixtures.classifier(yaml: yaml))
        let result = try tagger.tag(text)
        return result["themes"]!.candidates.map {
            "\($0.evidence.phrase)@\($0.evidence.range.lowerBound)-\($0.evidence.range.upperBound)"
        }
    }

    @Test func wordStartsBracketsAndPatternsAreVisited() throws {
        let text = "They don't care. [not a placeholder] fee, x-ray fee; £5 fee. [PERSON 1] fee"
        let plain = """
            taxonomy: themes
            categories:
              - id: financial
                phrases: ["don't care", "ray fee", "placeholder", "fee"]
                patterns: [{pattern: '£\\s?\\d', weight: 1}]
            """
        let expected = [
            "don't care@5-15", "placeholder@24-35", "fee@37-40", "ray fee@44-51", "fee@48-51", "£\\s?\\d@53-56",
            "fee@57-60", "fee@73-76",
        ]
        #expect(try Self.ranges(plain, text) == expected)
        // A `*ending` phrase can start anywhere: every byte is visited, with the same finds.
        let withSuffix = plain.replacingOccurrences(of: "\"fee\"]", with: "\"fee\", \"*zzz\"]")
        #expect(try Self.ranges(withSuffix, text) == expected)
    }
}
