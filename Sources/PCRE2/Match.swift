/// One match: byte ranges into the subject for the whole match and each capture group.
public struct Match: Sendable, Hashable {
    /// The byte range of the whole match (may be empty).
    public let range: Range<Int>
    /// Byte ranges of capture groups 1..., nil where a group did not take part.
    public let groups: [Range<Int>?]

    public init(range: Range<Int>, groups: [Range<Int>?] = []) {
        self.range = range
        self.groups = groups
    }

    /// The range of group `number` (0 is the whole match), nil if unset or out of range.
    public subscript(group number: Int) -> Range<Int>? {
        if number == 0 { return range }
        return number <= groups.count ? groups[number - 1] : nil
    }
}
