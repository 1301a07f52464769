/// Which parts of a government page are never the notice, and which containers usually hold it.
/// Data, not code, so that a new CMS is one line here.
enum HTMLContentRules {
    /// Elements whose whole subtree is never notice text.
    static let droppedTags: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "head", "iframe", "form", "select", "option",
        "button", "input", "textarea", "object", "embed", "svg", "aside", "map", "title", "meta", "link",
    ]

    /// Elements that end a line of text.
    static let blockTags: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3", "h4",
        "h5", "h6", "section", "article", "dd", "dt", "dl", "blockquote", "center", "pre", "hr", "caption", "main",
    ]

    /// Class or id words (split on space, -, _) of site furniture: navigation, sidebars, share bars.
    static let furnitureWords: Set<String> = [
        "nav", "navbar", "menu", "footer", "foot", "header", "top", "topbar", "breadcrumb", "crumb", "crumbs", "mbx",
        "path", "position", "location", "weizhi", "share", "bdshare", "sidebar", "side", "aside", "related", "xgwz",
        "xgxx", "copyright", "banquan", "search", "login", "toolbar", "print", "dayin", "fontsize", "zt", "pagination",
        "pager", "phb", "paihangbang", "rank", "hot", "links", "friendlink", "qrcode", "ewm", "return", "fanhui",
        "jbxx", "shezhi", "newlink", "f-r", "article_r", "xgdd", "fjlis", "attachment",
    ]

    /// Class words of content containers that Chinese government CMSs use.
    static let contentClassWords: Set<String> = [
        "trs_editor", "article_con", "article-content", "articlecontent", "pages_content", "news_content",
        "zwgk_content", "xxgk_content", "detail-content", "detail_content", "content_text", "con_text", "zw",
        "wzcon", "main-txt", "view", "tyxl_content", "zoom", "article", "content", "xl-cont", "txt", "text",
    ]

    /// Ids of content containers.
    static let contentIDs: Set<String> = [
        "zoom", "fontzoom", "ucap-content", "content", "content1", "js_content", "maintext", "textcontent", "zw",
        "article", "detail", "barrierfree_container", "conttext", "zoomcon", "con_content",
    ]

    /// Meta tag names that give metadata.
    static let metaLabels: [String: String] = [
        "articletitle": "标题", "pubdate": "发布日期", "contentsource": "发布机构", "firstpublishedtime": "发布日期",
    ]

    /// Cell labels of a government index table (索引号 | … | 文号 | … | 发布日期 | …), spaces removed.
    static let indexLabels: Set<String> = [
        "索引号", "主题分类", "名称", "标题", "文号", "发文字号", "发布日期", "成文日期", "发文日期", "发文单位", "发文机关",
        "发布机构", "发布机关", "主题词", "体裁分类", "组配分类", "有效性", "公开方式", "信息来源", "来源", "生效日期", "废止日期",
    ]

    /// Tags that may hold an index-table cell's text, and tags that may sit inside such a cell.
    static let cellTags: Set<String> = ["td", "th", "dt", "dd", "li", "span", "p", "b", "strong", "label", "em", "div"]
    static let inlineTags: Set<String> = ["span", "b", "strong", "a", "em", "font"]

    /// Each tag the reader knows, with its kind and flags: one dictionary lookup per element
    /// instead of a lookup in each set as the page is walked.
    static let tagInfo: [String: (HTMLTree.Kind, HTMLTree.Flags)] = {
        var out: [String: (HTMLTree.Kind, HTMLTree.Flags)] = [:]
        let kinds: [String: HTMLTree.Kind] = [
            "a": .a, "body": .body, "title": .title, "meta": .meta, "td": .td, "th": .th, "table": .table, "tr": .tr,
        ]
        for tag in droppedTags.union(blockTags).union(cellTags).union(inlineTags).union(kinds.keys) {
            var f: HTMLTree.Flags = []
            if droppedTags.contains(tag) { f.insert([.droppedTag, .furniture]) }
            if blockTags.contains(tag) { f.insert(.block) }
            if cellTags.contains(tag) { f.insert(.cell) }
            if inlineTags.contains(tag) { f.insert(.inline) }
            out[tag] = (kinds[tag] ?? .element, f)
        }
        return out
    }()

    /// Index-table labels as scalars, and the bounds of their lengths (a cheap test before a
    /// String is made of a cell).
    static let indexLabelLengths: ClosedRange<Int> = {
        let counts = indexLabels.map { $0.unicodeScalars.count }
        return counts.min()!...counts.max()!
    }()
    static let indexLabelFirsts: Set<Unicode.Scalar> = Set(indexLabels.map { $0.unicodeScalars.first! })

    /// Whether a `style` attribute hides its element. ASCII (nearly every page) is tested on
    /// bytes; anything else goes through the String path this mirrors.
    static func hides(style bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.contains(where: { $0 >= 0x80 }) {
            let style = String(decoding: bytes, as: UTF8.self).lowercased().filter { $0 != " " }
            return style.contains("display:none") || style.contains("visibility:hidden")
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        for b in bytes where b != 0x20 { folded.append(b >= 65 && b <= 90 ? b + 32 : b) }
        return folded.contains(ascii: "display:none") || folded.contains(ascii: "visibility:hidden")
    }

    /// Whether any of the `words` of `bytes` (class and id words) is in `set`. ASCII without a
    /// carriage return (which would join "\r\n" into one Character) is split on bytes.
    static func anyWord(_ bytes: [UInt8], in set: Set<String>) -> Bool {
        if bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            return words(String(decoding: bytes, as: UTF8.self)).contains { set.contains($0) }
        }
        let lower = bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var i = 0
        let n = lower.count
        while i < n {
            while i < n, lower[i] == 0x20 || lower[i] == 0x09 || lower[i] == 0x0A { i += 1 }
            let a = i
            while i < n, lower[i] != 0x20, lower[i] != 0x09, lower[i] != 0x0A { i += 1 }
            guard a < i else { continue }
            if set.contains(String(decoding: lower[a..<i], as: UTF8.self)) { return true }
            var p = a
            while p < i {
                while p < i, lower[p] == 0x2D || lower[p] == 0x5F { p += 1 }
                let q = p
                while p < i, lower[p] != 0x2D, lower[p] != 0x5F { p += 1 }
                if q < p, set.contains(String(decoding: lower[q..<p], as: UTF8.self)) { return true }
            }
        }
        return false
    }

    /// Whether an id, lower-cased, is one of `contentIDs`.
    static func isContentID(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(where: { $0 >= 0x80 }) { return contentIDs.contains(String(decoding: bytes, as: UTF8.self).lowercased()) }
        return contentIDs.contains(String(decoding: bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self))
    }

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).flatMap { w -> [String] in
            let whole = String(w)
            let parts = w.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            return [whole] + parts
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes contain `needle` (ASCII) anywhere.
    fileprivate func contains(ascii needle: StaticString) -> Bool {
        let m = needle.utf8CodeUnitCount
        guard m > 0, count >= m else { return m == 0 }
        let first = needle.utf8Start.pointee
        return withUnsafeBufferPointer { buf in
            var i = 0
            while i + m <= buf.count {
                if buf[i] == first {
                    var k = 1
                    while k < m, buf[i + k] == needle.utf8Start[k] { k += 1 }
                    if k == m { return true }
                }
                i += 1
            }
            return false
        }
    }
}
