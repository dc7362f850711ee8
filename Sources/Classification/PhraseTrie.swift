/// Phrases merged by shared leading tokens, each end of a phrase a numbered leaf.
///
/// Identical phrases across categories and taxonomies share one leaf, and a phrase that
/// is a prefix of another ("contact" / "contact centre") puts its leaf on the other's
/// path, so one anchored match reports both.
struct PhraseTrie {
    final class Node {
        let token: PhraseSyntax.Token?
        let source: String
        var leaf: Int?
        var children: [Node] = []

        init(token: PhraseSyntax.Token?) {
            self.token = token
            self.source = token.map(RegexSource.token) ?? ""
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
