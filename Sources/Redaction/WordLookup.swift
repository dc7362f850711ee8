import Lexicon

/// The name detector's first look at each word, made while the tokenizer reads it:
/// the frequent and context words are answered from the hot table there and then, and
/// the rest are listed for ``NameRun/classify(_:_:)``, with the lists the later passes
/// walk instead of every word.
///
/// - Complexity: O(1) per word: one key, at most one probe of the hot table.
struct WordLookup: TokenVisitor {
    let hot: ShortWordTable
    /// Long or non-ASCII words: looked up in the full tables.
    var general: [Int] = []
    /// Short ASCII words the hot table lacks, and hyphenated words: looked up later,
    /// when it is known whether rare lower-case words matter.
    var missed: [Int] = []
    /// The words not in lower case, in order.
    var capitals: [Int] = []
    /// Lower-case words found to be name particles ("van", "ap"), in order.
    var particles: [Int] = []
    /// The words the placeholder check must look at: all but ordinary lower-case words.
    var placeholderCandidates: [Int] = []
    /// What ``looksInformal`` counts: a lone "i", and sentences starting in lower case.
    var loneI = false
    var sentenceStarts = 0
    var lowerStarts = 0

    init(hot: ShortWordTable) {
        self.hot = hot
    }

    /// A lone lower-case "i", or a third or more of the sentences starting in lower case.
    var looksInformal: Bool {
        loneI || lowerStarts > 0 && lowerStarts * 3 >= sentenceStarts
    }

    @inline(__always)
    mutating func visit(_ token: inout Token, at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let lower = token.shape == .lower
        if !lower { capitals.append(index) }
        if !lower || token.contraction || bytes[token.start] == 0x78 { placeholderCandidates.append(index) }
        if token.length == 1, bytes[token.start] == 0x69 { loneI = true }
        if token.sentenceStart {
            sentenceStarts += 1
            if lower { lowerStarts += 1 }
        }
        guard let key = ShortWordTable.key(bytes, token.start..<token.end) else {
            general.append(index)
            return
        }
        guard !token.hyphenated, let value = hot.value(for: key) else {
            missed.append(index)
            return
        }
        let info = WordInfo(rawValue: value)
        token.classes = info.classes
        token.context = info.roles
        token.phraseStart = info.phraseStart
        if lower, info.roles.contains(.particle) { particles.append(index) }
    }
}
