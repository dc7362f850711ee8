import PCRE2

extension Tagger {
    /// One match of an entry of one taxonomy: where, which category and entry, and the
    /// order it was found in (so sorting is stable).
    struct Item {
        var lower: Int
        var upper: Int
        var category: Int
        var entry: Int
        var order: Int
        /// The entry's index in its taxonomy's ``Classifier/Resolving/entries`` (or, for
        /// an exclusion, its index among the exclusions).
        var flat: Int
        /// The index of the text's word starting at `lower`, or -1.
        var word: Int

        @inline(__always)
        static func before(_ a: Item, _ b: Item) -> Bool {
            if a.lower != b.lower { return a.lower < b.lower }
            if a.upper != b.upper { return a.upper < b.upper }
            if a.category != b.category { return a.category < b.category }
            return a.order < b.order
        }
    }

    /// Turns leaf hits into candidates per taxonomy, applies placeholders, exclusions and
    /// negation, scores categories and picks the labels that reach their thresholds.
    func resolve(_ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], placeholders: [Range<Int>]) throws(PCRE2Error) -> TagResult {
        let count = classifier.taxonomies.count
        let leafTargets = classifier.leafTargets
        let leafStart = classifier.leafStart
        // The working lists are kept between texts (handed back when done).
        var buffers = ResolveBuffers()
        swap(&buffers, &resolveBuffers)
        defer { swap(&buffers, &resolveBuffers) }
        buffers.start(taxonomies: count)
        var order = 0
        // Hits come by start: the word each starts at is found walking the words once.
        let words = textWords
        var cursor = 0
        for hit in hits {
            let lower = hit.range.lowerBound
            if cursor < words.count, words[cursor].start > lower { cursor = 0 }
            while cursor < words.count, words[cursor].start < lower { cursor += 1 }
            let word = cursor < words.count && words[cursor].start == lower ? cursor : -1
            for k in Int(leafStart[hit.leaf])..<Int(leafStart[hit.leaf + 1]) {
                let target = leafTargets[k]
                let item = Item(
                    lower: lower, upper: hit.range.upperBound, category: target.category,
                    entry: target.entry, order: order, flat: target.flat, word: word)
                order += 1
                if target.exclusion {
                    buffers.exclusions[target.taxonomy].append(item)
                } else {
                    buffers.items[target.taxonomy].append(item)
                }
            }
        }
        var results: [TaxonomyResult] = []
        results.reserveCapacity(count)
        for t in 0..<count {
            results.append(try resolve(t, bytes, &buffers, placeholders))
        }
        return TagResult(taxonomies: results)
    }

    /// The result of taxonomy `t` from its matches (`buffers.items[t]`, and its exclusion
    /// matches `buffers.exclusions[t]`).
    func resolve(
        _ t: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ buffers: inout ResolveBuffers, _ placeholders: [Range<Int>]
    ) throws(PCRE2Error) -> TaxonomyResult {
        let info = classifier.resolving[t]
        guard !buffers.items[t].isEmpty else { return TaxonomyResult(name: info.name, labels: [], candidates: []) }
        let weights = info.weights
        // The lists, taken out of the buffers for this taxonomy (no access checks per use).
        var sorted: [Item] = []
        var unique: [Item] = []
        var statuses: [Candidate.Status] = []
        var tally: [Tally] = []
        var seen = StampSet()
        var ranked: [Int] = []
        buffers.exchange(t, &sorted, &unique, &statuses, &tally, &seen, &ranked)
        defer { buffers.exchange(t, &sorted, &unique, &statuses, &tally, &seen, &ranked) }
        unique.removeAll(keepingCapacity: true)
        statuses.removeAll(keepingCapacity: true)
        seen.reset(capacity: info.entries.count)
        ranked.removeAll(keepingCapacity: true)
        // The same text matched by two entries of one category (a phrase listed twice,
        // "payment" and "payments") counts once, with the larger weight.
        // Hits come in text order, so the items are nearly sorted already.
        insertionSort(&sorted, by: Item.before)
        for item in sorted {
            if let last = unique.last, last.lower == item.lower, last.upper == item.upper, last.category == item.category {
                if weights[item.flat] > weights[last.flat] {
                    unique[unique.count - 1] = item
                }
                continue
            }
            unique.append(item)
        }
        // Statuses; matches of one span in several categories share one look for cues.
        var lastSpan: Range<Int>? = nil
        var lastCues = NegationCues()
        let (nearWords, farWords) = negationWindows[t]
        // Read once for the whole taxonomy (no access check per match).
        let occurrences = cues(t, bytes)
        let exclusions = buffers.exclusions[t]
        let words = textWords
        for item in unique {
            let range = item.lower..<item.upper
            var status = Candidate.Status.counted
            if let placeholder = Self.placeholder(touching: range, in: placeholders) {
                status = .placeholder(range: placeholder)
            } else if let exclusion = exclusions.first(where: {
                $0.category == item.category && $0.lower < item.upper && item.lower < $0.upper
            }) {
                status = .excluded(
                    phrase: info.exclusionText(exclusion.category, exclusion.entry), range: exclusion.lower..<exclusion.upper)
            } else {
                if lastSpan != range {
                    lastCues = try negationCues(
                        t, range, occurrences, words, item.word, nearWords: nearWords, farWords: farWords, bytes)
                    lastSpan = range
                }
                let problem = info.problems[item.flat]
                // The entry itself is read only for a phrase that skips words.
                let gapWords = problem && info.gapped[item.flat] ? info.entries[item.flat].gapWords : nil
                if let negated = negation(range, problem: problem, gapWords: gapWords, lastCues, occurrences, bytes)
                {
                    status = negated
                }
            }
            statuses.append(status)
        }
        // Score: overlapping matches of one category ("child and family assessment" and
        // "assessment") count once, at the larger weight; each entry counts once however
        // often it matches. `unique` is in text order already.
        let categories = info.ids.count
        tally.removeAll(keepingCapacity: true)
        tally.append(contentsOf: repeatElement(Tally(), count: categories))
        func close(_ category: Int) {
            let entry = tally[category].bestEntry
            if entry >= 0, !seen.contains(entry) {
                seen.insert(entry)
                tally[category].score += tally[category].bestWeight
            }
            tally[category].bestEntry = -1
            tally[category].bestWeight = -1
        }
        for (index, item) in unique.enumerated() where statuses[index].counts {
            let category = item.category
            if item.lower >= tally[category].clusterEnd { close(category) }
            tally[category].clusterEnd = max(tally[category].clusterEnd, item.upper)
            let weight = seen.contains(item.flat) ? 0 : weights[item.flat]
            if weight > tally[category].bestWeight {
                tally[category].bestWeight = weight
                tally[category].bestEntry = item.flat
            }
        }
        for category in 0..<categories { close(category) }
        // Candidates in text order, then category and entry.
        ranked.append(contentsOf: unique.indices)
        insertionSort(&ranked) {
            let a = unique[$0], b = unique[$1]
            if a.lower != b.lower { return a.lower < b.lower }
            if a.category != b.category { return a.category < b.category }
            if a.entry != b.entry { return a.entry < b.entry }
            return $0 < $1
        }
        func fired(_ category: Int) -> Bool { tally[category].score + 1e-9 >= info.thresholds[category] }
        // The candidates that are evidence of a fired label: (category, candidate) pairs.
        var evidenceOf: [Int] = []
        swap(&evidenceOf, &buffers.evidenceOf)
        defer { swap(&evidenceOf, &buffers.evidenceOf) }
        evidenceOf.removeAll(keepingCapacity: true)
        var candidates: [Candidate] = []
        candidates.reserveCapacity(ranked.count)
        for index in ranked {
            let item = unique[index]
            let entry = info.entries[item.flat]
            let evidence = Evidence(
                category: info.ids[item.category], phrase: entry.text, kind: entry.kind, range: item.lower..<item.upper,
                weight: entry.weight)
            var status = statuses[index]
            if status.counts {
                if fired(item.category) {
                    tally[item.category].evidence += 1
                    evidenceOf.append(item.category)
                    evidenceOf.append(candidates.count)
                } else {
                    status = .belowThreshold(score: tally[item.category].score, threshold: info.thresholds[item.category])
                }
            }
            candidates.append(Candidate(evidence: evidence, status: status))
        }
        // The labels and their evidence, each list allocated once at its size.
        var labels: [Label] = []
        var firedCount = 0
        for category in 0..<categories where fired(category) { firedCount += 1 }
        labels.reserveCapacity(firedCount)
        for category in 0..<categories where fired(category) {
            // Its evidence: its counted candidates, in order.
            var evidence: [Evidence] = []
            evidence.reserveCapacity(tally[category].evidence)
            var k = 0
            while k < evidenceOf.count {
                if evidenceOf[k] == category { evidence.append(candidates[evidenceOf[k + 1]].evidence) }
                k += 2
            }
            labels.append(
                Label(
                    id: info.ids[category], score: tally[category].score, threshold: info.thresholds[category],
                    evidence: evidence))
        }
        return TaxonomyResult(name: info.name, labels: labels, candidates: candidates)
    }

    /// A negation cue inside the words a phrase's `...` skipped ("records were *not*
    /// updated" for "records ... updated"); cues the phrase spells out itself do not count.
    func cueInsideGap(
        _ range: Range<Int>, _ own: Set<String>, _ occurrences: [CueList.Occurrence]?, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int>? {
        guard let occurrences else { return nil }
        // The first cue starting inside the match.
        var low = 0, high = occurrences.count
        while low < high {
            let mid = (low + high) / 2
            if occurrences[mid].range.lowerBound < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        for occurrence in occurrences[low...] {
            if occurrence.range.lowerBound >= range.upperBound { break }
            guard occurrence.kind == .cue, occurrence.range.upperBound <= range.upperBound else { continue }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[occurrence.range]), as: UTF8.self).lowercased()
            if !own.contains(word) { return occurrence.range }
        }
        return nil
    }

    /// The cues of taxonomy `taxonomy` in the text being tagged (found for every taxonomy
    /// at once, on first need).
    func cues(_ taxonomy: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> [CueList.Occurrence]? {
        guard hasCues[taxonomy] else { return nil }
        if !cuesFound {
            for t in cueOccurrences.indices where !cueOccurrences[t].isEmpty { cueOccurrences[t].removeAll(keepingCapacity: true) }
            classifier.cues.occurrences(in: textWords, candidates: cueCandidates, bytes, into: &cueOccurrences)
            cuesFound = true
        }
        return cueOccurrences[taxonomy]
    }

    /// The hedge, short-range cue and after-cue found around a match.
    struct NegationCues {
        var hedge: Range<Int>?
        var cue: Range<Int>?
        var after: Range<Int>?
    }

    /// The placeholder a match starts or ends inside, if any (placeholders are sorted).
    static func placeholder(touching range: Range<Int>, in placeholders: [Range<Int>]) -> Range<Int>? {
        guard !placeholders.isEmpty else { return nil }
        for k in 0..<2 {
            let point = k == 0 ? range.lowerBound : range.upperBound - 1
            // Binary search for the last placeholder starting at or before `point`.
            var low = 0, high = placeholders.count
            while low < high {
                let mid = (low + high) / 2
                if placeholders[mid].lowerBound <= point { low = mid + 1 } else { high = mid }
            }
            if low > 0, placeholders[low - 1].contains(point) { return placeholders[low - 1] }
        }
        return nil
    }

    /// Whether negation or hedging in the clause suppresses a match at `range` of an
    /// entry (`problem`: names a problem rather than a topic; `gapWords`: the own words of a phrase that skips words).
    @inline(__always)
    func negation(
        _ range: Range<Int>, problem: Bool, gapWords: Set<String>?, _ cues: NegationCues,
        _ occurrences: [CueList.Occurrence]?, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Candidate.Status? {
        if problem, let gapWords, let cue = cueInsideGap(range, gapWords, occurrences, bytes) {
            return .negated(cue: cue)
        }
        if let hedge = cues.hedge { return .hedged(cue: hedge) }
        if problem, let cue = cues.cue { return .negated(cue: cue) }
        if let after = cues.after { return .negatedAfter(cue: after) }
        return nil
    }

    /// The cues around one match: the last hedge and short-range cue before it in its
    /// clause, and an after-cue right behind it.
    func negationCues(
        _ taxonomy: Int, _ range: Range<Int>, _ occurrences: [CueList.Occurrence]?, _ words: [WordSpan], _ word: Int,
        nearWords: Int, farWords: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(PCRE2Error) -> NegationCues {
        var out = NegationCues()
        // Only cues before the match can count: none, no windows needed.
        if let occurrences, let first = occurrences.first, first.range.upperBound <= range.lowerBound {
            let (near, far) = word >= 0
                ? words.withUnsafeBufferPointer { Scan.windows($0, at: word, nearWords: nearWords, farWords: farWords) }
                : Scan.windows(bytes, before: range.lowerBound, nearWords: nearWords, farWords: farWords)
            // The first cue starting at or after `far`.
            var low = 0, high = occurrences.count
            while low < high {
                let mid = (low + high) / 2
                if occurrences[mid].range.lowerBound < far { low = mid + 1 } else { high = mid }
            }
            var index = low
            while index < occurrences.count, occurrences[index].range.upperBound <= range.lowerBound {
                let occurrence = occurrences[index]
                switch occurrence.kind {
                case .hedge: out.hedge = occurrence.range
                case .cue: if occurrence.range.lowerBound >= near { out.cue = occurrence.range }
                case .boundary:
                    out.hedge = nil
                    out.cue = nil
                }
                index += 1
            }
        }
        if let after = self.after[taxonomy], afterCueCanFollow(taxonomy, range.upperBound, bytes.count) {
            let limit = min(bytes.count, range.upperBound + 160)
            let slice = UnsafeBufferPointer(rebasing: bytes[0..<limit])
            if let match = try first(after, slice, from: range.upperBound), match.range.lowerBound == range.upperBound {
                out.after = match.range
            }
        }
        return out
    }
}

/// Sorts `array` by `before` (a strict total order) with an insertion sort: linear for
/// the nearly sorted lists resolving sees.
/// - Complexity: O(n + inversions).
@inline(__always)
private func insertionSort<T>(_ array: inout [T], by before: (T, T) -> Bool) {
    guard array.count > 1 else { return }
    array.withUnsafeMutableBufferPointer { p in
        for x in 1..<p.count {
            let value = p[x]
            var y = x
            while y > 0, before(value, p[y - 1]) {
                p[y] = p[y - 1]
                y -= 1
            }
            p[y] = value
        }
    }
}
