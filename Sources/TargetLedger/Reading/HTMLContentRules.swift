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

    static func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).flatMap { w -> [String] in
            let whole = String(w)
            let parts = w.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
            return [whole] + parts
        }
    }
}
