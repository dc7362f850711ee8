/// How a redacted span is replaced.
public enum ReplacementOperator: String, Codable, Sendable, CaseIterable {
    /// A letter per person, consistent within a document: X, Y, Z, then A, B, ...
    /// (as published reports do). Other types fall back to `label`.
    case letter
    /// A numbered label per type and entity: `[PERSON 1]`, `[EMAIL 2]`.
    case label
    /// Each letter and digit replaced by `*`, spaces and punctuation kept.
    case mask
    /// Deleted.
    case remove
    /// A keyed HMAC token, the same for the same entity across a whole batch:
    /// `PERSON-3f9a2c1b`. Irreversible without the key file.
    case pseudonym
}
