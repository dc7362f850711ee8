import Lexicon

/// Names written in their own script beside their English spelling: "Rania Khalil Haddad
/// (رانيا خليل حداد)", "Mr Chan Tsz-hin (陳子軒)", "Filmon (ፊልሞን)", "in Arabic he writes it
/// محمد العبيدي". The tokenizer reads Latin, Greek and Cyrillic letters only; these runs
/// of Arabic, Hebrew, Ethiopic, Indic, Thai, Chinese, Japanese or Korean letters are found
/// here, from the bytes.
extension NameDetector {
    /// Appends a finding for each run of such letters in brackets straight after a name
    /// found, or on the same line within forty bytes after a language's name ("In Urdu it is
    /// written طارق محمود"; a greeting after it is taken too: recall comes first).
    /// - Complexity: O(f + l) in the names found and the languages' names, a few bytes
    ///   read each.
    static func findNamesInOwnScript(_ run: NameRun, _ bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding],
                                     detector: StaticString) {
        var last = -1  // the end of the last run found, so that none is taken twice
        func take(from start: Int, _ rule: StaticString) {
            guard start > last, let range = scriptRun(at: start, bytes) else { return }
            findings.append(Finding(range: range, type: .person, detector: detector, rule: rule))
            last = range.upperBound
        }
        for index in run.tokens.indices {
            let token = run.tokens[index]
            if run.rules[index] != nil {
                // "Haddad (رانيا …)", "Tsz-hin (陳子軒)": a bracket after the name, a space or none.
                var position = token.end
                if position < bytes.count, bytes[position] == 0x20 { position += 1 }
                if position + 1 < bytes.count, bytes[position] == 0x28, isScriptLead(bytes, position + 1) {
                    take(from: position + 1, "name-in-own-script")
                }
            } else if token.shape == .capitalized, token.classes.contains(.place), AnchorScan.isOneOf(scriptLanguages, bytes, token.start..<token.end) {
                var position = token.end
                let limit = min(bytes.count, token.end + 40)
                while position < limit, bytes[position] != 0x0A, !isScriptLead(bytes, position) { position += 1 }
                if position < limit, bytes[position] != 0x0A { take(from: position, "name-in-own-script") }
            }
        }
    }

    /// The languages written in a script of their own that a name is quoted in.
    static let scriptLanguages = WordSet(["arabic", "urdu", "pashto", "dari", "farsi", "persian", "kurdish", "sorani", "hebrew",
                                          "tigrinya", "amharic", "chinese", "mandarin", "cantonese", "japanese", "korean",
                                          "bengali", "bangla", "punjabi", "gurmukhi", "hindi", "gujarati", "tamil", "thai"])

    /// The run of such letters from `start`, with the spaces and joiners between its
    /// words (a full name), trailing spaces left out; nil when no letter is there.
    static func scriptRun(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = start, position = start
        while position < bytes.count {
            if isScriptLead(bytes, position) {
                position += scriptWidth(bytes[position])
                end = min(position, bytes.count)
            } else if bytes[position] == 0x20 || bytes[position] == 0x2D {
                position += 1
            } else if position + 2 < bytes.count, bytes[position] == 0xE2, bytes[position + 1] == 0x80, bytes[position + 2] == 0x8C {
                position += 3  // a zero-width non-joiner inside a Persian or Urdu word
            } else {
                break
            }
        }
        return end > start ? start..<end : nil
    }

    /// Whether a letter of those scripts starts at `index`: Hebrew and Arabic (two bytes,
    /// D7 to DB), Indic and Thai (E0 A4 to E0 B9), Ethiopic (E1 88 to E1 8E), Chinese,
    /// Japanese and Korean (E3 to ED).
    @inline(__always)
    static func isScriptLead(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        switch byte {
        case 0xD7...0xDB: return index + 1 < bytes.count
        case 0xE0:
            guard index + 2 < bytes.count else { return false }
            return (0xA4...0xB9).contains(bytes[index + 1])
        case 0xE1:
            guard index + 2 < bytes.count else { return false }
            return (0x88...0x8E).contains(bytes[index + 1])
        case 0xE3...0xED: return index + 2 < bytes.count
        default: return false
        }
    }

    @inline(__always)
    static func scriptWidth(_ lead: UInt8) -> Int { lead < 0xE0 ? 2 : 3 }
}
