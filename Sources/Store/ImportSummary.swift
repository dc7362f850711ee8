/// What a write of many cases did.
public struct ImportSummary: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Cases new to the store.
    public var inserted = 0
    /// Cases already there whose record changed.
    public var updated = 0
    /// Cases already there, exactly as given.
    public var unchanged = 0

    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
    }

    /// All cases written or checked.
    public var total: Int { inserted + updated + unchanged }

    public var description: String {
        "\(total) case\(total == 1 ? "" : "s"): \(inserted) new, \(updated) updated, \(unchanged) unchanged"
    }
}
