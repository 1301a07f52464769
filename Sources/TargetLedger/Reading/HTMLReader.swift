import Foundation

/// Reads a saved government page: metadata from meta tags and the 索引号/文号/发布日期 index
/// table, the notice from its main content block, block elements as line breaks.
struct HTMLReader {
    /// `utf8` is the page's own bytes when they were clean UTF-8 (saves re-encoding the source).
    func read(source: [Unicode.Scalar], utf8 original: [UInt8]? = nil) -> ReaderInput? {
        var utf8: [UInt8]
        if let original {
            utf8 = original
        } else {
            utf8 = []
            utf8.reserveCapacity(source.count * 3)
            for s in source { utf8.append(contentsOf: UTF8.encode(s)!) }
        }
        guard let doc = HTMLDocument(utf8: utf8) else { return nil }
        let nodes = doc.nodes()
        guard !nodes.isEmpty else { return nil }
        var walk = Walk(nodes: nodes, source: source)
        walk.measure(0, dropped: false, inLink: false)
        var hints = SourceHints()
        walk.readMeta(into: &hints)
        walk.readIndexTables(into: &hints)
        let main = walk.mainContent()
        if hints.docNumber == nil, let n = walk.numberAbove(main) { hints.docNumber = n }
        walk.emit(main)
        return ReaderInput(text: walk.builder.text, hints: hints, format: .html, cellStarts: walk.cellStarts)
    }

    /// One pass of measurements and text emission over the copied node array.
    struct Walk {
        let nodes: [HTMLNode]
        let source: [Unicode.Scalar]
        /// Non-space characters under each node (dropped subtrees excluded), and those inside links.
        var textLen: [Int]
        var linkLen: [Int]
        /// Characters under each node, dropped subtrees included (to skip long cells cheaply).
        var rawLen: [Int]
        var dropped: [Bool]
        var depth: [Int]
        var builder = ReaderInput.Builder()
        var cursor = 0
        var cellStarts: Set<Int> = []
        var cellPending = false

        init(nodes: [HTMLNode], source: [Unicode.Scalar]) {
            self.nodes = nodes
            self.source = source
            textLen = Array(repeating: 0, count: nodes.count)
            linkLen = Array(repeating: 0, count: nodes.count)
            rawLen = Array(repeating: 0, count: nodes.count)
            dropped = Array(repeating: false, count: nodes.count)
            depth = Array(repeating: 0, count: nodes.count)
        }

        @inline(__always) static func isBlank(_ c: Unicode.Scalar) -> Bool {
            CharacterClass.isSpace(c.value) || CharacterClass.isLineBreak(c.value)
        }

        static func isFurniture(_ n: HTMLNode) -> Bool {
            if HTMLContentRules.droppedTags.contains(n.tag) { return true }
            let style = n.style.lowercased().filter { $0 != " " }
            if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            if n.cls.isEmpty && n.id.isEmpty { return false }
            return HTMLContentRules.words(n.cls + " " + n.id).contains { HTMLContentRules.furnitureWords.contains($0) }
        }

        mutating func measure(_ i: Int, dropped parentDropped: Bool, inLink: Bool) {
            let n = nodes[i]
            if n.parent >= 0 { depth[i] = depth[n.parent] + 1 }
            let isDropped = parentDropped || (!n.isText && Self.isFurniture(n))
            dropped[i] = isDropped
            if n.isText {
                rawLen[i] = n.text.count
                if !isDropped {
                    let c = n.text.reduce(0) { $0 + (Self.isBlank($1) ? 0 : 1) }
                    textLen[i] = c
                    linkLen[i] = inLink ? c : 0
                }
                return
            }
            for c in n.children {
                measure(c, dropped: isDropped, inLink: inLink || n.tag == "a")
                textLen[i] += textLen[c]
                linkLen[i] += linkLen[c]
                rawLen[i] += rawLen[c]
            }
        }

        func plainText(_ i: Int) -> String {
            var v = String.UnicodeScalarView()
            func go(_ k: Int) {
                let n = nodes[k]
                if n.isText {
                    v.append(contentsOf: n.text)
                } else if !HTMLContentRules.droppedTags.contains(n.tag) || n.tag == "title" {
                    n.children.forEach(go)
                }
            }
            go(i)
            return String(v)
        }

        func readMeta(into hints: inout SourceHints) {
            var pageTitle: String?
            for n in nodes where n.tag == "meta" || n.tag == "title" {
                if n.tag == "title" {
                    if pageTitle == nil { pageTitle = plainText(nodes.firstIndex { $0.tag == "title" }!).trimmingSpaces }
                } else if let label = HTMLContentRules.metaLabels[n.name.lowercased()] {
                    hints.set(label: label, value: n.content)
                }
            }
            if hints.title == nil, let t = pageTitle, !t.isEmpty { hints.title = Self.cleanPageTitle(t) }
        }

        /// `<title>` minus the site name after its last separator and the 【】 some sites add.
        static func cleanPageTitle(_ t: String) -> String {
            var s = t
            for sep in [" - ", "－", "_", " | ", "-"] {
                if let r = s.range(of: sep, options: .backwards) {
                    let tail = s[r.upperBound...]
                    if tail.contains("网") || tail.contains("政府") || tail.contains("委员会") || tail.contains("局") || tail.contains("门户") {
                        s = String(s[..<r.lowerBound])
                        break
                    }
                }
            }
            s = s.trimmingSpaces
            if s.hasPrefix("【"), s.hasSuffix("】") { s = String(s.dropFirst().dropLast()) }
            return s
        }

        /// Label cells (索引号, 文号, 发布日期 …) give the next cell's text; `label：value` in one
        /// short cell or span too. A table with two or more labels is marked as not notice text.
        mutating func readIndexTables(into hints: inout SourceHints) {
            let cellTags: Set<String> = ["td", "th", "dt", "dd", "li", "span", "p", "b", "strong", "label", "em", "div"]
            let inlineTags: Set<String> = ["span", "b", "strong", "a", "em", "font"]
            // Scalars, not Strings: this runs over every short element of the page.
            var cells: [(index: Int, text: [Unicode.Scalar])] = []
            for (i, n) in nodes.enumerated() where rawLen[i] > 0 && rawLen[i] <= 400 && cellTags.contains(n.tag) {
                if n.children.contains(where: { !nodes[$0].isText && !inlineTags.contains(nodes[$0].tag) }) { continue }
                var t = plainScalars(i)
                while let f = t.first, Self.isBlank(f) { t.removeFirst() }
                while let l = t.last, Self.isBlank(l) { t.removeLast() }
                if !t.isEmpty && t.count <= 120 { cells.append((i, t)) }
            }
            func key(_ t: ArraySlice<Unicode.Scalar>) -> String? {
                guard t.count <= 16 else { return nil }
                let k = String(String.UnicodeScalarView(t.filter { !Self.isBlank($0) && $0 != "：" && $0 != ":" }))
                return HTMLContentRules.indexLabels.contains(k) ? k : nil
            }
            for (k, cell) in cells.enumerated() {
                if let label = key(cell.text[...]), k + 1 < cells.count, key(cells[k + 1].text[...]) == nil {
                    hints.set(label: label, value: String(String.UnicodeScalarView(cells[k + 1].text)))
                    markIndexTable(from: cell.index)
                } else if let colon = cell.text.prefix(16).firstIndex(where: { $0 == "：" || $0 == ":" }),
                    let label = key(cell.text[..<colon])
                {
                    let v = String(String.UnicodeScalarView(cell.text[(colon + 1)...])).trimmingSpaces
                    if !v.isEmpty { hints.set(label: label, value: v) }
                }
            }
        }

        func plainScalars(_ i: Int) -> [Unicode.Scalar] {
            var v: [Unicode.Scalar] = []
            func go(_ k: Int) {
                let n = nodes[k]
                if n.isText {
                    v.append(contentsOf: n.text)
                } else if !HTMLContentRules.droppedTags.contains(n.tag) {
                    n.children.forEach(go)
                }
            }
            go(i)
            return v
        }

        static func label(_ s: String) -> String {
            String(s.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "：" && $0 != ":" }.map(Character.init))
        }

        /// Drops the nearest enclosing table of an index-table cell (metadata, not notice text).
        mutating func markIndexTable(from i: Int) {
            var k = nodes[i].parent
            while k >= 0 {
                if nodes[k].tag == "table" {
                    if !dropped[k] { drop(k) }
                    return
                }
                k = nodes[k].parent
            }
        }

        mutating func drop(_ i: Int) {
            dropped[i] = true
            var k = nodes[i].parent
            while k >= 0 {
                textLen[k] -= textLen[i]
                linkLen[k] -= linkLen[i]
                k = nodes[k].parent
            }
            textLen[i] = 0
            linkLen[i] = 0
        }

        func score(_ i: Int) -> Int { textLen[i] - 2 * linkLen[i] }

        func isContentContainer(_ n: HTMLNode) -> Bool {
            if HTMLContentRules.contentIDs.contains(n.id.lowercased()) { return true }
            return HTMLContentRules.words(n.cls).contains { HTMLContentRules.contentClassWords.contains($0) }
        }

        func isAncestor(_ a: Int, of b: Int) -> Bool {
            var k = nodes[b].parent
            while k >= 0 {
                if k == a { return true }
                k = nodes[k].parent
            }
            return false
        }

        /// The known CMS container with the most text (descending into an inner one that holds
        /// most of it), else the block where text density concentrates.
        func mainContent() -> Int {
            let body = nodes.firstIndex { $0.tag == "body" } ?? 0
            let total = max(score(body), 1)
            let known = nodes.indices.filter {
                !nodes[$0].isText && !dropped[$0] && isContentContainer(nodes[$0]) && score($0) >= 50 && score($0) * 5 >= total
            }
            if var best = known.max(by: { score($0) < score($1) }) {
                let inner = known.filter { isAncestor(best, of: $0) && score($0) * 10 >= score(best) * 8 }
                if let deepest = inner.max(by: { depth[$0] < depth[$1] }) { best = deepest }
                return best
            }
            var best = body
            while true {
                let kids = nodes[best].children.filter { !nodes[$0].isText && !dropped[$0] }
                guard let top = kids.max(by: { score($0) < score($1) }), score(top) * 10 >= score(best) * 7 else { break }
                best = top
            }
            return best
        }

        /// The document number printed above the main block (a 文号 line under the page's
        /// title, outside the CMS container): the last one in the text just before it.
        func numberAbove(_ main: Int) -> String? {
            var text: [Unicode.Scalar] = []
            func go(_ k: Int) -> Bool {
                if k == main { return true }
                let n = nodes[k]
                if n.isText {
                    if !dropped[k] {
                        text.append(contentsOf: n.text)
                        text.append("\n")
                    }
                    return false
                }
                if dropped[k] { return false }
                for c in n.children where go(c) { return true }
                return false
            }
            _ = go(0)
            let tail = TextNormalizer().normalize(NormalizedText(String(String.UnicodeScalarView(text.suffix(600)))))
            return DocumentNumber.all(in: tail.scalars).last?.number
        }

        mutating func emit(_ i: Int) {
            let n = nodes[i]
            if n.isText {
                guard !dropped[i] else { return }
                appendText(n.text)
                return
            }
            if dropped[i] { return }
            let block = HTMLContentRules.blockTags.contains(n.tag)
            if block { builder.breakLine(at: max(0, min(cursor, source.count - 1))) }
            if n.tag == "td" || n.tag == "th" { cellPending = true }
            for c in n.children { emit(c) }
            if block { builder.breakLine(at: max(0, min(cursor, source.count - 1))) }
        }

        /// Appends a text node, mapping it to where its first characters occur in the source
        /// (exact unless an entity stood inside it; then off by the entity's length at most).
        mutating func appendText(_ t: [Unicode.Scalar]) {
            guard let k = t.firstIndex(where: { !Self.isBlank($0) }) else {
                if !t.isEmpty { builder.append(" ", at: min(cursor, max(source.count - 1, 0))) }
                return
            }
            let probe = t[k..<min(t.count, k + 4)]
            var base = cursor - k
            // A short window: a node whose text is not found (an entity inside its first
            // characters) must not cost a scan of the whole page.
            let limit = min(source.count - probe.count, cursor + 4096)
            var p = cursor
            while p <= limit {
                if source[p] == probe.first!, source[p..<(p + probe.count)].elementsEqual(probe) {
                    base = p - k
                    break
                }
                p += 1
            }
            let last = max(source.count - 1, 0)
            if cellPending {
                cellStarts.insert(min(max(base + k, 0), last))
                cellPending = false
            }
            for (j, s) in t.enumerated() { builder.append(s, at: min(max(base + j, 0), last)) }
            cursor = min(max(base + t.count, cursor), source.count)
        }
    }
}
