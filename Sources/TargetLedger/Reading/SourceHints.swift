/// What a page or export says about the notice outside its text (meta tags, index table,
/// front matter, CSV columns); these win over what is guessed from the text.
public struct SourceHints: Sendable, Equatable {
    public var title: String?
    public var docNumber: String?
    public var issuer: String?
    /// A date as written (2022-07-12 19:30:34, 2022年7月12日); parsed later.
    public var published: String?
    /// A news page's post date (来源: … 发布时间: 2021-11-5 16:33): the page's date where the
    /// text gives none of its own (a signed notice's date comes first).
    public var posted: String?
    /// Hints as found; nil where the source said nothing.
    public init(title: String? = nil, docNumber: String? = nil, issuer: String? = nil, published: String? = nil) {
        self.title = title
        self.docNumber = docNumber
        self.issuer = issuer
        self.published = published
    }

    /// Fills each empty field from `other`.
    public mutating func fill(from other: SourceHints) {
        if title == nil { title = other.title }
        if docNumber == nil { docNumber = other.docNumber }
        if issuer == nil { issuer = other.issuer }
        if published == nil { published = other.published }
        if posted == nil { posted = other.posted }
    }

    /// What pages write in a field that has no value.
    static let noValue: Set<String> = ["无", "无文号", "暂无", "-", "—", "/", "空"]

    /// Sets the field a label such as 文号, 发布日期 or 发文机关 names (spaces in the label ignored).
    /// Returns false when the label names no field.
    @discardableResult
    public mutating func set(label: String, value: String) -> Bool {
        let key = String(
            label.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "　" && $0 != ":" && $0 != "：" }.map(Character.init)
        ).lowercased()
        var v = value.trimmingSpaces
        guard !v.isEmpty else { return false }
        // An empty cell lets the next label stand where its value should (文号 | 所属主题: …), and
        // some pages write that there is none (无文号, 无): the label names no value then.
        if v.hasSuffix(":") || v.hasSuffix("：") || Self.noValue.contains(v) { v = "" }
        let known = v.isEmpty ? nil : v
        switch key {
        case "标题", "名称", "title", "文件名称", "articletitle": if title == nil { title = known }
        case "文号", "发文字号", "doc_number", "docnumber": if docNumber == nil { docNumber = known }
        case "发文单位", "发文机关", "发布单位", "发布机关", "制发机关", "issuer", "contentsource", "来源", "信息来源", "发布机构":
            if issuer == nil { issuer = known }
        case "发布日期", "成文日期", "发文日期", "印发日期", "日期", "publish_date", "pubdate", "date", "发布时间", "published":
            if published == nil { published = known }
        default: return false
        }
        // A label whose cell was empty leaves the next label to be read as one.
        return known != nil
    }
}

extension String {
    /// The string without leading and trailing white space (ASCII, no-break and ideographic).
    var trimmingSpaces: String {
        let s = unicodeScalars
        guard let a = s.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let b = s.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(s[a...b])
    }
}
