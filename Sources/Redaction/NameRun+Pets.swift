import Lexicon

/// Pets named beside the word for the animal: families and children write about them,
/// and their names are given names ("Pepper", "Major", "Rolo").
extension NameRun {
    /// Clears the names found for a pet, and for its name wherever else it stands in the
    /// document unless a title or a known party made it: after an owner's word and the
    /// animal ("our dog Pepper", "the family's dog Shero"), set off by commas or brackets
    /// after the animal ("his dog, Major, to", "dog (Kiki)", "the dog (Dylan, a
    /// spaniel)", "the dogs (Dolly and Bruiser – both friendly)", and a list of them: "The two dogs, Marley and Duchess, were"), or
    /// before "the" and the
    /// animal ("Rolo the cat", "Biscuit (the dog)"), or called so after it ("his cat is
    /// called Pierogi", "a Rottweiler called Duke"). After "the" and the animal with no
    /// comma, only a word no list has ("The dog Bisto sleeps"): a person may follow
    /// there ("the dog Emma was walking").
    /// - Complexity: O(c) in the capitalised words, a test of the word before or after
    ///   each name found; nothing in a document with no word for an animal.
    @inline(never)
    mutating func unmarkPets(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard hasAnimal else { return }
        var pets: [ShortWordTable.Key] = []
        var lastPet = -1
        for index in capitals where rules[index] != nil && !NameRun.isSurerRule(rules[index]!) {
            // (And the next after "and": "The two dogs, Marley and Duchess, were".)
            // (Or after one no rule found: "two rescue cats, Pumpkin and Salsa, who".)
            let listed = index >= 2 && NameRun.isWord(tokens[index - 1], "and", bytes) && tokens[index].gap.isPlainSpace
                && (lastPet == index - 2 || tokens[index - 2].shape == .capitalized && rules[index - 2] == nil && isPetName(index - 2, bytes))
            guard tokens[index].shape == .capitalized, listed || isPetName(index, bytes),
                  let key = ShortWordTable.key(bytes, tokens[index].start..<tokens[index].end) else { continue }
            lastPet = index
            if !pets.contains(key) { pets.append(key) }
        }
        guard !pets.isEmpty else { return }
        for index in capitals where rules[index] != nil && !NameRun.isSurerRule(rules[index]!) {
            guard let key = ShortWordTable.key(bytes, tokens[index].start..<tokens[index].end), pets.contains(key) else { continue }
            rules[index] = nil
        }
    }

    /// Rules sure enough that a pet's name elsewhere does not clear them: a title, a
    /// known party, the deny list.
    static func isSurerRule(_ rule: NameRule) -> Bool {
        switch rule {
        case .knownParty, .denied, .honorific, .honorificInitial: true
        default: false
        }
    }

    /// Whether the name at `index` stands as a pet's (see ``unmarkPets(_:)``).
    private func isPetName(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // The animal's word itself, capitalised as breeds are: "the family's Labrador",
        // "our Lurcher".
        if token.classes.contains(.animal), index > 0, token.gap.isPlainSpace,
           tokens[index - 1].possessive || NameRun.isOneOf(NameRun.ownerWords, tokens[index - 1], bytes) {
            return true
        }
        // "Rolo the cat", "Biscuit (the dog, not the food!)", "Tyson the Staffie".
        if let the = tokens[safe: index + 1], let animal = tokens[safe: index + 2],
           the.gap.isPlainSpace || the.gap.subtracting(.space) == .bracket && bytes[the.start - 1] == 0x28, animal.gap.isPlainSpace,
           NameRun.isWord(the, "the", bytes), NameRun.isAnimalWord(animal) || animal.shape == .capitalized && animal.classes.contains(.animal) {
            return true
        }
        guard index >= 2 else { return false }
        // "his cat is called Pierogi", "a Rottweiler called Duke".
        if NameRun.isWord(tokens[index - 1], "called", bytes), token.gap.isPlainSpace {
            let before = tokens[index - 2]
            let animal = NameRun.isWord(before, "is", bytes) && index >= 3 ? tokens[index - 3] : before
            return animal.classes.contains(.animal) && (animal.shape == .lower || animal.shape == .capitalized)
        }
        let animal = tokens[index - 1]
        // (A breed capitalised after an owner's word too: "Our Staffy, Tyson, had a brew".)
        let ownedBreed = animal.shape == .capitalized && animal.classes.contains(.animal)
            && (tokens[index - 2].possessive || NameRun.isOneOf(NameRun.ownerWords, tokens[index - 2], bytes))
        guard animal.shape == .lower || ownedBreed else { return false }
        // "his dog, Major, to", "the dog (Kiki)": set off after the animal.
        let openedByComma = token.gap.isCommaSpace
        let openedByBracket = token.gap.contains(.bracket) && token.start > 0 && bytes[token.start - 1] == 0x28
        if openedByComma || openedByBracket {
            if token.end < bytes.count {
                let after = bytes[token.end]
                let beforeAnd = tokens[safe: index + 1].map { NameRun.isWord($0, "and", bytes) && $0.gap.isPlainSpace } ?? false
                // ("the dog (Dylan, a very patient spaniel)": a comma inside the bracket.)
                guard openedByBracket ? after == 0x29 || after == 0x2C || beforeAnd : after == 0x2C || after == 0x2E || after == 0x29 || after == 0x0A || beforeAnd
                else { return false }
            }
            return ownedBreed || NameRun.isAnimalWord(animal)
        }
        // "our dog Pepper", "the family's dog Shero": an owner's word before the animal;
        // or "the" or "a" before it and a word no list has ("The dog Bisto sleeps"; not
        // "the dog Emma was walking").
        guard token.gap.isPlainSpace, animal.gap.isPlainSpace, NameRun.isAnimalWord(animal) else { return false }
        let owner = tokens[index - 2]
        if owner.possessive || NameRun.isOneOf(NameRun.ownerWords, owner, bytes) { return true }
        return rules[index] == .unknownProperNoun && (NameRun.isWord(owner, "the", bytes) || NameRun.isWord(owner, "a", bytes))
    }

    /// Whether `token` is a word for a pet ("dog", "cat", "hamster"), in lower case.
    static func isAnimalWord(_ token: Token) -> Bool {
        token.shape == .lower && token.classes.contains(.animal)
    }

    static let ownerWords = WordSet(["my", "our", "his", "her", "their", "your", "new", "old", "pet", "little", "family"])
}

extension NameRun {
    /// Clears a shop, a brand or a club that is a name too (`context/brands.txt`), found
    /// only as a name might be by a list or a guess, where nothing marks a person: no
    /// name, initial or title before it, no name or person's verb after it ("and" only
    /// before a name: "Greggs and Lidl"), and for a
    /// possessive ("at McDonald's") nothing of a person's after it ("Only eats Greggs
    /// sausage rolls", "talking about Everton"; not "Tom Greggs", "Costa said",
    /// "McDonald's mum").
    /// - Complexity: O(k) in the capitalised words with a brand's first letter and length
    ///   (``CapitalCues``); a look-up only for a guessed name.
    @inline(never)
    mutating func unmarkBrands(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in cues.brandShaped {
            guard let rule = rules[index], NameRun.isGuessedNameRule(rule) || rule == .possessive else { continue }
            let token = tokens[index]
            guard let hash = WordSet.lowercaseHash(bytes, token.start..<token.end) else { continue }
            let flags = context.brands.flags(hash: hash, lowercasing: bytes, token.start..<token.end)
            guard flags & ContextWords.brand != 0 || flags & ContextWords.possessiveBrand != 0 && token.possessive else { continue }
            if index > 0, token.gap.isPlainSpace {
                let previous = tokens[index - 1]
                if rules[index - 1] != nil || previous.context.contains(.honorific) || previous.shape == .initial { continue }
            }
            if let next = tokens[safe: index + 1], next.gap.isPlainSpace {
                // ("and" only before a name: "Greggs and Lidl" are shops, "Costa and Amy" people.)
                if rules[index + 1] != nil { continue }
                if next.context.contains(.personVerb), next.shape == .lower,
                   !NameRun.isWord(next, "and", bytes) || rules[safe: index + 2].map { $0 != nil } == true { continue }
            }
            if token.possessive, NameRun.ownsPersonalThing(tokens, index, bytes) { continue }
            rules[index] = nil
        }
    }
}
