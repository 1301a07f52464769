/// A parsed HTML page copied out of libxml2 into flat arrays, one entry per element or text
/// node in document order (index 0 is the root element; a node's subtree is `i..<end[i]`).
/// Flat arrays of integers rather than one struct of Strings per node: the reader walks every
/// node several times, and copying a node's Strings and arrays cost more than the walk itself.
struct HTMLTree: Sendable {
    /// The tags the reader treats one by one; every other element is `.element`.
    enum Kind: UInt8, Sendable {
        case text, element, a, body, title, meta, td, th, table, tr
    }

    /// What the tag and attributes of an element say, worked out once when the tree is copied.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// A tag of `HTMLContentRules.droppedTags`.
        static let droppedTag = Flags(rawValue: 1)
        /// A tag of `HTMLContentRules.blockTags`.
        static let block = Flags(rawValue: 2)
        /// A tag that may hold an index-table cell (td, th, span, p …).
        static let cell = Flags(rawValue: 4)
        /// A tag that may sit inside such a cell (span, b, a …).
        static let inline = Flags(rawValue: 8)
        /// Site furniture by its tag, its style or its class and id words.
        static let furniture = Flags(rawValue: 16)
        /// A known CMS content container by its id or class words.
        static let container = Flags(rawValue: 32)
    }

    var kind: [Kind] = []
    var flags: [Flags] = []
    var parent: [Int] = []
    var firstChild: [Int] = []
    var nextSibling: [Int] = []
    /// One past the last node of each node's subtree.
    var end: [Int] = []
    /// Each text node's characters: `text[textStart[i]..<textEnd[i]]`.
    var textStart: [Int] = []
    var textEnd: [Int] = []
    var text: [Unicode.Scalar] = []
    /// `name` (or `http-equiv`) and `content` of each meta element, in document order.
    var metas: [(name: String, content: String)] = []

    var count: Int { kind.count }
    var isEmpty: Bool { kind.isEmpty }

    @inline(__always) func isText(_ i: Int) -> Bool { kind[i] == .text }

    /// The children of `i`, in order.
    func children(_ i: Int) -> [Int] {
        var out: [Int] = []
        var c = firstChild[i]
        while c >= 0 {
            out.append(c)
            c = nextSibling[c]
        }
        return out
    }

    /// Adds a node under `parent` (or as the root) and returns its index.
    mutating func add(_ k: Kind, flags f: Flags, parent p: Int, lastChild: inout [Int]) -> Int {
        let i = kind.count
        kind.append(k)
        flags.append(f)
        parent.append(p)
        firstChild.append(-1)
        nextSibling.append(-1)
        end.append(i + 1)
        textStart.append(text.count)
        textEnd.append(text.count)
        lastChild.append(-1)
        if p >= 0 {
            if lastChild[p] >= 0 { nextSibling[lastChild[p]] = i } else { firstChild[p] = i }
            lastChild[p] = i
        }
        return i
    }
}
