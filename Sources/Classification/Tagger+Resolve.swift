import PCRE2

extension Tagger {
    /// Turns leaf hits into candidates per taxonomy, applies placeholders, exclusions and
    /// negation, scores categories and picks the labels that reach their thresholds.
    func resolve(_ bytes: UnsafeBufferPointer<UInt8>, hits: [Hit], placeholders: [Range<Int>]) throws(PCRE2Error) -> TagResult {
        let taxonomies = classifier.taxonomies
        var perTaxonomy = [[(Classifier.Target, Range<Int>)]](repeating: [], count: taxonomies.count)
        for hit in hits {
            for target in classifier.leaves[hit.leaf] { perTaxonomy[target.taxonomy].append((target, hit.range)) }
        }
        var results: [TaxonomyResult] = []
        results.reserveCapacity(taxonomies.count)
        for (t, taxonomy) in taxonomies.enumerated() {
            let items = perTaxonomy[t]
            guard !items.isEmpty else {
                results.append(TaxonomyResult(name: taxonomy.name, labels: [], candidates: []))
                continue
            }
            var exclusions: [(category: Int, range: Range<Int>, phrase: String)] = []
            for (target, range) in items where target.exclusion {
                exclusions.append((target.category, range, taxonomy.categories[target.category].exclusions[target.entry].text))
            }
            var candidates: [(Candidate, Int, Int)] = []  // candidate, category index, entry index
            // The same text matched by two entries of one category (a phrase listed twice,
            // "payment" and "payments") counts once, with the larger weight.
            var unique: [(Classifier.Target, Range<Int>)] = []
            unique.reserveCapacity(items.count)
            let sorted = items.filter { !$0.0.exclusion }.sorted {
                ($0.1.lowerBound, $0.1.upperBound, $0.0.category) < ($1.1.lowerBound, $1.1.upperBound, $1.0.category)
            }
            for (target, range) in sorted {
                if let last = unique.last, last.1 == range, last.0.category == target.category {
                    let held = last.0
                    if taxonomy.categories[target.category].entries[target.entry].weight
                        > taxonomy.categories[held.category].entries[held.entry].weight
                    {
                        unique[unique.count - 1].0 = target
                    }
                    continue
                }
                unique.append((target, range))
            }
            // Matches of one span in several categories share one look for cues.
            var lastSpan: Range<Int>? = nil
            var lastCues = NegationCues()
            for (target, range) in unique {
                let category = taxonomy.categories[target.category]
                let entry = category.entries[target.entry]
                let evidence = Evidence(
                    category: category.id, phrase: entry.text, kind: entry.kind, range: range, weight: entry.weight)
                var status = Candidate.Status.counted
                if let placeholder = Self.placeholder(touching: range, in: placeholders) {
                    status = .placeholder(range: placeholder)
                } else if let exclusion = exclusions.first(where: {
                    $0.category == target.category && $0.range.overlaps(range)
                }) {
                    status = .excluded(phrase: exclusion.phrase, range: exclusion.range)
                } else {
                    if lastSpan != range {
                        lastCues = try negationCues(t, range, classifier.negation[t], bytes)
                        lastSpan = range
                    }
                    if let negated = negation(t, range, entry, lastCues, bytes) { status = negated }
                }
                candidates.append((Candidate(evidence: evidence, status: status), target.category, target.entry))
            }
            // Score: overlapping matches of one category ("child and family assessment" and
            // "assessment") count once, at the larger weight; each entry counts once however
            // often it matches.
            var scores = [Double](repeating: 0, count: taxonomy.categories.count)
            var seen: Set<Int> = []
            var clusterEnd = [Int](repeating: -1, count: taxonomy.categories.count)
            var clusterBest = [(weight: Double, key: Int)?](repeating: nil, count: taxonomy.categories.count)
            func close(_ category: Int) {
                if let best = clusterBest[category], seen.insert(best.key).inserted { scores[category] += best.weight }
                clusterBest[category] = nil
            }
            for (candidate, category, entry) in candidates.sorted(by: {
                $0.0.evidence.range.lowerBound < $1.0.evidence.range.lowerBound
            }) where candidate.status.counts {
                let range = candidate.evidence.range
                if range.lowerBound >= clusterEnd[category] { close(category) }
                clusterEnd[category] = max(clusterEnd[category], range.upperBound)
                let key = category << 20 | entry
                let weight = seen.contains(key) ? 0 : candidate.evidence.weight
                if weight > (clusterBest[category]?.weight ?? -1) { clusterBest[category] = (weight, key) }
            }
            for category in taxonomy.categories.indices { close(category) }
            let fired = taxonomy.categories.indices.map { scores[$0] + 1e-9 >= taxonomy.categories[$0].threshold }
            candidates.sort { ($0.0.evidence.range.lowerBound, $0.1, $0.2) < ($1.0.evidence.range.lowerBound, $1.1, $1.2) }
            var labels: [Label] = []
            for (index, category) in taxonomy.categories.enumerated() where fired[index] {
                let evidence = candidates.filter { $0.1 == index && $0.0.status.counts }.map(\.0.evidence)
                labels.append(Label(id: category.id, score: scores[index], threshold: category.threshold, evidence: evidence))
            }
            let final = candidates.map { item -> Candidate in
                var candidate = item.0
                if candidate.status.counts, !fired[item.1] {
                    candidate.status = .belowThreshold(score: scores[item.1], threshold: taxonomy.categories[item.1].threshold)
                }
                return candidate
            }
            results.append(TaxonomyResult(name: taxonomy.name, labels: labels, candidates: final))
        }
        return TagResult(taxonomies: results)
    }

    /// A negation cue inside the words a phrase's `...` skipped ("records were *not*
    /// updated" for "records ... updated"); cues the phrase spells out itself do not count.
    func cueInsideGap(
        _ taxonomy: Int, _ range: Range<Int>, _ phrase: String, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int>? {
        guard let occurrences = cues(taxonomy, bytes) else { return nil }
        let own = Set(phrase.lowercased().split(separator: " ").map(String.init))
        for occurrence in occurrences where occurrence.kind == .cue {
            if occurrence.range.lowerBound >= range.upperBound { break }
            guard occurrence.range.lowerBound >= range.lowerBound, occurrence.range.upperBound <= range.upperBound else {
                continue
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[occurrence.range]), as: UTF8.self).lowercased()
            if !own.contains(word) { return occurrence.range }
        }
        return nil
    }

    /// The cues of taxonomy `taxonomy` in the text being tagged (found once per text).
    func cues(_ taxonomy: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> [CueList.Occurrence]? {
        guard let list = classifier.negation[taxonomy].before else { return nil }
        if let known = cueOccurrences[taxonomy] { return known }
        if words == nil { words = WordSpan.words(in: bytes) }
        let found = list.occurrences(in: words!, bytes)
        cueOccurrences[taxonomy] = found
        return found
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
        for point in [range.lowerBound, range.upperBound - 1] {
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

    /// Whether negation or hedging in the clause suppresses a match of `polarity` at `range`.
    func negation(
        _ taxonomy: Int, _ range: Range<Int>, _ entry: VocabularyEntry, _ cues: NegationCues,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Candidate.Status? {
        let polarity = entry.polarity
        if polarity == .problem, entry.hasGap, let cue = cueInsideGap(taxonomy, range, entry.text, bytes) {
            return .negated(cue: cue)
        }
        if let hedge = cues.hedge { return .hedged(cue: hedge) }
        if polarity == .problem, let cue = cues.cue { return .negated(cue: cue) }
        if let after = cues.after { return .negatedAfter(cue: after) }
        return nil
    }

    /// The cues around one match: the last hedge and short-range cue before it in its
    /// clause, and an after-cue right behind it.
    func negationCues(
        _ taxonomy: Int, _ range: Range<Int>, _ rules: CompiledNegation, _ bytes: UnsafeBufferPointer<UInt8>
    ) throws(PCRE2Error) -> NegationCues {
        var out = NegationCues()
        if let occurrences = cues(taxonomy, bytes) {
            let (near, far) = Scan.windows(
                bytes, before: range.lowerBound, nearWords: rules.window + 1, farWords: rules.hedgeWindow + 3)
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
        if let after = self.after[taxonomy] {
            let limit = min(bytes.count, range.upperBound + 160)
            let slice = UnsafeBufferPointer(rebasing: bytes[0..<limit])
            if let match = try first(after, slice, from: range.upperBound), match.range.lowerBound == range.upperBound {
                out.after = match.range
            }
        }
        return out
    }
}
