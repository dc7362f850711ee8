import Lexicon

/// Family names in capitals with an initial after them, as registers, route sheets and
/// pick-up lists write pupils and families: "STOKES A    08:10", "showed STOKES A as".
extension NameRun {
    /// Marks a family name in capitals and the initial after it:
    /// - opening a line of a list, where three spaces or a tab follow the initial ("STOKES
    ///   A    08:10   4 Mill Lane"), when the name lists have the word as a family name
    ///   (even an ordinary word's: "Stokes") and no list as a role, a team, a place or an
    ///   organisation;
    /// - after a family name in capitals found already, before a small word in lower
    ///   case, a comma or the line's end ("the list still showed STOKES A as travelling").
    /// - a particle in capitals opening a line before such a name ("DA SILVA M");
    /// - two or three capitals opening a log's line after its time, before a person's verb
    ///   ("22:20 NOW checked Mosaic").
    /// Never "I", nor a word with a context role ("CHILD A", "MRS B", "PLAN B").
    /// - Complexity: O(c) in the capitalised words, a byte or two each.
    @inline(never)
    mutating func markInitialsAfterFamilyNamesInCapitals(_ bytes: UnsafeBufferPointer<UInt8>) {
        for index in capitals where index > 0 && tokens[index].shape.rawValue >= Token.Shape.upper.rawValue
            && rules[index] == nil && !skip[index] {
            if tokens[index].shape == .upper, tokens[index].context.contains(.particle) {
                markParticleOpeningLine(index)
                continue
            }
            if tokens[index].shape == .upper, NameRun.isUnknownCapitals(tokens[index], allowingRareWords: true),
               isNoteAddressee(index, bytes) {
                rules[index] = .staffInitials
                continue
            }
            if tokens[index].shape == .initial, tokens[index].dotAfter, attributesAQuote(index, bytes) {
                rules[index] = .staffInitials
                rules[index + 1] = .staffInitials
                continue
            }
            if tokens[index].shape == .upper {
                if tokens[index].length <= 3, opensTimedLogLine(index, bytes) {
                    rules[index] = .staffInitials
                    // "21/05 TO and AN visited": the colleague too.
                    if isAnd(tokens[index + 1], bytes), rules[index + 2] == nil { rules[index + 2] = .staffInitials }
                }
                continue
            }
            let initial = tokens[index], name = tokens[index - 1]
            guard initial.shape == .initial, initial.gap == [.space], bytes[initial.start] != 0x49, !initial.dotAfter,
                  name.shape == .upper, name.length >= 3, !name.hyphenated, name.context.isEmpty else { continue }
            if rules[index - 1] != nil {
                guard let rule = rules[index - 1], rule != .staffInitials, endsNameHere(index, bytes) else { continue }
                rules[index] = .adjacent
            } else if name.gap.rawValue & NameRun.lineStartBits != 0, name.classes.contains(.surname),
                      name.classes.isDisjoint(with: [.place, .organisation, .role, .titlecase]), opensListColumn(after: initial, bytes) {
                rules[index - 1] = .familyName
                rules[index] = .adjacent
            }
        }
    }

    /// Marks a particle in capitals opening a line before a family name in capitals found
    /// already: "DA SILVA M   08:02" ("DA" alone stays an acronym).
    private mutating func markParticleOpeningLine(_ index: Int) {
        guard tokens[index].gap.rawValue & (NameRun.lineStartBits | Gap.tab.rawValue) != 0, index + 1 < tokens.count,
              tokens[index + 1].gap == [.space], tokens[index + 1].shape == .upper, rules[index + 1] != nil else { return }
        rules[index] = .adjacent
    }

    /// Whether the two or three capitals at `index` open a log's line after its time or
    /// date and act there, even letters that are a word: before a verb of a person's
    /// ("22:20 NOW checked Mosaic", "22:58 NOW discussed with DF"), before a dash and what
    /// they did ("03/05 TO – Letter 1 and EHE guide sent"), or with a colleague's
    /// capitals and "and" before such a verb ("21/05 TO and AN visited"). Not a role or an
    /// acronym ("00:05 YP asked"), nor "11:00 AM visit", "09:15 NB need to chase".
    private func opensTimedLogLine(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.gap.contains(.digit), !token.isRoleWord, !token.classes.contains(.organisation),
              let next = tokens[safe: index + 1], !NameRun.isOneOf(NameRun.closingNoteWords, token, bytes) else { return false }
        func acts(_ word: Token) -> Bool { word.gap == [.space] && word.shape == .lower && word.context.contains(.personVerb) }
        let dash = next.gap.rawValue == Gap.space.rawValue | Gap.dash.rawValue
        var withColleague = false
        if next.gap == [.space], isAnd(next, bytes), let colleague = tokens[safe: index + 2], let verb = tokens[safe: index + 3] {
            withColleague = colleague.gap == [.space] && colleague.shape == .upper && colleague.length <= 3
                && !colleague.isRoleWord && acts(verb)
        }
        guard acts(next) || dash || withColleague else { return false }
        // Only a time or a date (digits, a colon, a dot or a slash) and spaces between the
        // line's start and them.
        var position = token.start
        while position > 0 {
            let byte = bytes[position - 1]
            if byte == 0x0A { break }
            guard byte == 0x20 || byte == 0x09 || byte == 0x3A || byte == 0x2E || byte == 0x2F || byte &- 0x30 < 10 else { return false }
            position -= 1
        }
        return true
    }

    /// Whether the capitals at `index`, which no list has, are whom a draft's note is
    /// from, to or by, before a colon: "Note from TT: Q3 figures are up", "Note to TT:",
    /// "(Comment, KP: examples 2 and 4 still need names out".
    private func isNoteAddressee(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard token.end < bytes.count, bytes[token.end] == 0x3A, token.gap == [.space] || token.gap.isCommaSpace else { return false }
        let previous = tokens[index - 1]
        if token.gap.isCommaSpace { return NameRun.isWord(previous, "comment", bytes) || NameRun.isWord(previous, "note", bytes) }
        return previous.shape == .lower && (NameRun.isWord(previous, "from", bytes) || NameRun.isWord(previous, "to", bytes)
            || NameRun.isWord(previous, "by", bytes)) && index >= 2
            && (NameRun.isWord(tokens[index - 2], "note", bytes) || NameRun.isWord(tokens[index - 2], "comment", bytes)
                || NameRun.isWord(tokens[index - 2], "comments", bytes) || NameRun.isWord(tokens[index - 2], "query", bytes))
    }

    /// Whether the initial at `index` and the next, each with its dot, sign a quote after
    /// a dash, before a comma and a word in lower case: "\"… before.\" – K. R., parent".
    private func attributesAQuote(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].gap.contains(.dash), tokens[index].gap.contains(.quote), index + 2 < tokens.count else { return false }
        let second = tokens[index + 1], after = tokens[index + 2]
        guard second.shape == .initial, second.dotAfter, second.gap.subtracting([.space, .sentenceEnd]).isEmpty,
              after.shape == .lower, after.gap.contains(.comma) else { return false }
        // The quote closes just before the dash: "… before.\" –" or "… before.” –".
        var position = tokens[index].start - 1
        while position > 0, bytes[position] == 0x20 { position -= 1 }
        while position > 0, bytes[position] == 0x2D || bytes[position] == 0x20 || bytes[position] >= 0x80 && bytes[position] != 0x9D { position -= 1 }
        return bytes[position] == 0x22 || bytes[position] == 0x9D
    }

    /// Whether the initial at `index` ends the name: a small word in lower case follows
    /// ("as", "and", "was"), or a comma, a bracket, a column's gap or the line's end.
    private func endsNameHere(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let next = tokens[safe: index + 1] else { return true }
        if next.gap.rawValue & (Gap.newline.rawValue | Gap.tab.rawValue | Gap.comma.rawValue | Gap.bracket.rawValue) != 0 { return true }
        return next.gap == [.space] && next.shape == .lower && next.context.contains(.function)
    }

    /// Whether three spaces or more, or a tab, follow `token` on its line: the next column.
    private func opensListColumn(after token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = token.end
        var spaces = 0
        while index < bytes.count, bytes[index] == 0x20 { spaces += 1; index += 1 }
        return spaces >= 3 || index < bytes.count && bytes[index] == 0x09 && spaces == 0
    }
}
