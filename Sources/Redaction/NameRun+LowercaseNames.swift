import Foundation
import Lexicon

/// Given names written in lower case in formal text: a word no dictionary has ("the
/// mother of a young person, jamal,"), and a name that is also a word, written again in
/// lower case where a person stands ("Mason" … "also mason came back from contact").
extension NameRun {
    /// Whether the rare lower-case word at `index` is a given name on its own: listed as
    /// one, no English word and on no list of places, teams or titles, no context word,
    /// three letters or more, not after a determiner or a possessive ("the rota", "his
    /// teddy", "Mrs W's rota") nor glued to a bracket ("child(ren)").
    @inline(never)
    mutating func isLowercaseGivenName(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length >= 3, let key = ShortWordTable.key(bytes, token.start..<token.end),
              let value = cold.value(for: key) else { return false }
        let info = WordInfo(rawValue: value)
        guard info.classes.contains(.forename), !info.classes.contains(.common), info.classes.isDisjoint(with: .nonPersonal),
              info.roles.isEmpty else { return false }
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        if token.gap == .bracket, previous.end == token.start - 1 { return false }  // "Child(ren)"
        guard token.gap.isPlainSpace else { return true }
        return !previous.possessive && !(previous.shape == .lower && (previous.context.contains(.determiner)
            || NameRun.isOneOf(NameRun.possessivePronouns, previous, bytes) || NameRun.isOneOf(NameRun.wordsBeforeNouns, previous, bytes)))
    }

    /// Names that are also words ("Mason", "Faith", "Wren"), found in capitals from their
    /// context (a title, a full name, a verb of a person; not a list alone), written again in lower case where only a person can stand:
    /// after "and", "tell", "asked", "picking" and the like, before a verb of a person
    /// ("mason has ADHD"), or with a possessive ("faith's"). Not the modal and quantity
    /// words ("will", "may", "little", "more").
    /// - Complexity: O(c) in the capitalised words, then O(n) in the words with a test
    ///   of length and first letter each, only when such a name was found.
    @inline(never)
    mutating func markLowercaseWordNames(_ bytes: UnsafeBufferPointer<UInt8>) {
        var names: [ShortWordTable.Key] = []
        var shapes = WordShapeFilter()
        for index in capitals {
            guard let rule = rules[index], !NameRun.isGuessedNameRule(rule) else { continue }
            let token = tokens[index]
            guard token.shape == .capitalized, token.length >= 3, token.classes.contains(.common),
                  !token.classes.isDisjoint(with: .name), token.classes.isDisjoint(with: .nonPersonal),
                  token.context.isEmpty || token.context == .personVerb,
                  let key = ShortWordTable.key(ofWord: bytes, token.start..<token.end), !names.contains(key) else { continue }
            names.append(key)
            shapes.insert(token, bytes)
        }
        guard !names.isEmpty else { return }
        for index in tokens.indices where index > 0 {
            let token = tokens[index]
            guard token.shape == .lower, shapes.mayContain(token, bytes),
                  rules[index] == nil, !skip[index], !token.contraction,
                  let key = ShortWordTable.key(ofWord: bytes, token.start..<token.end), names.contains(key),
                  !NameRun.isOneOf(NameRun.wordsNeverNames, token, bytes), standsAsPerson(index, bytes) else { continue }
            rules[index] = .sameDocument
        }
    }

    /// In a text message, a nickname after "big", "lil" or "little": a given name or a
    /// single letter in either case ("big mo got his in a day", "lil t from school", "lil
    /// T: cant man"; not "big deal", "lil bit", "a little d", "lil i"). Only the name is
    /// marked.
    /// - Complexity: O(n) in the words, a length and a byte tested for most.
    @inline(never)
    mutating func markNicknamesAfterBigOrLil(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard tokens.count > 1 else { return }
        for index in 1..<tokens.count {
            let opener = tokens[index - 1]
            guard opener.shape == .lower, opener.length == 3 || opener.length == 6,
                  bytes[opener.start] == 0x62 || bytes[opener.start] == 0x6C,
                  NameRun.isOneOf(NameRun.nicknameOpeners, opener, bytes) else { continue }
            let token = tokens[index]
            // (Or a capital alone: "lil T: cant man".)
            guard token.shape == .lower || token.shape == .initial, token.gap.isPlainSpace, rules[index] == nil, !skip[index],
                  token.context.isEmpty || token.shape == .initial else { continue }
            // Not "a big mo…", "the lil one": an article before the opener.
            if index >= 2, tokens[index - 2].context.contains(.determiner), opener.gap.isPlainSpace { continue }
            if token.length == 1 {
                let letter = bytes[token.start] | 0x20
                guard letter != 0x61, letter != 0x69, letter != 0x6F, letter != 0x78 else { continue }  // a, i, o, x
                rules[index] = .introduced
                continue
            }
            let classes = token.classes.isEmpty ? coldClasses(token.start..<token.end, bytes) ?? [] : token.classes
            // (A word of two letters may be a word too: "big mo"; not "big man".)
            guard classes.contains(.forename), classes.isDisjoint(with: .nonPersonal), !classes.contains(.common) || token.length == 2
            else { continue }
            rules[index] = .introduced
        }
    }

    static let nicknameOpeners = WordSet(["big", "lil", "little"])

    /// Marks a given name after "Big", "Lil" or "Little" opening a quoted nickname, in any
    /// document: the escort "Big Mo", "Lil Dee" (the opener stays: ``opensNickname``).
    /// - Complexity: O(c) in the capitalised words, a length and a first letter each.
    @inline(never)
    mutating func markQuotedNicknamesAfterBigOrLil(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index + 1 < tokens.count {
            let opener = tokens[index]
            guard opener.shape == .capitalized, opener.length == 3 || opener.length == 6, bytes[opener.start] == 0x42 || bytes[opener.start] == 0x4C,
                  opener.gap.contains(.quote), NameRun.isOneOf(NameRun.nicknameOpeners, opener, bytes) else { continue }
            let token = tokens[index + 1]
            guard token.shape == .capitalized, token.gap.isPlainSpace, rules[index + 1] == nil, !skip[index + 1], token.context.isEmpty,
                  token.classes.contains(.forename), token.classes.isDisjoint(with: .nonPersonal),
                  CapitalCues.closingQuote(at: token.end, bytes) else { continue }
            rules[index + 1] = .introduced
        }
    }

    /// Whether a two-letter given name in lower case that is no frequent word acts as a
    /// person in a message: before a verb of a person ("tj asked for the kit"; not "ok
    /// said", which "ok" being a word keeps out).
    @inline(never)
    static func twoLetterNameActs(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.context.isEmpty, !isOneOf(textingWords, token, bytes), var next = tokens[safe: index + 1],
              next.gap.isPlainSpace, next.shape == .lower else { return false }
        // "jo still says no": one adverb may stand between.
        if isOneOf(adverbsBeforeVerbs, next, bytes) {
            guard let after = tokens[safe: index + 2], after.gap.isPlainSpace, after.shape == .lower else { return false }
            next = after
        }
        return next.context.contains(.personVerb) && !isOneOf(notPersonVerbs, next, bytes) || isOneOf(morePersonVerbs, next, bytes)
    }

    static let adverbsBeforeVerbs = WordSet(["still", "just", "never", "always", "also", "even", "already", "literally"])

    /// Whether a given name that is also a word opens a sentence of a message in lower
    /// case and acts as a person there: "river saw him do it", "amber has a cough", "jay
    /// has the same earrings" (a verb of a person and a lower-case word after; not a
    /// month or a season, an abstract noun or a modal: "june has been hard", "hope
    /// is", "will said").
    @inline(never)
    static func wordNameOpensSentenceActing(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // At a sentence's start, or after "and", "but", "cos" ("and ruby saw them do it").
        let opens = token.sentenceStart || index > 0 && token.gap.isPlainSpace && isOneOf(clauseOpeners, tokens[index - 1], bytes)
        guard opens, token.length >= 3, !token.possessive, !token.hyphenated, token.context.isEmpty,
              let verb = tokens[safe: index + 1], verb.gap.isPlainSpace,
              verb.shape == .lower, let object = tokens[safe: index + 2], object.gap.isPlainSpace, object.shape == .lower,
              isOneOf(sentenceOpeningPersonVerbs, verb, bytes) else { return false }
        return !isOneOf(abstractWordNames, token, bytes) && !isOneOf(wordsNeverNames, token, bytes)
            && !isOneOf(monthWords, token, bytes) && !isOneOf(seasonWords, token, bytes)
    }

    static let clauseOpeners = WordSet(["and", "but", "cos", "coz", "because", "then", "so"])

    /// Whether a given name in lower case stands in a message where only a person does:
    /// after a worker's role ("my social worker precious aint rang", "my iro mark keeps
    /// changin", "my PA sky") or before one, as its apposition ("thank u to sky my PA",
    /// "shay my key worker knows"). Not a modal ("my social worker will ring").
    @inline(never)
    static func besideOwnRole(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length >= 3, token.context.isEmpty, !token.hyphenated, !isOneOf(modalWords, token, bytes) else { return false }
        if index > 0, token.gap.isPlainSpace {
            let previous = tokens[index - 1]
            if previous.isRoleWord, previous.shape == .lower || previous.shape == .upper && previous.length <= 3,
               index >= 2, isOneOf(possessivePronouns, tokens[index - 2], bytes) || previous.context.contains(.phraseEnd) {
                return true
            }
        }
        // "sky my PA", "shay my key worker": "my" or "our" and a role of one or two words.
        guard let owner = tokens[safe: index + 1], owner.gap.isPlainSpace, isWord(owner, "my", bytes) || isWord(owner, "our", bytes),
              let role = tokens[safe: index + 2], role.gap.isPlainSpace else { return false }
        if role.isRoleWord { return true }
        guard let second = tokens[safe: index + 3], second.gap.isPlainSpace else { return false }
        return second.isRoleWord && role.shape == .lower
    }

    static let modalWords = WordSet(["will", "may", "can", "might", "must", "shall", "should", "would", "could"])

    static let sentenceOpeningPersonVerbs = WordSet(["saw", "said", "says", "told", "tells", "asked", "asks", "has", "had",
                                                     "wants", "wanted", "keeps", "knows", "thinks", "shouted", "screamed"])
    /// Two-letter words of text messages that lists of names also hold ("tell em", "tell ya").
    static let textingWords = WordSet(["em", "ya", "ur", "yo", "ye", "ma", "da", "ok", "im", "pa", "sw", "bf", "gf", "bc", "rn"])
    static let seasonWords = WordSet(["spring", "summer", "autumn", "winter"])

    /// Whether the lower-case word at `index` opens a line as a message's speaker with an
    /// emoji before the colon, as exported threads write them: "kizzyy 💜: hiya is this
    /// the council one" (not a frequent word: "ps 💜:").
    @inline(never)
    static func isSpeakerWithEmoji(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.shape == .lower, token.length >= 3, token.gap.rawValue & (Gap.newline.rawValue | Gap.start.rawValue) != 0,
              token.context.isEmpty, !token.classes.contains(.frequent) else { return false }
        var cursor = token.end
        var emoji = false
        while cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] >= 0x80 {
            if bytes[cursor] >= 0x80 { emoji = true }
            cursor += 1
        }
        return emoji && cursor < bytes.count && bytes[cursor] == 0x3A
    }

    /// Whether `rule` takes a word for a name from the word alone or its repeats (a list, an
    /// unknown capitalised word, a capital standing alone), not from its context.
    static func isGuessedNameRule(_ rule: NameRule) -> Bool {
        switch rule {
        case .sameDocument, .unknownProperNoun, .nameList, .isolated, .capitalsName: return true
        default: return false
        }
    }

    /// Whether the lower-case word at `index` stands where a person does: with a
    /// possessive, after "and", "tell", "asked" and the like, or before a verb of a person.
    private func standsAsPerson(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if token.possessive { return true }
        let previous = tokens[index - 1]
        let next = tokens[safe: index + 1].flatMap { $0.gap.isPlainSpace && $0.shape == .lower ? $0 : nil }
        if token.gap.isPlainSpace, previous.shape == .lower, NameRun.isOneOf(NameRun.beforePerson, previous, bytes) {
            // (Not a verb taking its object: "write to every care leaver, and honour what
            // the Local Offer promises".)
            guard let next, NameRun.isWord(previous, "and", bytes) || NameRun.isWord(previous, "or", bytes) else { return true }
            return !next.context.contains(.determiner) && !NameRun.isOneOf(NameRun.objectOpeners, next, bytes)
        }
        guard let next else { return false }
        if NameRun.isOneOf(NameRun.linkingVerbs, next, bytes) {
            // "faith was so happy", but "patience is needed".
            return !NameRun.isOneOf(NameRun.abstractWordNames, token, bytes)
        }
        return next.context.contains(.personVerb) && !NameRun.isOneOf(NameRun.notPersonVerbs, next, bytes)
            || NameRun.isOneOf(NameRun.morePersonVerbs, next, bytes)
    }

    /// Besides the determiners and possessive pronouns, words a noun follows: "our rota", "his old teddy".
    static let wordsBeforeNouns = WordSet(["our", "its", "old", "new", "little", "big"])
    /// Words that open a verb's object: "honour what", "will the".
    static let objectOpeners = WordSet(["what", "that", "this", "these", "those", "it", "them", "their", "our", "your", "its",
                                        "every", "all", "any", "each", "his", "her", "my"])
    static let beforePerson = WordSet(["and", "or", "tell", "told", "ask", "asked", "pick", "picking", "picked", "from", "thanks",
                                       "hi", "hiya", "hey", "hello", "ty", "cheers", "love", "see", "saw", "seeing", "took", "take", "taking", "bring", "brought",
                                       "n", "met", "meet", "visit", "visited", "collect", "collected", "collecting"])
    /// Person verbs that also follow ordinary nouns: "faith and hope", "patience now".
    static let notPersonVerbs = WordSet(["and", "now", "still", "then", "always", "never", "herself", "himself", "thanks",
                                         "made", "makes", "left", "needs", "needed", "felt", "feels", "moved", "settled",
                                         "received", "completed", "returned", "added"])
    /// Verbs of a person the context list does not have.
    static let morePersonVerbs = WordSet(["hasn't", "isn't", "wasn't", "didn't", "doesn't", "won't", "can't", "got", "gets",
                                       "wants", "likes", "keeps", "kept", "cancelled"])
    static let linkingVerbs = WordSet(["is", "was", "has", "had"])
    /// Given names that are abstract nouns, which "is" or "has" follows as words too.
    static let abstractWordNames = WordSet(["faith", "hope", "patience", "grace", "joy", "charity", "mercy", "honour", "honor",
                                            "destiny", "justice", "liberty", "harmony", "serenity", "unity", "trinity", "truth",
                                            "peace", "blessing", "favour", "precious", "glory", "prudence", "felicity", "verity",
                                            "temperance", "amity", "providence", "promise", "miracle", "heaven", "haven",
                                            "comfort", "love", "courage", "wisdom", "success", "marvel", "trust", "victory"])
    static let wordsNeverNames = WordSet(["will", "may", "can", "little", "much", "more", "most", "love", "well", "long",
                                          "bill", "mark", "pat", "sue", "rob", "jack", "frank", "hope", "grant", "age"])
    /// Words on the given-name lists that are never one in a list of names in lower case:
    /// "little Bobby (age 8)", "(JB, age 14)".
    static let wordsNeverListed = WordSet(["little", "age", "much", "more", "most"])
}

extension NameRun {
    /// A name written in lower case as a form field's value, in formal text too: "Name:
    /// dean smith", "Child's name: kayden", "Signed: marta kowalska". The value is one to
    /// three words in lower case ending its line, the first a given name on the lists and
    /// each a name on them or a word no list has (the lists' English words count: after
    /// a field for a person's name, "dean" and "smith" are the person).
    /// - Complexity: O(n) in the bytes for `memchr` to find the colons, then O(log w) in
    ///   the words for each colon to find the word after it.
    @inline(never)
    mutating func markLowercaseNamesInFields(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var position = 0
        while position < bytes.count, let hit = memchr(base + position, 0x3A, bytes.count - position) {
            let colon = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            position = colon + 1
            let index = firstToken { $0.start > colon }
            guard index > 0, index < tokens.count else { continue }
            let token = tokens[index]
            guard token.shape == .lower, rules[index] == nil, !skip[index], token.gap.contains(.colon),
                  token.gap.subtracting([.colon, .space]).isEmpty, introducer(before: index, bytes).contains(.field) else { continue }
            var last = index
            while last + 1 < tokens.count, last - index < 2, tokens[last + 1].gap.isPlainSpace, tokens[last + 1].shape == .lower { last += 1 }
            guard last + 1 == tokens.count || tokens[last + 1].gap.contains(.newline) else { continue }
            var isName = true
            for word in index...last {
                let value = tokens[word]
                let classes = value.classes.isEmpty ? coldClasses(value.start..<value.end, bytes) ?? [] : value.classes
                guard rules[word] == nil, !skip[word], value.context.isEmpty, !value.contraction, value.length >= 2,
                      classes.isDisjoint(with: [.place, .organisation, .titlecase]),
                      word == index ? classes.contains(.forename) : !classes.isDisjoint(with: .name) || classes.isEmpty else {
                    isName = false
                    break
                }
            }
            guard isName else { continue }
            for word in index...last { rules[word] = .field }
        }
    }

    /// A family name in lower case after a title, in formal text too: "Mrs okafor",
    /// "Mr. lqbal" (a capital I read as an l). The word is a family name of the lists or
    /// a word no list has, and no function word ("Mr and Mrs", "Miss said", "the Dr
    /// appointment": an English word that is no family name is left).
    /// - Complexity: O(c) in the capitalised words; a look-up for the few titles.
    @inline(never)
    mutating func markLowercaseNamesAfterTitles(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index + 1 < tokens.count && tokens[index].context.contains(.honorific) {
            let title = tokens[index], word = tokens[index + 1]
            guard word.shape == .lower, rules[index + 1] == nil, !skip[index + 1], word.context.isEmpty, !word.contraction,
                  word.length >= 3, title.shape == .capitalized,
                  word.gap.isPlainSpace || title.dotAfter && word.gap.rawValue == Gap.sentenceEnd.rawValue | Gap.space.rawValue,
                  NameRun.isOneOf(NameRun.titlesOfFamilyNames, title, bytes) else { continue }
            let classes = word.classes.isEmpty ? coldClasses(word.start..<word.end, bytes) ?? [] : word.classes
            guard classes.isDisjoint(with: [.place, .organisation, .titlecase, .role]),
                  classes.contains(.surname) || !classes.contains(.common) else { continue }
            rules[index + 1] = .honorific
        }
    }

    /// The titles a family name follows: "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Mister".
    static let titlesOfFamilyNames = WordSet(["mr", "mrs", "ms", "mx", "miss", "dr", "mister"])
}
