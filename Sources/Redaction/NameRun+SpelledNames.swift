import Lexicon

/// Names spelled out a letter at a time, as a caller spells them to a duty officer: "she
/// spelt it O-W-U-S-U", "the social worker's name as K-A-T-E".
extension NameRun {
    /// Marks words of three or more capitals joined by single hyphens whose letters
    /// spell a name: one found in the document, one the name lists have and no word
    /// list ("K-A-T-E"), or any word after "spelt", "spelled" or "spell" ("spelt it
    /// W-I-S-N-I-E-W-S-K-I") or after another name spelled out ("O-W-U-S-U then
    /// A-N-S-A-H"); not "R-E-S-P-E-C-T".
    /// - Complexity: O(h·c) in the hyphenated words in capitals (nearly always none) and
    ///   the capitalised words.
    @inline(never)
    mutating func markSpelledOutNames(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in hyphenatedCapitals where rules[index] == nil {
            // (Not the alphabet's run: "A-B-C-D-E".)
            guard let letters = NameRun.spelledLetters(tokens[index], bytes),
                  !zip(letters, letters.dropFirst()).allSatisfy({ $0 &+ 1 == $1 }) else { continue }
            let afterSpelled = index >= 2 && (rules[index - 1] == .spelledOut || rules[index - 2] == .spelledOut)
            if afterSpelled || spellsFoundName(letters, bytes) || afterSpellingWord(index, bytes) {
                rules[index] = .spelledOut
                continue
            }
            let classes = letters.withUnsafeBufferPointer { lexicon.classes(of: $0) }
            if !classes.isDisjoint(with: .name), !classes.contains(.common), classes.isDisjoint(with: .nonPersonal) {
                rules[index] = .spelledOut
            }
        }
    }

    /// The lower-case letters of a word spelled out between hyphens ("O-W-U-S-U" gives
    /// "owusu"), or nil when it is anything else.
    static func spelledLetters(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard token.length >= 5, token.length % 2 == 1 else { return nil }
        var letters: [UInt8] = []
        letters.reserveCapacity(token.length / 2 + 1)
        for offset in 0..<token.length {
            let byte = bytes[token.start + offset]
            if offset % 2 == 1 {
                guard byte == 0x2D else { return nil }
            } else {
                guard byte &- 0x41 < 26 else { return nil }
                letters.append(byte | 0x20)
            }
        }
        return letters
    }

    /// Whether a name found in the document is written with `letters` (in any case).
    func spellsFoundName(_ letters: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        capitals.contains { other in
            rules[other] != nil && tokens[other].length == letters.count
                && letters.indices.allSatisfy { bytes[tokens[other].start + $0] | 0x20 == letters[$0] }
        }
    }

    /// Whether "spelt", "spelled", "spell" or "spelling" stands at most three words
    /// before `index` in the same sentence.
    func afterSpellingWord(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var other = index
        while other > 0, index - other < 3, !tokens[other].gap.contains(.sentenceEnd), !tokens[other].gap.contains(.newline) {
            other -= 1
            if NameRun.isOneOf(NameRun.spellingWords, tokens[other], bytes) { return true }
        }
        return false
    }

    static let spellingWords = WordSet(["spelt", "spelled", "spell", "spelling", "spells"])

    /// Marks a name spelled a letter at a time with spaces, as a caller spells it on a
    /// voicemail: four single letters or more, parted by spaces ("that's m a u g h a n",
    /// "I O L O", "h a double d a d"), after a name found or after "that's", "is",
    /// "spelt", "spelling", "name" or "then"; or three capitals or more in a form's box
    /// ("Forename(s): [ Y A W ]", "[ A N D R E E A   B A L A N E S C U ]"); not the
    /// alphabet's run ("a b c d").
    /// - Complexity: O(n) in the words, one length test for most.
    @inline(never)
    mutating func markSpacedSpellings(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Where three one-letter words in a row start, found reading the words in place.
        // ("double" between them counts for none and breaks no run: "h a double d a d".)
        let starts = tokens.withUnsafeBufferPointer { tokens -> [Int] in
            var starts: [Int] = []
            var run = 0, first = 0
            for index in tokens.indices {
                let length = tokens[index].end &- tokens[index].start
                if length == 1 {
                    // (A run goes on only across a plain space: "Forename(s): [ Y A W ]"
                    // starts at "Y", not at the "s".)
                    if run == 0 || tokens[index].gap != .space {
                        first = index
                        run = 0
                    }
                    run &+= 1
                    if run == 3 { starts.append(first) }
                } else if !(length == 6 && run > 0 && NameRun.isWord(tokens[index], "double", bytes)) {
                    run = 0
                }
            }
            return starts
        }
        for first in starts where first > 0 { markSpacedSpelling(from: first, bytes) }
    }

    /// Marks the name spelled from the one-letter word at `index` (see
    /// ``markSpacedSpellings(_:)``), when a name or a spelling's word comes before it.
    private mutating func markSpacedSpelling(from index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard tokens[index].gap.contains(.space) else { return }
        var end = index, letters = 0, alphabet = true
        while end < tokens.count {
            let token = tokens[end]
            if end > index, token.gap != .space { break }
            if token.length == 1 {
                if letters > 0, bytes[token.start] | 0x20 != bytes[tokens[end - 1].start] | 0x20 &+ 1 { alphabet = false }
                letters += 1
                end += 1
            } else if NameRun.isWord(token, "double", bytes), let next = tokens[safe: end + 1], next.length == 1, next.gap == .space {
                alphabet = false
                end += 1
            } else {
                break
            }
        }
        // (In a form's box, three capitals are enough: "Forename(s): [ Y A W ]".)
        let boxed = NameRun.opensBox(tokens[index].start, bytes) && (index..<end).allSatisfy { tokens[$0].shape != .lower }
        if letters >= 4 || boxed && letters >= 3, !alphabet,
           boxed || rules[index - 1] != nil || NameRun.introducesSpelling(tokens[index - 1], bytes) {
            for word in index..<end where rules[word] == nil { rules[word] = .spelledOut }
        }
    }

    /// Whether a form's box opens just before `start`: "[" and spaces, or a field's
    /// colon and spaces ("Name: [ MARIA KOWALSKA ]", "Surname:  B A L A N").
    static func opensBox(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cursor = start
        while cursor > 0, bytes[cursor - 1] == 0x20 { cursor -= 1 }
        return cursor > 0 && (bytes[cursor - 1] == 0x5B || bytes[cursor - 1] == 0x3A)
    }

    /// "that's", "thats", "is", "spelt", "spelling", "name", "surname" or "then" before a
    /// name spelled with spaces.
    static func introducesSpelling(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.possessive { return isWord(token, "that", bytes) }
        return isOneOf(spacedSpellingIntros, token, bytes)
    }

    static let spacedSpellingIntros = WordSet(["thats", "is", "spelt", "spelled", "spelling", "spell", "name", "surname", "then", "its"])
}

extension NameRun {
    /// Unmarks, in one pass over the capitalised words found, three kinds of word that
    /// stand beside a name without being one:
    /// - a spelling alphabet's word: "M for Mike, D for David, S for Sugar", a capital,
    ///   "for" and a word that starts with that capital, as a caller spells a name;
    /// - a title the name lists also have as a name ("Pastor", "Canon", "Elder",
    ///   "Sister") where it opens a name: "Call from Pastor Emmanuel Okonkwo" keeps
    ///   "Pastor" as "Mr" is kept; not after a name ("Stephen Lord");
    /// - a street named without its number after "on", "off", "along" or "near": "we
    ///   live on Bryony Close", "the flat on Jasmine Grove" (not "Amy Close rang", nor
    ///   "confidence in Daniel Park"): the name's words (at most two) and the street's
    ///   type are the street.
    /// A known party's words and denied words stay.
    @inline(never)
    mutating func unmarkWordsBesideNames(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals {
            guard let rule = rules[index], rule != .knownParty, rule != .denied else { continue }
            let token = tokens[index]
            if token.shape == .capitalized, index >= 2, isSpellingAlphabetWord(index, bytes) {
                rules[index] = nil
            } else if token.context.contains(.honorific), index + 1 < tokens.count, rules[index + 1] != nil,
                      tokens[index + 1].gap.isPlainSpace, tokens[index + 1].isCapitalizedLike,
                      index == 0 || rules[index - 1] == nil || !token.gap.isPlainSpace {
                rules[index] = nil
            } else if token.shape == .capitalized, index + 1 < tokens.count {
                unmarkStreet(endingAfter: index, bytes)
            }
        }
    }

    /// Whether the word at `index` follows a capital and "for" and starts with that capital.
    private func isSpellingAlphabetWord(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let letter = tokens[index - 2], word = tokens[index - 1]
        return letter.shape == .initial && word.gap.isPlainSpace && tokens[index].gap.isPlainSpace
            && NameRun.isWord(word, "for", bytes) && bytes[letter.start] == bytes[tokens[index].start]
    }

    /// Unmarks the name at `index` (and a name word before it) and the street's type
    /// after it, when they name a street after "on", "off", "along" or "near".
    private mutating func unmarkStreet(endingAfter index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let street = tokens[index + 1]
        guard street.gap.isPlainSpace, street.shape == .capitalized, !street.possessive,
              NameRun.isOneOf(NameRun.streetTypes, street, bytes) else { return }
        var first = index
        if first > 0, rules[first - 1] != nil, tokens[first].gap.isPlainSpace, tokens[first - 1].shape == .capitalized { first -= 1 }
        guard first > 0, tokens[first].gap.isPlainSpace, tokens[first - 1].shape == .lower,
              NameRun.isOneOf(NameRun.streetPrepositions, tokens[first - 1], bytes),
              (first...index + 1).allSatisfy({ rules[$0] != .knownParty && rules[$0] != .denied }) else { return }
        for word in first...index + 1 { rules[word] = nil }
    }

    /// The street types that end a street named after a person's names (fewer than
    /// ``AnchorScan/streetTypeWords``: not "Hill", "Green", "Park", which end people's).
    static let streetTypes = WordSet(["close", "grove", "road", "avenue", "crescent", "gardens", "terrace", "mews", "drive",
                                      "lane", "street", "way", "walk", "place", "court", "rise", "view", "parade"])
}

extension NameRun {
    /// Marks the initials of a double-barrelled family name wherever they stand: two or
    /// three capitals, a hyphen and one or two more ("RB-T", "JJ-M", "KH-B", "IN-B"), the
    /// whole no organisation's or place's, the first part no place's or role's letters nor
    /// an organisation's that is no name ("CP-IS", "UK-EU" stay; "TA-O" is someone's);
    /// and the initials of an O' or a D' family name ("CO'D", "PO'B", "MD'C").
    /// - Complexity: O(h + k) in the hyphenated words in capitals and the four capitals
    ///   with an apostrophe (``CapitalCues``).
    @inline(never)
    mutating func markDoubleBarrelledInitials(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in hyphenatedCapitals where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            // (The whole word's lists, not its parts': "TO-A" is no "to".)
            guard (4...6).contains(token.length), !token.covered,
                  coldClasses(token.start..<token.end, bytes)?.isDisjoint(with: .nonPersonal) ?? true else { continue }
            var hyphen = token.start
            while hyphen < token.end, bytes[hyphen] != 0x2D { hyphen += 1 }
            let first = hyphen - token.start, second = token.end - hyphen - 1
            guard (2...3).contains(first), (1...2).contains(second),
                  token.end == bytes.count || bytes[token.end] != 0x2D && bytes[token.end] &- 0x30 >= 10,
                  let classes = coldClasses(token.start..<hyphen, bytes),
                  classes.isDisjoint(with: [.place, .role]), !classes.contains(.organisation) || classes.contains(.name) else { continue }
            rules[index] = .staffInitials
        }
        for index in cues.apostropheInitials where rules[index] == nil && !skip[index] {
            let token = tokens[index]
            guard NameRun.isGaelicInitials(token, bytes), bytes[token.start + 1] == 0x4F || bytes[token.start + 1] == 0x44,
                  token.classes.rawValue == 0 else { continue }
            rules[index] = .staffInitials
        }
    }
}
