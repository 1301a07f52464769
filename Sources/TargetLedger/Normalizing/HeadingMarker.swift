/// A numbering mark that opens a heading or numbered item: 一、 （一） 1. 1、 (1) ① 第一条 附件.
public struct HeadingMarker: Sendable, Equatable {
    /// 1 = 一、, 2 = （一）, 3 = 1. / 1、, 4 = (1), 5 = ①; 第X章/节/条 and 附件 as set by `HeadingMarker.find`.
    public var level: Int
    /// Scalars the mark takes, from its first scalar.
    public var length: Int

    static let chineseDigits = ScalarSet("一二三四五六七八九十百零〇两")
    static let openParens = ScalarSet("（(")
    static let closeParens = ScalarSet("）)")

    /// The marker starting at `i` of `s` (up to `end`), if any. `articleLevel` is the level a
    /// 第X条 takes in this document (1 when it has no 章, else 2 or 3).
    public static func find(_ s: [Unicode.Scalar], at i: Int, end: Int, articleLevel: Int = 1) -> HeadingMarker? {
        guard i < end else { return nil }
        let c = s[i]
        // 一、 二、 … 十一、
        if chineseDigits.contains(c) {
            var j = i
            while j < end, j - i < 3, chineseDigits.contains(s[j]) { j += 1 }
            if j < end, s[j] == "、" || s[j] == "．", j + 1 < end || s[j] == "、" { return HeadingMarker(level: 1, length: j + 1 - i) }
            return nil
        }
        // （一） and (1)
        if openParens.contains(c) {
            var j = i + 1
            while j < end, j - i <= 3, chineseDigits.contains(s[j]) { j += 1 }
            if j > i + 1, j < end, closeParens.contains(s[j]) { return HeadingMarker(level: 2, length: j + 1 - i) }
            j = i + 1
            while j < end, j - i <= 2, CharacterClass.isDigit(s[j].value) { j += 1 }
            if j > i + 1, j < end, closeParens.contains(s[j]) { return HeadingMarker(level: 4, length: j + 1 - i) }
            return nil
        }
        // 1. 1、 1． — not 1.5 and not a year (2012.9).
        if CharacterClass.isDigit(c.value) {
            var j = i
            while j < end, j - i < 3, CharacterClass.isDigit(s[j].value) { j += 1 }
            guard j - i <= 2, j < end, s[j] == "." || s[j] == "、" || s[j] == "．" else { return nil }
            if j + 1 < end, CharacterClass.isDigit(s[j + 1].value) { return nil }
            if i > 0, CharacterClass.isDigit(s[i - 1].value) { return nil }
            return HeadingMarker(level: 3, length: j + 1 - i)
        }
        // ① … ⑳ and ⑴ … ⒇
        if (0x2460...0x2473).contains(c.value) { return HeadingMarker(level: 5, length: 1) }
        if (0x2474...0x2487).contains(c.value) { return HeadingMarker(level: 4, length: 1) }
        // 第一章 第一节 第一条
        if c == "第" {
            var j = i + 1
            while j < end, j - i <= 4, chineseDigits.contains(s[j]) || CharacterClass.isDigit(s[j].value) { j += 1 }
            guard j > i + 1, j < end else { return nil }
            let len = j + 1 - i
            switch s[j] {
            case "章", "部": return HeadingMarker(level: 1, length: len)
            case "节": return HeadingMarker(level: 2, length: len)
            case "条": return HeadingMarker(level: articleLevel, length: len)
            default: return nil
            }
        }
        // 附件 / 附件1 / 附件：
        if c == "附", i + 1 < end, s[i + 1] == "件" {
            var j = i + 2
            if j == end { return HeadingMarker(level: 1, length: 2) }
            while j < end, CharacterClass.isDigit(s[j].value) || chineseDigits.contains(s[j]) { j += 1 }
            if j < end, s[j] == ":" || s[j] == "：" || s[j] == "、" { return HeadingMarker(level: 1, length: j + 1 - i) }
            if j > i + 2 || j == end { return HeadingMarker(level: 1, length: j - i) }
            return nil
        }
        return nil
    }
}
