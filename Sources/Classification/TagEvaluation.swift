/// Precision, recall and F1 of the classifier against gold labels, per label and per
/// taxonomy (micro and macro averages).
public struct TagEvaluation: Sendable {
    /// Counts and scores for one label.
    public struct LabelScore: Sendable, Hashable {
        public var label: String
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(label: String) {
            self.label = label
        }

        /// Gold occurrences.
        public var support: Int { truePositives + falseNegatives }
        public var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { Self.ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { Self.f1(precision, recall) }

        /// `part / whole`, and 1 when there was nothing to get wrong.
        static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
        static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    }

    /// Scores for one taxonomy.
    public struct TaxonomyScore: Sendable {
        public var taxonomy: String
        /// Documents annotated for this taxonomy.
        public var documents = 0
        /// Per label, in taxonomy order then any unknown gold labels by name.
        public var labels: [LabelScore] = []

        public var truePositives: Int { labels.reduce(0) { $0 + $1.truePositives } }
        public var falsePositives: Int { labels.reduce(0) { $0 + $1.falsePositives } }
        public var falseNegatives: Int { labels.reduce(0) { $0 + $1.falseNegatives } }
        public var microPrecision: Double { LabelScore.ratio(truePositives, truePositives + falsePositives) }
        public var microRecall: Double { LabelScore.ratio(truePositives, truePositives + falseNegatives) }
        public var microF1: Double { LabelScore.f1(microPrecision, microRecall) }
        /// The mean F1 of labels that occur in the gold or the predictions.
        public var macroF1: Double {
            let used = labels.filter { $0.support > 0 || $0.falsePositives > 0 }
            return used.isEmpty ? 1 : used.reduce(0) { $0 + $1.f1 } / Double(used.count)
        }
        /// Documents whose predicted set equals the gold set.
        public var exactMatches = 0
    }

    /// One score per evaluated taxonomy.
    public var taxonomies: [TaxonomyScore]
    /// Per document, the labels that were wrong (for listing mistakes).
    public var mistakes: [Mistake]

    /// A document where a taxonomy's prediction differed from the gold labels.
    public struct Mistake: Sendable {
        public var id: String
        public var taxonomy: String
        public var missed: [String]
        public var spurious: [String]
    }

    /// The score for `taxonomy`, if evaluated.
    public subscript(taxonomy: String) -> TaxonomyScore? {
        taxonomies.first { $0.taxonomy == taxonomy }
    }

    /// Tags every record with `tagger` and compares with its gold labels for `names`
    /// (a record is scored for a taxonomy only when it carries that key).
    /// - Throws: ``PCRE2Error`` from matching.
    public static func evaluate(_ records: [TagRecord], tagger: Tagger, taxonomies names: [String]) throws -> TagEvaluation {
        var scores: [String: [String: LabelScore]] = [:]
        var documents: [String: Int] = [:]
        var exact: [String: Int] = [:]
        var mistakes: [Mistake] = []
        for record in records {
            let result = try tagger.tag(record.text)
            for name in names {
                guard let gold = record.gold[name] else { continue }
                documents[name, default: 0] += 1
                let predicted = Set(result.labels(name))
                let expected = Set(gold)
                if predicted == expected { exact[name, default: 0] += 1 }
                for label in predicted.union(expected) {
                    var score = scores[name, default: [:]][label] ?? LabelScore(label: label)
                    switch (predicted.contains(label), expected.contains(label)) {
                    case (true, true): score.truePositives += 1
                    case (true, false): score.falsePositives += 1
                    case (false, true): score.falseNegatives += 1
                    case (false, false): break
                    }
                    scores[name, default: [:]][label] = score
                }
                if predicted != expected {
                    mistakes.append(Mistake(
                        id: record.id, taxonomy: name, missed: expected.subtracting(predicted).sorted(),
                        spurious: predicted.subtracting(expected).sorted()))
                }
            }
        }
        let classifier = tagger.classifier
        let out = names.filter { documents[$0] != nil }.map { name -> TaxonomyScore in
            let order = classifier.taxonomies.first { $0.name == name }?.categories.map(\.id) ?? []
            var labels = order.map { scores[name]?[$0] ?? LabelScore(label: $0) }
            let unknown = (scores[name] ?? [:]).keys.filter { !order.contains($0) }.sorted()
            labels += unknown.map { scores[name]![$0]! }
            return TaxonomyScore(taxonomy: name, documents: documents[name] ?? 0, labels: labels, exactMatches: exact[name] ?? 0)
        }
        return TagEvaluation(taxonomies: out, mistakes: mistakes)
    }
}
