/// Equality and hashing by value: two findings are equal when their ranges, types and the
/// spelling of their detector's and rule's names are.
extension Finding {
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.range == rhs.range && lhs.type == rhs.type
            && Finding.same(lhs.detectorLabel, rhs.detectorLabel) && Finding.same(lhs.ruleLabel, rhs.ruleLabel)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(type)
        detectorLabel.withUTF8Buffer { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        ruleLabel.withUTF8Buffer { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether two labels spell the same name.
    static func same(_ a: StaticString, _ b: StaticString) -> Bool {
        a.withUTF8Buffer { a in b.withUTF8Buffer { b in a.elementsEqual(b) } }
    }
}
