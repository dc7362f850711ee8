import PCRE2

/// Tags texts with a ``Classifier``; holds the per-thread match state.
///
/// A tagger is not thread-safe (its matchers own PCRE2 match data): make one per thread
/// or task; they can share one classifier.
public final class Tagger {
    public let classifier: Classifier
    let scanner: Matcher
    let buckets: [Matcher]
    let after: [Matcher?]
    /// The words of the text being tagged, made on first need.
    var words: [WordSpan]?
    /// Cues found in the text being tagged, per taxonomy, made on first need.
    var cueOccurrences: [[CueList.Occurrence]?] = []

    /// One leaf match found by the scanner and a bucket.
    struct Hit {
        let leaf: Int
        let range: Range<Int>
    }

    public init(_ classifier: Classifier) {
        self.classifier = classifier
        self.scanner = Matcher(classifier.scanner)
        self.buckets = classifier.buckets.map { Matcher($0.pattern) }
        self.after = classifier.negation.map { $0.after.map(Matcher.init) }
    }

    /// Tags `text`.
    /// - Throws: ``PCRE2Error`` if matching hits a PCRE2 resource limit.
    /// - Complexity: one scanner pass over the text (JIT), plus an anchored bucket match
    ///   at each place a vocabulary word starts and a bounded look back for negation at
    ///   each phrase match.
    public func tag(_ text: String) throws(PCRE2Error) -> TagResult {
        var copy = text
        let result = copy.withUTF8 { buffer in
            Result { () throws(PCRE2Error) -> TagResult in try tag(buffer) }
        }
        return try result.get()
    }

    /// Tags UTF-8 bytes that are already known to be valid (a ``Subject``'s storage).
    public func tag(_ subject: Subject) throws(PCRE2Error) -> TagResult {
        try subject.bytes.withUnsafeBufferPointer { (buffer) throws(PCRE2Error) in try tag(buffer) }
    }

    /// Tags valid UTF-8 bytes.
    public func tag(_ bytes: UnsafeBufferPointer<UInt8>) throws(PCRE2Error) -> TagResult {
        var hits: [Hit] = []
        var placeholders: [Range<Int>] = []
        try scan(bytes, hits: &hits, placeholders: &placeholders)
        words = nil
        cueOccurrences = Array(repeating: nil, count: classifier.taxonomies.count)
        return try resolve(bytes, hits: hits, placeholders: placeholders)
    }

    /// The first match of `matcher` at or after `start` in `bytes`.
    @inline(__always)
    func first(_ matcher: Matcher, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws(PCRE2Error) -> Match? {
        var found: Match?
        try matcher.forEachMatch(in: bytes, from: start) { match in
            found = match
            return false
        }
        return found
    }

    /// Stage one and two: every leaf that matches anywhere, and every placeholder.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, hits: inout [Hit], placeholders: inout [Range<Int>]) throws(PCRE2Error) {
        var offset = 0
        let classifier = self.classifier
        while offset < bytes.count, let match = try first(scanner, bytes, from: offset) {
            let start = match.range.lowerBound
            if !match.range.isEmpty, Placeholder.isPlaceholder(bytes, match.range) {
                placeholders.append(match.range)
                offset = match.range.upperBound
                continue
            }
            let first = Int(Self.lower(bytes[start]))
            if first < 128 {
                let second = start + 1 < bytes.count ? Int(Self.lower(bytes[start + 1])) : 0
                if second < 128 {
                    for bucket in classifier.twoLetter[first * 128 + second] {
                        try identify(bucket, bytes, at: start, hits: &hits)
                    }
                }
                for bucket in classifier.oneLetter[first] { try identify(bucket, bytes, at: start, hits: &hits) }
            }
            if let group = classifier.scannerMiscGroup, match[group: group] != nil {
                for bucket in classifier.misc { try identify(bucket, bytes, at: start, hits: &hits) }
            }
            offset = Scan.nextStart(bytes, after: start)
        }
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    /// Runs one bucket anchored at `start` and records every leaf group that is set.
    func identify(_ bucket: Int32, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, hits: inout [Hit]) throws(PCRE2Error) {
        guard let match = try first(buckets[Int(bucket)], bytes, from: start), match.range.lowerBound == start else {
            return
        }
        let leafOfGroup = classifier.buckets[Int(bucket)].leafOfGroup
        for (index, group) in match.groups.enumerated() {
            guard let group else { continue }
            let leaf = leafOfGroup[index + 1]
            if leaf >= 0, group.lowerBound > start { hits.append(Hit(leaf: leaf, range: start..<group.lowerBound)) }
        }
    }
}
