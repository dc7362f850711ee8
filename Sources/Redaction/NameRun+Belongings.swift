import Lexicon

/// A capitalised word's possessive before what only a person has: "at Zahud's PEP
/// meeting", "in Vayan's care plan", "Tiyna's mum".
extension NameRun {
    /// Whether the possessive word at `index` is followed by a relative, a role or
    /// something only a person has (a PEP, an EHCP, a birthday, a bedroom): "at Zahud's
    /// PEP meeting", "Tiyna's mum", "Kiyn's social worker", "Vayan's care plan", with a
    /// word between ("Winstin's permanent exclusion"). A place's possessive is
    /// followed by other things ("Kelbrook's schools", "Fenbridge's review of fostering"):
    /// "review" counts only when no "of" or "into" follows it.
    /// (Out of ``judge(_:_:)``, which must stay small enough for its sets to stay constants.)
    @inline(never)
    static func ownsPersonalThing(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].possessive, let next = tokens[safe: index + 1], next.gap == [.space] else { return false }
        // A relative in lower case ("Tiyna's mum"; not "Northmoor's children's services",
        // "Calderwick's Child in Care Team"); a role in lower case or capitals ("Kiyn's
        // social worker", "Tiyna's IRO"; not "Calderwick's Social Work Team").
        if next.context.contains(.kinship) {
            return next.shape == .lower && !isOneOf(genericPersonWords, next, bytes)
        }
        if next.isRoleWord, next.shape == .lower || next.shape == .upper { return next.classes.isDisjoint(with: [.organisation, .place]) }
        // "Vayan's care plan", not "Kelbrook's care leavers".
        if isWord(next, "care", bytes) {
            return tokens[safe: index + 2].map { $0.gap == [.space] && isWord($0, "plan", bytes) } ?? false
        }
        if isPersonalThing(index + 1, tokens, bytes) { return true }
        // One word between: "Winstin's permanent exclusion", "Zahud's next PEP".
        guard next.shape == .lower, next.context.isEmpty, index + 2 < tokens.count, tokens[index + 2].gap == [.space] else { return false }
        return isPersonalThing(index + 2, tokens, bytes)
    }

    /// Whether the word at `index` is one of ``personalThings`` ("review" only when no
    /// "of" or "into" follows it).
    private static func isPersonalThing(_ index: Int, _ tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = tokens[index]
        guard word.length >= 3, word.length <= 10, isOneOf(personalThings, word, bytes) else { return false }
        guard isWord(word, "review", bytes) else { return true }
        guard let after = tokens[safe: index + 1], after.gap == [.space] else { return true }
        return !isWord(after, "of", bytes) && !isWord(after, "into", bytes)
    }

    /// What a child or a parent has, and a place or a service does not.
    static let personalThings = WordSet(["pep", "ehcp", "ehc", "birthday", "bedroom", "placement", "placements", "behaviour",
                                         "behavior", "exclusion", "transition", "diagnosis", "medication", "wishes", "feelings",
                                         "nursery", "keyworker", "review", "reviews", "attendance", "wellbeing", "welfare", "visits",
                                         "bike", "phone", "friends", "confidence", "progress", "homework",
                                         "dyslexia", "autism", "adhd", "asthma", "epilepsy", "allergy", "allergies"])
}
