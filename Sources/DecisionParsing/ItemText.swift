import CaseModel

/// One item of agreed action, split into the payments it makes and the other things it
/// undertakes: "apologise to Mrs X and pay her £250 for her time and trouble" is an
/// action ("apologise to Mrs X") and a payment (£250.00, "her time and trouble").
enum ItemText {
    enum Part: Equatable {
        case payment(Money, purpose: String)
        case action(String)
    }

    /// Words that make an amount a payment.
    private static let payWords = ["pay ", "pays ", "paid ", "payment", "refund", "reimburse", "award ", "compensat"]
    /// After an amount, words that show it was a total broken down next ("£1,250, made
    /// up of £1,000 for … and £250 for …"): the total is not counted again.
    private static let breakdowns = ["made up of", "comprising", "consisting of", "being ", "which is", "("]

    /// The payments and actions of one item, in order.
    static func parts(of raw: String) -> [Part] {
        var parts: [Part] = []
        for clause in clauses(of: raw) {
            let lower = clause.lowercased()
            let amounts = amountRanges(in: clause)
            guard !amounts.isEmpty, payWords.contains(where: { lower.contains($0) }) else {
                let text = tidy(clause)
                if !text.isEmpty { parts.append(.action(text)) }
                continue
            }
            for (position, range) in amounts.enumerated() {
                let next = position + 1 < amounts.count ? amounts[position + 1].lowerBound : clause.endIndex
                let after = String(clause[range.upperBound..<next])
                let afterLower = after.lowercased().trimmingCharacters(in: " ,")
                guard let amount = Money(parsing: String(clause[range])) else { continue }
                if position + 1 < amounts.count, breakdowns.contains(where: { afterLower.hasPrefix($0) }) { continue }
                if afterLower.hasPrefix("and ") {
                    // "pay £150 and review its procedure": the rest is another action.
                    parts.append(.payment(amount, purpose: ""))
                    let rest = tidy(String(after.trimmingCharacters(in: " ,").dropFirst(4)))
                    if position + 1 == amounts.count, !rest.isEmpty { parts.append(.action(rest)) }
                    continue
                }
                parts.append(.payment(amount, purpose: purpose(after)))
            }
        }
        return parts
    }

    /// Whether an item only asks for evidence that the others were done.
    static func isComplianceEvidence(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("evidence") && (lower.contains("complied") || lower.contains("compliance"))
    }

    /// The item without list punctuation at either end: "; and", ".", ":" and a leading "and".
    static func tidy(_ raw: String) -> String {
        var text = raw.trimmingCharacters(in: " \t,;:.")
        for ending in [" and", " or", "; and", ", and"] where text.lowercased().hasSuffix(ending) {
            text = String(text.dropLast(ending.count)).trimmingCharacters(in: " \t,;:.")
        }
        if text.lowercased().hasPrefix("and ") { text = String(text.dropFirst(4)) }
        text = text.trimmingCharacters(in: " \t,;:.")
        return ["and", "or"].contains(text.lowercased()) ? "" : text
    }

    /// What a payment is for: the words after its amount, without "for", a leading "to
    /// Mrs X" before "for", or a list's punctuation.
    private static func purpose(_ after: String) -> String {
        var text = tidy(after)
        let lower = text.lowercased()
        if lower.hasPrefix("to "), let forRange = text.caselessRange(of: " for "),
           text.distance(from: text.startIndex, to: forRange.lowerBound) <= 30 {
            text = String(text[forRange.upperBound...])
        } else if lower.hasPrefix("for ") {
            text = String(text.dropFirst(4))
        }
        return tidy(text)
    }

    /// The clauses of an item: split at semicolons, and before "pay"/"make a payment"
    /// after a comma or "and" ("apologise to Mr X, pay him £150 and …").
    private static func clauses(of raw: String) -> [String] {
        var clauses: [String] = []
        for piece in raw.split(separator: ";") {
            var current = String(piece)
            while let cut = payCut(in: current) ?? verbCut(in: current) {
                clauses.append(String(current[..<cut.lowerBound]))
                current = String(current[cut.upperBound...])
            }
            clauses.append(current)
        }
        return clauses.map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
    }

    /// The joint before a "pay …" that follows other words in the same item.
    private static func payCut(in text: String) -> Range<String.Index>? {
        for joint in [", and pay ", " and pay ", ", pay ", ", and make a payment", " and make a payment",
                      ", make a payment"] {
            guard let found = text.caselessRange(of: joint) else { continue }
            let end = text.index(found.upperBound, offsetBy: -(joint.hasSuffix("pay ") ? 4 : "make a payment".count))
            // Only a payment of an amount is cut off: "and pay any that are due" stays.
            guard found.lowerBound > text.startIndex, text[end...].contains("£") else { continue }
            return found.lowerBound..<end
        }
        return nil
    }

    /// Verbs that start a second undertaking after "and": "review its guidance …, and
    /// train its staff …" is two actions.
    private static let actionVerbs = ["apologise", "train", "remind", "review", "issue", "reassess", "arrange",
                                      "share", "introduce"]

    /// The joint before ", and VERB" or " and VERB" (a verb of ``actionVerbs``) with at
    /// least three words on either side.
    private static func verbCut(in text: String) -> Range<String.Index>? {
        for verb in actionVerbs {
            for joint in [", and \(verb) ", " and \(verb) "] {
                guard let found = text.caselessRange(of: joint) else { continue }
                let before = text[..<found.lowerBound].split(separator: " ").count
                let after = text[found.upperBound...].split(separator: " ").count
                guard before >= 3, after >= 2 else { continue }
                return found.lowerBound..<text.index(found.upperBound, offsetBy: -(verb.count + 1))
            }
        }
        return nil
    }

    /// The sentences of a paragraph: split after ".", "!" or "?" and a space before a
    /// capital, but not after "Mr.", "Mrs.", "Ms.", "Dr." or "St." or inside an amount.
    static func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            guard ".!?".contains(character), index + 2 < characters.count, characters[index + 1] == " ",
                  characters[index + 2].isUppercase else { continue }
            let lastWord = current.split(separator: " ").last.map { String($0.dropLast()).lowercased() } ?? ""
            if ["mr", "mrs", "ms", "dr", "st", "miss", "mx"].contains(lastWord) { continue }
            sentences.append(current.trimmingCharacters(in: " "))
            current = ""
        }
        if !current.trimmingCharacters(in: " ").isEmpty { sentences.append(current.trimmingCharacters(in: " ")) }
        return sentences
    }

    /// The ranges of amounts in pounds: "£1,250", "£300.00".
    private static func amountRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "£" else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex, text[end].isNumber || text[end] == "," || text[end] == "." {
                end = text.index(after: end)
            }
            var amountEnd = end
            while amountEnd > index, let previous = text[..<amountEnd].last, previous == "," || previous == "." {
                amountEnd = text.index(before: amountEnd)
            }
            if text.distance(from: index, to: amountEnd) > 1 { ranges.append(index..<amountEnd) }
            index = end
        }
        return ranges
    }
}
