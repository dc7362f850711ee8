/// Generates the surface forms a vocabulary word stands for, so that one phrase matches
/// its inflections and close derivations: "communicate" also matches "communicates",
/// "communicated", "communicating", "communication" and "communications".
///
/// Over-generation is harmless when the extra strings are not words ("informate"); the
/// rules avoid stripping or adding endings where a real, different word would result
/// ("placement" is never reduced to "place", "care" never extended to "carer").
public enum Inflection {
    /// Function words match exactly: inflecting them would only produce noise.
    public static let functionWords: Set<String> = [
        "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "with", "from", "about", "into", "onto",
        "and", "or", "but", "not", "no", "nor", "is", "was", "were", "be", "been", "being", "are", "am",
        "has", "had", "have", "did", "do", "does", "their", "his", "her", "its", "my", "our", "your",
        "they", "he", "she", "it", "we", "i", "you", "me", "him", "them", "us", "this", "that", "these",
        "those", "as", "than", "then", "so", "if", "over", "under", "after", "before", "up", "down", "out",
        "off", "very", "too", "also", "all", "any", "some", "more", "most", "less", "own", "who", "which",
        "what", "when", "where", "why", "how", "there", "here", "such", "only", "same", "other", "each",
        "every", "both", "either", "neither", "per", "via", "can", "could", "would", "should", "will",
        "shall", "may", "might", "must", "never", "without", "again", "back", "kept", "made", "given",
        "felt", "told", "left", "lost", "paid", "met", "sent", "took", "taken", "gave", "went", "gone",
        "during", "between", "against", "within", "until", "since", "because", "while", "whilst",
    ]

    /// Adjectives whose "-ly" form means something else ("lately", "shortly").
    static let noAdverb: Set<String> = ["late", "short", "hard", "near", "present", "fair", "most", "new", "real", "bare", "scarce", "close", "direct", "full", "high", "just", "free", "like"]

    /// The forms of `word` (lowercase), the word itself first.
    /// - Complexity: O(k) in the word's length; called once per vocabulary word at load.
    public static func forms(of word: String) -> [String] {
        let w = word.lowercased()
        guard w.count >= 4, !functionWords.contains(w), w.allSatisfy({ $0.isLetter }) else {
            if functionWords.contains(w) || !w.allSatisfy({ $0.isLetter }) { return [w] }
            // Short content words: plural and simple verb endings only.
            return ordered(w, [w + "s", w + "ed", w + "ing", w + (w.hasSuffix("e") ? "d" : "es")])
        }
        var bases: Set<String> = [w]
        func strip(_ suffix: String, minimum: Int = 3) -> String? {
            guard w.hasSuffix(suffix), w.count - suffix.count >= minimum else { return nil }
            return String(w.dropLast(suffix.count))
        }
        if let x = strip("ies") { bases.insert(x + "y") }
        if let x = strip("ing") {
            bases.formUnion([x, x + "e"])
            if let undoubled = undouble(x) { bases.insert(undoubled) }
        }
        if let x = strip("ed") {
            bases.formUnion([x, x + "e"])
            if x.hasSuffix("i") { bases.insert(String(x.dropLast()) + "y") }
            if let undoubled = undouble(x) { bases.insert(undoubled) }
        }
        if let x = strip("ion", minimum: 4) {
            bases.formUnion([x, x + "e"])
            if x.hasSuffix("at"), x.count >= 6 { bases.insert(String(x.dropLast(2))) }
        }
        if let x = strip("s", minimum: 4), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            bases.insert(x)
            if let y = strip("es", minimum: 4), y.hasSuffix("s") || y.hasSuffix("x") || y.hasSuffix("ch") || y.hasSuffix("sh") {
                bases.insert(y)
            }
        }
        if let x = strip("ly", minimum: 5) { bases.insert(x) }
        if let x = strip("ness", minimum: 3) { bases.insert(x) }
        for base in Array(bases) {
            if base.hasSuffix("ise") { bases.insert(String(base.dropLast(3)) + "ize") }
            if base.hasSuffix("ize") { bases.insert(String(base.dropLast(3)) + "ise") }
            if base.hasSuffix("isation") { bases.insert(String(base.dropLast(7)) + "ization") }
            if base.hasSuffix("our"), base.count >= 6 { bases.insert(String(base.dropLast(3)) + "or") }
        }
        var out: Set<String> = []
        for base in bases { out.formUnion(derived(base)) }
        return ordered(w, out)
    }

    /// The word first, then the other forms sorted (deterministic patterns).
    static func ordered(_ word: String, _ forms: some Sequence<String>) -> [String] {
        [word] + Set(forms).subtracting([word]).sorted()
    }

    /// Regular forms built on one base.
    static func derived(_ b: String) -> Set<String> {
        var out: Set<String> = [b]
        let last = b.last!
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if b.hasSuffix("e") {
            let stem = String(b.dropLast())
            out.formUnion([b + "s", b + "d", stem + "ing"])
            if b.hasSuffix("te") || b.hasSuffix("se") && b.count >= 7 { out.formUnion([stem + "ion", stem + "ions"]) }
            if b.hasSuffix("ise") || b.hasSuffix("ize") { out.formUnion([stem + "ation", stem + "ations"]) }
        } else if last == "y", b.count >= 2, !vowels.contains(b[b.index(b.endIndex, offsetBy: -2)]) {
            let stem = String(b.dropLast())
            out.formUnion([stem + "ies", stem + "ied", b + "ing", stem + "ication", stem + "ications"])
        } else {
            let sibilant = b.hasSuffix("s") || b.hasSuffix("x") || b.hasSuffix("z") || b.hasSuffix("ch") || b.hasSuffix("sh")
            out.formUnion([b + (sibilant ? "es" : "s"), b + "ed", b + "ing"])
            if isConsonantVowelConsonant(b) {
                out.formUnion([b + String(last) + "ed", b + String(last) + "ing"])
            }
            if b.count >= 5, !b.hasSuffix("ion") {
                out.formUnion([b + "ion", b + "ions", b + "ation", b + "ations"])
            }
        }
        if b.count >= 4, !noAdverb.contains(b) {
            if b.hasSuffix("al") || b.hasSuffix("ful") || b.hasSuffix("ent") || b.hasSuffix("ant") || b.hasSuffix("ive")
                || b.hasSuffix("ous") || b.hasSuffix("ate") || b.hasSuffix("ic") || b.hasSuffix("ible") || b.hasSuffix("able")
                || b.hasSuffix("ct") || b.hasSuffix("ear") || b.hasSuffix("ude") || b.hasSuffix("ite") || b.hasSuffix("pt")
            {
                if b.hasSuffix("ble") { out.insert(String(b.dropLast()) + "y") } else if b.hasSuffix("ic") {
                    out.insert(b + "ally")
                } else { out.insert(b + "ly") }
                out.insert(b + "ness")
            }
            if b.hasSuffix("ful") || b.hasSuffix("ive") || b.hasSuffix("ude") || b.hasSuffix("ind") || b.hasSuffix("ough") {
                out.insert(b + "ness")
                out.insert(b + "ly")
            }
        }
        return out
    }

    /// "stopp" → "stop": the base of a doubled final consonant, if any.
    static func undouble(_ x: String) -> String? {
        let chars = Array(x)
        guard chars.count >= 4, chars[chars.count - 1] == chars[chars.count - 2],
            !["s", "l", "e", "o", "f", "z"].contains(chars[chars.count - 1])
        else { return nil }
        return String(chars.dropLast())
    }

    /// Whether the word ends consonant-vowel-consonant (stop, plan, refer): doubling candidates.
    static func isConsonantVowelConsonant(_ b: String) -> Bool {
        let chars = Array(b)
        guard chars.count >= 3 else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let c1 = chars[chars.count - 3], v = chars[chars.count - 2], c2 = chars[chars.count - 1]
        return !vowels.contains(c1) && vowels.contains(v) && !vowels.contains(c2) && !["w", "x", "y"].contains(c2)
    }
}
