/// One node of a parsed HTML page, copied out of libxml2 so that no C type outlives the parse.
struct HTMLNode: Sendable {
    /// Lower-cased tag name; empty for a text node.
    var tag: String
    var id: String = ""
    var cls: String = ""
    var style: String = ""
    /// `name` and `content` (meta tags), `http-equiv` folded into `name`.
    var name: String = ""
    var content: String = ""
    /// The characters of a text node.
    var text: [Unicode.Scalar] = []
    var children: [Int] = []
    var parent: Int = -1

    var isText: Bool { tag.isEmpty }
}
