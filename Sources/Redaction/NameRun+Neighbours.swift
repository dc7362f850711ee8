import Lexicon

/// Sign-offs, and names spreading to their neighbours: full names, initials, particles
/// and lists.
extension NameRun {
    /// "Best wishes,\nHarinakshi Halder" and "Kind regards, Tomasz": the words after a
    /// sign-off, on its line or the next, are a name.
    mutating func isSignoffName(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // (A given name that the title-case words have too, alone on its line: "Thanks,↵Rhi",
        // "Best wishes,↵June".)
        guard token.isCapitalizedLike, !NameRun.isNonPersonal(token) || NameRun.isTitleWordGivenNameEndingLine(token, bytes) else {
            return false
        }
        guard token.gap.contains(.newline) || token.gap.contains(.comma) || endsOpeningSignoff(index, bytes) else { return false }
        let intro = introducer(before: index, bytes)
        guard intro.contains(.signoff) else { return false }
        // A title before the name is no name: "Regards, DS Aled Morgan".
        if token.context.contains(.honorific), let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.isCapitalizedLike {
            return false
        }
        // Only when the sign-off ends its line or is followed by a comma, and the
        // candidate is a name or not an ordinary word.
        return !(token.classes.contains(.common) && !token.classes.contains(.forename))
    }

    /// Whether the word at `index` follows a word that opens a sentence or a line with a
    /// plain space and ends the line, kisses aside: "Love Destiny xxx", "… today. Love
    /// Precious" (the sign-off is checked by the caller).
    func endsOpeningSignoff(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, tokens[index].gap.isPlainSpace, tokens[index - 1].sentenceStart else { return false }
        guard var next = tokens[safe: index + 1] else { return true }
        if next.gap.isPlainSpace, NameRun.isKisses(next, bytes) {
            guard let after = tokens[safe: index + 2] else { return true }
            next = after
        }
        return next.gap.contains(.newline)
    }

    /// Whether `token` is a row of kisses: "x", "xx", "XXX".
    static func isKisses(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.length <= 6, token.shape != .capitalized, token.shape != .other else { return false }
        for position in token.start..<token.end where bytes[position] | 0x20 != 0x78 { return false }
        return true
    }

    /// Whether `token` is a given name, capitalised, that no list has as a place, an
    /// organisation or a role (the title-case words may have it: "Rhi", "June"), and
    /// nothing but spaces follow it on its line.
    static func isTitleWordGivenNameEndingLine(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.shape == .capitalized, token.classes.contains(.forename), !token.inNonPersonalPhrase,
              token.classes.isDisjoint(with: [.place, .organisation, .role]) else { return false }
        var after = token.end
        while after < bytes.count, bytes[after] == 0x20 { after += 1 }
        return after == bytes.count || bytes[after] == 0x0A || bytes[after] == 0x0D
    }

    /// Whether the bracketed word at `index` stands between a given name and a family
    /// name found, no role's, place's or organisation's word: "Tatenda (Tee) Moyo".
    static func isNicknameBetweenNames(_ tokens: [Token], _ rules: [NameRule?], _ index: Int) -> Bool {
        guard let next = tokens[safe: index + 1], rules[index + 1] != nil, next.isCapitalizedLike,
              next.gap.rawValue == NameRun.spaceBracket, tokens[index - 1].shape == .capitalized else { return false }
        return tokens[index].classes.isDisjoint(with: [.role, .place, .organisation]) && tokens[index].context.isEmpty
    }

    /// Whether the word at `index` stands alone in quotes between a given name and a
    /// family name, both found: "Johnny \"Wheels\" Joyce", "Tracey 'Bubbles' Lane" — a
    /// nickname, whatever word it is.
    static func isQuotedNicknameBetweenNames(_ tokens: [Token], _ rules: [NameRule?], _ index: Int) -> Bool {
        let quoted = Gap.space.rawValue | Gap.quote.rawValue
        guard index > 0, tokens[index].gap.rawValue == quoted, let next = tokens[safe: index + 1], rules[index + 1] != nil,
              rules[index - 1] != nil, next.gap.rawValue == quoted, next.shape == .capitalized,
              tokens[index - 1].shape == .capitalized, !tokens[index - 1].possessive else { return false }
        return true
    }

    /// Names spread to their neighbours: the rest of a full name ("Grace Green",
    /// "J. Smith", "Kalpit Loyal") and the other names in a list ("June and Ben").
    mutating func extend(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Forename + surname pairs, even when both are ordinary words too.
        for index in capitals where index + 1 < tokens.count && !skip[index] && !skip[index + 1] && tokens[index].shape == .capitalized {
            let first = tokens[index], second = tokens[index + 1]
            // A place that is also a given name counts before a family name ("Devon
            // Campbell-Rhys"), but not after a preposition of place.
            // (Not a building, a district or a council: "Dudley Council", "Bradford West",
            // "trip to Alton Towers".)
            let placeForename = first.classes.contains(.place) && first.classes.isDisjoint(with: [.organisation, .role, .titlecase])
                && !first.inNonPersonalPhrase && !second.context.contains(.institution) && !NameRun.isOneOf(NameRun.compassPoints, second, bytes)
                && !introducer(before: index, bytes).contains(.locative)
            guard second.gap.isPlainSpace, second.shape == .capitalized, !first.possessive,  // "Bernie's Sunday dinners"
                  first.classes.contains(.forename), second.classes.contains(.surname),
                  !NameRun.isNonPersonal(first) || placeForename || NameRun.isMonthGivenName(tokens, index, bytes), !first.context.contains(.signoff), !first.context.contains(.greeting),
                  // "the Summer Reading Challenge": a title after "the" (not "The Mark Lane
                  // complaint").
                  !(index > 0 && first.gap.isPlainSpace && first.classes.contains(.common) && tokens[index - 1].context.contains(.determiner)
                    && (tokens[safe: index + 2].map { $0.gap.isPlainSpace && $0.shape == .capitalized } ?? false)),
                  !second.inNonPersonalPhrase, second.classes.isDisjoint(with: [.organisation, .role, .titlecase])
                  || second.classes.contains(.nameClash) || isFamilyNameOfBuilding(index, bytes)
                  || NameRun.surnameBeforeRole(tokens, index + 1, bytes),  // "Grant Page (TM)", not "Page 4"
                  !namesABuilding(index, bytes), !NameRun.isDateAfterPreposition(tokens, index, bytes),
                  !NameRun.isBuildingNotFamily(second, bytes),  // "Rowan Lodge"; not "Emma Court"
                  !NameRun.afterCounty(tokens, index, bytes),  // "Adopt North Vale", "University of Chester Wood"
                  !NameRun.institutionAfterNext(tokens, index + 1),  // "Hill Top Children's Centre"
                  // "Willow Lodge (resi)": an ordinary word and a building word name a
                  // building (not "Bill Church (Quality Assurance)").
                  !(second.context.contains(.institution) && first.classes.contains(.common) && !isStreetType(second, bytes)
                    && !NameRun.surnameBeforeRole(tokens, index + 1, bytes)),
                  // "Little Patrick is eight months": a nickname's opener, not a given name,
                  // opening a sentence or a line (not "Sam Little Jones").
                  !(NameRun.isOneOf(NameRun.nicknameOpeners, first, bytes)
                    && (index == 0 || first.sentenceStart || !first.gap.isDisjoint(with: [.newline, .quote])))
            else { continue }
            if rules[index] == nil { rules[index] = .fullName }
            if rules[index + 1] == nil { rules[index + 1] = .fullName }
        }
        // Only capitalised words and name particles can join a name. A word's verdict
        // depends on the rules of the two words either side, so a round re-judges only
        // the words whose neighbourhood changed since they were last judged.
        // The capitalised words and the lower-case particles and given names, merged in
        // order.
        var candidates: [Int] = []
        candidates.reserveCapacity(capitals.count + lowerCandidates.count)
        var lowerPosition = 0
        for index in capitals {
            while lowerPosition < lowerCandidates.count, lowerCandidates[lowerPosition] < index {
                if !skip[lowerCandidates[lowerPosition]] { candidates.append(lowerCandidates[lowerPosition]) }
                lowerPosition += 1
            }
            if !skip[index], tokens[index].isCapitalizedLike || tokens[index].context.contains(.particle)
                || tokens[index].shape == .other && tokens[index].hyphenated {  // "al-Masri"
                candidates.append(index)
            }
        }
        for index in lowerCandidates[lowerPosition...] where !skip[index] { candidates.append(index) }
        var judgedAt = Array(repeating: -1, count: candidates.count)
        var changedAt: [Int] = []  // per token, the step its rule was set in this pass
        var step = 0
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {
            changed = false
            rounds += 1
            for (position, index) in candidates.enumerated() where rules[index] == nil {
                if judgedAt[position] >= 0 {
                    let low = max(index - 2, 0), high = min(index + 2, tokens.count - 1)
                    guard !changedAt.isEmpty, (low...high).contains(where: { changedAt[$0] > judgedAt[position] }) else { continue }
                }
                step += 1
                judgedAt[position] = step
                if let rule = neighbourRule(index, bytes) {
                    rules[index] = rule
                    if changedAt.isEmpty { changedAt = Array(repeating: 0, count: tokens.count) }
                    changedAt[index] = step
                    changed = true
                }
            }
        }
    }

    /// Whether a month's word (or its short form) is a given name before a family name
    /// that is no word, no place and no title, with no number after it: "Jun Zhao", "May
    /// Chen" (not "May Day", "June 2024", "Sunday Times").
    @inline(never)
    static func isMonthGivenName(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = tokens[index], second = tokens[index + 1]
        guard first.classes.contains(.titlecase), isOneOf(monthWords, first, bytes), first.classes.rawValue & (WordClass.organisation.rawValue | WordClass.role.rawValue
                                                                          | WordClass.place.rawValue) == 0,
              !second.classes.contains(.common), second.classes.isDisjoint(with: .nonPersonal)
        else { return false }
        return !(tokens[safe: index + 2].map { $0.gap.contains(.digit) } ?? false)
    }

    /// Whether a particle opens a field after its label, before a name found: "From: de
    /// Souza, Patrick", "Child: van der Berg, Noor".
    @inline(never)
    static func particleAfterLabel(_ tokens: [Token], _ rules: [NameRule?], _ index: Int) -> Bool {
        tokens[index - 1].context.contains(.field) && tokens[index].gap.contains(.colon) && index + 1 < tokens.count
            && rules[index + 1] != nil
    }

    /// Whether an ordinary word after a name is a form's next label: before a colon or
    /// "of birth" ("Hunter Doherty Date of birth:", "Signed: Hunter Doherty     Date:").
    @inline(never)
    static func isFormLabel(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.classes.contains(.common), token.shape == .capitalized else { return false }
        if token.end < bytes.count, bytes[token.end] == 0x3A { return true }
        guard let of = tokens[safe: index + 1], let birth = tokens[safe: index + 2], of.gap.isPlainSpace, birth.gap.isPlainSpace
        else { return false }
        return isWord(of, "of", bytes) && isWord(birth, "birth", bytes)
    }

    static let monthWords = WordSet(IdentifierChecks.monthNames + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                                                   "oct", "nov", "dec"])

    /// Whether, after the word at `index`, another capitalised word and then a building
    /// word follow: "Hill Top Children's Centre" (a job straight after a name, "Sarah
    /// Jones Centre Manager", is left to ``namesABuilding(_:_:)``).
    static func institutionAfterNext(_ tokens: [Token], _ index: Int) -> Bool {
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.isCapitalizedLike, !next.context.contains(.institution),
              let building = tokens[safe: index + 2], building.gap.isPlainSpace, building.shape == .capitalized else { return false }
        return building.context.contains(.institution)
    }

    /// A building word that is also a family name, after a given name that is no
    /// ordinary word and starts the name: "Emma Ward", "Ian Church" (but not "Maple
    /// Ward", "Rose Court", nor the job in "Sarah Jones Court Welfare Officer").
    func isFamilyNameOfBuilding(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = tokens[index], second = tokens[index + 1]
        guard second.context.contains(.institution), second.classes.contains(.surname), !first.classes.contains(.common),
              !NameRun.isOneOf(NameRun.buildingsNotFamilies, second, bytes) || NameRun.isOneOf(NameRun.buildingFamilyNames, second, bytes) else {
            return false
        }
        let capitalisedBefore = index > 0 && first.gap.isPlainSpace && tokens[index - 1].isCapitalizedLike
        let capitalisedAfter = tokens[safe: index + 2].map { $0.gap.isPlainSpace && $0.isCapitalizedLike } ?? false
        return !capitalisedBefore && !capitalisedAfter
    }

    /// Building words that are seldom anyone's family name: "Rowan House", "Willow
    /// Lodge", "Ashgrove Court" are buildings even after a given name.
    /// Trees that name children's homes and are given names too, which the dictionary
    /// lacks: "Rowan House", "Alder House".
    static let homeTrees = WordSet(["rowan", "alder", "aspen", "linden", "hawthorn", "juniper", "cedar", "birch", "beech"])
    static let buildingsNotFamilies = WordSet(["house", "lodge", "court", "centre", "center", "tower", "towers", "mansions",
                                               "cottage", "cottages", "villa", "villas", "barn", "barns", "unit", "annexe",
                                               "room", "suite", "chamber"])
    /// Of them, those that are family names often enough to stay names after a given
    /// name ("Emma Court said", "Jake House attended"): the pair is a person's name
    /// unless only a weak rule found the given name (see ``unmarkEponyms(_:)``).
    static let buildingFamilyNames = WordSet(["house", "court", "center"])

    /// Whether `token` is a building word that is no family name ("Lodge", "Centre",
    /// "Cottage"; not "House", "Court").
    @inline(never)
    static func isBuildingNotFamily(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (4...8).contains(token.length) && isOneOf(buildingsNotFamilies, token, bytes) && !isOneOf(buildingFamilyNames, token, bytes)
    }

    /// Whether the pair of words at `index` names a building, not a person: a building
    /// word ends it ("Will Marsh House residential staff", but not "Sarah Jones Centre
    /// Manager"), or it is one after "at",
    /// "in" or "near", or a street ("placed at Chase Farm", "everyone at Castle View";
    /// but not "at Stuart Hall's office").
    mutating func namesABuilding(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = tokens[index], second = tokens[index + 1]
        // Only when the first word is an ordinary word or a place itself ("Will",
        // "Chase"), and no role word follows the building word ("Mark Lewis House
        // Manager" is a person and a job).
        // Or a street's name ("Great Ormond Street Hospital", "Harley Street Clinic").
        if let third = tokens[safe: index + 2], third.gap.isPlainSpace, third.shape == .capitalized,
           third.context.contains(.institution), !second.possessive,
           !first.classes.isDisjoint(with: [.common, .place]) || isStreetType(second, bytes) && !isStreetType(third, bytes),
           !(tokens[safe: index + 3].map { $0.gap.isPlainSpace && $0.isCapitalizedLike } ?? false) {
            return true
        }
        guard !second.possessive else { return false }
        // A tree's or an ordinary word before "House" names a home ("a stay at Rowan
        // House", "Complaint - Willow House short breaks"), unless a person's verb
        // follows ("Holly House said"); "Jake House", "Emma House" stay people.
        if NameRun.isWord(second, "house", bytes), first.classes.contains(.common) || NameRun.isOneOf(NameRun.homeTrees, first, bytes),
           !(tokens[safe: index + 2].map { $0.gap.isPlainSpace && $0.shape == .lower && $0.context.contains(.personVerb) } ?? false) {
            return true
        }
        // Also one word later: "at Great Ormond Street".
        // (A phrase too: "since he came to Stanley Court".)
        let afterPlace = afterLocative(index)
            || index > 0 && first.gap.isPlainSpace && tokens[index - 1].isCapitalizedLike && afterLocative(index - 1)
            || second.context.contains(.institution) && introducer(before: index, bytes).contains(.locative)
        if afterPlace {
            if second.context.contains(.institution) { return true }
            // "at Castle View", "near Grace Hill": a street or a home named like one.
            return isStreetType(second, bytes)
        }
        // "the centre on Hope Street", "off Marsh Lane": a street after the prepositions
        // of streets (not "on Grace Lane's file").
        if index > 0, first.gap.isPlainSpace, NameRun.isOneOf(NameRun.streetPrepositions, tokens[index - 1], bytes),
           isStreetType(second, bytes) {
            return true
        }
        // "the Hope Street hub", "the Hope Street and Sandy Lane hubs": a street after
        // "the", or after another street (not a person: "Penny Lane and Tom Street") and
        // "and" — with a building word soon after ("the Daniel Park investigation" and
        // "the Mark Lane complaint" are people's).
        guard first.gap.isPlainSpace, index > 0, isStreetType(second, bytes), buildingWordFollows(index + 2, bytes) else {
            return false
        }
        let previous = tokens[index - 1]
        if previous.context.contains(.determiner) { return true }
        return isAnd(previous, bytes) && index >= 2 && previous.gap.isPlainSpace && rules[index - 2] == nil
            && isStreetType(tokens[index - 2], bytes)
    }

    /// Whether a building word ("hub", "centre", "Hospital") is among the four words from
    /// `index` on, with only spaces between them: "Shepherd Street family hub", "Hope
    /// Street and Sandy Lane hubs".
    func buildingWordFollows(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = index
        while position < index + 4, let word = tokens[safe: position], word.gap.isPlainSpace {
            if word.context.contains(.institution) || NameRun.isOneOf(NameRun.siteWords, word, bytes) { return true }
            position += 1
        }
        return false
    }

    /// The prepositions a street follows where a person seldom does: "on Hope Street",
    /// "off Mill Lane", "near Jasmine Grove".
    static let streetPrepositions = WordSet(["on", "off", "along", "near"])
    /// A site named after its street: "the Meadow Lane site", "the Hope Street estate".
    static let siteWords = WordSet(["site", "sites", "estate", "depot", "campus"])

    /// Whether `token` is a street type ("Street", "Lane", "Close", "View").
    func isStreetType(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.start..<token.end
        guard let hash = WordSet.lowercaseHash(bytes, range) else { return false }
        return AnchorScan.streetTypeWords.flags(hash: hash, lowercasing: bytes, range) != 0
    }

    /// Whether the word at `index` ends its clause: the document or its line ends after
    /// it, or a full stop, comma, semicolon, colon or bracket follows.
    func endsClause(after index: Int) -> Bool {
        guard let next = tokens[safe: index + 1] else { return true }
        return !next.gap.isDisjoint(with: [.sentenceEnd, .comma, .semicolon, .colon, .bracket, .newline])
    }

    /// Whether the capitalised word at `index` stands between two capitalised names, a
    /// middle name whatever else it is: "Phạm Thu Hà", "Mary June Okafor" (not a
    /// relation after a possessive: "Tolu's Nan Maureen").
    // Kept out of `neighbourRule`: inlined there, it made the optimiser build the option
    // sets of the rules after it as arrays at each call. `mutating`, like the helpers
    // below, so that the call borrows the run instead of copying it.
    @inline(never)
    mutating func isMiddleName(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, rules[index - 1] != nil, rules[index + 1] != nil else { return false }
        let token = tokens[index], previous = tokens[index - 1], next = tokens[index + 1]
        return previous.shape == .capitalized && next.shape == .capitalized && token.gap.isPlainSpace && next.gap.isPlainSpace
            && !previous.possessive && token.context.isEmpty
            && (!NameRun.isNonPersonal(token) || token.classes.contains(.titlecase) || NameRun.isAcronymAsGivenName(token))
    }

    /// Whether a short given name is an organisation's acronym only when written in
    /// capitals: "Na" of "Mrs Li Na Chen" (not "NA", Narcotics Anonymous).
    static func isAcronymAsGivenName(_ token: Token) -> Bool {
        token.shape == .capitalized && token.length <= 3 && token.classes.contains(.forename)
            && token.classes.intersection(.nonPersonal) == .organisation && !token.inNonPersonalPhrase
    }

    /// Whether the ordinary word in capitals at `index` is a verb beside a name: a verb of
    /// what people do ("DANIELLE SAID", "SHE SAID LUKAS"), or a function word after a name
    /// ("LUKAS CAN'T") or after another word in capitals ("HE WILL"; but "WILL GRANT"
    /// opening a line is a name).
    /// (A function word between two names is a name: "LILY MAY SMITH", "ASK WILL
    /// JONES".)
    @inline(never)
    static func isVerbInCapitals(_ tokens: [Token], _ index: Int, afterName: Bool) -> Bool {
        let token = tokens[index]
        guard token.shape == .upper, token.classes.contains(.common) else { return false }
        if token.context.contains(.personVerb) { return true }
        guard afterName, token.context.contains(.function) else { return false }
        // Not when a name in capitals follows it.
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .upper else { return true }
        return !(next.classes.contains(.forename) || next.classes.contains(.surname))
    }

    /// Whether the word in capitals at `index` is a family name written in capitals
    /// after a given name, as case records write them: "Shanice GRANT (SG)", "Father:
    /// Delroy FRANCIS" — a family name or a word no list has, not a verb of a person
    /// ("Amy SAID"), not in a line of capitals.
    @inline(never)
    mutating func isSurnameInCapitals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0, rules[index - 1] != nil else { return false }
        let token = tokens[index], previous = tokens[index - 1]
        // (Not after a possessive: "Danyal's SEN support plan".)
        guard previous.shape == .capitalized, !previous.possessive, token.gap.isPlainSpace, token.length >= 2,
              token.classes.contains(.surname) || token.classes.isEmpty,
              token.context.isEmpty, !NameRun.isNonPersonal(token), !NameRun.isOneOf(NameRun.capitalWords, token, bytes) else { return false }
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .upper { return false }
        return true
    }

    /// Whether the word in capitals at `index` is a family name written first, as registers
    /// write them, opening a cell, a line or a field before a given name found: "|MOSS
    /// Terence (foster carer)|", "| RUHAL, Kiyn |", "Young person: MAKUACH, Nyandeng",
    /// even when it is also a word or no list has it (not "NOTE Terence called", a word
    /// that only other lists have, nor in a line of capitals).
    @inline(never)
    func isSurnameFirstInCapitals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.length >= 3, token.classes.contains(.surname) || token.classes.isEmpty, token.classes.isDisjoint(with: .nonPersonal),
              token.context.isEmpty,
              token.start == 0 || bytes[token.start - 1] == 0x7C || bytes[token.start - 1] == 0x09 || bytes[token.start - 1] == 0x0A
                || bytes[token.start - 1] == 0x20 && NameRun.opensFieldOrCell(token.start - 1, bytes),
              index + 1 < tokens.count, rules[index + 1] != nil else { return false }
        let next = tokens[index + 1]
        // (Or one no list has, and a comma between: "| RUHAL, Kiyn |".)
        guard next.gap.isPlainSpace || next.gap.isCommaSpace, next.shape == .capitalized,
              next.classes.contains(.forename) || next.classes.isEmpty else { return false }
        guard let after = tokens[safe: index + 2] else { return true }
        // (Unless it is a form's next label: "MAKUACH, Nyandeng   Age: 13".)
        return !(after.gap.isPlainSpace && after.isCapitalizedLike) || after.end < bytes.count && bytes[after.end] == 0x3A
    }

    /// Whether the space at `space` follows a cell's bar, a label's colon or a dash set
    /// off by spaces: "| RUHAL", "Young person: MAKUACH", "Case discussion 2 - ŢURCANU",
    /// "CHRONOLOGY – NGUYỄN".
    static func opensFieldOrCell(_ space: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard space >= 1 else { return false }
        switch bytes[space - 1] {
        case 0x7C, 0x3A: return true
        case 0x2D: return space >= 2 && bytes[space - 2] == 0x20
        case 0x93, 0x94: return space >= 4 && bytes[space - 2] == 0x80 && bytes[space - 3] == 0xE2 && bytes[space - 4] == 0x20
        default: return false
        }
    }

    /// Whether the capitalised word at `index` is a family name after a title and a given
    /// name: "Mr Miles Page HoY", "Mrs Dawn Field DSL" (an ordinary or a title-case word
    /// too, but no role, place or organisation, nor a title before "of": not "Ms Sarah
    /// Head of Service").
    @inline(never)
    mutating func isFamilyNameAfterTitledName(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 1, rules[index - 1] == .honorific, tokens[index - 2].context.contains(.honorific) else { return false }
        let token = tokens[index], previous = tokens[index - 1]
        guard previous.shape == .capitalized, previous.classes.contains(.forename), token.gap.isPlainSpace, previous.gap.isPlainSpace,
              token.classes.contains(.surname), token.context.subtracting(.institution).isEmpty, !token.inNonPersonalPhrase,
              token.classes.isDisjoint(with: [.role, .place]) else { return false }
        if let next = tokens[safe: index + 1], next.gap.isPlainSpace, NameRun.isWord(next, "of", bytes) { return false }
        // (A building's or an organisation's word only with no capitalised word after it:
        // "Ms Tanika Chambers,".)
        if !token.context.isDisjoint(with: .institution) || token.classes.contains(.organisation), let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.isCapitalizedLike {
            return false
        }
        return true
    }

    /// A given name before a particle and a family name found, even a place's name
    /// ("Sofia de Almeida", "Paris van Dijk"), or a nickname in quotes in brackets after a
    /// name ("Patrick (\"Paddy\") and Martin").
    /// (Out of ``neighbourRule(_:_:)``, which must stay small enough to keep its calls inlined.)
    @inline(never)
    static func isBesideParticleOrQuotedAfterName(_ tokens: [Token], _ rules: [NameRule?], _ index: Int,
                                                 _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let classes = tokens[index].classes
        if classes.contains(.forename), index + 2 < tokens.count, rules[index + 2] != nil,
           tokens[index + 1].shape == .lower, tokens[index + 1].context.contains(.particle), tokens[index + 1].gap.isPlainSpace,
           tokens[index + 2].gap.isPlainSpace, tokens[index + 2].shape == .capitalized {
            return true
        }
        return index > 0 && rules[index - 1] != nil && (classes.contains(.forename) || classes.isDisjoint(with: .nonPersonal))
            && isQuotedInBrackets(tokens[index], bytes)
    }

    /// Whether `token` goes on a word that a hyphen at a line's end broke, as scanned
    /// letters are read: "Ghebre-↵medhin", "Szczepa-↵ńska" (spaces either side aside).
    static func continuesBrokenWord(_ previous: Token, _ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard previous.end < token.start, bytes[previous.end] == 0x2D else { return false }
        var newline = false
        for position in (previous.end + 1)..<token.start {
            switch bytes[position] {
            case 0x0A: newline = true
            case 0x20, 0x0D: continue
            default: return false
            }
        }
        return newline
    }

    /// Whether the word at `index` is one of a full name's two words alone in brackets
    /// straight after a name found, the first a given name and neither an ordinary word, a
    /// team or a role: "Nanna Bev (Beverley Tolland)", even when both are places too.
    static func isFullNameInBracketsAfterName(_ tokens: [Token], _ rules: [NameRule?], _ index: Int,
                                             _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func opens(_ first: Int) -> Bool {
            guard first > 0, first + 1 < tokens.count, rules[first - 1] != nil else { return false }
            let given = tokens[first], family = tokens[first + 1]
            // (No ordinary word, team or role: "(Early Help)", "(Rowan House)", "(Peer Mentor)",
            // "(Hartley Fostering)", "(West Yorks)".)
            return given.start > 0 && bytes[given.start - 1] == 0x28 && given.shape == .capitalized && given.classes.contains(.forename)
                && !given.classes.contains(.common) && !given.context.contains(.kinship)
                && family.gap.isPlainSpace && family.shape == .capitalized && family.end < bytes.count && bytes[family.end] == 0x29
                && !family.classes.contains(.common) && family.classes.isDisjoint(with: [.organisation, .role, .titlecase])
                && family.context.isEmpty
        }
        return opens(index) || opens(index - 1)
    }

    /// Three neighbours of names (out of ``neighbourRule(_:_:)``, to keep it small):
    /// - particles in capitals before a family name in capitals found, and a word in
    ///   capitals no list has after them: "VAN DER MERWE | Anri", "DE LA CRUZ";
    /// - initials in brackets after a family name found, their last letter its first:
    ///   "Ashworth (DA)", "Nana Asante (NA)";
    /// - the given name those initials confirm, whatever word it is: "Nana" of "Nana
    ///   Asante (NA)", "Grace" of "Grace Green (GG)".
    @inline(never)
    static func particleOrInitialsRule(_ tokens: [Token], _ rules: [NameRule?], _ index: Int,
                                       _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        let token = tokens[index]
        if token.shape == .upper {
            if token.context.contains(.particle), let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .upper,
               rules[index + 1] != nil || next.context.contains(.particle) && rules[safe: index + 2].map { $0 != nil } ?? false {
                return .adjacent
            }
            if index > 0, token.classes.isEmpty, token.length >= 3, token.gap.isPlainSpace, tokens[index - 1].shape == .upper,
               tokens[index - 1].context.contains(.particle), rules[safe: index + 1].map({ $0 != nil }) ?? false
                || index >= 2 && rules[index - 2] != nil {
                return .adjacent
            }
            // (Not a role's letters nor a body's of three: "Joanne Whitlock (SW)", "Rhodri
            // Church (CSC)"; a body's two are initials as often: "DA".)
            if token.length == 2 || token.length == 3, index > 0, token.gap.rawValue == NameRun.spaceBracket, isAloneInBrackets(token, bytes),
               !token.classes.contains(.role), token.length == 2 || !token.classes.contains(.organisation),
               token.context.subtracting(.particle).isEmpty,
               rules[index - 1] != nil, tokens[index - 1].shape == .capitalized,
               bytes[token.end - 1] == bytes[tokens[index - 1].start] {
                return .staffInitials
            }
            return nil
        }
        guard token.shape == .capitalized, let surname = tokens[safe: index + 1], rules[index + 1] != nil, surname.gap.isPlainSpace,
              surname.shape == .capitalized, let initials = tokens[safe: index + 2], initials.length == 2, initials.shape == .upper,
              initials.gap.rawValue == NameRun.spaceBracket, isAloneInBrackets(initials, bytes) else { return nil }
        return bytes[initials.start] == bytes[token.start] && bytes[initials.start + 1] == bytes[surname.start] ? .adjacent : nil
    }

    /// Whether `token` alone stands in quotes inside brackets: `("Paddy")`, `(‘Tiny’)`.
    static func isQuotedInBrackets(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func quoteBefore(_ end: Int) -> Int? {  // the quote's first byte, ending at `end`
            guard end >= 1 else { return nil }
            if bytes[end - 1] == 0x22 || bytes[end - 1] == 0x27 { return end - 1 }
            // “ ” ‘ ’: E2 80 9C / 9D / 98 / 99.
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, (0x98...0x9D).contains(bytes[end - 1]) { return end - 3 }
            return nil
        }
        func quoteAfter(_ start: Int) -> Int? {  // the end of the quote starting at `start`
            guard start < bytes.count else { return nil }
            if bytes[start] == 0x22 || bytes[start] == 0x27 { return start + 1 }
            if start + 3 <= bytes.count, bytes[start] == 0xE2, bytes[start + 1] == 0x80, (0x98...0x9D).contains(bytes[start + 2]) {
                return start + 3
            }
            return nil
        }
        guard let open = quoteBefore(token.start), open >= 1, bytes[open - 1] == 0x28,
              let close = quoteAfter(token.end), close < bytes.count, bytes[close] == 0x29 else { return false }
        return true
    }

    /// Whether the short word at `index` joins the names either side of it: a particle
    /// written with a capital between a name and a family name ("Rui Da Costa", "Inês La
    /// Rosa": in capitals "DA" and "LA" are acronyms, not so here), or the hyphenated
    /// initials of a double given name before the family name ("K-A Harrison-Lowe").
    @inline(never)
    static func joinsNamesAsShortWord(_ tokens: [Token], _ rules: [NameRule?], _ index: Int) -> Bool {
        let token = tokens[index]
        guard let next = tokens[safe: index + 1], next.gap.isPlainSpace, next.shape == .capitalized else { return false }
        let nextIsName = rules[index + 1] != nil
        if token.shape == .upper { return token.hyphenated && token.length == 3 && nextIsName }
        guard token.shape == .capitalized, token.gap.isPlainSpace, token.context.contains(.particle), index > 0,
              rules[index - 1] != nil else { return false }
        return nextIsName || next.classes.contains(.surname) && !NameRun.isNonPersonal(next)
    }

    mutating func neighbourRule(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> NameRule? {
        // Every rule below needs a name within two words: most words have none.
        let low = max(index - 2, 0), high = min(index + 2, tokens.count - 1)
        guard (low...high).contains(where: { rules[$0] != nil }) else { return nil }
        let token = tokens[index]
        let classes = token.classes
        // Particles inside a family name: "Llinos ap Gruffudd", "Daan van der Berg", "Mr van
        // der Merwe".
        if token.shape == .lower, token.context.contains(.particle), index > 0,
           rules[index - 1] != nil || tokens[index - 1].context.contains(.honorific)
            || tokens[index - 1].shape == .initial && tokens[index - 1].dotAfter
            || NameRun.particleAfterLabel(tokens, rules, index),  // "From: de Souza, Patrick"
           let next = tokens[safe: index + 1], next.gap.isPlainSpace,
           token.gap.isPlainSpace || tokens[index - 1].dotAfter && token.gap.rawValue & ~(Gap.space.rawValue | Gap.sentenceEnd.rawValue) == 0
            || token.gap.rawValue == Gap.colon.rawValue | Gap.space.rawValue && NameRun.particleAfterLabel(tokens, rules, index),
           next.shape == .capitalized || next.context.contains(.particle) {
            return .adjacent
        }
        if token.shape == .capitalized, isMiddleName(index) || isFamilyNameAfterTitledName(index, bytes) { return .adjacent }
        if token.length <= 3, token.shape != .lower, NameRun.joinsNamesAsShortWord(tokens, rules, index) { return .adjacent }
        if token.shape == .upper, isSurnameInCapitals(index, bytes) || isSurnameFirstInCapitals(index, bytes) { return .fullName }
        if token.shape != .lower, let rule = NameRun.particleOrInitialsRule(tokens, rules, index, bytes) { return rule }
        // In a text message, a lower-case given name in a list with a name: "jade and kai".
        if token.shape == .lower {
            // The rest of a name a scan broke at a line's end: "Luwam Ghebre-↵medhin".
            if index > 0, rules[index - 1] != nil, NameRun.continuesBrokenWord(tokens[index - 1], token, bytes) { return .adjacent }
            if informal, NameRun.isFamilyNameEndingIntroduction(tokens, rules, index, bytes)
                || NameRun.isGivenNameBeforeFamilyName(tokens, rules, index) { return .adjacent }
            // (Not a word before a role's: "Almaz Ghebremedhin, foster carer".)
            guard informal, NameRun.mayBeLowercaseListedName(token, bytes), !NameRun.isOneOf(NameRun.wordsNeverListed, token, bytes),
                  index + 1 == tokens.count || !(tokens[index + 1].gap.isPlainSpace && tokens[index + 1].isRoleWord) else { return nil }
            // (A word no list has only after a name, and no misspelt word: "rihila and
            // jyan"; not "my maths resit and Dapo", "ewa and evryone".)
            if token.classes.isEmpty {
                return listNeighbour(index, direction: -1, bytes) && !isMisspeltWord(index, bytes) ? .list : nil
            }
            return listNeighbour(index, direction: 1, bytes) || listNeighbour(index, direction: -1, bytes)
                || agedListNeighbour(index, bytes) ? .list : nil
        }
        // A name spelt out after it: "It's Bridget McDonagh, M-C-D-O-N-A-G-H."
        if token.shape == .upper, token.hyphenated, NameRun.spellsPreviousName(tokens, rules, index, bytes) { return .adjacent }
        // "Yousef al-Masri", "Omar bin-Laden": a family name joined to its particle.
        if token.shape == .other, token.hyphenated, index > 0, rules[index - 1] != nil, token.gap.isPlainSpace,
           startsWithParticle(token, bytes) {
            return .adjacent
        }
        guard token.isCapitalizedLike, !NameRun.isDateAfterPreposition(tokens, index, bytes) else { return nil }
        // A nickname in brackets after a name: "Wong Hoi Ching (Cherry)", "Exaucé (Ex)";
        // any word between a given name and a family name ("Tatenda (Tee) Moyo").
        if token.shape == .capitalized, index > 0, rules[index - 1] != nil,
           token.gap.rawValue == NameRun.spaceBracket || token.gap == .bracket, NameRun.isAloneInBrackets(token, bytes),
           classes.contains(.forename) && !NameRun.isNonPersonal(token) || NameRun.isShortFormOf(token, tokens[index - 1], bytes)
            || NameRun.isNicknameBetweenNames(tokens, rules, index)
            || NameRun.isEastAsianGivenName(tokens[index - 1], bytes) {  // "Cheung Mei-kuen (Apple)"
            return .adjacent
        }
        if token.shape == .capitalized, NameRun.isQuotedNicknameBetweenNames(tokens, rules, index) { return .adjacent }
        if token.shape == .capitalized, NameRun.isFullNameInBracketsAfterName(tokens, rules, index, bytes) { return .adjacent }
        // The name a short form in brackets after it cuts, even a place's: "Jordan (Jord)
        // Kettlewell".
        if token.shape == .capitalized, let next = tokens[safe: index + 1], rules[index + 1] != nil,
           next.gap.rawValue == NameRun.spaceBracket, NameRun.isAloneInBrackets(next, bytes), NameRun.isShortFormOf(next, token, bytes) {
            return .adjacent
        }
        if token.shape == .capitalized, NameRun.isBesideParticleOrQuotedAfterName(tokens, rules, index, bytes) { return .adjacent }
        // A speaker's initial after their name, before the colon: "Femi A: can Kemi come".
        if token.shape == .initial, index > 0, rules[index - 1] != nil, token.gap.isPlainSpace,
           tokens[index - 1].shape == .capitalized, token.end < bytes.count, bytes[token.end] == 0x3A {
            return .adjacent
        }
        // Initials paired with a name by a slash: "HB / Tunde", "Tunde/HB".
        if token.shape == .upper, token.length == 2 || token.length == 3, token.classes.isDisjoint(with: .nonPersonal),
           !token.classes.contains(.frequent) || token.classes.isDisjoint(with: .name) && token.context.isEmpty,
           slashPairedWithName(index) {
            return .adjacent
        }
        // An initial with its dot before a name, whatever the letter: "A. Wiśniewska",
        // "M. van der Berg".
        if token.shape == .initial, token.dotAfter, let next = tokens[safe: index + 1], rules[index + 1] != nil,
           sameName(token, next, gap: next.gap) {
            return .adjacent
        }
        if NameRun.isInitialsOfName(tokens, rules, index, bytes) { return .initialsOfName }
        if token.context.rawValue & (ContextRole.introducer.rawValue | ContextRole.field.rawValue) != 0 {
            // "Stephen Lord,", "Charlene Best, Tharindu Perera"
            return NameRun.isTitleWordAsFamilyName(tokens, rules, index, bytes)
                || token.context.contains(.signoff) && NameRun.isSignoffAsFamilyName(tokens, rules, index) ? .adjacent : nil
        }
        // A place or a listed word can be a family name right after a name ("Margaret
        // Eastwood", "Dyllan Young") when nothing capitalised follows.
        let nextCapitalised = tokens[safe: index + 1].map { $0.gap.isPlainSpace && $0.isCapitalizedLike } ?? false
        let afterName = index > 0 && rules[index - 1] != nil && sameName(tokens[index - 1], token, gap: token.gap)
            && !token.inNonPersonalPhrase && !nextCapitalised && classes.rawValue & (WordClass.organisation.rawValue | WordClass.role.rawValue) == 0
        let listedSurname = afterName && classes.contains(.surname)
        // A town as a family name after a given name, ending its clause: "Independent
        // Person: Malcolm Thirsk." (but not "Jo Leeds office").
        let placeSurname = afterName && token.shape == .capitalized && classes.contains(.place)
            && !classes.contains(.common) && tokens[index - 1].classes.contains(.forename) && endsClause(after: index)
        // "Signed: A Nowak", "cc: A Smith": after a label's colon, "A" is an initial.
        if token.shape == .initial, token.gap.contains(.colon), let next = tokens[safe: index + 1], rules[index + 1] != nil,
           sameName(token, next, gap: next.gap) {
            return .adjacent
        }
        // A list of children with their ages: "Present: Tyler (9), Mali (4)" (a given
        // name that is also a place, beside a name with its age).
        // (Or a word no given-name list has, with its age in brackets, mid-sentence:
        // "the parents of Bear (8), Sky (6) and Ocean (3)".)
        if token.shape == .capitalized, !token.inNonPersonalPhrase,
           classes.contains(.forename) || !token.sentenceStart && classes.isDisjoint(with: .nonPersonal) && hasBracketedAge(index, bytes),
           agedListNeighbour(index, bytes) {
            return .list
        }
        // A family name that is also a building word, after a given name and before a
        // role in brackets: "Bill Church (Quality Assurance)".
        let surnameWithRole = index > 0 && rules[index - 1] != nil && token.shape == .capitalized && classes.contains(.surname)
            && sameName(tokens[index - 1], token, gap: token.gap) && NameRun.surnameBeforeRole(tokens, index, bytes)
        if surnameWithRole { return .withRole }
        if NameRun.isNonPersonal(token) && !listedSurname && !placeSurname
            && !(classes.contains(.forename) && NameRun.isTitleWordGivenName(tokens, rules, index)) {
            return nil
        }
        // (Not when the building's word is found a person's by its age: "Paddy Ward (11)".)
        if beforeInstitution(index, bytes) && rules[index + 1] != .describedAsPerson && rules[index + 1] != .withBirthDate
            || (classes.contains(.place) && afterLocative(index)) { return nil }
        // Rare ordinary words are given names too ("Testimony Obiakor", "Marvellous Sibanda").
        // (Not a verb of what people do: "JB    Emailed McK for a response".)
        let rareWord = classes.contains(.common) && !classes.contains(.frequent) && token.shape == .capitalized
            && !token.context.contains(.personVerb)
        let nameLike = !classes.isDisjoint(with: .name) || !classes.contains(.common) || token.shape == .initial || rareWord
        guard nameLike else { return nil }
        // Directly beside a name: "Kalpit Loyal", "J. Smith", "MARK STEVENS" (but in
        // capitals a verb after a name is the verb: "DANIELLE SAID").
        // ("SHE SAID LUKAS", "LUKAS CAN'T": a verb in capitals beside a name is the verb.)
        // (Not a word no given-name list has, opening a sentence before a given name:
        // "Found Karwan Rashid 14 down by the river", "Coach Dean said", "Oh Paige.".)
        // ("Big" or "Lil" before a nickname is no part of it: "everyone calls him Big Tunde".)
        if let next = tokens[safe: index + 1], rules[index + 1] != nil, sameName(token, next, gap: next.gap),
           !NameRun.isVerbInCapitals(tokens, index, afterName: false), !NameRun.opensNickname(tokens, rules, index, bytes),
           !(token.sentenceStart && classes.contains(.common) && !classes.contains(.forename) && next.classes.contains(.forename)
             && token.shape == .capitalized) {
            return .adjacent
        }
        if index > 0, rules[index - 1] != nil, sameName(tokens[index - 1], token, gap: token.gap),
           !NameRun.isVerbInCapitals(tokens, index, afterName: true), !NameRun.isFormLabel(tokens, index, bytes) {
            return .adjacent
        }
        // Initials no list has but the name lists, listed with a given name: "Lacey and
        // TJ", "TJ & Kai" (not a word in capitals: "teaches PE and Ian Tate").
        if token.shape == .upper, token.length <= 3, classes.isSubset(of: .name), token.context.isEmpty, !token.inNonPersonalPhrase,
           !NameRun.isOneOf(NameRun.capitalWords, token, bytes), initialsListedWithName(index, bytes) {
            return .list
        }
        // Lists: "June and Ben", "Amy, Kofi and Jo", "Amy & Kofi", "Destiny and Marvellous"
        // (capitalised words, not acronyms: "Deborah Whitlock, NI number" is no list).
        let rareFirstName = rareWord && !nextCapitalised  // not "Jo and Marvellous Minds delivered"
        // (Nor a word of a team's or a role's phrase: "The Family Finder, Cole Dempsey".)
        guard token.shape == .capitalized, !token.inNonPersonalPhrase,
              !classes.isDisjoint(with: .name) || !classes.contains(.common) || rareFirstName,
              // (Nor a word that is a given name too before a capitalised word no rule took.)
              !(classes.contains(.common) && nextCapitalised && rules[index + 1] == nil) else {
            return nil
        }
        // (Not a list of months: "March, April and May", "April or May"; nor a month read
        // as the time: "for most of May and Abdi will not".)
        if classes.contains(.titlecase), NameRun.isOneOf(NameRun.months, token, bytes) {
            if NameRun.monthReadsAsTime(tokens, index, bytes) { return nil }
            if let next = tokens[safe: index + 1], next.gap.isCommaSpace, NameRun.isOneOf(NameRun.months, next, bytes) { return nil }
            if index + 2 < tokens.count, NameRun.followsAnotherMonth(tokens, index + 2, bytes) { return nil }
        }
        if listNeighbour(index, direction: 1, bytes) || listNeighbour(index, direction: -1, bytes) { return .list }
        return nil
    }

    /// Whether the capitalised word at `index` is "Big", "Lil" or "Little" opening a
    /// nickname, with no name before it: "calls him Big Tunde", "Big Mo brought the
    /// snacks" (not "Sam Little Jones").
    @inline(never)
    static func opensNickname(_ tokens: [Token], _ rules: [NameRule?], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].shape == .capitalized, isOneOf(nicknameOpeners, tokens[index], bytes) else { return false }
        return index == 0 || rules[index - 1] == nil || !tokens[index].gap.isPlainSpace
    }

    /// Whether a title-case word that is a given name too stands before a family name
    /// found that is no word: "Independent Person: Trust Mhlanga", "Agreed. Given Moyo
    /// (Practice Educator)" (not "Given Smith's concerns", "the Trust Board", "As Lukas
    /// is").
    @inline(never)
    static func isTitleWordGivenName(_ tokens: [Token], _ rules: [NameRule?], _ index: Int) -> Bool {
        let token = tokens[index]
        // (No function word: "The Abernethys say", "As Lukas is", "My Kuba is".)
        guard token.shape == .capitalized, !token.possessive, token.classes.contains(.forename),
              token.classes.isDisjoint(with: [.organisation, .role, .place]), token.context.subtracting(.institution).isEmpty,
              let next = tokens[safe: index + 1], rules[index + 1] != nil, next.gap.isPlainSpace, next.shape == .capitalized,
              !next.possessive, !next.classes.contains(.common), next.classes.isDisjoint(with: .nonPersonal) else { return false }
        if index > 0, token.gap.isPlainSpace, tokens[index - 1].context.contains(.determiner) { return false }
        // (Nor a team's or a unit's name: "Westgate Locality Team".)
        guard let after = tokens[safe: index + 2] else { return true }
        return !(after.gap.isPlainSpace && after.isCapitalizedLike)
    }

    /// Whether a sign-off's word that is a family name too ("Best") follows a given name
    /// found, on its line, with no lower-case word after it: "Charlene Best, Tharindu
    /// Perera" (not "Best wishes", "Thanks Jo↵Best,").
    @inline(never)
    static func isSignoffAsFamilyName(_ tokens: [Token], _ rules: [NameRule?], _ index: Int) -> Bool {
        let token = tokens[index]
        guard index > 0, token.context.contains(.signoff), token.classes.contains(.surname), token.shape == .capitalized,
              token.gap.isPlainSpace, rules[index - 1] != nil, tokens[index - 1].shape == .capitalized,
              tokens[index - 1].classes.contains(.forename), !tokens[index - 1].possessive else { return false }
        guard let next = tokens[safe: index + 1] else { return true }
        return !(next.gap.isPlainSpace && next.shape == .lower)
    }

    @inline(__always)
    func sameName(_ left: Token, _ right: Token, gap: Gap) -> Bool {
        // A possessive ends the name: "Mr Kowalczyk's English".
        guard !left.possessive else { return false }
        let quotedNickname = gap.contains(.quote) && gap.subtracting([.space, .quote]).isEmpty
            && left.shape == .capitalized && right.shape == .capitalized
        let plain = gap.isPlainSpace || quotedNickname
            || (left.shape == .initial && left.dotAfter && gap.subtracting([.space, .sentenceEnd]).isEmpty)
        guard plain else { return false }
        if left.shape == .upper || right.shape == .upper {
            // In capitals, three spaces or more part a form's fields: "LAYLA AL-RASHID
            // DATE: 11/03/2024".
            return left.shape != .capitalized && right.shape != .capitalized && right.start - left.end <= 2
        }
        return true
    }

    /// Whether `short` is the first letters of `name`, as a short form written in
    /// brackets after it is ("Exaucé (Ex)", "Oluwaseun (Olu)"), two letters or more.
    static func isShortFormOf(_ short: Token, _ name: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard short.length >= 2, short.length < name.length else { return false }
        for offset in 0..<short.length where bytes[short.start + offset] | 0x20 != bytes[name.start + offset] | 0x20 { return false }
        return true
    }

    /// In a message, a lower-case family name straight after a given name found as a
    /// name, where someone says who they are: "tyreece grant im 15", "its jade okafor\n",
    /// "its oyindamola akinwumi mum of ireoluwa". The family name ends the line or comes
    /// before "im", "i'm" or a comma (or, one no list has, a full stop, a bracket or a
    /// relative).
    static func isFamilyNameEndingIntroduction(_ tokens: [Token], _ rules: [NameRule?], _ index: Int,
                                               _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, rules[index - 1] != nil, tokens[index - 1].shape == .lower, token.gap.isPlainSpace, token.length >= 3,
              token.classes.contains(.surname) || isUnlistedNameShape(token, bytes), token.context.isEmpty,
              !token.classes.contains(.titlecase), token.classes.isDisjoint(with: .nonPersonal) else { return false }
        guard let next = tokens[safe: index + 1] else { return true }
        if !next.gap.isDisjoint(with: [.newline, .comma, .digit]) { return true }
        // (Or, for one no list has, a full stop, an address in angle brackets or a relative:
        // "my name is tugba aydogdu <…>", "its oyindamola akinwumi mum of ireoluwa".)
        if token.classes.isEmpty, next.gap.contains(.sentenceEnd) || next.gap.contains(.bracket)
            || next.gap.isPlainSpace && next.shape == .lower && next.context.contains(.kinship) {
            return true
        }
        return next.gap.isPlainSpace && (isWord(next, "im", bytes) || next.contraction && bytes[next.start] | 0x20 == 0x69 && next.length == 3)
    }

    /// In a message, a lower-case given name that is also a word, straight before a
    /// lower-case family name found as a name: "its me jade okafor".
    static func isGivenNameBeforeFamilyName(_ tokens: [Token], _ rules: [NameRule?], _ index: Int) -> Bool {
        let token = tokens[index]
        guard index + 1 < tokens.count, rules[index + 1] == .lowercaseName, tokens[index + 1].shape == .lower,
              tokens[index + 1].gap.isPlainSpace, token.length >= 3, token.classes.contains(.forename), token.context.isEmpty,
              !token.classes.contains(.titlecase), token.classes.isDisjoint(with: .nonPersonal) else { return false }
        let next = tokens[index + 1].classes
        return next.contains(.surname) && !next.contains(.forename) || next.isDisjoint(with: .name)
    }

    /// Whether the word at `index` spells, a letter at a time between hyphens, the name
    /// found just before it: "McDonagh, M-C-D-O-N-A-G-H".
    static func spellsPreviousName(_ tokens: [Token], _ rules: [NameRule?], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard index > 0, rules[index - 1] != nil, token.length >= 5, token.length % 2 == 1 else { return false }
        let name = tokens[index - 1]
        guard name.length == (token.length + 1) / 2 else { return false }
        for offset in 0..<name.length {
            let letter = bytes[token.start + 2 * offset]
            if offset > 0, bytes[token.start + 2 * offset - 1] != 0x2D { return false }
            if letter | 0x20 != bytes[name.start + offset] | 0x20 { return false }
        }
        return true
    }

    /// Whether a lower-case word can be a given name in a list of names: a given name of
    /// three letters or more, no place, organisation or role; a season that is a given
    /// name too counts ("ivy, autumn and reggie"), a month does not.
    @inline(never)
    static func mayBeLowercaseListedName(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if token.classes.isEmpty { return isUnlistedNameShape(token, bytes) }  // "rihila and jyan"
        return token.classes.contains(.forename) && token.context.isEmpty && token.length >= 3 && !token.inNonPersonalPhrase
            && token.classes.isDisjoint(with: [.place, .organisation, .role])
            && (!token.classes.contains(.titlecase) || !isOneOf(months, token, bytes))
    }

    func listNeighbour(_ index: Int, direction: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        if direction > 0 {
            guard let next = tokens[safe: index + 1] else { return false }
            if next.gap.subtracting([.space, .ampersand]).isEmpty, next.gap.contains(.ampersand), rules[index + 1] != nil { return true }
            if next.gap == [.space], isAnd(next, bytes), let after = tokens[safe: index + 2], after.gap == [.space], rules[index + 2] != nil {
                return true
            }
            if next.gap.subtracting([.space, .comma]).isEmpty, next.gap.contains(.comma), rules[index + 1] != nil,
               next.isCapitalizedLike || token.shape == .lower && next.shape == .lower {
                return true
            }
            return false
        }
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        if token.gap.subtracting([.space, .ampersand]).isEmpty, token.gap.contains(.ampersand), rules[index - 1] != nil { return true }
        if token.gap == [.space], isAnd(previous, bytes), index >= 2, previous.gap == [.space], rules[index - 2] != nil { return true }
        if token.gap.subtracting([.space, .comma]).isEmpty, token.gap.contains(.comma), rules[index - 1] != nil,
           !token.classes.isDisjoint(with: .name) {
            return true
        }
        return false
    }

    /// Whether the word at `index` is joined by "and" or "&" to a capitalised name found
    /// next to it: "Lacey and TJ", "TJ & Kai".
    @inline(never)
    func initialsListedWithName(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isName(_ other: Int) -> Bool { rules[other] != nil && tokens[other].shape == .capitalized }
        func joined(_ left: Int, _ right: Int) -> Bool {  // adjacent words, or one "and" between
            let gap = tokens[right].gap
            if right == left + 1 { return gap.contains(.ampersand) && gap.subtracting([.space, .ampersand]).isEmpty }
            return right == left + 2 && gap == [.space] && tokens[left + 1].gap == [.space] && isAnd(tokens[left + 1], bytes)
        }
        for other in max(0, index - 2)...min(tokens.count - 1, index + 2) where other != index && isName(other) {
            if joined(min(index, other), max(index, other)) { return true }
        }
        return false
    }

    /// Whether an age in brackets follows the word at `index` directly: "Bear (8)".
    func hasBracketedAge(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let end = NameRun.listedAge(after: tokens[index].end, bytes) else { return false }
        return bytes[end - 1] == 0x29
    }

    /// Whether the word at `index` and a name or given name next to it in a list each have
    /// an age, in brackets or bare: "Tyler (9), Mali (4)" either way round, "Bear (8), Sky
    /// (6) and Ocean (3)", "Patsy 11, Mikey 9 and Winnie 4" (not places alone: "Chelsea
    /// (12), Kent (8)").
    func agedListNeighbour(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let ownAge = NameRun.listedAge(after: tokens[index].end, bytes) else { return false }
        // A family name found straight after the age: "Lincoln (7) and Paris (4) Aspinall".
        if bytes[ownAge - 1] == 0x29, let next = tokens[safe: index + 1], rules[index + 1] != nil, next.shape == .capitalized,
           next.start == ownAge + 1, bytes[ownAge] == 0x20 {
            return true
        }
        // Listed after ", " or " and ".
        func listed(_ firstAgeEnd: Int, _ second: Int) -> Bool {
            let start = tokens[second].start
            if firstAgeEnd + 2 == start { return bytes[firstAgeEnd] == 0x2C && bytes[firstAgeEnd + 1] == 0x20 }
            return firstAgeEnd + 5 == start && bytes[firstAgeEnd] == 0x20 && isAnd(tokens[second - 1], bytes)
        }
        // A name found, or another given name (not a place: "Chelsea (12), Kent (8)").
        func isListItem(_ other: Int) -> Bool {
            rules[other] != nil || tokens[other].shape == .capitalized && tokens[other].classes.contains(.forename)
                && !tokens[other].classes.contains(.place) && !tokens[other].classes.contains(.titlecase)
        }
        let ownIsPlain = !tokens[index].classes.contains(.place)
        var previous = index >= 2 && isAnd(tokens[index - 1], bytes) ? index - 2 : index - 1
        // After a note in brackets the item is further back: "Lacey-Mae (29, Kayden's
        // mother), Brogan (24, at university)".
        if previous > 0, tokens[previous + 1].gap.contains(.bracket) {
            let listedEnd = previous == index - 2 ? tokens[index - 1].start - 1 : tokens[index].start - 2
            for candidate in stride(from: previous, through: max(0, index - 16), by: -1)
            where NameRun.listedAge(after: tokens[candidate].end, bytes) == listedEnd {
                previous = candidate
                break
            }
        }
        if previous >= 0, isListItem(previous) && (rules[previous] != nil || ownIsPlain),
           let previousAge = NameRun.listedAge(after: tokens[previous].end, bytes), listed(previousAge, index) {
            return true
        }
        // (After its own note, the next item is the first word past the note.)
        var next = index + 1
        while next < tokens.count, tokens[next].start < ownAge { next += 1 }
        let following = next < tokens.count && isAnd(tokens[next], bytes) ? next + 1 : next
        if following < tokens.count, isListItem(following) && (rules[following] != nil || ownIsPlain),
           NameRun.listedAge(after: tokens[following].end, bytes) != nil, ownAge + 1 < bytes.count, listed(ownAge, following) {
            return true
        }
        return false
    }

    /// Whether the word at `index` is joined by a slash to a capitalised name found next
    /// to it.
    func slashPairedWithName(_ index: Int) -> Bool {
        func joined(_ gap: Gap) -> Bool { gap.contains(.slash) && gap.subtracting([.slash, .space]).isEmpty }
        if let next = tokens[safe: index + 1], rules[index + 1] != nil, next.shape == .capitalized, joined(next.gap) { return true }
        if index > 0, rules[index - 1] != nil, tokens[index - 1].shape == .capitalized, joined(tokens[index].gap) { return true }
        return false
    }

    /// Whether the hyphenated word starts with a lower-case particle and a capital after
    /// the hyphen: "al-Masri", "el-Sayed", "bin-Laden".
    func startsWithParticle(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hyphen = token.start
        while hyphen < token.end, bytes[hyphen] != 0x2D { hyphen += 1 }
        guard hyphen > token.start, hyphen + 1 < token.end, bytes[hyphen + 1] &- 0x41 < 26 else { return false }
        let prefix = UnsafeBufferPointer(rebasing: bytes[token.start..<hyphen])
        return prefix.allSatisfy({ $0 &- 0x61 < 26 }) && context.roles(prefix).contains(.particle)
    }

    /// "and", or in a text message "n" ("me n jay").
    func isAnd(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        NameRun.isWord(token, "and", bytes) || informal && token.length == 1 && bytes[token.start] == 0x6E
    }
}
