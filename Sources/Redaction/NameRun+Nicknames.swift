import Lexicon

/// Nicknames, and names given as what someone is called: a word alone in quotes after a
/// relative or a name ("Mum's boyfriend \"Tiny\"", "her son (\"Tiny\")", "Tendai (\"TJ\",
/// 7)") or before the name it stands for ("the team's \"Dot\" (Dorota)"), and a name
/// after what someone is called ("asked that I call her \"Ails\"", "every1 calls me KB",
/// "\"Memo\" (as he called him)",
/// "calling me by my sister's name, Romany, even").
extension NameRun {
    /// Marks the nicknames among the quoted capitalised words and those after "me",
    /// "her", "him", "them" or "name" (``CapitalCues/quoted``,
    /// ``CapitalCues/afterCalledOrName``).
    /// - Complexity: O(q) in those words, a few neighbours tested each.
    @inline(never)
    mutating func markNicknames(_ bytes: UnsafeBufferPointer<UInt8>) {
        // (Not one capital: a letter in quotes is a pseudonym, "their son \"C\"".)
        for index in cues.quoted where rules[index] == nil && !skip[index] && tokens[index].shape != .initial
            && mayBeNickname(index, bytes) {
            if quotedAfterRelativeOrName(index, bytes) || quotedBeforeItsName(index) || afterCalling(index, bytes)
                || beforeAsCalled(index, bytes) {
                rules[index] = .introduced
            }
        }
        for index in cues.afterCalledOrName where rules[index] == nil && !skip[index] {
            let classes = tokens[index].classes
            // Unquoted, a dictionary word is a name only when it is a given name too.
            guard !classes.contains(.common) || classes.contains(.forename) else { continue }
            if mayBeNickname(index, bytes) && afterCalling(index, bytes)
                || classes.contains(.forename) && mayBeNickname(index, bytes, place: true) && afterNameAndComma(index, bytes) {
                rules[index] = .introduced
            }
        }
    }

    /// Whether the word at `index` can be a nickname: no title, relative, role, greeting
    /// or place, no team or organisation's word, no month or weekday ("calls her Mum",
    /// "call them Monday").
    private func mayBeNickname(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, place: Bool = false) -> Bool {
        let token = tokens[index]
        let things: WordClass = place ? [.role, .organisation] : [.role, .place, .organisation]
        return token.context.isDisjoint(with: [.honorific, .kinship, .role, .greeting, .signoff, .determiner, .temporal])
            && token.classes.isDisjoint(with: things) && !token.inNonPersonalPhrase
            && !NameRun.isOneOf(NameRun.monthWords, token, bytes) && !NameRun.isOneOf(NameRun.weekdays, token, bytes)
    }

    /// A quoted word after a relative ("boyfriend \"Tiny\"", "son (\"Tiny\")") or a worker's
    /// role ("the family support worker \"Holly\"") or, in
    /// brackets, after a name found ("Tendai (\"TJ\", 7)", "Courtney Wedderburn (\"CJ\")");
    /// not a frequent word quoted after a relative without brackets ("told my son \"No\"").
    private func quotedAfterRelativeOrName(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return false }
        let token = tokens[index], previous = tokens[index - 1]
        // A worker's role, then the name they go by, after a comma too: "the family support
        // worker \"Holly\" did not turn up", "the contact supervisor, \"Sunny\" (male)".
        // (Not a verb of naming, which the role list has too: "a course called \"Connect\"",
        // nor "the family": "called the family \"Gypsies\"".)
        if previous.shape == .lower, previous.isRoleWord, !previous.possessive, token.gap.contains(.quote),
           token.gap.subtracting([.space, .quote, .comma]).isEmpty, !previous.context.contains(.familyNoun),
           !NameRun.isOneOf(NameRun.nicknameIntroducers, previous, bytes) {
            return !NameRun.isOneOf(NameRun.quotedReplies, token, bytes)
        }
        guard token.gap.subtracting([.space, .quote, .bracket]).isEmpty else { return false }
        let bracketed = token.gap.contains(.bracket)
        if previous.context.contains(.kinship), !previous.possessive {
            return bracketed || !NameRun.isOneOf(NameRun.quotedReplies, token, bytes)
        }
        return bracketed && rules[index - 1] != nil
    }

    /// A quoted word before a name found in brackets: "the team's \"Dot\" (Dorota)".
    private func quotedBeforeItsName(_ index: Int) -> Bool {
        guard let next = tokens[safe: index + 1], rules[index + 1] != nil,
              next.gap.contains(.bracket), next.gap.subtracting([.space, .quote, .bracket]).isEmpty else { return false }
        return tokens[safe: index + 2].map { $0.gap.contains(.bracket) } ?? true
    }

    /// A word after "call", "calls", "called", "calling", "nickname" or "nicknamed" and
    /// "me", "her", "him" or "them", quoted or not: "asked that I call her \"Ails\"",
    /// "every1 calls me KB".
    private func afterCalling(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, tokens[index].gap.subtracting([.space, .quote]).isEmpty, tokens[index - 1].gap.isPlainSpace,
              NameRun.isOneOf(NameRun.calledPronouns, tokens[index - 1], bytes) else { return false }
        return NameRun.isOneOf(NameRun.callingVerbs, tokens[index - 2], bytes)
    }

    /// A quoted word before "as he called him" and the like, in brackets or after a
    /// comma: "that \"Memo\" (as he called him) has done the route", "\"Tiny\", as they
    /// call her,".
    private func beforeAsCalled(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 4 < tokens.count, tokens[index + 1].gap.rawValue & (Gap.bracket.rawValue | Gap.comma.rawValue) != 0,
              NameRun.isWord(tokens[index + 1], "as", bytes),
              tokens[index + 2].gap.isPlainSpace, tokens[index + 3].gap.isPlainSpace, tokens[index + 4].gap.isPlainSpace,
              NameRun.isOneOf(NameRun.callingVerbs, tokens[index + 3], bytes) else { return false }
        return NameRun.isOneOf(NameRun.calledPronouns, tokens[index + 4], bytes)
    }

    /// A word set off by commas after "name": "calling me by my sister's name, Romany,
    /// even after I corrected her" (a given name that is a people's name too).
    private func afterNameAndComma(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index >= 1, token.shape == .capitalized, token.gap.contains(.comma), token.gap.subtracting([.space, .comma]).isEmpty,
              NameRun.isWord(tokens[index - 1], "name", bytes), let next = tokens[safe: index + 1] else { return false }
        return next.gap.contains(.comma) || next.gap.contains(.sentenceEnd)
    }

    /// Words quoted as what was said, not as a name: "told my son \"No\"".
    static let quotedReplies = WordSet(["no", "yes", "ok", "okay", "stop", "enough", "sorry", "thanks", "please", "hi", "hello",
                                        "bye", "help", "why", "what", "now", "never", "whatever", "fine", "nothing", "wait"])
    static let calledPronouns = WordSet(["me", "her", "him", "them"])
    static let callingVerbs = WordSet(["call", "calls", "called", "calling", "nickname", "nicknamed"])
}
