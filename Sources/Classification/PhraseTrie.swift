/// Phrases merged by shared leading tokens, each end of a phrase a numbered leaf.
///
/// Identical phrases across categories and taxonomies share one leaf, and a phrase that
/// is a prefix of another ("contact" / "contact centre") puts its leaf on the other's
/// path, so one anchored match reports both.
struct PhraseTrie {
    final class Node {
        private(set) var token: PhraseSyntax.Token?
        var leaf: Int?
        private(set) var children: [Node] = []
        private var cachedSource: String?
        /// Indexes over `children` for ``PhraseTrie/insert(_:)``: the first child with a
        /// token; word children of several forms by each form and by their first form.
        private var exact: [PhraseSyntax.Token: Int] = [:]
        private var byForm: [String: [Int]] = [:]
        private var byFirst: [String: [Int]] = [:]

        init(token: PhraseSyntax.Token?) {
            self.token = token
        }

        /// The token as PCRE2 source (made on first need: only bucket sizes use it).
        var source: String {
            if let cachedSource { return cachedSource }
            let made = token.map(RegexSource.token) ?? ""
            cachedSource = made
            return made
        }

        /// Widens this word node to also match `forms` (the inflections of a sibling
        /// phrase's spelling of the same word, "worker" and "workers").
        func merge(forms extra: [String]) -> (old: PhraseSyntax.Token?, added: [String]) {
            guard case .word(let forms) = token else { return (nil, []) }
            let known = Set(forms)
            let added = extra.filter { !known.contains($0) }
            let old = token
            token = .word(forms: forms + added)
            cachedSource = nil
            return (old, added)
        }

        /// The first child whose token is `token`.
        func child(exactly token: PhraseSyntax.Token) -> Node? {
            exact[token].map { children[$0] }
        }

        /// The first child that spells the same word as `forms` (see ``PhraseTrie/sameWord(_:_:)``).
        func child(sameWordAs forms: [String]) -> Node? {
            guard forms.count > 1, let mine = forms.first else { return nil }
            var best = Int.max
            if let list = byForm[mine], let first = list.first { best = first }
            for form in forms {
                if let list = byFirst[form], let first = list.first, first < best { best = first }
            }
            guard best != Int.max else { return nil }
            // The indexes hold only candidates; check in order from the first.
            for index in best..<children.count where PhraseTrie.sameWord(children[index].token, forms) {
                return children[index]
            }
            return nil
        }

        /// Appends `child` and indexes it.
        func append(_ child: Node) {
            let index = children.count
            children.append(child)
            reindex(child, at: index, forms: nil)
        }

        /// Widens `child` (a child of this node) to `forms` and re-indexes it.
        func merge(_ child: Node, forms extra: [String]) {
            guard let index = children.firstIndex(where: { $0 === child }) else { return }
            let (old, added) = child.merge(forms: extra)
            guard let old, !added.isEmpty else { return }
            if exact[old] == index {
                exact[old] = children.firstIndex { $0.token == old }
            }
            reindex(child, at: index, forms: added)
        }

        private func reindex(_ child: Node, at index: Int, forms added: [String]?) {
            guard let token = child.token else { return }
            if let known = exact[token] {
                if index < known { exact[token] = index }
            } else {
                exact[token] = index
            }
            guard case .word(let forms) = token, forms.count > 1 else { return }
            if added == nil || forms.count - (added?.count ?? 0) <= 1 {
                // Newly of several forms: index them all, and the first.
                for form in forms { Self.add(index, to: &byForm[form, default: []]) }
                Self.add(index, to: &byFirst[forms[0], default: []])
            } else if let added {
                for form in added { Self.add(index, to: &byForm[form, default: []]) }
            }
        }

        private static func add(_ index: Int, to list: inout [Int]) {
            if let at = list.firstIndex(where: { $0 >= index }) {
                if list[at] != index { list.insert(index, at: at) }
            } else {
                list.append(index)
            }
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
            // The source is a function of the token: equal tokens, equal sources.
            if let existing = node.child(exactly: token) {
                node = existing
            } else if case .word(let forms) = token, let existing = node.child(sameWordAs: forms) {
                // Two spellings of one word ("worker" / "workers"): one node matching
                // both, so phrases that differ only there share a path and both report.
                node.merge(existing, forms: forms)
                node = existing
            } else {
                let child = Node(token: token)
                node.append(child)
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

    /// The length in bytes of ``emit(_:)`` for `node`, without building it.
    static func emitLength(_ node: Node, cache: inout [PhraseSyntax.Token: Int]) -> Int {
        var out = 0
        if let token = node.token {
            if let known = cache[token] {
                out = known
            } else {
                out = RegexSource.tokenLength(token)
                cache[token] = out
            }
        }
        let childLengths = node.children.map { emitLength($0, cache: &cache) }
        let alternatives = childLengths.reduce(0, +) + max(0, childLengths.count - 1)
        if node.isGap { return out + 3 + alternatives + 1 }
        if let leaf = node.leaf { out += 6 + String(leaf).utf8.count }  // "(?<L" digits ">)"
        guard !node.children.isEmpty else { return out }
        let continuation = RegexSource.separator.utf8.count + 3 + alternatives + 1
        return node.leaf == nil ? out + continuation : out + 3 + continuation + 2
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
