extension Tagger {
    /// Per category while scoring: the score, and the cluster of overlapping matches being
    /// read (its end, its best weight and entry, by its index in the taxonomy).
    struct Tally {
        var score = 0.0
        var clusterEnd = -1
        var bestWeight = -1.0
        var bestEntry = -1
        /// How many candidates are evidence of its label (when it fires).
        var evidence = 0
    }

    /// The working lists of resolving, kept by a ``Tagger`` between texts so that
    /// resolving a text allocates only what its result holds.
    struct ResolveBuffers {
        /// Matches per taxonomy, and exclusion matches per taxonomy.
        var items: [[Item]] = []
        var exclusions: [[Item]] = []
        /// For the taxonomy being resolved: its distinct matches with their statuses, the
        /// tallies of its categories, the entry keys counted, and the text order.
        var unique: [Item] = []
        var statuses: [Candidate.Status] = []
        var tally: [Tally] = []
        var seen = StampSet()
        var ranked: [Int] = []
        /// The candidates that are evidence of a label that fired, with their categories.
        var evidenceOf: [Int] = []

        /// Swaps the lists of taxonomy `t` with the caller's: once to take them out (so
        /// their uses are not access-checked through the buffers), once more to put them
        /// back.
        mutating func exchange(_ t: Int, _ sorted: inout [Item], _ unique: inout [Item],
                               _ statuses: inout [Candidate.Status], _ tally: inout [Tally],
                               _ seen: inout StampSet, _ ranked: inout [Int]) {
            swap(&sorted, &items[t])
            swap(&unique, &self.unique)
            swap(&statuses, &self.statuses)
            swap(&tally, &self.tally)
            swap(&seen, &self.seen)
            swap(&ranked, &self.ranked)
        }

        /// Empties the lists for a text, for `taxonomies` taxonomies (capacity kept).
        mutating func start(taxonomies: Int) {
            if items.count != taxonomies {
                items = Array(repeating: [], count: taxonomies)
                exclusions = Array(repeating: [], count: taxonomies)
            }
            for t in 0..<taxonomies {
                if !items[t].isEmpty { items[t].removeAll(keepingCapacity: true) }
                if !exclusions[t].isEmpty { exclusions[t].removeAll(keepingCapacity: true) }
            }
        }
    }
}
