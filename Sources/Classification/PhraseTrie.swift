/// Phrases merged by shared leading tokens, each end of a phrase a numbered leaf.
///
/// Identical phrases across categories and taxonomies share one leaf, and a phrase that
/// is a prefix of another ("contact" / "contact centre") puts its leaf on the other's
/// path, so one anchored match reports both.
struct PhraseTrie {
    final class Node {
        private(set) var token: PhraseSyntax.Token?
        private(set) var source: String
        var leaf: Int?
        var children: [Node] = []

        init(token: PhraseSyntax.Token?) {
            self.token = token
            self.source = token.map(RegexSource.token) ?? ""
        }

        /// Widens this word node to also match `forms` (the inflections of a sibling
        /// phrase's spelling of the same word, "worker" and "workers").
        func merge(forms extra: [String]) {
            guard case .word(let forms) = token else { return }
            let merged = forms + extra.filter { !forms.contains($0) }
            token = .word(forms: merged)
            source = RegexSource.token(.word(forms: merged))
        }

        var isGap: Bool {
            if case .gap = token { return true }
            return false
        }
    }

    let root = Node(token: nil)
    /// How many leaves have been handed out.
    private(set) var leafCount = 0
    /// Leaf numbers of whole-phrase keys, so identical phrases share one leaf.
    private var leafByKey: [String: Int] = [:]

    /// Adds a phrase and returns its leaf number.
    mutating func insert(_ tokens: [PhraseSyntax.Token]) -> Int {
        var node = root
        for token in tokens {
            let source = RegexSource.token(token)
            if let existing = node.children.first(where: { $0.source == source && $0.token == token }) {
                node = existing
            } else if case .word(let forms) = token,
                let existing = node.children.first(where: { Self.sameWord($0.token, forms) })
            {
                // Two spellings of one word ("worker" / "workers"): one node matching
                // both, so phrases that differ only there share a path and both report.
                existing.merge(forms: forms)
                node = existing
            } else {
                let child = Node(token: token)
                node.children.append(child)
                node = child
            }
        }
        if let leaf = node.leaf { return leaf }
        node.leaf = leafCount
        leafCount += 1
        return node.leaf!
    }

    /// Whether `token` is a word whose written form is among `forms`, or whose forms
    /// include the written form of `forms`.
    static func sameWord(_ token: PhraseSyntax.Token?, _ forms: [String]) -> Bool {
        // Exact words (`=services`, function words) have one form and stay exact.
        guard case .word(let other)? = token, forms.count > 1, other.count > 1, let mine = forms.first,
            let theirs = other.first
        else { return false }
        return other.contains(mine) || forms.contains(theirs)
    }

    /// Source for the subtree under `node`'s token (the token included), with a named
    /// empty group `(?<L7>)` where leaf 7 ends.
    static func emit(_ node: Node) -> String {
        var out = node.source
        if node.isGap {
            return out + "(?:" + node.children.map(emit).joined(separator: "|") + ")"
        }
        if let leaf = node.leaf { out += "(?<L\(leaf)>)" }
        guard !node.children.isEmpty else { return out }
        let continuation = RegexSource.separator + "(?:" + node.children.map(emit).joined(separator: "|") + ")"
        return node.leaf == nil ? out + continuation : out + "(?:" + continuation + ")?"
    }
}
