import Lexicon

/// Judging one word from its lists and the words around it.
extension NameRun {
    mutating func judge(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        let classes = token.classes
        if hasKnownParties, known.matches(token, bytes, &lower) { return .knownParty }
        if classes.contains(.allowed) { return nil }
        if classes.contains(.denied) { return .denied }
        // Titles, relationship words, greetings and field labels introduce names; they
        // are not names themselves ("PC Ingram", "Love, Akosua", "Attendees:").
        // (But a title makes the next word a name, whatever else it is: "Ms Love said".)
        let afterTitle = index > 0 && token.gap.isPlainSpace && tokens[index - 1].context.contains(.honorific)
        if !token.context.isDisjoint(with: NameRun.honorificOrField) || !afterTitle && !token.context.isDisjoint(with: NameRun.greetingOrSignoff) {
            return afterTitle && NameRun.isTitleWordAsFamilyName(tokens, rules, index, bytes) ? .honorific : nil  // "Mr Lord"
        }
        // In a text message, "i told mrs hardy": a title written in lower case, before a
        // name or a word no list knows (not "we will miss her", "miss school").
        if informal, token.shape == .lower, token.context.isEmpty, token.length >= 2,
           !classes.isDisjoint(with: .name) || !classes.contains(.common), let previous = tokens[safe: index - 1],
           previous.shape == .lower, previous.context.contains(.honorific),
           token.gap.subtracting(NameRun.spaceOrSentenceEnd).isEmpty, token.gap.contains(.space) {
            return .honorific
        }
        let doubleGivenName = token.hyphenated && classes.contains(.forename) && !classes.contains(.common)  // "lily-mae"
        if token.shape == .lower, !doubleGivenName,
           !informal || classes.isDisjoint(with: .name) || classes.contains(.common) && !classes.contains(.forename) {
            if informal {
                // "from leahs house": a possessive without its apostrophe.
                if classes.isEmpty, isPossessiveWithoutApostrophe(index, bytes) { return .possessive }
                // "my son mehmoud", "hiya its kamul": a name no list has, from its context.
                if classes.isEmpty, NameRun.isUnlistedNameShape(token, bytes), let rule = judgeUnlistedInMessage(index, bytes) {
                    return rule
                }
                if token.gap.rawValue & NameRun.lineStartBits != 0, NameRun.isSpeakerWithEmoji(tokens, index, bytes) {
                    return .lowercaseName  // "kizzyy 💜: hiya"
                }
            }
            return nil  // most words: lower-case and not names
        }
        // In a message, a given name in lower case owning a relative: "i'm hyacinth
        // mcfarlane favour's grandmother" (not a relative's own word: "my mum's dad").
        if informal, token.shape == .lower, token.possessive, classes.contains(.forename), token.context.isEmpty,
           let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.context.contains(.kinship) {
            return .possessive
        }
        // "From: Pickering, Dawn <…>", "To: Chen, May; Young, Patrick": family name first
        // in an address line (tested only where a comma and a space part two words).
        if token.isCapitalizedLike, index + 1 < tokens.count && tokens[index + 1].gap.isCommaSpace || token.gap.isCommaSpace,
           isNameInHeader(index, bytes) {
            return .fullName
        }
        let intro = introducer(before: index, bytes)
        let isName = !classes.isDisjoint(with: .name)
        let common = classes.contains(.common)
        let nonPersonal = NameRun.isNonPersonal(token)
        let ambiguous = isName && (common || !classes.isDisjoint(with: .nonPersonal))

        switch token.shape {
        case .initial:
            if intro.contains(.honorific) {
                // "Mr J. Smith" / "Mr J Smith": an initial; "Mrs B" alone (or "Mrs D. The
                // Council ...") is a pseudonym.
                // (Not a pronoun after a pseudonym's sentence: "I spoke to Mrs O. She said".)
                func isNameAfterInitials(_ next: Token) -> Bool {
                    next.gap.subtracting(NameRun.spaceOrSentenceEnd).isEmpty && (next.shape == .capitalized || next.shape == .upper)
                        && next.context.isDisjoint(with: .function)
                        && !(next.classes.contains(.common) && next.classes.isDisjoint(with: .name))
                        && (!NameRun.isNonPersonal(next) || next.classes.contains(.surname))
                }
                // Or a second initial first: "Dr A. K. Mensah", "Mr J R Smith".
                if let next = tokens[safe: index + 1], isNameAfterInitials(next)
                    || next.shape == .initial && next.gap.subtracting(NameRun.spaceOrSentenceEnd).isEmpty
                    && tokens[safe: index + 2].map(isNameAfterInitials) == true {
                    return .honorificInitial
                }
                return nil
            }
            if initialIntroducedByContext(index, intro, bytes) { return .introduced }
            // "her daughter C was upset" — but "her grandson, C," and "Child A" are the
            // pseudonyms of published decisions.
            // (Not the pronoun: "photos of my nan I had".)
            if intro.contains(.kinship), token.gap.isPlainSpace, bytes[token.start] != 0x49, let previous = tokens[safe: index - 1],
               !NameRun.isGeneric(previous, bytes) {
                return .introduced
            }
            // "J's confidence has grown", "a card from J's mum": a child's initial with a
            // possessive — unless a capitalised word comes just before ("Plan B's"; "Later
            // J's teacher" is then found by spreading, see ``standsAsAName(_:)``) or the
            // letter stands alone elsewhere, as the pseudonyms of decisions do ("Mrs B",
            // "a child I will call C. C's school").
            if token.possessive, bytes[token.start] != 0x41, bytes[token.start] != 0x49,
               !(tokens[safe: index - 1].map { $0.isCapitalizedLike && token.gap.isPlainSpace } ?? false),  // "Plan B's"
               !standsAlone(bytes[token.start], bytes) {
                return .possessive
            }
            return nil
        case .capitalized:
            // (Only where a table's bar comes before, or a c second from the end.)
            if token.start >= 2 && bytes[token.start - 2] == 0x7C || token.length >= 3 && token.length <= 4 && bytes[token.end - 2] == 0x63,
               let rule = NameRun.staffRule(tokens, index, bytes) {
                return rule
            }
            // "who has MS. She reports": no title comes before a pronoun.
            if intro.contains(.honorific), nameAfterTitle(index) { return .honorific }
            if index >= 1, let rule = NameRun.rankOrNameIsRule(tokens, index, bytes) { return rule }  // "PC 1779 Parbold", "my name is Brogan"
            // "a Rottweiler called Duke", "the Ward family".
            if classes.rawValue & (WordClass.animal.rawValue | WordClass.surname.rawValue) != 0 {
                switch NameRun.wordBesideItsNoun(tokens, index, bytes) {
                case .word: return nil
                case .familyName: return .familyName
                case .undecided: break
                }
            }
            // "Autumn (DOB: 30/10/2019)", "Ellis, born 2017".
            if isName, NameRun.mayHaveBirthDate(token), NameRun.birthFollowsName(tokens, index, bytes) { return .withBirthDate }
            // A place that is also a name, after a relationship or greeting: "her
            // girlfriend Paisley", "Dear Florence".
            let onlyPlace = classes.contains(.place) && !token.inNonPersonalPhrase
                && classes.isDisjoint(with: NameRun.listedNotPlace)
            if onlyPlace, isName, !intro.isDisjoint(with: NameRun.kinshipOrGreeting) { return .introduced }
            // Or followed by an age in brackets ("Call from Devon (YP, 17)") or after a
            // dash and an age ("– Jordan, 18"), or a family
            // name after an initial and its dot ("T. Bentley (Mrs)").
            if onlyPlace, isName, let rule = NameRun.placeAsPersonRule(tokens, index, bytes) { return rule }
            // "Bill Church (Quality Assurance)": a building word with a role after it ends
            // a person's name, not a building's.
            if isName && classes.contains(.forename) || classes.isEmpty, !NameRun.isPossessiveDeterminer(token, bytes), speaksWithRole(index, bytes) {
                return .withRole  // "Carol FC: hi", "[10/03/2024, 08:02] Jerime PA: Morning"
            }
            // A quote's speaker with their age: "(Unique, 18)".
            if isName, classes.contains(.forename), !classes.contains(.place), NameRun.attributedWithAge(tokens, index, bytes) {
                return .withBirthDate
            }
            // A word said to be a child of some age, or followed by ", who": "Legend is 13
            // and has lived", "told about Reign, who was nearly four" (not an
            // organisation: "CAMHS, who").
            // (For an ordinary word, the age must be followed by what a person does:
            // "Legend is 13 and has lived", not "Level is 3 and improving".)
            if !nonPersonal, token.context.isEmpty, !token.inNonPersonalPhrase,
               NameRun.describedAsPerson(tokens, index, bytes, strictly: common && !classes.contains(.forename)) {
                return .describedAsPerson
            }
            // Named by the words around it: spoken to, after a kind of name, called so by
            // someone, or by what they do (``NameRun/ruleFromWordsAround(_:_:_:forename:)``).
            if !nonPersonal, !token.inNonPersonalPhrase,
               let rule = NameRun.ruleFromWordsAround(tokens, index, bytes, forename: isName && classes.contains(.forename)) {
                return rule
            }
            // "at Zahud's PEP meeting", "in Vayan's care plan": what only a person has,
            // even after "at" or "in" and for a word no list has.
            if token.possessive, !nonPersonal, !common || isName, !classes.contains(.titlecase),  // (not "In June's review")
               NameRun.ownsPersonalThing(tokens, index, bytes) {
                return .possessive
            }
            if nonPersonal || beforeInstitution(index, bytes) && !NameRun.surnameBeforeRole(tokens, index + 1, bytes) {
                return nil
            }
            // "at Brookfield", "in Meadowbank": a family name alone (no given name) after a
            // preposition of place is the place's (not "at Smith's"); so is anything after
            // "born in".
            if afterLocative(index), !isName || classes.contains(.place) || !classes.contains(.forename) && !token.possessive {
                return nil
            }
            if afterBornIn(index, bytes) || NameRun.afterCounty(tokens, index, bytes) || NameRun.afterSpeaks(tokens, index, bytes)
                || NameRun.isPlaceTravelledTo(tokens, index, bytes) {
                return nil
            }
            // The middle of a street's name after "at", "in" or "near": "at Great Ormond
            // Street", "near Old Kent Road".
            if index > 0, token.gap.isPlainSpace, tokens[index - 1].isCapitalizedLike, afterLocative(index - 1),
               let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized, isStreetType(next, bytes) {
                return nil
            }
            // A nickname in quotes after "known as", "called" or "or": "knows as 'Tiny'",
            // "called Minh, or \"Mike\"".
            if quotedNickname(index, bytes, listed: isName) { return .introduced }
            if NameRun.afterKnownAsLabel(tokens, index, bytes) || NameRun.afterSurnameIs(tokens, index, bytes) {
                return .introduced  // Known as: Tiny; surname believed to be Frost
            }
            // "moved to Florence", "resettled from Jordan" (not "moved to Florence's", nor
            // "moved to Florence, an experienced foster carer", "to Sydney (maternal aunt)").
            // (So is a word no list has: "moved to England from Łódź".)
            if intro.contains(.locative), classes.contains(.place) || !isName, !token.possessive, !describedAfter(index, bytes) {
                return nil
            }
            // (A relative's word no name list has is the relative's title: "her uncle Kak
            // Azad".)
            if !intro.isDisjoint(with: NameRun.kinshipRoleOrGreeting), isName || !common && !token.context.contains(.kinship), !beforeRole(index),
               !NameRun.isSeasonBeforeYear(token, bytes) {  // "Carers, Autumn 2024"
                return .introduced
            }
            if classes.rawValue & WordClass.common.rawValue != 0, isWordNamedInContext(index, intro, bytes) {
                return .introduced  // "her daughter Amaryllis", "thank you to Linnet at the Family Hub", "I'm Pip."
            }
            if intro.contains(.field), isName || !common { return .field }
            if !common && classes.isDisjoint(with: .nonPersonal) {
                // (Not a relative's word alone: "\"Tata says I'm coming home\""; "Ratan Tata"
                // is found by its given name.)
                if isName { return token.context.rawValue & ContextRole.kinship.rawValue != 0 ? nil : .nameList }
                if classes.isEmpty, isPossessiveWithoutApostrophe(index, bytes) { return .possessive }  // "round Brandons mums"
                if classes.rawValue == 0, isFamilyInPlural(index, bytes) { return .familyName }  // "Only one, the Penfolds, made"
                // (A compound of two words is a family name after a given name: "Penny
                // Marchbank", "Jade Fairweather".)
                if token.shape == .capitalized, token.length >= 2, token.context.isDisjoint(with: [.function, .kinship]),
                   NameRun.followsGivenName(tokens, index) || !looksLikeEnglish(index, bytes),
                   !beforeCompassPoint(index, bytes), !NameRun.followsPlaceInList(tokens, index, bytes) {
                    return .unknownProperNoun
                }
                return nil
            }
            guard ambiguous else { return nil }
            return ambiguousInContext(index, intro, bytes)
        case .upper:
            return judgeInCapitals(index, intro, bytes)
        case .lower, .other:
            // "Mr al-Jubouri": a family name joined to its particle, after a title.
            if token.shape == .other, token.hyphenated, intro.contains(.honorific), startsWithParticle(token, bytes) {
                return .honorific
            }
            // And after an initial and its dot: "Signed Y. al-Khatib".
            if token.shape == .other, token.hyphenated, index > 0, tokens[index - 1].shape == .initial, tokens[index - 1].dotAfter,
               token.gap.rawValue & ~(Gap.space.rawValue | Gap.sentenceEnd.rawValue) == 0, startsWithParticle(token, bytes) {
                return .fullName
            }
            // A double given name in lower case, even in a formal note: "is lily-mae ok?".
            if token.shape == .lower, token.hyphenated, classes.contains(.forename), !common, !nonPersonal,
               token.context.isEmpty {
                return .lowercaseName
            }
            if nonPersonal || !informal { return nil }
            return judgeInMessage(index, intro, bytes)
        }
    }

    /// Judges a word in capitals (``judge(_:_:)``'s `.upper` case): titles, nicknames,
    /// labels, initials in their many places, names in capitals. Out of ``judge(_:_:)``,
    /// which must stay small enough for its option-set tests to stay inlined.
    @inline(never)
    mutating func judgeInCapitals(_ index: Int, _ intro: ContextRole, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        let classes = token.classes
        let isName = !classes.isDisjoint(with: .name)
        let common = classes.contains(.common)
        let nonPersonal = NameRun.isNonPersonal(token)
        if intro.contains(.honorific) { return .honorific }
        if token.length <= 3, quotedNickname(index, bytes) { return .introduced }  // Known as: "JJ"
        if NameRun.afterKnownAsLabel(tokens, index, bytes) { return .introduced }  // KNOWN AS: WILL
        if NameRun.isInitialsBeforeRole(tokens, index, bytes) { return .staffInitials }
        if NameRun.isSpeakerInitialsBeforeTime(tokens[index], bytes) { return .staffInitials }  // "AM   09:31 First one,"
        if NameRun.followsInitialsWord(tokens, index, bytes) { return .staffInitials }  // "signed with the initials RT"
        if token.length == 2, NameRun.isInitialsAfterRoleLetters(tokens, index, bytes) { return .staffInitials }  // "SW FW"
        if isName, NameRun.isNameInField(token, intro) { return .field }  // NAME: DAWN
        if NameRun.isInitialsAfterWorkerLabelOrHyphened(tokens, index, bytes) {
            return .staffInitials  // "Worker: DA", "T-M went straight to Nanny Pat", "mum of J-L and Reece"
        }
        // "SG (complainant)", "PG (maternal grandmother)": a key of initials.
        if NameRun.isDescribedInitials(tokens, index, bytes) { return .initialsOfName }
        if NameRun.isInitialsWithAge(tokens, index, bytes) { return .initialsOfName }  // "LB (13) told friend"
        if NameRun.isInitialsOpeningBracketWithRole(tokens, index, bytes) { return .staffInitials }  // "Decision (NP, Front Door TM):"
        if NameRun.isInitialsActing(tokens, index, bytes) { return .staffInitials }  // "Seen JB", "JB showed me"
        // "Mr Dean Ashworth, Social Worker, Unaccompanied Children's Team (DA)".
        if NameRun.isBracketedInitialsAfterRole(tokens, rules, index, bytes) { return .initialsOfName }
        if token.length <= 7, NameRun.isInitialsAloneInStaffCell(tokens, index, bytes) { return .staffInitials }
        if token.length <= 3, NameRun.isLoggedBy(tokens, index, bytes) || NameRun.isInitialsAfterRoleAndComma(tokens, index, bytes)
            || index + 4 >= tokens.count && NameRun.signsDocument(tokens, index, bytes) {
            return .staffInitials  // "logged by NB,", "the contact supervisor, FA, took"
        }
        if nonPersonal { return nil }
        if !intro.isDisjoint(with: NameRun.kinshipGreetingOrField), isName { return .introduced }
        if classes.isEmpty || classes.contains(.forename), let rule = NameRun.unlistedInCapitalsRule(tokens, index, intro, bytes) {
            return rule  // "MY GRANDSON DILOK", "CONYLL MOHAMOD", "MY NAME IS PAT"
        }
        if isName, !common, token.length >= 4, !NameRun.isDateInCapitals(tokens, index, bytes) { return .capitalsName }
        if NameRun.isStaffInitials(tokens, index, bytes) { return .staffInitials }
        return nil
    }

    /// Judges a word in lower case in a text message (``informal``), one no list has as
    /// not personal: a given name after a relationship, a role, a greeting or "tell",
    /// before a verb of a person, as a message's speaker.
    /// (Out of ``judge(_:_:)``, which must stay small enough for its sets to stay constants.)
    @inline(never)
    mutating func judgeInMessage(_ index: Int, _ intro: ContextRole, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        let classes = token.classes
        let isName = !classes.isDisjoint(with: .name)
        let common = classes.contains(.common)
        // "my daughter summer", but not "my son will" nor "her daughter as well".
        if classes.contains(.forename), token.context.isEmpty, token.gap.isPlainSpace, intro.contains(.kinship),
           let previous = tokens[safe: index - 1], previous.shape == .lower, !NameRun.isGeneric(previous, bytes) {
            return .introduced
        }
        if classes.contains(.titlecase) { return nil }
        if isName, !common, token.length >= 3, !token.context.contains(.function) { return .lowercaseName }
        if isName, !common, token.length == 2, NameRun.twoLetterNameActs(tokens, index, bytes) { return .personVerb }  // "tj asked"
        // A given name that is also a word, asked after: "is ruby still poorly", "is
        // faith still coming" (an auxiliary before it, a verb of a person after).
        if classes.contains(.forename), token.context.isEmpty, token.length >= 3, askedAfter(index, bytes) { return .personVerb }
        // "tell mason to stop chatting about me", "why did u tell jo".
        if classes.contains(.forename), token.context.isEmpty, NameRun.isToldName(tokens, index, bytes, rare: isName && !common) {
            return .introduced
        }
        // "my social worker precious aint rang", "river saw him do it".
        if let rule = NameRun.lowercaseWordNameRule(tokens, index, bytes) { return rule }
        // A speaker's given name after a message's time stamp: "[09:12] sunny bains: morning".
        if classes.contains(.forename), token.context.isEmpty, token.length >= 3, NameRun.speakerAfterTimestamp(tokens, index, bytes) {
            return .lowercaseName
        }
        // And the speaker's family name before the colon ("sunny bains:").
        if !classes.isDisjoint(with: .name), token.context.isEmpty, index > 0, tokens[index - 1].classes.contains(.forename),
           NameRun.speakerAfterTimestamp(tokens, index - 1, bytes), token.end < bytes.count, bytes[token.end] == 0x3A {
            return .lowercaseName
        }
        // A speaker's name opening a line of a message thread: "jo: hi is she coming",
        // "kizzyy 💜: hiya".
        if isName, !common, token.length == 2, token.context.isEmpty, !token.gap.isDisjoint(with: NameRun.lineStartGap),
           token.end < bytes.count, bytes[token.end] == 0x3A {
            return .lowercaseName
        }
        if NameRun.isSpeakerWithEmoji(tokens, index, bytes) { return .lowercaseName }
        if classes.contains(.forename), !classes.contains(.frequent), token.context.isEmpty, intro.contains(.greeting) {
            return .introduced  // "hi jade", not "morning hun"
        }
        return nil
    }

    /// Whether the lower-case word at `index` is asked after in a message: "is", "was",
    /// "has", "did", "does", "can" or "will" just before it and a verb of a person just
    /// after, or a word of how they are ("is ruby still poorly", "is lily-mae ok").
    mutating func askedAfter(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, tokens[index].gap == [.space], let next = tokens[safe: index + 1], next.gap == [.space],
              next.shape == .lower, next.context.contains(.personVerb) || NameRun.isOneOf(NameRun.wellWords, next, bytes) else {
            return false
        }
        let previous = tokens[index - 1]
        guard previous.shape == .lower, previous.length <= 4 else { return false }
        return NameRun.isOneOf(NameRun.auxiliaries, previous, bytes)
    }

    /// Whether "from" or "at" and a team, service or organisation follow the word at
    /// `index`: "Joy from the Edge of Care team", "Hope at CAMHS", "Bill from the
    /// transport team" (a team in lower case: a word or two, then "team", "service",
    /// "hub", "panel" or "unit").
    @inline(never)
    mutating func affiliationFollows(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let from = tokens[safe: index + 1], from.gap == [.space], from.shape == .lower,
              NameRun.isWord(from, "from", bytes) || NameRun.isWord(from, "at", bytes) else { return false }
        var position = index + 2
        if let article = tokens[safe: position], article.gap == [.space], NameRun.isWord(article, "the", bytes) {
            position += 1
        }
        guard let body = tokens[safe: position], body.gap == [.space] else { return false }
        // "Bill from the transport team": a team or a service named in lower case.
        if body.shape == .lower {
            for ahead in position..<min(position + 3, tokens.count) {
                guard tokens[ahead].gap == [.space], tokens[ahead].shape == .lower else { return false }
                if NameRun.isOneOf(NameRun.teamWords, tokens[ahead], bytes) { return ahead > position }
            }
            return false
        }
        guard body.isCapitalizedLike else { return false }
        // A listed body, or the first word of a listed phrase ("Edge" of "Edge of Care team").
        return body.inNonPersonalPhrase || body.phraseStart || !body.classes.isDisjoint(with: [.organisation, .role])
    }

    /// Words the rules above compare, as small sets looked up by hash: a literal array
    /// compared word by word is rebuilt at every call once the caller is inlined.
    /// Two or three capitals after a worker's label and its colon, even letters a list has
    /// (not a role's): "Worker: DA  Young person: Rutendo", "Allocated worker: PM".
    /// ``isInitialsAfterWorkerLabel(_:_:_:)``, ``isHyphenedInitialsActing(_:_:_:)`` or
    /// ``isInitialsSigningWithRole(_:_:_:)``
    /// (out of ``judge(_:_:)``, which must stay small enough for its sets to stay constants).
    @inline(never)
    static func isInitialsAfterWorkerLabelOrHyphened(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isInitialsAfterWorkerLabel(tokens, index, bytes) || isHyphenedInitialsActing(tokens, index, bytes)
            || isInitialsSigningWithRole(tokens, index, bytes)
    }

    /// The rule of a capitalised word after a police rank and a collar number
    /// (``followsRankAndNumber(_:_:)``), or one no list has as not personal after "my name
    /// is" or "her name was" (``followsNameIs(_:_:_:)``: "my name is Brogan Cushion", even a word);
    /// out of ``judge(_:_:)``, which must stay small enough for its sets to stay constants.
    @inline(never)
    static func rankOrNameIsRule(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        if tokens[index].gap.rawValue & Gap.digit.rawValue != 0, followsRankAndNumber(tokens, index) { return .honorific }
        if index >= 3, tokens[index - 2].length == 4, tokens[index].shape == .capitalized, !isNonPersonal(tokens[index]),
           followsNameIs(tokens, index, bytes) {
            return .introduced
        }
        return nil
    }

    /// Whether the word at `index` follows a police rank and a collar number: "PC 1779
    /// Parbold rang", "Sgt 1440 Okafor".
    @inline(never)
    static func followsRankAndNumber(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, tokens[index].gap.subtracting([.space, .digit]).isEmpty, !tokens[index].classes.contains(.titlecase) else { return false }
        let rank = tokens[index - 1]
        return rank.context.contains(.honorific) && rank.length <= 4 && rank.shape != .lower
    }

    /// Whether a birth date or an age follows the name at `index` (``birthFollows(_:_:)``),
    /// not a month after "in": "homeless in August, aged 16".
    @inline(never)
    static func birthFollowsName(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        birthFollows(tokens[index].end, bytes) && !isDateAfterPreposition(tokens, index, bytes)
    }

    @inline(never)
    static func isInitialsAfterWorkerLabel(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.length == 2 || token.length == 3, !token.hyphenated, !token.isRoleWord, !token.possessive,
              token.gap.rawValue == Gap.colon.rawValue | Gap.space.rawValue, isOneOf(workerLabels, tokens[index - 1], bytes) else { return false }
        // (Then the line's end, a comma or the next label in capitals; not "Worker: DA team".)
        guard let next = tokens[safe: index + 1] else { return true }
        return !next.gap.isDisjoint(with: [.newline, .comma]) || next.shape != .lower
    }

    static let workerLabels = WordSet(["worker", "author", "supervisor", "caseworker", "keyworker", "practitioner"])

    /// A single capital, a hyphen and another, the initials of a double given name, acting
    /// or listed with a given name: "T-M went straight to Nanny Pat", "mum of J-L and
    /// Reece" (not "A-Z", "U-turn").
    @inline(never)
    static func isHyphenedInitialsActing(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length == 3, token.hyphenated, bytes[token.start + 1] == 0x2D, !(bytes[token.start] == 0x41 && bytes[token.start + 2] == 0x5A),
              let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .lower else { return false }
        if next.context.contains(.personVerb), !isWord(next, "and", bytes) { return true }
        guard isWord(next, "and", bytes), let other = tokens[safe: index + 2], other.gap.isPlainSpace else { return false }
        return other.shape == .capitalized && other.classes.contains(.forename) && !isNonPersonal(other)
    }

    /// Whether a word in capitals after a field label is a name: one that no list has
    /// as a place, a role or an organisation, or a given name that is no role ("NAME:
    /// DAWN"; not "Attendees: IRO Taiwo Adewuyi", though Iro is a name).
    @inline(never)
    static func isNameInField(_ token: Token, _ intro: ContextRole) -> Bool {
        intro.contains(.field) && (!isNonPersonal(token) || token.classes.contains(.forename) && !token.isRoleWord)
    }

    /// The rule of a given name in lower case in a message beside a worker's role ("my
    /// social worker precious", "sky my PA") or acting at a clause's start ("river saw
    /// him do it", "amber has a cough"); nil otherwise.
    @inline(never)
    static func lowercaseWordNameRule(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        guard tokens[index].classes.contains(.forename) else { return nil }
        if besideOwnRole(tokens, index, bytes) { return .withRole }
        if wordNameOpensSentenceActing(tokens, index, bytes) { return .personVerb }
        return nil
    }

    /// Whether "tell" stands before the given name at `index` (``afterTell(_:_:_:)``), of
    /// three letters or more, or two when no dictionary has them and they are no word of
    /// text messages ("tell jo"; not "tell em").
    @inline(never)
    static func isToldName(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, rare: Bool) -> Bool {
        (tokens[index].length >= 3 || rare && !isOneOf(textingWords, tokens[index], bytes)) && afterTell(tokens, index, bytes)
    }

    static let teamWords = WordSet(["team", "service", "services", "hub", "panel", "unit"])
    static let auxiliaries = WordSet(["is", "was", "has", "did", "does", "can", "will"])
    static let buildingsOnly = WordSet(["lodge", "house", "home", "hospital", "centre", "center", "school", "academy",
                                        "college", "unit", "court", "hall", "council", "clinic", "surgery"])
    static let compassPoints = WordSet(["north", "south", "east", "west", "central"])
    static let wellWords = WordSet(["ok", "okay", "alright", "ill", "poorly", "home", "there", "coming", "going"])
    static let nicknameIntroducers = WordSet(["as", "called", "calls", "aka", "or", "nicknamed", "initialled", "initialed", "signed",
                                              "nickname"])
    /// A capitalised word that staff columns and notes make a name: a given name alone in
    /// a staff column's cell ("| 20/09/2023 | Ivy | Incident log |" under "| Date | Who |
    /// Event |", tested where a bar and a space come before), or a Mac family name's
    /// initials on a note's line ("07/06/2024  McK   Assessment allocated").
    /// (Out of ``judge(_:_:)``, whose option-set literals stay constants only while it
    /// is small enough.)
    @inline(never)
    static func staffRule(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        // (The name alone in its cell, and no month, day or festival: "| June |" under "By".)
        if token.classes.contains(.forename), !token.classes.contains(.titlecase), token.start >= 2, bytes[token.start - 2] == 0x7C,
           bytes[token.start - 1] == 0x20, token.end + 1 < bytes.count, bytes[token.end] == 0x20, bytes[token.end + 1] == 0x7C,
           inStaffColumn(token, bytes, names: true) {
            return .field
        }
        if token.length <= 4, isGaelicInitials(token, bytes), isStaffInitials(tokens, index, bytes) { return .staffInitials }
        return nil
    }

    /// The words before a prison's or a youth offender institution's name.
    static let prisonWords = WordSet(["hmp", "hmyoi", "yoi", "stc"])

    /// Whether the word at `index` names a county ("in County Clare", "County Durham") or
    /// the place a body is named for after "University of" or "City of" ("University of
    /// Lincoln", "City of Bristol College"), and the words of a regional adoption agency
    /// after "Adopt" ("Adopt North Vale"), and a prison after "HMP" or "HMYOI" ("HMP
    /// Pentonville").
    @inline(never)
    static func afterCounty(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, tokens[index].gap.isPlainSpace else { return false }
        if tokens[index - 1].shape == .capitalized, isWord(tokens[index - 1], "county", bytes) { return true }
        // "HMP Pentonville", "HMYOI Wetherby": a prison.
        if tokens[index - 1].shape == .upper, (2...5).contains(tokens[index - 1].length), isOneOf(prisonWords, tokens[index - 1], bytes) {
            return true
        }
        // "Adopt North Vale", "Adopt Thames Valley": a regional adoption agency's name.
        if tokens[index - 1].shape == .capitalized, isWord(tokens[index - 1], "adopt", bytes) { return true }
        if index > 1, tokens[index - 1].gap.isPlainSpace, tokens[index - 1].shape == .capitalized, tokens[index - 2].shape == .capitalized,
           isWord(tokens[index - 2], "adopt", bytes) {
            return true
        }
        // "University of Lincoln", "City of Bristol College": the place a body is named for.
        guard index > 1, isWord(tokens[index - 1], "of", bytes), tokens[index - 1].gap.isPlainSpace,
              tokens[index - 2].shape == .capitalized else { return false }
        return isWord(tokens[index - 2], "university", bytes) || isWord(tokens[index - 2], "city", bytes)
    }

    /// Whether the word at `index` is the language spoken, straight after "speaks",
    /// "spoke" and the like: "Kudzai spoke Shona to me" (not "spoke to Shona", "speaks
    /// Shona Campbell's language").
    @inline(never)
    static func afterSpeaks(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, tokens[index].gap.isPlainSpace, !tokens[index].possessive, tokens[index - 1].shape == .lower,
              tokens[index - 1].length >= 5, bytes[tokens[index - 1].start] == 0x73,  // s…: most words are not asked
              isOneOf(languageVerbs, tokens[index - 1], bytes) else { return false }
        return !(tokens[safe: index + 1].map { $0.gap.isPlainSpace && $0.isCapitalizedLike } ?? false)
    }

    static let languageVerbs = WordSet(["speak", "speaks", "spoke", "speaking", "spoken"])

    /// Whether the word at `index`, a place's or a language's ("Shona", "Tigrinya"), is
    /// said to be a language: before "language", or before "as", "is" or "was" and
    /// "language" within the six words after it in its sentence ("records Shona as the
    /// family's first language"), or after "language is" or "language:" ("her first
    /// language is Shona"; not "Shona said the language was hard").
    @inline(never)
    static func isLanguageNamed(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].classes.contains(.place), !tokens[index].possessive else { return false }
        if let next = tokens[safe: index + 1], next.shape == .lower, next.gap.isPlainSpace {
            if isOneOf(languageNouns, next, bytes) { return true }
            if isOneOf(beingVerbs, next, bytes) || isWord(next, "as", bytes) {
                var position = index + 2
                while position < tokens.count, position <= index + 7, !tokens[position].gap.contains(.sentenceEnd) {
                    if tokens[position].shape == .lower, isOneOf(languageNouns, tokens[position], bytes) { return true }
                    position += 1
                }
            }
        }
        guard index >= 1 else { return false }
        let before = tokens[index - 1]
        if before.shape == .lower, isOneOf(languageNouns, before, bytes), tokens[index].gap.contains(.colon) { return true }
        return index >= 2 && tokens[index].gap.isPlainSpace && before.shape == .lower && isOneOf(beingVerbs, before, bytes)
            && tokens[index - 2].shape == .lower && isOneOf(languageNouns, tokens[index - 2], bytes)
    }

    static let languageNouns = WordSet(["language", "languages", "dialect", "tongue"])

    /// Whether the word at `index`, a place that is a given name too ("India", "Jordan",
    /// "Stanley"), is where someone went, was sent or comes from: "take Hiren to India for
    /// a wedding", "we went to India", "worried about being sent to India", "Their grandad
    /// is from India", "the journey from Lincoln to the centre", "from eastern Chad" (not
    /// "talked to India", "a card from India"); or a language said to be one
    /// (``isLanguageNamed(_:_:_:)``).
    @inline(never)
    static func isPlaceTravelledTo(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if isLanguageNamed(tokens, index, bytes) { return true }
        let token = tokens[index]
        guard index >= 2, token.classes.contains(.nameClash), token.classes.contains(.place), !token.possessive,
              token.gap.isPlainSpace, tokens[index - 1].gap.isPlainSpace else { return false }
        let preposition = tokens[index - 1]
        // "from eastern Chad", "in rural Jordan".
        if preposition.shape == .lower, isOneOf(regionAdjectives, preposition, bytes) { return true }
        let to = isWord(preposition, "to", bytes)
        guard to || isWord(preposition, "from", bytes) else { return false }
        if !to {
            // "the journey from Lincoln to the centre" (not "a letter from Jordan to his mum").
            return isOneOf(beingVerbs, tokens[index - 2], bytes)
                || isOneOf(journeyWords, tokens[index - 2], bytes) && tokens[safe: index + 1].map { isWord($0, "to", bytes) } == true
        }
        // The verb within three words before "to": "went to", "take Hiren to", "sent back to".
        var position = index - 2
        while position >= 0, position >= index - 4 {
            if isOneOf(travelVerbs, tokens[position], bytes) { return true }
            guard tokens[position].gap.isPlainSpace else { return false }
            position -= 1
        }
        return false
    }

    static let travelVerbs = WordSet(["went", "go", "goes", "going", "gone", "sent", "send", "take", "took", "taken", "taking",
                                      "back", "trip", "holiday", "holidays", "visit", "visited", "visiting", "flew", "fly", "come", "comes",
                                      "coming", "came", "drive", "drives", "drove", "driven", "driving"])
    static let beingVerbs = WordSet(["is", "are", "was", "were", "comes", "come", "came", "originally"])
    /// Whether the word at `index` is a dictionary word ending in "ing" that opens a
    /// sentence ("Holding family time in a reception area").
    @inline(never)
    static func isGerundOpening(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length >= 5, bytes[token.end - 3] == 0x69, bytes[token.end - 2] == 0x6E, bytes[token.end - 1] == 0x67 else { return false }
        return token.classes.rawValue & WordClass.common.rawValue != 0 && (index == 0 || token.sentenceStart)
    }

    /// What a journey is before "from" and its start: "the drive from Lincoln to".
    static let journeyWords = WordSet(["journey", "journeys", "drive", "trip", "route", "travel", "travelling", "travelled", "commute",
                                       "train", "bus", "coach", "taxi", "miles", "flight", "way", "distance", "moved", "move", "transport"])
    /// A part of a country or a region before its name: "from eastern Chad", "rural Jordan".
    static let regionAdjectives = WordSet(["eastern", "western", "northern", "southern", "central", "rural", "north-east", "north-west",
                                           "south-east", "south-west", "north-eastern", "north-western", "south-eastern", "south-western"])

    /// Two capitals in brackets, no role's letters, spelling a name found before them on
    /// their line (see ``spellsNameBeforeRole(_:_:_:_:)``).
    @inline(never)
    static func isBracketedInitialsAfterRole(_ tokens: [Token], _ rules: [NameRule?], _ index: Int,
                                             _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        return token.length == 2 && token.start > 0 && bytes[token.start - 1] == 0x28 && !token.context.contains(.role)
            && token.end < bytes.count && bytes[token.end] == 0x29 && spellsNameBeforeRole(tokens, rules, index, bytes)
    }

    /// ``isSurnameBeforeGivenNameInHeader(_:_:_:)`` for the word at `index` as either name.
    @inline(never)
    mutating func isNameInHeader(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        NameRun.isSurnameBeforeGivenNameInHeader(tokens, index, bytes)
            || index > 0 && NameRun.isSurnameBeforeGivenNameInHeader(tokens, index - 1, bytes)
    }

    static let weekdays = WordSet(IdentifierChecks.weekdayNames)
    static let months = WordSet(IdentifierChecks.monthNames)

    /// Whether the month at `index` continues a list of months: "March, April and May",
    /// "April or May", "from April to May" (not "In April we told May").
    static func followsAnotherMonth(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, isOneOf(months, tokens[index], bytes) else { return false }
        let gap = tokens[index].gap
        if gap == [.comma, .space] || gap.contains(.dash) && gap.subtracting([.dash, .space]).isEmpty {
            return isOneOf(months, tokens[index - 1], bytes)  // "March, April", "April–May"
        }
        guard index > 1, gap.isPlainSpace, tokens[index - 1].gap.isPlainSpace, tokens[index - 1].shape == .lower,
              isOneOf(monthJoiners, tokens[index - 1], bytes) else { return false }
        return isOneOf(months, tokens[index - 2], bytes)
    }

    /// Whether the month at `index` reads as the time, not a person: in a list of
    /// months (``followsAnotherMonth(_:_:_:)``, or first: "for May and June"), as what it is now ("it is now May", "Now
    /// it is April", "May now, nobody call"), or as a part of a month ("for most of May",
    /// "by the end of June"); not "it is May who decides", "most of May's friends".
    @inline(never)
    static func monthReadsAsTime(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if followsAnotherMonth(tokens, index, bytes) { return true }
        let token = tokens[index]
        guard index > 0, !token.possessive, isOneOf(months, token, bytes) else { return false }
        // The first of a list of months: "case notes for May and June", "claims for
        // August, September and October".
        if let joiner = tokens[safe: index + 1], let other = tokens[safe: index + 2], joiner.gap.isPlainSpace, joiner.shape == .lower,
           other.gap.isPlainSpace, isOneOf(monthJoiners, joiner, bytes), isOneOf(months, other, bytes) {
            return true
        }
        if let other = tokens[safe: index + 1], other.gap == [.comma, .space], isOneOf(months, other, bytes) { return true }
        let previous = tokens[index - 1]
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .lower {
            // "April finished, May now, nobody call."
            if isWord(next, "now", bytes) { return tokens[safe: index + 2].map { !$0.gap.isPlainSpace } ?? true }
            // "it is May who decides", "now May says"
            if next.context.contains(.personVerb) && !isWord(next, "and", bytes) || isWord(next, "who", bytes) { return false }
        }
        guard token.gap.isPlainSpace, previous.shape == .lower || previous.sentenceStart else { return false }
        if isWord(previous, "now", bytes) { return true }  // "it is now May"
        // "it's May already", "it's nearly June" (but "hi, it's May from the nursery" is
        // someone saying who she is: only a word of time after the month, or before it).
        let almost = isOneOf(almostWords, previous, bytes)
        if let its = almost ? tokens[safe: index - 2] : previous,
           isWord(its, "its", bytes) || isWord(its, "it", bytes) && its.possessive
            || almost && (isWord(its, "is", bytes) || isWord(its, "was", bytes)) {
            if almost { return true }
            guard let next = tokens[safe: index + 1], next.gap.isPlainSpace else { return false }
            return isOneOf(afterAMonthOfTime, next, bytes)
        }
        guard index >= 2, previous.gap.isPlainSpace else { return false }
        let before = tokens[index - 2]
        if isWord(previous, "is", bytes) || isWord(previous, "was", bytes) {
            return isWord(before, "it", bytes) || isWord(before, "now", bytes)  // "Now it is May"
        }
        return isWord(previous, "of", bytes) && isOneOf(partsOfAMonth, before, bytes)  // "most of May"
    }

    /// Words for a part of a month before "of": "most of May", "the end of June".
    static let partsOfAMonth = WordSet(["most", "end", "start", "beginning", "middle", "rest", "all", "half", "part", "whole"])

    static let monthJoiners = WordSet(["and", "or", "to", "until", "till"])
    /// "nearly May", "almost June", "already July".
    static let almostWords = WordSet(["nearly", "almost", "already", "practically", "basically", "officially"])
    /// Words after "it's May" that make the month a time: "it's May already".
    static let afterAMonthOfTime = WordSet(["already", "next", "tomorrow", "soon", "today", "now"])
    static let ratingWords = WordSet(["rating", "rated", "rag", "status", "rate"])
    static let prepositionsOfTime = WordSet(["in", "on", "since", "until", "till", "last", "next", "during", "early", "late", "mid"])

    /// Whether `token` is one of `words` (any case).
    @inline(__always)
    static func isOneOf(_ words: WordSet, _ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.start..<token.end
        guard let hash = WordSet.lowercaseHash(bytes, range) else { return false }
        return words.flags(hash: hash, lowercasing: bytes, range) != 0
    }

    /// Whether the word at `index` opens a line as a speaker with a role before a colon,
    /// as message threads are copied into notes: "Carol FC: shes fine", "Mo SSW: Sorry".
    mutating func speaksWithRole(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let role = tokens[safe: index + 1], role.gap == [.space], role.shape == .upper,
              role.isRoleWord
                || role.length <= 3 && role.classes.isDisjoint(with: [.place, .organisation, .titlecase]),
              role.end < bytes.count, bytes[role.end] == 0x3A,
              !NameRun.isOneOf(NameRun.capitalWords, role, bytes) else { return false }  // "Case ID:", "Ref NO:"
        // At a line's start, after a bracket or after a date and time ("03/01/2024, 07:58 -
        // Jei PA:").
        return !tokens[index].gap.isDisjoint(with: [.newline, .start]) || tokens[index].gap.contains(.bracket)
            || NameRun.startsDatedLine(tokens[index].start, bytes)
    }

    /// Whether the building word at `index` is a family name before a role in brackets
    /// ("Bill Church (Quality Assurance)"); never a word that only names buildings
    /// ("Willow Lodge (resi)").
    static func surnameBeforeRole(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let word = tokens[safe: index], word.classes.contains(.surname),
              !NameRun.isOneOf(NameRun.buildingsOnly, word, bytes) else { return false }
        return NameRun.roleInBrackets(after: index, tokens, bytes)
    }

    /// Whether a compass point follows, as in a constituency or a district: "Ashcombe
    /// North", "Bradford West".
    mutating func beforeCompassPoint(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let next = tokens[safe: index + 1], next.gap == [.space], next.shape == .capitalized else { return false }
        return NameRun.isOneOf(NameRun.compassPoints, next, bytes)
    }

    /// Whether "born in" comes just before the word at `index`.
    mutating func afterBornIn(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, tokens[index].gap.isPlainSpace, tokens[index - 1].gap.isPlainSpace else { return false }
        let previous = tokens[index - 1], before = tokens[index - 2]
        return NameRun.isWord(previous, "in", bytes) && NameRun.isWord(before, "born", bytes)
    }

    /// Whether the word at `index` fills a form's "Known as:" field ("KNOWN AS: WILL",
    /// "Known as: Tiny"), quoted or not, or is one capitalised word after "known as",
    /// "known only as" or "knows as" in a sentence ("an older male known only as Tank",
    /// "a lad he knows as Scrappy"; not "the unit known as Phoenix House", nor a place).
    static func afterKnownAsLabel(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, NameRun.isWord(tokens[index - 1], "as", bytes), tokens[index - 1].gap.isPlainSpace else { return false }
        let token = tokens[index]
        if token.gap.contains(.colon), token.gap.subtracting([.space, .colon, .quote]).isEmpty {
            return NameRun.isWord(tokens[index - 2], "known", bytes)
        }
        guard token.gap.isPlainSpace, token.shape == .capitalized, token.classes.isDisjoint(with: [.place, .organisation, .role]),
              !(tokens[safe: index + 1].map { $0.gap.isPlainSpace && $0.isCapitalizedLike } ?? false) else { return false }
        var verb = index - 2
        if NameRun.isWord(tokens[verb], "only", bytes), verb > 0 { verb -= 1 }
        return NameRun.isWord(tokens[verb], "known", bytes) || NameRun.isWord(tokens[verb], "knows", bytes)
    }

    /// Whether the capitalised word at `index` is a family name given after "surname",
    /// "family name", "last name" or "maiden name" and "is", "was", "now", "believed to
    /// be", "given as" or nothing ("surname believed to be Frost", "her last name is
    /// Pilling", "(surname Fairweather)"); a place's word too ("surname is Reading"), not a
    /// team's or a role's, nor a header's ("Surname Forename").
    @inline(never)
    static func afterSurnameIs(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index >= 2, token.gap.isPlainSpace, token.shape == .capitalized,
              token.classes.isDisjoint(with: [.organisation, .role]), token.context.isEmpty else { return false }
        // Most words have no "surname" or "name" within four words before them: a length
        // and a first letter rule them out before any word is looked up.
        guard (max(0, index - 4)..<index).contains(where: {
            let word = tokens[$0]
            return (word.length == 7 || word.length == 4) && bytes[word.start] | 0x20 == (word.length == 7 ? 0x73 : 0x6E)
        }) else { return false }
        // Back over the verb: "is", "was", "now", "believed to be", "given as", "spelt".
        var noun = index - 1
        for _ in 0..<3 where noun > 0 && tokens[noun].shape == .lower && tokens[noun].gap.isPlainSpace
            && NameRun.isOneOf(NameRun.surnameVerbs, tokens[noun], bytes) {
            noun -= 1
        }
        let word = tokens[noun]
        // (With no verb, only in prose: "(surname Fairweather)", not a header's
        // "Surname Forename".)
        guard noun < index - 1 || word.shape == .lower else { return false }
        if NameRun.isWord(word, "surname", bytes) { return true }
        guard noun >= 1, NameRun.isWord(word, "name", bytes), word.gap.isPlainSpace else { return false }
        return NameRun.isOneOf(NameRun.surnameKinds, tokens[noun - 1], bytes)
    }

    /// What stands between "surname" and the name: "is", "was", "believed to be".
    static let surnameVerbs = WordSet(["is", "was", "now", "be", "to", "believed", "thought", "understood", "given", "as", "spelt",
                                       "spelled", "recorded", "changed"])
    /// The kinds of "name" that are a family name: "last name", "maiden name".
    static let surnameKinds = WordSet(["family", "last", "maiden", "married", "birth", "second"])

    /// Whether the word at `index` is alone in quotes after "as", "called", "calls", "aka"
    /// or "or": a nickname ("knows as 'Tiny'", "or \"Mike\" at college", "Known as:
    /// \"JJ\"", "a man called \"Pops\"", "who she calls \"Mo\""); after "nickname",
    /// "name" or a person's noun and a comma ("an English nickname, \"Tom\"", "his street
    /// name, \"Kilo\"", "an older boy, \"Ratchet\", gave"), or straight after the noun
    /// ("an older man \"Skinny\" who"); or after another such nickname
    /// and "and" ("known as \"Zeezy\" and \"Bumpy\""). With `listed` false (no name list
    /// has the word), only a capitalised word that is no frequent word, place or
    /// organisation's ("saved as \"Moneybags\""; not "saved as \"Work\"").
    mutating func quotedNickname(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, listed: Bool = true) -> Bool {
        let token = tokens[index]
        guard index > 0, token.gap.contains(.quote), token.gap.subtracting([.space, .quote, .colon, .comma]).isEmpty,
              CapitalCues.closingQuote(at: token.end, bytes) else { return false }
        // (A frequent word too straight after a person's noun: 'an older man "Skinny"'.)
        let afterPersonNoun = token.gap.subtracting([.space, .quote]).isEmpty && token.shape == .capitalized
            && token.context.isEmpty && token.classes.isDisjoint(with: .nonPersonal) && NameRun.isOneOf(NameRun.personNouns, tokens[index - 1], bytes)
        if afterPersonNoun { return tokens[index - 1].shape == .lower }
        if !listed {
            guard token.shape == .capitalized, token.classes.rawValue & (WordClass.frequent.rawValue | WordClass.nonPersonal.rawValue) == 0,
                  token.context.isEmpty else { return false }
        } else if token.context.contains(.kinship) {
            return false  // 'calls her guardians "Xaltî" and "Xal"', the Kurdish words for aunt and uncle
        }
        let previous = tokens[index - 1]
        guard previous.shape == .lower else { return false }
        if token.gap.contains(.comma) {
            return NameRun.isWord(previous, "nickname", bytes) || NameRun.isWord(previous, "name", bytes)
                || NameRun.isOneOf(NameRun.personNouns, previous, bytes)
        }
        if NameRun.isWord(previous, "and", bytes), index >= 2, rules[index - 2] == .introduced,
           CapitalCues.closingQuote(at: tokens[index - 2].end, bytes) {
            return true
        }
        // (A word no name list has after "as" only after "known", "knows" or "saved":
        // not "recorded as \"Upheld\"".)
        if !listed, NameRun.isWord(previous, "as", bytes) {
            guard index >= 2 else { return false }
            let verb = tokens[index - 2]
            return NameRun.isWord(verb, "known", bytes) || NameRun.isWord(verb, "knows", bytes) || NameRun.isWord(verb, "know", bytes)
                || NameRun.isWord(verb, "saved", bytes)
        }
        return NameRun.isOneOf(NameRun.nicknameIntroducers, previous, bytes)
    }

    /// People's nouns a nickname is set off after: "an older boy, \"Ratchet\", gave him".
    static let personNouns = WordSet(["boy", "man", "lad", "girl", "woman", "male", "female", "friend", "mate", "guy", "bloke",
                                      "adult", "youth", "teenager", "associate", "cousin", "brother", "sister"])

    /// Whether the capital `letter` is somewhere in the document an initial without a
    /// possessive: a pseudonym ("Mrs B", "call C") or an initial of a full name.
    /// - Complexity: O(n) for the first question of a document, O(1) after.
    mutating func standsAlone(_ letter: UInt8, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if standaloneLetters == nil {
            var letters: UInt32 = 0
            for index in capitals where tokens[index].shape == .initial && !tokens[index].possessive {
                letters |= NameRun.letterBit(bytes[tokens[index].start])
            }
            standaloneLetters = letters
        }
        return letter &- 0x41 < 26 && standaloneLetters! & 1 << UInt32(letter &- 0x41) != 0
    }

    /// What a capitalised word is beside the noun it goes with (see ``judge(_:_:)``).
    enum BesideNoun { case word, familyName, undecided }

    /// An animal's word no name list has ("a Rottweiler called Duke"): a word; a family
    /// name between "the" and "family" ("a visit to the Ward family"), even a word's.
    /// (Out of ``judge(_:_:)``, which must stay small enough for its sets to stay constants.)
    @inline(never)
    static func wordBesideItsNoun(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> BesideNoun {
        let token = tokens[index]
        if token.classes.contains(.animal), token.classes.isDisjoint(with: .name) { return .word }
        if token.classes.contains(.surname), namesAFamily(tokens, index, bytes) { return .familyName }
        return .undecided
    }

    /// Whether the word at `index` stands between "the" and "family" ("the Ward family",
    /// "the Nowak family's"), and no list has it as a place ("the Roma family", "the
    /// Reading family").
    static func namesAFamily(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, index + 1 < tokens.count, !tokens[index].possessive, !tokens[index].classes.contains(.place),
              !tokens[index].inNonPersonalPhrase else { return false }
        let the = tokens[index - 1], family = tokens[index + 1]
        return tokens[index].gap.isPlainSpace && family.gap.isPlainSpace && isWord(family, "family", bytes) && isWord(the, "the", bytes)
    }

    /// "Reg" before a space and a number: the regulation a children's home's visit or a
    /// kinship assessment is named after ("Reg 44 visitor", "Reg 24").
    static func isRegulationNumber(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.end + 1 < bytes.count && bytes[token.end] == 0x20 && bytes[token.end + 1] &- 0x30 < 10 && isWord(token, "reg", bytes)
    }

    /// Words of the non-personal lists, except those that are also common names (June,
    /// Chelsea, Foster), which are judged by context.
    @inline(__always)
    static func isNonPersonal(_ token: Token) -> Bool {
        if token.inNonPersonalPhrase { return true }
        return !token.classes.isDisjoint(with: .nonPersonal) && !token.classes.contains(.nameClash)
    }

    /// Whether the word at `index` is a month or another date word right after a
    /// preposition of time or a day's number: "In June, Hope said", "on Sunday and",
    /// "until March", "On Saturday 8 June Zoë rang" (not "and June", "by Autumn
    /// Fairweather" or "after May left", where it can be a person).
    static func isDateAfterPreposition(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = tokens[index].start
        if tokens[index].gap.contains(.digit), start >= 2, bytes[start - 1] == 0x20, bytes[start - 2] &- 0x30 < 10,
           tokens[index].classes.contains(.titlecase) {
            return true
        }
        if tokens[index].classes.contains(.titlecase), afterOrdinal(tokens, index, bytes) { return true }
        guard tokens[index].classes.contains(.titlecase), let previous = tokens[safe: index - 1], tokens[index].gap.isPlainSpace,
              previous.context.contains(.temporal), previous.length <= 6 else { return false }
        return NameRun.isOneOf(NameRun.prepositionsOfTime, previous, bytes)
    }

    /// "my worker K is the best", "her SW J": an initial after a role in lower case that
    /// a possessive opens (not "Social Worker A", "the worker B", as decisions write).
    static func initialOfOnesWorker(_ tokens: [Token], _ index: Int, _ intro: ContextRole,
                                    _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard intro.contains(.role), index >= 2, tokens[index].gap == .space, bytes[tokens[index].start] != 0x41,
              bytes[tokens[index].start] != 0x49 else { return false }
        let role = tokens[index - 1], owner = tokens[index - 2]
        return role.shape != .capitalized && role.gap == .space && owner.shape == .lower
            && (NameRun.isOneOf(NameRun.possessivePronouns, owner, bytes) || NameRun.isWord(owner, "our", bytes))
    }

    /// "From: D Holloway", "Name: J Okafor": an initial and a family name after a field's
    /// label.
    static func initialAfterLabel(_ tokens: [Token], _ index: Int, _ intro: ContextRole) -> Bool {
        guard intro.contains(.field), let next = tokens[safe: index + 1], next.gap == .space, next.shape == .capitalized
        else { return false }
        return next.classes.contains(.surname) || next.classes.isDisjoint(with: .common) && !NameRun.isNonPersonal(next)
    }

    // The helpers below are called from `judge` and are kept out of it (`@inline(never)`):
    // in a function that large, a new condition can make the optimiser build the option
    // sets it tests as arrays on the heap at every word.

    /// An initial introduced by its context: after one's worker or a field's label.
    @inline(never)
    mutating func initialIntroducedByContext(_ index: Int, _ intro: ContextRole, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        NameRun.initialOfOnesWorker(tokens, index, intro, bytes) || NameRun.initialAfterLabel(tokens, index, intro)
            || informal && NameRun.isInitialSigningOff(tokens, index, bytes) || initialReferredToAs(index, bytes)
    }

    /// Whether the initial at `index` follows "referred to as" and is the first letter of
    /// a name found within the twelve words before it: "(Kayden, referred to as K in the
    /// chronology)" (not a decision's "I have referred to him as B").
    @inline(never)
    func initialReferredToAs(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 4, NameRun.afterReferredToAs(tokens, index, bytes) else { return false }
        let letter = bytes[tokens[index].start]
        return (max(0, index - 16)..<(index - 3)).contains {
            rules[$0] != nil && tokens[$0].shape == .capitalized && bytes[tokens[$0].start] == letter
        }
    }

    /// Whether the initial at `index` signs a message off after a dash, ending its line
    /// (a kiss may follow), on its line or the next: "she never did - K", "call me - J x"
    /// (not "I", nor "A").
    @inline(never)
    static func isInitialSigningOff(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.gap.contains(.dash), token.gap.subtracting([.space, .dash, .newline]).isEmpty,
              bytes[token.start] != 0x41, bytes[token.start] != 0x49, tokens[index - 1].shape == .lower else { return false }
        var position = token.end
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        while position < bytes.count, bytes[position] | 0x20 == 0x78 { position += 1 }  // "x", "xx"
        return endsLine(from: position, bytes)
    }

    /// Whether the capitalised word at `index`, after a title, is a name: not a function
    /// word ("has MS. She reports"), unless a given name too after a space ("Mr Will
    /// Church", "Mrs May Chen"); not a word no name list has before a role ("Councillor
    /// Enquiries Officer").
    @inline(never)
    mutating func nameAfterTitle(_ index: Int) -> Bool {
        let token = tokens[index]
        let classes = token.classes
        guard !token.context.contains(.function) || token.gap == .space && classes.contains(.forename) else { return false }
        // "the Lord Mayor", "the Lady Mayoress": a role after "the" and a title.
        if index >= 2, token.isRoleWord, tokens[index - 2].context.contains(.determiner) { return false }
        return !classes.isDisjoint(with: .name) || !classes.contains(.common) || !beforeRole(index)
    }

    /// Whether a title's word is a family name: after a title ("Mr Lord", "Mrs Canon") or
    /// a given name found as one ("Stephen Lord,"), with no capitalised word after it
    /// (not "Mr Lord Mayor", "Sarah Dame Alice").
    @inline(never)
    static func isTitleWordAsFamilyName(_ tokens: [Token], _ rules: [NameRule?], _ index: Int,
                                        _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.shape == .capitalized, token.context.contains(.honorific), token.gap.isPlainSpace,
              isOneOf(titleFamilyNames, token, bytes) else { return false }
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.isCapitalizedLike { return false }
        let previous = tokens[index - 1]
        return previous.context.contains(.honorific) && previous.shape != .lower
            || rules[index - 1] != nil && previous.shape == .capitalized && previous.classes.contains(.forename)
    }

    /// Titles that are family names too (not "Mr", "Dr", "Cllr": "Stephen Mr and Mrs Y").
    static let titleFamilyNames = WordSet(["lord", "lady", "dame", "master", "canon", "elder", "pastor", "constable", "sergeant"])

    /// Whether a birth date after the word can make it a name: not an organisation's or a
    /// title's word ("the Children in Care Council, aged 15"), but a place's may be
    /// ("Summer Bexley, DOB …").
    @inline(never)
    static func mayHaveBirthDate(_ token: Token) -> Bool {
        !isNonPersonal(token) || token.classes.contains(.place)
    }

    /// Whether the word at `index` is "to" after a verb of speaking or writing, so that
    /// a person follows it and no time: "speak to Summer about", "I wrote to June" (not
    /// "from Spring to Summer", "moved to June").
    @inline(never)
    static func isToAfterSpeaking(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 1, tokens[index].length == 2, tokens[index].gap.isPlainSpace, isWord(tokens[index], "to", bytes) else { return false }
        return isOneOf(speakingVerbs, tokens[index - 1], bytes)
    }

    /// Verbs of speaking and writing that take "to" before the person spoken to.
    static let speakingVerbs = WordSet(["speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking",
                                        "write", "writes", "wrote", "written", "writing", "chat", "chatted", "chatting",
                                        "explain", "explained", "explaining", "listen", "listened", "listening", "apologise",
                                        "apologised", "apologize", "apologized", "reply", "replied", "respond", "responded",
                                        "complain", "complained", "introduce", "introduced", "lied", "said", "say", "says"])

    /// A season or a month before a year: "Autumn 2024".
    @inline(never)
    static func isSeasonBeforeYear(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.classes.contains(.titlecase) && yearFollows(token.end, bytes)
    }

    /// Whether a space and a year (19xx or 20xx, a whole number) follow `end`.
    static func yearFollows(_ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end + 5 <= bytes.count, bytes[end] == 0x20 else { return false }
        let century = (bytes[end + 1], bytes[end + 2])
        guard century == (0x31, 0x39) || century == (0x32, 0x30), bytes[end + 3] &- 0x30 < 10, bytes[end + 4] &- 0x30 < 10
        else { return false }
        return end + 5 == bytes.count || bytes[end + 5] &- 0x30 >= 10
    }

    /// ``isDateAfterPreposition(_:_:_:)`` for a word in capitals ("since APRIL").
    @inline(never)
    static func isDateInCapitals(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isDateAfterPreposition(tokens, index, bytes)
    }

    /// Whether a day's number with its ordinal's letters stands just before the word at
    /// `index`: "19th August", "1st May".
    static func afterOrdinal(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, tokens[index].gap.isPlainSpace else { return false }
        let previous = tokens[index - 1]
        guard previous.length == 2, previous.start > 0, bytes[previous.start - 1] &- 0x30 < 10 else { return false }
        let first = bytes[previous.start] | 0x20, second = bytes[previous.start + 1] | 0x20
        return first == 0x74 && second == 0x68 || first == 0x73 && second == 0x74 || first == 0x6E && second == 0x64
            || first == 0x72 && second == 0x64
    }

    /// Whether the word before `index` is "in", "at", "near" ... with only a space between:
    /// a capitalised word there is a place ("in Kharkiv", "near Stanley").
    @inline(__always)
    func afterLocative(_ index: Int) -> Bool {
        guard let previous = tokens[safe: index - 1], tokens[index].gap.isPlainSpace else { return false }
        return previous.context.contains(.locative)
    }

    /// Whether the word at `index` follows "from" at the end of a journey told before it:
    /// "moved to England from Łódź", "came here in 2014 from Basra", "got back from
    /// Orlando". The word before "from" must be a capitalised word (a place), "here",
    /// "back", "over" or a year after "in", and a verb of moving must come within the
    /// seven words before it in the same clause (not "a call came in from Kofi", "heard
    /// back from Jade").
    @inline(never)
    static func isFromAfterAJourney(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 3, tokens[index].gap.isPlainSpace, isWord(tokens[index - 1], "from", bytes) else { return false }
        let from = tokens[index - 1], before = tokens[index - 2]
        if from.gap.isPlainSpace {
            // (A place no list has too: "moved to Ravensmoor from Sydney".)
            guard before.isCapitalizedLike && !before.possessive || isOneOf(journeyEnds, before, bytes) else { return false }
        } else {
            // "came here in 2014 from Basra"
            guard from.gap.rawValue == Gap.space.rawValue | Gap.digit.rawValue, isWord(before, "in", bytes) else { return false }
        }
        var position = index - 2
        while position >= 0, position >= index - 8 {
            if isOneOf(journeyVerbs, tokens[position], bytes) { return true }
            guard tokens[position].gap.isDisjoint(with: [.sentenceEnd, .newline, .semicolon, .colon, .start]) else { return false }
            position -= 1
        }
        return false
    }

    /// What ends a journey before "from": "came here from", "got back from".
    static let journeyEnds = WordSet(["here", "back", "over"])
    /// The verbs of a journey: "moved to England from", "came here from", "got back from".
    static let journeyVerbs = WordSet(["moved", "move", "moves", "moving", "came", "come", "coming", "arrived", "arriving",
                                       "fled", "flew", "travelled", "traveled", "relocated", "emigrated", "returned", "got",
                                       "get", "getting", "escaped", "resettled", "immigrated"])

    /// Whether the capitalised word after `index` heads an institution ("Royal Victoria
    /// Infirmary", "St Mary's Hospital", "Ashdown Care LLP"), making it part of a building's or a
    /// company's name; or, after "the", a place's word in lower case follows ("the
    /// Carrington estate", ``placeWordAfterThe(_:_:_:)``).
    @inline(never)
    func beforeInstitution(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if let next = tokens[safe: index + 1], next.shape == .lower {
            return NameRun.placeWordAfterThe(tokens, index, bytes)
        }
        // (A partner's name after "&" is the firm's too: "Ashby & Nkemelu Care Ltd",
        // "Abbott & Fenwick Taxis".)
        let ampersand = Gap.space.rawValue | Gap.ampersand.rawValue
        var position = index + 1
        while position <= index + 3, let next = tokens[safe: position], next.gap.isPlainSpace || next.gap.rawValue == ampersand,
              next.shape == .capitalized || next.shape == .upper {
            if next.context.contains(.institution) { return true }
            position += 1
        }
        return false
    }

    /// Whether the word at `index` stands after "the" before a place's word in lower case
    /// ("the Carrington estate", "the Ramsden site", "the Hulme youth hub", "the Bramley community centre"), or
    /// before "ward" or "cluster" in lower case ("Cllr Mellor (Cavell ward)", "Ashgrove
    /// cluster").
    @inline(never)
    static func placeWordAfterThe(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, let next = tokens[safe: index + 1], next.gap.isPlainSpace else { return false }
        // (A ward or a schools' cluster needs no "the": "Cllr Mellor (Cavell ward)", "for
        // Brunel ward", "Family Support Worker, Ashgrove cluster".)
        if isWord(next, "ward", bytes) || isWord(next, "wards", bytes) || isWord(next, "cluster", bytes) { return true }
        return tokens[index].gap.isPlainSpace && isWord(tokens[index - 1], "the", bytes)
            && (next.context.contains(.institution) || isOneOf(placeQualifiers, next, bytes) || isOneOf(siteWords, next, bytes))
    }

    /// Lower-case words that make the capitalised word before them, after "the", a
    /// place's: "the Hulme youth hub", "the Bramley community centre".
    static let placeQualifiers = WordSet(["youth", "community", "custody", "leisure", "sports", "shopping", "retail", "boxing",
                                          "health", "police", "bus", "train", "railway", "tram", "skate", "council", "housing",
                                          "industrial", "business", "neighbourhood", "caravan", "traveller", "travellers", "route", "routes"])

    /// Whether a capitalised role word follows: "Dear Link Officer", "Dear Duty Manager".
    @inline(__always)
    func beforeRole(_ index: Int) -> Bool {
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized else { return false }
        return next.classes.contains(.role)
    }

    /// Whether a word no list knows follows a place and "and", "&" or a comma, as
    /// another place: "Assessment Team (Batley and Birstall)".
    @inline(never)
    static func followsPlaceInList(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 1 else { return false }
        let token = tokens[index]
        var place = index - 1
        if token.gap.isPlainSpace, isWord(tokens[place], "and", bytes) {
            place -= 1
        } else if token.gap.rawValue & ~(Gap.space.rawValue | Gap.ampersand.rawValue | Gap.comma.rawValue) != 0
                    || token.gap.rawValue & (Gap.ampersand.rawValue | Gap.comma.rawValue) == 0 {
            return false
        }
        guard place >= 0, tokens[place].shape == .capitalized else { return false }
        let classes = tokens[place].classes
        return classes.contains(.place) && !classes.contains(.forename)
    }

    /// Whether `index` continues a list of places: "in Chelsea and Florence".
    func inPlaceList(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, tokens[index].classes.contains(.place) else { return false }
        let joiner = tokens[index - 1]
        let joined = (joiner.length <= 3 && joiner.shape == .lower && tokens[index].gap.isPlainSpace) || tokens[index].gap.contains(.comma)
        let before = tokens[index - (tokens[index].gap.contains(.comma) ? 1 : 2)]
        return joined && classes(of: before, bytes).contains(.place) && rules[index - (tokens[index].gap.contains(.comma) ? 1 : 2)] == nil
    }

    /// The lists of `token` without its last byte ("leah" of "leahs").
    func stemClasses(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        coldClasses(token.start..<(token.end - 1), bytes) ?? []
    }

    /// Whether the word at `index`, one no list has, is a given name with an "s" and no
    /// apostrophe: "go round Brandons mums" (not a family word: "at my nans"), or in a
    /// message a name that is also a word, after "at" ("im at destinys").
    @inline(never)
    func isPossessiveWithoutApostrophe(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length >= 4, bytes[token.end - 1] == 0x73 else { return false }
        let stem = stemClasses(token, bytes)
        if stem.contains(.forename) && !stem.contains(.common) && stem.isDisjoint(with: .nonPersonal) { return true }
        // A name that is also a word, where someone's home is meant: "im at destinys".
        return informal && NameRun.isVisitedWithoutApostrophe(tokens, index, stem, bytes)
    }

    /// Whether the word at `index`, one no list has, is a family named by its family name
    /// with an "s" after "the": "Only one, the Penfolds, made any effort" (a family name
    /// that is no word; and no capitalised word after it: not "the Penfolds Centre").
    @inline(never)
    func isFamilyInPlural(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, token.length >= 5, bytes[token.end - 1] == 0x73, token.gap.isPlainSpace, !token.possessive,
              NameRun.isWord(tokens[index - 1], "the", bytes) else { return false }
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.isCapitalizedLike { return false }
        let stem = stemClasses(token, bytes)
        return stem.contains(.surname) && !stem.contains(.common) && stem.isDisjoint(with: .nonPersonal)
    }

    /// Whether the word at `index` ends a name begun by a listed given name just before it,
    /// with nothing capitalised after it and no "the" before: "Penny Marchbank reports".
    @inline(never)
    static func followsGivenName(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, tokens[index].gap.isPlainSpace else { return false }
        let previous = tokens[index - 1]
        guard previous.shape == .capitalized, previous.classes.contains(.forename), !previous.possessive,
              previous.classes.isDisjoint(with: [.organisation, .role, .place]) else { return false }
        // (Not a name after "the": "the Blessing Foodbank".)
        if index > 1, previous.gap.isPlainSpace, tokens[index - 2].context.contains(.determiner) { return false }
        guard let next = tokens[safe: index + 1] else { return true }
        return !(next.gap.isPlainSpace && next.isCapitalizedLike)
    }

    /// The lists of `token`, looking them up if ``classify(_:)`` skipped it as a rare
    /// lower-case word.
    func classes(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        guard skipsRareLowercase, token.shape == .lower, !token.hyphenated,
              let classes = coldClasses(token.start..<token.end, bytes) else { return token.classes }
        return classes
    }

    /// The lists of the short ASCII word `bytes[range]` from the table of every word, or
    /// nil when it is not short ASCII.
    @inline(__always)
    func coldClasses(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> WordClass? {
        guard let key = ShortWordTable.key(bytes, range) else { return nil }
        return WordInfo(rawValue: cold.value(for: key) ?? 0).classes
    }

    /// "child", "children", "baby", "person", "carer", "siblings", "sisters",
    /// "brothers": words generic enough that a letter after them is a pseudonym ("Child
    /// A", "Young person C", "Young carer J (12)", "Sisters A (16) and B (13)").
    static func isGeneric(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.length >= 4 else { return false }
        return isOneOf(genericPersonWords, token, bytes)
    }

    static let genericPersonWords = WordSet(["child", "children", "baby", "person", "carer", "siblings", "sisters", "brothers"])

    static let englishSuffixes: [[UInt8]] = ["s", "es", "ed", "d", "ing", "ly", "er", "ers", "ee", "ees", "ness", "ment", "ments", "ised", "ized"].map { Array($0.utf8) }
    static let englishPrefixes: [[UInt8]] = ["re", "un", "pre", "non", "co", "over", "under", "mis", "dis", "out"].map { Array($0.utf8) }

    /// An unknown capitalised word that is an English word with a prefix or suffix
    /// ("Rebooked", "Themed", "Saturdays"), not a name; or a word in Cyrillic or Greek
    /// letters opening a sentence ("Що ви сказали", "Дякую – thank you"), which the name
    /// lists, Latin script only, cannot judge (mid-sentence, a capital there is a name's:
    /// "сказали, що Олена прийде").
    mutating func looksLikeEnglish(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if bytes[token.start] >= 0xCE, bytes[token.start] <= 0xD4 { return token.sentenceStart }
        guard token.length >= 5 else { return false }
        lower.load(bytes, token.start..<token.end)
        let word = lower.bytes
        let suffixes = NameRun.englishSuffixes, prefixes = NameRun.englishPrefixes
        func isCommon(_ candidate: ArraySlice<UInt8>) -> Bool {
            guard candidate.count >= 3 else { return false }
            return Array(candidate).withUnsafeBufferPointer { lexicon.classes(of: $0).contains(.common) }
        }
        for suffix in suffixes where word.count > suffix.count + 2 && word.suffix(suffix.count).elementsEqual(suffix) {
            let stem = word.dropLast(suffix.count)
            if isCommon(stem) { return true }
            if suffix.first == 0x65 || suffix == Array("ing".utf8), isCommon(stem + [0x65]) { return true }  // e-dropping: "themed" → "theme"
            if suffix.first == 0x65, stem.last == 0x69, isCommon(stem.dropLast() + [0x79]) { return true }  // "replied" → "reply"
        }
        // Compounds of two ordinary words: "Homeschooling", "Lifestory", "Stepdown".
        if word.count >= 7, word.allSatisfy({ $0 &- 0x61 < 26 }) {
            for split in 3...(word.count - 3) where isCommon(word[..<split]) {
                let rest = word[split...]
                if isCommon(rest) { return true }
                for suffix in suffixes where rest.count > suffix.count + 2 && rest.suffix(suffix.count).elementsEqual(suffix) {
                    if isCommon(rest.dropLast(suffix.count)) { return true }
                }
            }
        }
        for prefix in prefixes where word.count > prefix.count + 3 && word.prefix(prefix.count).elementsEqual(prefix) {
            let rest = word.dropFirst(prefix.count)
            if isCommon(rest) { return true }
            for suffix in suffixes where rest.count > suffix.count + 2 && rest.suffix(suffix.count).elementsEqual(suffix) {
                if isCommon(rest.dropLast(suffix.count)) { return true }
            }
        }
        return false
    }

    /// A capitalised word that is both a name and an ordinary word (or a place).
    ///
    /// `mutating` only so that ``judge(_:_:)`` lends it the run instead of copying the
    /// whole run onto the stack for the call, as it must for a non-mutating method.
    mutating func ambiguousInContext(_ index: Int, _ intro: ContextRole, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        // A compass point after a capitalised word names an area: "Child Protection Team
        // North", "Bradford West".
        if index > 0, token.gap.isPlainSpace, tokens[index - 1].isCapitalizedLike, NameRun.isOneOf(NameRun.compassPoints, token, bytes) {
            return nil
        }
        let dateLike = token.classes.contains(.titlecase)
        let previous = tokens[safe: index - 1]
        let next = tokens[safe: index + 1]
        let afterTemporal = previous.map { $0.context.contains(.temporal) && token.gap.isPlainSpace } ?? false
            && !NameRun.isToAfterSpeaking(tokens, index - 1, bytes)
        // "in Stanley", "in Chelsea and Florence": places.
        if token.classes.contains(.place), afterLocative(index) || inPlaceList(index, bytes) { return nil }
        if token.possessive, !(dateLike && (afterTemporal && !NameRun.actsAfterTimeWord(tokens, index, bytes)
                                            || token.gap.contains(.digit))) {
            return .possessive  // "Hope's", "what would happen to Summer's stays"; not "in June's"
        }
        // "Hope has settled", "June asked": for a month only a longer verb counts
        // ("June was busy" is about the month).
        let forename = token.classes.contains(.forename)
        if forename, !dateLike, NameRun.roleInBrackets(after: index, tokens, bytes) || affiliationFollows(index, bytes)
            || speaksWithRole(index, bytes) {
            return .withRole
        }
        // An action's owner: "Action: Rose to set up a daily check".
        if forename, !dateLike, NameRun.followsActionLabel(tokens, index, bytes), NameRun.isActionOwner(tokens, index, bytes) {
            return .field
        }
        // After an initial that is set apart ("G. Hope (DSL)", a line opening "H Frank",
        // "by H. Marsh"): a name.
        if let previous, previous.shape == .initial, token.classes.contains(.forename) || token.classes.contains(.surname),
           !previous.gap.isPlainSpace || previous.sentenceStart
            || index >= 2 && tokens[index - 2].shape == .lower && tokens[index - 2].context.contains(.function) {  // "Logged by H. Marsh"
            let letter = bytes[previous.start]
            let dotted = previous.dotAfter && token.gap.subtracting([.space, .sentenceEnd]).isEmpty
            let opensLine = !previous.dotAfter && token.gap.isPlainSpace && !previous.gap.isDisjoint(with: [.newline, .start])
                && letter != 0x41 && letter != 0x49
            if dotted || opensLine { return .fullName }
        }
        // "in Moss Side told us", "at Castle View said": the second word of a place's
        // name after "in" or "at" (not after a month or a place that is whole alone:
        // "in June Hope said", "in Leeds Hope said").
        let endsPlaceName = previous.map {
            $0.shape == .capitalized && token.gap.isPlainSpace && $0.classes.isDisjoint(with: [.titlecase, .place])
                && afterLocative(index - 1)
        } ?? false
        // (Not a month after a day's number: "emails of 3 and 9 August went unanswered".)
        if forename, !endsPlaceName, let next, next.gap.isPlainSpace, next.context.contains(.personVerb), next.shape == .lower,
           !dateLike || next.length >= 4 && !token.gap.contains(.digit) {
            return .personVerb
        }
        // Alone in mid-sentence, not part of a Title Case run ("the Green Paper"), and
        // for a month not after "in", "by", "last" nor before a year ("June 2024").
        // "on 14 August", "June 2024": a month beside a number is a date.
        let besideNumber = token.gap.contains(.digit) || (next.map { $0.gap.contains(.digit) } ?? false)
            || NameRun.afterOrdinal(tokens, index, bytes)
        // "the Fisher children", "the Green family", "the Lamb case" (but not the second
        // word of a title: "at Castle View children's home").
        // (Not a verb's "-ing" opening a sentence: "Holding family time in a reception
        // area".)
        if token.classes.contains(.surname), let next, next.gap.isPlainSpace, next.context.contains(.familyNoun),
           previous.map({ !$0.isCapitalizedLike || !$0.context.isDisjoint(with: [.particle, .determiner]) || !token.gap.isPlainSpace }) ?? true,
           !NameRun.isGerundOpening(tokens, index, bytes) {
            return .familyName
        }
        // Truly mid-sentence: a lower-case word just before ("tell Grace that", "visit;
        // Mason not at home", not "the Bill"), or a function word opening the sentence ("Also Hope at reception",
        // "Then Will rang"; not for a month), and no capitalised word just after.
        // Not a word that is also a function word there ("Who Will attend?", "updated;
        // Will review next month"): "Then Will rang" is found by the verb after it.
        let afterOpeningWord = previous.map {
            $0.sentenceStart && $0.shape == .capitalized && $0.context.contains(.function)
                && $0.context.isDisjoint(with: [.temporal, .determiner]) && token.gap.isPlainSpace
        } ?? false && !token.context.contains(.function)
        let afterSemicolon = token.gap.contains(.semicolon)
        // Nor a day of the week ("round for Sunday dinner"), nor a rating ("RAG rating
        // Green", "rated Amber").
        if forename, !token.sentenceStart, !(dateLike && (afterTemporal || besideNumber || afterOpeningWord)),
           let previous, previous.shape == .lower || afterOpeningWord || afterNicknameWord(index, bytes),
           !previous.context.contains(.determiner), token.gap.subtracting([.space, .comma, .semicolon]).isEmpty,
           !(dateLike && NameRun.isOneOf(NameRun.weekdays, token, bytes)), !NameRun.isOneOf(NameRun.ratingWords, previous, bytes),
           !(dateLike && NameRun.monthReadsAsTime(tokens, index, bytes)),
           !(afterSemicolon && token.context.contains(.function)) {
            let joinedAfter = next.map { $0.gap.isPlainSpace && $0.isCapitalizedLike } ?? false
            if !joinedAfter { return .isolated }
        }
        return nil
    }

    /// Whether the word at `index` is described as a person straight after: a comma and
    /// then "a", "an", "her", "his", a relationship or a role ("Florence, an experienced
    /// foster carer", "Jordan, her older brother"), or a relationship or role in
    /// brackets ("Sydney (maternal aunt)").
    func describedAfter(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let next = tokens[safe: index + 1] else { return false }
        let person: ContextRole = [.kinship, .role, .determiner]
        if next.gap.contains(.comma), next.gap.subtracting([.space, .comma]).isEmpty {
            return !next.context.isDisjoint(with: person) || next.shape == .lower && NameRun.isOneOf(NameRun.possessivePronouns, next, bytes)
        }
        guard next.gap.contains(.bracket) else { return false }
        var position = index + 1
        while position <= index + 3, let word = tokens[safe: position] {
            if !word.context.isDisjoint(with: [.kinship, .role]) || word.classes.contains(.role) { return true }
            position += 1
        }
        return false
    }

    /// Whether a nickname's first word comes just before, itself after a lower-case word:
    /// "and Big Mike who taught him", "thanks to Little Jo".
    func afterNicknameWord(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 2, tokens[index].gap.isPlainSpace else { return false }
        let previous = tokens[index - 1]
        guard previous.shape == .capitalized, !previous.sentenceStart, tokens[index - 2].shape == .lower,
              !tokens[index - 2].context.contains(.determiner), previous.gap.isPlainSpace else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[previous.start..<previous.end])
        return NameRun.nicknameWords.contains { $0.elementsEqual(word) }
    }

    /// "her", "his", "my", "their", "your": "Jordan, her older brother".
    static let possessivePronouns = WordSet(["her", "his", "my", "their", "your"])

    /// Words that open a nickname ("Big Mike", "Little Jo", "Wee Davie").
    static let nicknameWords: [[UInt8]] = ["Big", "Little", "Wee"].map { Array($0.utf8) }

    // The sets `judge(_:_:)` tests, as constants: literals in a function that large are
    // built on the heap at every call.
    static let honorificOrField: ContextRole = [.honorific, .field]
    static let greetingOrSignoff: ContextRole = [.greeting, .signoff]
    /// Whether `token` is "My", "Your", "Our", "His", "Her" or "Their": "My IRO:" opens a
    /// label, not a chat line's speaker and role (the Vietnamese given name "My" is
    /// taken so only with other signs).
    static func isPossessiveDeterminer(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.length <= 5 && (isWord(token, "my", bytes) || isWord(token, "your", bytes) || isWord(token, "our", bytes)
            || isWord(token, "his", bytes) || isWord(token, "her", bytes) || isWord(token, "their", bytes))
    }

    static let kinshipOrGreeting: ContextRole = [.kinship, .greeting]
    static let kinshipRoleOrGreeting: ContextRole = [.kinship, .role, .greeting]
    static let kinshipGreetingOrField: ContextRole = [.kinship, .greeting, .field]
    static let spaceOrSentenceEnd: Gap = [.space, .sentenceEnd]
    static let lineStartGap: Gap = [.newline, .start]
    static let listedNotPlace: WordClass = [.organisation, .role, .titlecase]
    static let bracketColonSpace = Gap.bracket.rawValue | Gap.colon.rawValue | Gap.space.rawValue
    static let spaceBracket = Gap.space.rawValue | Gap.bracket.rawValue

    /// Whether the word at `index` is "optional" in brackets after a label opening its
    /// line ("Name (optional):").
    @inline(never)
    static func isNoteInLabel(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isWord(tokens[index], "optional", bytes) && tokens[index - 1].sentenceStart
    }

    /// Whether the label word at `index` starts its line, or follows a first word that
    /// starts it and says whose it is: "Name:", "YOUR NAME:", "Worker's name:".
    static func opensLabel(_ tokens: [Token], _ index: Int) -> Bool {
        if tokens[index].sentenceStart { return true }
        guard index > 0, tokens[index].gap == [.space] else { return false }
        let first = tokens[index - 1]
        return first.sentenceStart && (first.possessive || first.shape != .lower)
    }

    /// The context roles of the words just before `index` (one to three words, so
    /// "social worker", "good afternoon" and "thank you to" count), when nothing but
    /// spaces, a comma or a colon separates them from it.
    /// Whether the lower-case "miss" at `index` is the verb: after a subject, a modal or
    /// an adverb ("I will miss", "we miss", "you'll really miss", "to miss").
    static func isMissedVerb(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, isWord(tokens[index], "miss", bytes), tokens[index].gap.isPlainSpace else { return false }
        let before = tokens[index - 1]
        return before.contraction || isOneOf(missSubjects, before, bytes)
    }

    static let missSubjects = WordSet(["i", "we", "you", "they", "he", "she", "will", "would", "shall", "to", "really", "so",
                                       "all", "still", "always", "already", "do", "did", "does", "dont", "didnt", "never",
                                       "gonna", "wanna", "also", "definitely", "truly"])

    mutating func introducer(before index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> ContextRole {
        guard index > 0 else { return [] }
        let token = tokens[index]
        let previous = tokens[index - 1]
        let allowed: Gap = [.space, .comma, .colon, .newline, .dash]
        var gap = token.gap
        // "Mr. Hewitt", "mr. Smith", "Fr. Byrne": a title's dot ends no sentence (but "I am
        // her father. Please put this right." does: a family word in lower case, and so
        // does a title written out in lower case: "a cadet sergeant. Checked with Jakub").
        if previous.dotAfter, previous.context.contains(.honorific),
           previous.shape != .lower || !previous.context.contains(.kinship) && previous.length < 5 {
            gap.remove(.sentenceEnd)
        }
        // "Name (optional): River": a label's bracketed note.
        if gap.rawValue == NameRun.bracketColonSpace, index >= 2, previous.gap.rawValue == NameRun.spaceBracket,
           NameRun.isNoteInLabel(tokens, index - 1, bytes) {
            return tokens[index - 2].context.intersection(.field)
        }
        guard gap.subtracting(allowed).isEmpty, !gap.contains(.blankLine) else { return [] }
        // "my son's school", "Carer's NI number": a possessive introduces no name.
        if previous.possessive { return [] }
        var roles = previous.context
        if roles.contains(.field), !(gap.contains(.colon) && NameRun.opensLabel(tokens, index - 1)) {
            // A field label must end with a colon and start its line.
            roles.remove(.field)
        }

        if roles.contains(.honorific), gap.contains(.comma) { roles.remove(.honorific) }
        // "Cyngor Sir Powys": the Welsh county of a council's name, no knight.
        if roles.contains(.honorific), previous.inNonPersonalPhrase, !previous.isRoleWord { roles.remove(.honorific) }
        // "I will miss London", "we miss Florence": the verb, not the title.
        if roles.contains(.honorific), previous.shape == .lower, NameRun.isMissedVerb(tokens, index - 1, bytes) { roles.remove(.honorific) }
        // "Harriet SW: Lovely!": a role after a speaker's name labels the speaker.
        if roles.contains(.role), gap.contains(.colon), index >= 2, rules[index - 2] != nil, previous.gap.isPlainSpace {
            roles.remove(.role)
        }
        // Phrases: "social worker", "thank you to", "good afternoon".
        // The longest run of words before the name that a phrase could be is lowered
        // once; each phrase is one of its tails, from a space to the end.
        if previous.context.contains(.phraseEnd) {
            var first = index - 1
            while first > 0, index - first < context.longestPhrase, tokens[first].gap.isPlainSpace { first -= 1 }
            if first < index - 1 {
                lower.load(bytes, tokens[first].start..<tokens[first].end)
                for word in (first + 1)..<index { lower.append(word: bytes, tokens[word].start..<tokens[word].end) }
                let more = lower.bytes.withUnsafeBufferPointer { phrase in
                    // (From the second space from the end: the last word alone is `previous`,
                    // whose roles are already read, and some taken away above.)
                    var found = ContextRole(rawValue: 0)
                    var space = phrase.count - 1
                    var spaces = 0
                    while space > 0 {
                        if phrase[space] == 0x20 {
                            spaces += 1
                            if spaces > 1 { found.formUnion(context.roles(UnsafeBufferPointer(rebasing: phrase[(space + 1)...]))) }
                        }
                        space -= 1
                    }
                    return found.union(context.roles(phrase))
                }
                roles.formUnion(more.subtracting([.personVerb, .temporal, .field]))
            }
        }
        // Across a line break only a sign-off introduces ("Health Visitor\nReason for
        // referral" is a new line, not a name).
        if gap.contains(.newline) { roles.formIntersection(.signoff) }
        if previous.length == 4, !roles.contains(.locative), NameRun.isFromAfterAJourney(tokens, index, bytes) {
            roles.insert(.locative)
        }
        return roles
    }
}
