import Foundation

/// A small, fast, seedable generator (SplitMix64), so that the corpus is the same bytes
/// on every run and every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates a corpus of compliments, complaint summaries, case notes and Ombudsman
/// extracts by recombining the sentences of Candour's own annotated corpus
/// (`Tests/Fixtures/redaction/own.jsonl`) and of `samples/`, with the people in them
/// replaced by names drawn from `wordlists/names/`.
///
/// Deterministic: the same seed gives the same documents, byte for byte. Documents are
/// 200 B to 5 KB (log-uniform), like real compliments and complaint summaries.
public struct CorpusGenerator: Sendable {
    /// Markers for the people in a sentence template (Unicode private-use scalars).
    static let forename: Unicode.Scalar = "\u{E000}"
    static let surname: Unicode.Scalar = "\u{E001}"
    static let forenameCaps: Unicode.Scalar = "\u{E002}"
    static let surnameCaps: Unicode.Scalar = "\u{E003}"

    /// Sentence templates: text with the markers above where a person was.
    public let sentences: [String]
    /// Given names: half from the annotated corpus, half from the wordlists.
    let forenames: [String]
    let surnames: [String]
    let openings: [String] = [
        "Dear \u{E000},\n\n", "Dear Mr \u{E001},\n\n", "Dear Ms \u{E001},\n\n", "Dear Mrs \u{E001},\n\n",
        "Good afternoon \u{E000},\n\n", "Hi \u{E000},\n\n", "Case note (social worker \u{E000} \u{E001})\n\n",
        "Complaint summary\nChild: \u{E000} \u{E001}\n\n", "From: \u{E000} \u{E001}\n\n",
    ]
    let closings: [String] = [
        "\n\nKind regards,\n\u{E000} \u{E001}\n", "\n\nThanks, \u{E000}\n", "\n\nBest wishes,\n\u{E000}\n",
        "\n\nYours sincerely,\n\u{E000} \u{E001}\nComplaints and Representations Officer\n",
    ]
    var random: SplitMix64

    /// Loads the sentence pool and the names under `root` (the repository).
    public init(root: URL, seed: UInt64 = 0xCA4D_0042) throws {
        random = SplitMix64(seed: seed)
        var templates: [String] = []
        var corpusNames: (forenames: [String], surnames: [String]) = ([], [])

        // The annotated corpus: PERSON spans become markers.
        let jsonl = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/redaction/own.jsonl"), encoding: .utf8)
        struct Line: Decodable {
            struct Span: Decodable { let start: Int, end: Int, type: String }
            let text: String
            let spans: [Span]
        }
        for line in jsonl.split(separator: "\n") where !line.isEmpty {
            let record = try JSONDecoder().decode(Line.self, from: Data(line.utf8))
            let scalars = Array(record.text.unicodeScalars)
            var template = String.UnicodeScalarView()
            var cursor = 0
            for span in record.spans.sorted(by: { $0.start < $1.start }) where span.type == "PERSON" && span.start >= cursor {
                template.append(contentsOf: scalars[cursor..<span.start])
                let name = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                let before = String(String.UnicodeScalarView(scalars[max(0, span.start - 5)..<span.start]))
                template.append(contentsOf: Self.marker(for: name, before: before, names: &corpusNames).unicodeScalars)
                cursor = span.end
            }
            template.append(contentsOf: scalars[cursor...])
            templates.append(contentsOf: Self.sentences(in: String(template)))
        }

        // The sample documents, as they are (their names are fictional already).
        let samples = root.appendingPathComponent("samples")
        var files: [String] = []
        if let walker = FileManager.default.enumerator(atPath: samples.path) {
            for case let path as String in walker where path.hasSuffix(".txt") || (path.hasSuffix(".md") && !path.hasSuffix("README.md")) {
                files.append(path)
            }
        }
        for path in files.sorted() {
            let text = try String(contentsOf: samples.appendingPathComponent(path), encoding: .utf8)
            templates.append(contentsOf: Self.sentences(in: text))
        }
        sentences = templates

        // Names: the wordlists' forms are lower case; skip multi-word entries.
        func load(_ path: String) throws -> [String] {
            try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                .split(separator: "\n")
                .filter { $0.count > 1 && !$0.contains(" ") }
                .map { Self.capitalised(String($0)) }
        }
        let listForenames = try load("wordlists/names/forenames.txt")
        let listSurnames = try load("wordlists/names/surnames.txt")
        forenames = Self.mix(corpusNames.forenames, listForenames)
        surnames = Self.mix(corpusNames.surnames, listSurnames)
    }

    /// The next document, 200 B to 5 KB of UTF-8.
    public mutating func next() -> [UInt8] {
        // Log-uniform length between 200 B and 5 KB.
        let unit = Double(random.next() >> 11) / Double(1 << 53)
        let target = Int(200 * pow(25.0, unit))
        var text = ""
        text.reserveCapacity(target + 600)
        if chance(0.35) { text += fill(openings[pick(openings.count)]) }
        var lineLength = 0
        while text.utf8.count < target {
            let sentence = fill(sentences[pick(sentences.count)])
            if lineLength > 0 {
                if chance(0.18) {
                    text += "\n\n"
                    lineLength = 0
                } else {
                    text += " "
                }
            }
            text += sentence
            lineLength += sentence.utf8.count
        }
        if chance(0.35) { text += fill(closings[pick(closings.count)]) }
        return Array(text.utf8)
    }

    /// Documents totalling at least `bytes` bytes.
    public mutating func documents(totalling bytes: Int) -> [[UInt8]] {
        var documents: [[UInt8]] = []
        var total = 0
        while total < bytes {
            let document = next()
            total += document.count
            documents.append(document)
        }
        return documents
    }

    // MARK: - Helpers

    mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
    mutating func chance(_ p: Double) -> Bool { Double(random.next() >> 11) / Double(1 << 53) < p }

    /// `template` with each marker replaced by a random name.
    mutating func fill(_ template: String) -> String {
        guard template.unicodeScalars.contains(where: { $0.value >= 0xE000 && $0.value <= 0xE003 }) else { return template }
        var out = String.UnicodeScalarView()
        for scalar in template.unicodeScalars {
            switch scalar {
            case Self.forename: out.append(contentsOf: forenames[pick(forenames.count)].unicodeScalars)
            case Self.surname: out.append(contentsOf: surnames[pick(surnames.count)].unicodeScalars)
            case Self.forenameCaps: out.append(contentsOf: forenames[pick(forenames.count)].uppercased().unicodeScalars)
            case Self.surnameCaps: out.append(contentsOf: surnames[pick(surnames.count)].uppercased().unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// The marker(s) standing for `name`; initials stay as they are.
    static func marker(for name: String, before: String, names: inout (forenames: [String], surnames: [String])) -> String {
        let words = name.split(separator: " ").map(String.init)
        guard name.count > 2, let first = words.first else { return name }
        let caps = name == name.uppercased() && name != name.lowercased()
        let (f, s) = caps ? (forenameCaps, surnameCaps) : (forename, surname)
        if words.count >= 2 {
            names.forenames.append(first)
            names.surnames.append(words[words.count - 1])
            return "\(Character(f)) \(Character(s))"
        }
        let titled = before.range(of: #"(Mr|Mrs|Ms|Miss|Mx|Dr)\.? $"#, options: .regularExpression) != nil
        if titled {
            names.surnames.append(first)
            return String(Character(s))
        }
        names.forenames.append(first)
        return String(Character(f))
    }

    /// Sentences of `text`: split at line ends and after `.`, `!` or `?` before a space.
    static func sentences(in text: String) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var current = ""
            var previous: Character = " "
            for character in line {
                if character == " ", ".!?".contains(previous), current.count > 20 {
                    result.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
                previous = character
            }
            let trimmed = current.trimmingCharacters(in: .whitespaces)
            if trimmed.count > 2 { result.append(trimmed) }
        }
        return result
    }

    static func capitalised(_ word: String) -> String {
        var out = ""
        var upper = true
        for character in word {
            out += upper ? character.uppercased() : String(character)
            upper = character == "-"
        }
        return out
    }

    /// Names from the corpus (well-formed, realistic) and from the lists (wide), in equal
    /// measure.
    static func mix(_ corpus: [String], _ lists: [String]) -> [String] {
        guard !corpus.isEmpty else { return lists }
        var pool = lists
        var index = 0
        while pool.count < 2 * lists.count {
            pool.append(corpus[index % corpus.count])
            index += 1
        }
        return pool
    }
}
