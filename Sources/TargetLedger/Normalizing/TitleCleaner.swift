/// Takes the site's furniture off a title line: a site name joined with -- or _ (法搜网--…,
/// …_某市人民政府), tags in 【】 (【有效】), page and section labels (Page 6 -, 新闻详情), index
/// labels with their values (生成日期 2020-05-08 公开方式主动公开) and a date in front.
enum TitleCleaner {
    static let separators = ["--", "——", "－－", "_", "|", " - "]
    static let leadingLabels = ["新闻详情", "正文", "详情", "当前位置", "首页", "•", "·"]
    static let leading = try! ICUPattern(
        #"^(?:Page\s*\d+\s*-\s*|(?:生成日期|发布日期|成文日期|发文日期|索引号|发文字号|文号)\s*[:：]?\s*[^\s\p{Script=Han}]*\s*|公开方式\s*[:：]?\s*(?:主动公开|依申请公开|不予公开)\s*|(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*)"#)

    /// The title without furniture, or nil when nothing like a title is left (no Han at all).
    /// First characters of the furniture `leading` and `leadingLabels` take off.
    static let furnitureStarts = ScalarSet("生发成索文公新正详当首P0123456789【•·[标")
    static let furnitureMarks = ScalarSet("【】_|-—－")
    /// Where a collection's count (3篇, (精选5篇)) starts at the end of `t`, if one closes it.
    static func collectionTail(_ t: String) -> Int? {
        var u = Array(t)
        guard u.last == "篇" else { return nil }
        u.removeLast()
        var k = u.count
        while k > 0, u[k - 1].isNumber || "一二三四五六七八九十".contains(u[k - 1]) { k -= 1 }
        guard k < u.count else { return nil }
        if k >= 2, u[k - 1] == "选", u[k - 2] == "精" { k -= 2 }
        if k >= 1, u[k - 1] == "(" || u[k - 1] == "（" { k -= 1 }
        return k
    }

    /// What a sharing site appends to a model text's title.
    static let modelTails = ["范文", "模板", "模版"]

    /// The title in a shared file's name (…实施方案范文.docx → …实施方案), or nil for no file name.
    static func fileTitle(_ name: String) -> String? {
        let lower = name.lowercased()
        guard let ext = [".docx", ".doc", ".pdf", ".wps", ".txt"].first(where: lower.hasSuffix) else { return nil }
        var t = String(name.dropLast(ext.count)).trimmingSpaces
        for tail in ["范文", "(完整版)", "（完整版）", "完整版", "(最新)", "（最新）", "模板"] where t.hasSuffix(tail) { t = String(t.dropLast(tail.count)) }
        return clean(t)
    }

    static func clean(_ title: String) -> String? {
        var t = title.trimmingSpaces
        // The notice's number before its title (金政发〔2021〕1号关于印发…的通知).
        if let k = t.range(of: "号关于"), t.distance(from: t.startIndex, to: k.lowerBound) <= 24, case let head = Array(String(t[...k.lowerBound]).unicodeScalars),
            let n = DocumentNumber.all(in: head).first, n.range.lowerBound == 0, n.range.upperBound == head.count {
            t = String(t[t.index(after: k.lowerBound)...])
        }
        // A title line wrapped whole in 《》 (《北京市人民政府办公厅关于印发〈…〉的通知》).
        if t.hasPrefix("《"), t.hasSuffix("》"), t.count > 8, !t.dropFirst().dropLast().contains("》") { t = String(t.dropFirst().dropLast()) }
        // Most titles carry none of it: told by their first character and their marks.
        if let f = t.unicodeScalars.first, !furnitureStarts.contains(f), !t.unicodeScalars.contains(where: { furnitureMarks.contains($0) }),
            !t.hasSuffix(")") && !t.hasSuffix("）"), !modelTails.contains(where: t.hasSuffix), !t.hasSuffix("篇")
        {
            return t.unicodeScalars.contains(where: { CharacterClass.isHan($0.value) }) ? t : nil
        }
        // Tags in 【】 at either end, and (全文) marks at the end.
        while t.hasPrefix("【"), let close = t.firstIndex(of: "】") { t = String(t[t.index(after: close)...]).trimmingSpaces }
        // A page's own label before its title ([标题], 标题：).
        for label in ["[标题]", "［标题］", "标题：", "标题:"] where t.hasPrefix(label) { t = String(t.dropFirst(label.count)).trimmingSpaces }
        while t.hasSuffix("】"), let open = t.lastIndex(of: "【") { t = String(t[..<open]).trimmingSpaces }
        for tail in ["(全文完整)", "（全文完整）", "(全文)", "（全文）"] where t.hasSuffix(tail) { t = String(t.dropLast(tail.count)) }
        // A sharing site's model text keeps the title it is a model of (…工作计划模版), and so
        // does a collection of several (…政府工作报告3篇, …工作总结（精选5篇）).
        for tail in modelTails where t.hasSuffix(tail) && MetadataExtractor.looksLikeTitle(String(t.dropLast(tail.count))) {
            t = String(t.dropLast(tail.count))
        }
        if t.hasSuffix("篇"), let cut = Self.collectionTail(t), MetadataExtractor.looksLikeTitle(String(t.prefix(cut))) { t = String(t.prefix(cut)) }
        // A site's name beside the title: keep the part that reads as a title.
        for sep in separators where t.contains(sep) {
            let parts = t.components(separatedBy: sep).map(\.trimmingSpaces).filter { !$0.isEmpty }
            if let best = parts.filter(MetadataExtractor.looksLikeTitle).max(by: { $0.count < $1.count }) {
                t = best
            } else if parts.count >= 2, let longest = parts.max(by: { $0.count < $1.count }),
                parts.allSatisfy({ $0 == longest || $0.count <= 10 }), longest.count >= 12
            {
                // A news headline with the site's name (…全覆盖_环球快看点).
                t = longest
            }
        }
        var changed = true
        while changed {
            changed = false
            for label in leadingLabels where t.hasPrefix(label) && t.count > label.count + 4 {
                t = String(t.dropFirst(label.count)).trimmingSpaces
                changed = true
            }
            let u = Array(t.utf16)
            if let g = leading.allMatches(in: u).first, let r = g[0], r.lowerBound == 0, r.upperBound > 0, r.upperBound < u.count {
                t = String(decoding: u[r.upperBound...], as: UTF16.self).trimmingSpaces
                changed = true
            }
        }
        guard t.unicodeScalars.contains(where: { CharacterClass.isHan($0.value) }) else { return nil }
        return t
    }
}
