import Foundation
import Lexicon

/// The redaction pipeline: detectors → span resolution → replacement.
///
/// Made once per process (loading the wordlists is the expensive part) and then used
/// for any number of documents; it holds no per-document state and may be shared
/// between threads.
public struct Redactor: Sendable {
    /// The policy in force.
    public let policy: Policy
    let detectors: [any Detector]
    let allow: TermList
    let pseudonymizer: Pseudonymizer?
    /// The policy's types and operators, resolved once for the per-document hot path.
    let enabledTypes: UInt16
    let operators: [ReplacementOperator]

    /// What went into a redactor.
    public struct Configuration: Sendable {
        public var wordlists: URL
        public var policy: Policy
        public var knownParties: [String]
        public var pseudonymizer: Pseudonymizer?

        public init(wordlists: URL, policy: Policy = .strictest, knownParties: [String] = [], pseudonymizer: Pseudonymizer? = nil) {
            self.wordlists = wordlists
            self.policy = policy
            self.knownParties = knownParties
            self.pseudonymizer = pseudonymizer
        }
    }

    /// Loads the wordlists and builds the detectors for `configuration`.
    /// - Throws: ``CandourError`` for a missing wordlist, or a policy that needs a key
    ///   when none was given.
    public init(_ configuration: Configuration) throws {
        let policy = configuration.policy
        if policy.needsKey, configuration.pseudonymizer == nil {
            throw RedactionError.key("--key", "policy '\(policy.name)' replaces some types with pseudonyms, which need a key file (--key FILE; make one with `candour key generate FILE`)")
        }
        var lexicon = try Lexicon(directory: configuration.wordlists)
        let context = try ContextWords(wordlists: configuration.wordlists)
        lexicon.add(terms: policy.allow.filter { !$0.contains(" ") }, as: .allowed)
        lexicon.add(terms: policy.deny.filter { !$0.contains(" ") }, as: .denied)
        let known = KnownParties(names: configuration.knownParties, nicknames: context.nicknames)
        var detectors: [any Detector] = [IdentifierDetector(types: policy.types, lexicon: lexicon), ColumnDetector(types: policy.types)]
        if policy.types.contains(.school) {
            detectors.append(LowercaseSchoolDetector(lexicon: lexicon))
            detectors.append(SchoolNameDetector(lexicon: lexicon))
        }
        if !policy.deny.isEmpty { detectors.append(DenyListDetector(list: TermList(policy.deny))) }
        if policy.types.contains(.person) {
            detectors.append(NameDetector(lexicon: lexicon, context: context, known: known))
            if policy.types.contains(.dob) { detectors.append(BirthDateDetector()) }
        }
        self.policy = policy
        self.detectors = detectors
        self.allow = TermList(policy.allow)
        self.pseudonymizer = configuration.pseudonymizer
        enabledTypes = EntityType.mask(policy.types)
        operators = Replacer.operators(of: policy)
    }

    /// The resolved, disjoint findings in `document`, in order.
    public func findings(in document: Document) throws -> [Finding] {
        var findings: [Finding] = []
        findings.reserveCapacity(16)
        // Each detector is called where it is in the array: a copy of a detector
        // retains and releases every table it holds.
        for index in detectors.indices {
            try detectors[index].detect(in: document, findings: &findings)
        }
        let allowed = try allow.ranges(in: document)
        if !allowed.isEmpty {
            findings.removeAll { finding in
                finding.detector != "deny-list" && allowed.contains { $0.contains(finding.range.lowerBound) && $0.upperBound >= finding.range.upperBound }
            }
        }
        return SpanResolver.resolve(consume findings, enabled: enabledTypes)
    }

    /// Redacts `document`: every byte outside the redacted spans is kept as it was.
    public func redact(_ document: Document) throws -> RedactedDocument {
        let found = try findings(in: document)
        let replacements = Replacer(operators: operators, pseudonymizer: pseudonymizer)
            .replacements(for: found, in: document)
        var output: [UInt8] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            output.reserveCapacity(bytes.count)
            var cursor = 0
            for index in replacements.indices {
                let range = replacements[index].range
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<range.lowerBound]))
                // Copied from the string's bytes in place, which a replacement nearly
                // always has (a small string holds them inline); a string that has not
                // (bridged from elsewhere) is read through its view.
                let text = replacements[index].text.utf8
                if text.withContiguousStorageIfAvailable({ output.append(contentsOf: $0) }) == nil {
                    output.append(contentsOf: text)
                }
                cursor = range.upperBound
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor...]))
        }
        return RedactedDocument(document: document, output: output, findings: found, spans: replacements)
    }
}

/// A redacted document: the output bytes and what was replaced.
public struct RedactedDocument: Sendable {
    public let document: Document
    public let output: [UInt8]
    /// The resolved findings and the spans made of them, kept as the redactor left
    /// them: the audit records in ``replacements`` are made only when asked for.
    let findings: [Finding]
    let spans: [Replacer.Replacement]

    /// What was replaced, in order: one record a replaced span, with the detector of
    /// its first finding and the rules of all of them ("name-list+family-name").
    /// - Complexity: O(n) in the findings; made at each call (read it once).
    public var replacements: [AppliedReplacement] {
        spans.map {
            let merged = findings[$0.findings]
            return AppliedReplacement(range: $0.range, type: $0.type, detector: merged.first!.detector,
                                      rule: merged.count == 1 ? merged.first!.rule
                                          : merged.map(\.rule).uniqued().joined(separator: "+"),
                                      replacement: $0.text)
        }
    }

    public var text: String { String(decoding: output, as: UTF8.self) }
}

/// One replacement made in a document, for audit records.
public struct AppliedReplacement: Sendable, Hashable {
    /// Byte range in the original document.
    public let range: Range<Int>
    public let type: EntityType
    public let detector: String
    public let rule: String
    public let replacement: String
}

extension Sequence where Element: Equatable {
    /// The elements without repeats, in first-seen order (for the few rules of one
    /// mention: a linear scan, no hashing).
    func uniqued() -> [Element] {
        var seen: [Element] = []
        for element in self where !seen.contains(element) { seen.append(element) }
        return seen
    }
}
