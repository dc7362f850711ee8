@testable import Classification
import Foundation
import Testing

/// The phrase matcher works on bytes, without the PCRE2 patterns it replaced; these
/// check that it reports exactly what they did.
@Suite("Matching: results identical to the PCRE2 buckets it replaced")
struct MatchingGoldenTests {
    /// `Fixtures/matching-golden.jsonl` holds texts (the annotated set, the redaction
    /// fixtures' texts and awkward cases: curly apostrophes, dashes, placeholders, money,
    /// capitals, case-sensitive patterns) with a digest of everything the PCRE2-based
    /// tagger reported for them: every candidate, its category, phrase, byte range,
    /// weight and status, and every label with its score and evidence.
    @Test func resultsMatchTheRecordedOnes() throws {
        let path = Fixtures.root.appendingPathComponent("Fixtures/matching-golden.jsonl").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let tagger = Fixtures.tagger()
        var checked = 0
        var differing: [String] = []
        for line in text.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let input = try #require(object["text"] as? String)
            let expected = try #require(object["digest"] as? String)
            if Self.digest(try tagger.tag(input)) != expected { differing.append(String(input.prefix(60))) }
            checked += 1
        }
        #expect(checked > 600)
        #expect(differing.isEmpty, "results changed for: \(differing.prefix(5))")
    }

    /// Bucket boundaries follow the length of the PCRE2 source each bucket stood for;
    /// the lengths are counted without building the source, and must agree with it.
    @Test func sourceLengthsAreCountedExactly() throws {
        var trie = PhraseTrie()
        for taxonomy in try Fixtures.builtIn.resolvingInclusions().taxonomies {
            for category in taxonomy.categories {
                for entry in category.entries + category.exclusions where entry.kind == .phrase {
                    let tokens = try PhraseSyntax.tokens(of: entry.text)
                    for token in tokens { #expect(RegexSource.tokenLength(token) == RegexSource.token(token).utf8.count) }
                    _ = trie.insert(tokens)
                }
            }
        }
        var lengths: [PhraseSyntax.Token: Int] = [:]
        for node in trie.root.children {
            #expect(PhraseTrie.emitLength(node, cache: &lengths) == PhraseTrie.emit(node).utf8.count)
        }
        let awkward: [PhraseSyntax.Token] = [
            .word(forms: ["don't", "don’t", "do"]), .word(forms: ["£"]), .prefix("compliment"), .suffix("ness"),
            .gap(maxWords: 4), .word(forms: ["a.b", "a-b", "a"]),
        ]
        for token in awkward { #expect(RegexSource.tokenLength(token) == RegexSource.token(token).utf8.count) }
    }

    /// A tagger reused across texts of different lengths gives what a fresh one does.
    @Test func reusedTaggersAgreeWithFreshOnes() throws {
        let texts = [
            String(repeating: "The social worker did not return calls. ", count: 200),
            "Delay.", "", "X", "[PERSON 1] was rude", String(repeating: "a", count: 5000),
            "The placement broke down and the worker was rude.",
        ]
        let reused = Fixtures.tagger()
        for text in texts {
            #expect(Self.digest(try reused.tag(text)) == Self.digest(try Fixtures.tagger().tag(text)))
        }
    }

    static func status(_ s: Candidate.Status) -> String {
        switch s {
        case .counted: return "counted"
        case .belowThreshold(let score, let threshold): return "below:\(score):\(threshold)"
        case .negated(let r): return "negated:\(r.lowerBound)-\(r.upperBound)"
        case .hedged(let r): return "hedged:\(r.lowerBound)-\(r.upperBound)"
        case .negatedAfter(let r): return "after:\(r.lowerBound)-\(r.upperBound)"
        case .excluded(let phrase, let r): return "excluded:\(phrase):\(r.lowerBound)-\(r.upperBound)"
        case .placeholder(let r): return "placeholder:\(r.lowerBound)-\(r.upperBound)"
        }
    }

    /// Everything a result holds, as text.
    static func canonical(_ result: TagResult) -> String {
        var out = ""
        for t in result.taxonomies {
            out += "#\(t.name)\n"
            for l in t.labels {
                out += "L \(l.id) \(l.score) \(l.threshold) "
                out += l.evidence.map {
                    "\($0.category)|\($0.phrase)|\($0.range.lowerBound)-\($0.range.upperBound)|\($0.weight)"
                }.joined(separator: ";") + "\n"
            }
            for c in t.candidates {
                let e = c.evidence
                out += "C \(e.category)|\(e.phrase)|\(e.kind.rawValue)|\(e.range.lowerBound)-\(e.range.upperBound)"
                out += "|\(e.weight)|\(status(c.status))\n"
            }
        }
        return out
    }

    /// FNV-1a (64 bits) of ``canonical(_:)``, in hex.
    static func digest(_ result: TagResult) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in canonical(result).utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
