import Foundation

/// Reads a saved government page: metadata from meta tags and the 索引号/文号/发布日期 index
/// table, the notice from its main content block, block elements as line breaks.
struct HTMLReader {
    /// `utf8` is the page's own bytes when they were clean UTF-8 (saves re-encoding the source).
    func read(source: [Unicode.Scalar], utf8 original: [UInt8]? = nil) -> ReaderInput? {
        let utf8 = original ?? Self.encodeUTF8(source)
        guard let doc = HTMLDocument(utf8: utf8) else { return nil }
        let tree = doc.tree()
        guard !tree.isEmpty else { return nil }
        var walk = Walk(tree: tree, source: source)
        walk.measure()
        var hints = SourceHints()
        walk.readMeta(into: &hints)
        walk.readIndexTables(into: &hints)
        let main = walk.mainContent()
        if hints.docNumber == nil, let n = walk.numberAbove(main) { hints.docNumber = n }
        walk.emit(main)
        return ReaderInput(text: walk.builder.text, hints: hints, format: .html, cellStarts: walk.cellStarts, rowStarts: walk.rowStarts)
    }

    /// UTF-8 of decoded scalars, written into one buffer sized up front.
    static func encodeUTF8(_ source: [Unicode.Scalar]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: ScalarUTF8.count(source)) { buf, count in
            count = ScalarUTF8.write(source, into: buf)
        }
    }

    /// The passes over the copied tree: measurements, metadata, the main block, text emission.
    struct Walk {
        let tree: HTMLTree
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
        /// Source offsets where a table row's first cell starts, so that a table's rows can be
        /// told apart once its cells are lines of their own.
        var rowStarts: Set<Int> = []
        var rowPending = false

        init(tree: HTMLTree, source: [Unicode.Scalar]) {
            self.tree = tree
            self.source = source
            textLen = Array(repeating: 0, count: tree.count)
            linkLen = Array(repeating: 0, count: tree.count)
            rawLen = Array(repeating: 0, count: tree.count)
            dropped = Array(repeating: false, count: tree.count)
            depth = Array(repeating: 0, count: tree.count)
            builder.scalars.reserveCapacity(tree.text.count + tree.count)
            builder.offsets.reserveCapacity(tree.text.count + tree.count)
        }

        @inline(__always) static func isBlank(_ c: Unicode.Scalar) -> Bool {
            CharacterClass.isSpace(c.value) || CharacterClass.isLineBreak(c.value)
        }

        /// Depth, dropped and link state top-down (a parent precedes its children in the
        /// arrays), then the lengths bottom-up: two loops instead of a recursion.
        mutating func measure() {
            let n = tree.count
            var inLink = [Bool](repeating: false, count: n)
            let all = tree.text
            all.withUnsafeBufferPointer { text in
                for i in 0..<n {
                    let p = tree.parent[i]
                    var parentDropped = false
                    if p >= 0 {
                        depth[i] = depth[p] + 1
                        parentDropped = dropped[p]
                        inLink[i] = inLink[p] || tree.kind[p] == .a
                    }
                    if tree.kind[i] == .text {
                        dropped[i] = parentDropped
                        let a = tree.textStart[i]
                        let b = tree.textEnd[i]
                        rawLen[i] = b - a
                        if !parentDropped {
                            var c = 0
                            for k in a..<b where !Self.isBlank(text[k]) { c += 1 }
                            textLen[i] = c
                            linkLen[i] = inLink[i] ? c : 0
                        }
                    } else {
                        dropped[i] = parentDropped || tree.flags[i].contains(.furniture)
                    }
                }
            }
            var i = n - 1
            while i > 0 {
                let p = tree.parent[i]
                textLen[p] += textLen[i]
                linkLen[p] += linkLen[i]
                rawLen[p] += rawLen[i]
                i -= 1
            }
        }

        /// Text under `i`, skipping dropped tags' subtrees (but reading into `title` itself).
        func plainText(_ i: Int) -> String {
            var v: [Unicode.Scalar] = []
            var k = i
            let end = tree.end[i]
            while k < end {
                if tree.kind[k] == .text {
                    v.append(contentsOf: tree.text[tree.textStart[k]..<tree.textEnd[k]])
                } else if k != i && tree.flags[k].contains(.droppedTag) && tree.kind[k] != .title {
                    k = tree.end[k]
                    continue
                } else if k == i && tree.flags[k].contains(.droppedTag) && tree.kind[k] != .title {
                    break
                }
                k += 1
            }
            return String(scalars: v)
        }

        func readMeta(into hints: inout SourceHints) {
            var pageTitle: String?
            if let t = tree.kind.firstIndex(of: .title) { pageTitle = plainText(t).trimmingSpaces }
            for m in tree.metas {
                if let label = HTMLContentRules.metaLabels[m.name.lowercased()] {
                    hints.set(label: label, value: m.content)
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
                    if tail.includes("网") || tail.includes("政府") || tail.includes("委员会") || tail.includes("局") || tail.includes("门户") {
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
            // Scalars in one buffer, not Strings: this runs over every short element of the page.
            var store: [Unicode.Scalar] = []
            var cells: [(index: Int, text: Range<Int>)] = []
            for i in 0..<tree.count where rawLen[i] > 0 && rawLen[i] <= 400 && tree.flags[i].contains(.cell) {
                var blocked = false
                var c = tree.firstChild[i]
                while c >= 0 {
                    if tree.kind[c] != .text && !tree.flags[c].contains(.inline) {
                        blocked = true
                        break
                    }
                    c = tree.nextSibling[c]
                }
                if blocked { continue }
                let a = store.count
                appendPlainScalars(i, to: &store)
                var lo = a
                var hi = store.count
                while lo < hi, Self.isBlank(store[lo]) { lo += 1 }
                while hi > lo, Self.isBlank(store[hi - 1]) { hi -= 1 }
                if lo < hi && hi - lo <= 120 {
                    cells.append((i, lo..<hi))
                } else {
                    store.removeSubrange(a...)
                }
            }
            func key(_ r: Range<Int>) -> String? {
                guard r.count <= 16 else { return nil }
                var k: [Unicode.Scalar] = []
                for c in store[r] where !Self.isBlank(c) && c != "：" && c != ":" { k.append(c) }
                guard HTMLContentRules.indexLabelLengths.contains(k.count), HTMLContentRules.indexLabelFirsts.contains(k[0]) else {
                    return nil
                }
                let s = String(scalars: k)
                return HTMLContentRules.indexLabels.contains(s) ? s : nil
            }
            for (k, cell) in cells.enumerated() {
                if let label = key(cell.text), k + 1 < cells.count, key(cells[k + 1].text) == nil {
                    hints.set(label: label, value: String(scalars: store[cells[k + 1].text]))
                    markIndexTable(from: cell.index)
                } else if let colon = store[cell.text].prefix(16).firstIndex(where: { $0 == "：" || $0 == ":" }),
                    let label = key(cell.text.lowerBound..<colon)
                {
                    let v = String(scalars: store[(colon + 1)..<cell.text.upperBound]).trimmingSpaces
                    if !v.isEmpty { hints.set(label: label, value: v) }
                }
            }
        }

        /// Text under `i`, skipping dropped tags' subtrees, appended to `v`.
        func appendPlainScalars(_ i: Int, to v: inout [Unicode.Scalar]) {
            var k = i
            let end = tree.end[i]
            while k < end {
                if tree.kind[k] == .text {
                    v.append(contentsOf: tree.text[tree.textStart[k]..<tree.textEnd[k]])
                } else if tree.flags[k].contains(.droppedTag) {
                    k = tree.end[k]
                    continue
                }
                k += 1
            }
        }

        /// Drops the nearest enclosing table of an index-table cell (metadata, not notice text).
        mutating func markIndexTable(from i: Int) {
            var k = tree.parent[i]
            while k >= 0 {
                if tree.kind[k] == .table {
                    if !dropped[k] { drop(k) }
                    return
                }
                k = tree.parent[k]
            }
        }

        mutating func drop(_ i: Int) {
            dropped[i] = true
            var k = tree.parent[i]
            while k >= 0 {
                textLen[k] -= textLen[i]
                linkLen[k] -= linkLen[i]
                k = tree.parent[k]
            }
            textLen[i] = 0
            linkLen[i] = 0
        }

        func score(_ i: Int) -> Int { textLen[i] - 2 * linkLen[i] }

        /// Whether `a` is a proper ancestor of `b` (subtrees are contiguous in document order).
        func isAncestor(_ a: Int, of b: Int) -> Bool { a < b && b < tree.end[a] }

        /// The known CMS container with the most text (descending into an inner one that holds
        /// most of it), else the block where text density concentrates.
        func mainContent() -> Int {
            let body = tree.kind.firstIndex(of: .body) ?? 0
            let total = max(score(body), 1)
            let known = (0..<tree.count).filter {
                tree.kind[$0] != .text && !dropped[$0] && tree.flags[$0].contains(.container) && score($0) >= 50 && score($0) * 5 >= total
            }
            if var best = known.max(by: { score($0) < score($1) }) {
                let inner = known.filter { isAncestor(best, of: $0) && score($0) * 10 >= score(best) * 8 }
                if let deepest = inner.max(by: { depth[$0] < depth[$1] }) { best = deepest }
                return best
            }
            var best = body
            while true {
                let kids = tree.children(best).filter { tree.kind[$0] != .text && !dropped[$0] }
                guard let top = kids.max(by: { score($0) < score($1) }), score(top) * 10 >= score(best) * 7 else { break }
                best = top
            }
            return best
        }

        /// The document number printed above the main block (a 文号 line under the page's
        /// title, outside the CMS container): the last one in the text just before it.
        func numberAbove(_ main: Int) -> String? {
            // Document order up to `main`, skipping dropped subtrees; when `main` itself sits in
            // one, every text node of the page that is not dropped.
            var text: [Unicode.Scalar] = []
            var k = 0
            while k < tree.count, k != main {
                if tree.kind[k] == .text {
                    if !dropped[k] {
                        text.append(contentsOf: tree.text[tree.textStart[k]..<tree.textEnd[k]])
                        text.append("\n")
                    }
                } else if dropped[k] {
                    k = tree.end[k]
                    continue
                }
                k += 1
            }
            let tail = Array(text.suffix(600))
            let normalized = TextNormalizer().normalize(NormalizedText(scalars: tail, sourceOffsets: Array(tail.indices)))
            return DocumentNumber.all(in: normalized.scalars).last?.number
        }

        mutating func emit(_ i: Int) {
            if tree.kind[i] == .text {
                guard !dropped[i] else { return }
                appendText(tree.textStart[i]..<tree.textEnd[i])
                return
            }
            if dropped[i] { return }
            let block = tree.flags[i].contains(.block)
            if block { builder.breakLine(at: max(0, min(cursor, source.count - 1))) }
            if tree.kind[i] == .td || tree.kind[i] == .th { cellPending = true }
            if tree.kind[i] == .tr { rowPending = true }
            var c = tree.firstChild[i]
            while c >= 0 {
                emit(c)
                c = tree.nextSibling[c]
            }
            if block { builder.breakLine(at: max(0, min(cursor, source.count - 1))) }
        }

        /// Appends a text node, mapping it to where its first characters occur in the source
        /// (exact unless an entity stood inside it; then off by the entity's length at most).
        mutating func appendText(_ range: Range<Int>) {
            let t = tree.text[range]
            guard let k0 = t.firstIndex(where: { !Self.isBlank($0) }) else {
                if !t.isEmpty { builder.append(" ", at: min(cursor, max(source.count - 1, 0))) }
                return
            }
            let k = k0 - range.lowerBound
            let probeCount = min(t.count - k, 4)
            var base = cursor - k
            // A short window: a node whose text is not found (an entity inside its first
            // characters) must not cost a scan of the whole page.
            let limit = min(source.count - probeCount, cursor + 4096)
            let from = cursor
            let source = self.source
            let all = tree.text
            source.withUnsafeBufferPointer { src in
                all.withUnsafeBufferPointer { txt in
                    let first = txt[k0]
                    var p = from
                    while p <= limit {
                        if src[p] == first {
                            var m = 1
                            while m < probeCount, src[p + m] == txt[k0 + m] { m += 1 }
                            if m == probeCount {
                                base = p - k
                                break
                            }
                        }
                        p += 1
                    }
                }
            }
            let last = max(source.count - 1, 0)
            if cellPending {
                cellStarts.insert(min(max(base + k, 0), last))
                cellPending = false
                if rowPending { rowStarts.insert(min(max(base + k, 0), last)) }
            }
            rowPending = false
            builder.append(t, base: base, last: last)
            cursor = min(max(base + t.count, cursor), source.count)
        }
    }
}
