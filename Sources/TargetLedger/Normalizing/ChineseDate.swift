/// Dates as notices write them: 2022年7月12日, 二○○九年十月二十三日, 二00九年七月十日, 2022-07-12,
/// 2012.9. ○ (U+25CB) and 〇 (U+3007) and O are all zero: peers that know only 〇 read 二○○九 wrong.
public enum ChineseDate {
    static let digitValues: [Unicode.Scalar: Int] = [
        "〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// A year written digit by digit (2009, 二○○九, 二00九).
    public static func year<C: Collection>(_ s: C) -> Int? where C.Element == Unicode.Scalar {
        guard s.count == 4 else { return nil }
        var v = 0
        for c in s {
            if CharacterClass.isDigit(c.value) { v = v * 10 + Int(c.value - 48) } else if let d = digitValues[c] { v = v * 10 + d } else { return nil }
        }
        return v
    }

    /// A month or day in digits or Chinese numerals (十, 十二, 二十三, 三十一).
    public static func small<C: Collection>(_ s: C) -> Int? where C.Element == Unicode.Scalar {
        if s.isEmpty { return nil }
        if s.allSatisfy({ CharacterClass.isDigit($0.value) }) {
            return s.reduce(0) { $0 * 10 + Int($1.value - 48) }
        }
        var total = 0
        var current = 0
        for c in s {
            if c == "十" {
                total += (current == 0 ? 1 : current) * 10
                current = 0
            } else if let d = digitValues[c] {
                current = d
            } else {
                return nil
            }
        }
        return total + current
    }

    /// `year-month-day` (or `year-month`) as an ISO-8601 prefix, if the parts make a date.
    public static func iso(year: Int, month: Int?, day: Int?) -> String? {
        guard (1900...2100).contains(year) else { return nil }
        guard let month else { return String(year) }
        guard (1...12).contains(month) else { return nil }
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(m)" }
        guard (1...31).contains(day) else { return nil }
        return "\(year)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    /// The first date in `text` (a hint such as "2022-07-12 19:30:34" or "2022年7月12日").
    public static func parse(_ text: String) -> String? {
        let found = DateFinder.shared.dates(in: Array(text.unicodeScalars))
        return found.first?.iso
    }
}

/// Finds every date in a text with ICU patterns compiled once.
struct DateFinder: Sendable {
    struct Found: Sendable {
        var range: Range<Int>
        var iso: String
        /// Written with Chinese numerals (二○○九年十月二十三日): a signing date.
        var chinese: Bool
        var hasDay: Bool
    }

    static let shared = DateFinder()
    let chinese = try! ICUPattern(#"([0-9〇○零一二三四五六七八九OＯ]{4}) *年 *([0-9]{1,2}|[一二三四五六七八九十]{1,2}) *月 *(?:([0-9]{1,2}|[一二三四五六七八九十]{1,3}) *日)?"#)
    let numeric = try! ICUPattern(#"(?<![0-9])((?:19|20)[0-9]{2})[-/.](1[0-2]|0?[1-9])(?:[-/.]([0-3]?[0-9]))?(?![0-9])"#)

    func dates(in s: [Unicode.Scalar]) -> [Found] {
        var units: [UInt16] = []
        var scalarAt: [Int] = []
        units.reserveCapacity(s.count)
        for (i, c) in s.enumerated() {
            for u in UTF16.encode(c)! {
                units.append(u)
                scalarAt.append(i)
            }
        }
        scalarAt.append(s.count)
        func sub(_ r: Range<Int>?) -> ArraySlice<Unicode.Scalar>? {
            guard let r else { return nil }
            return s[scalarAt[r.lowerBound]..<scalarAt[r.upperBound]]
        }
        var out: [Found] = []
        for g in chinese.allMatches(in: units) {
            guard let y = sub(g[1]).flatMap({ ChineseDate.year($0) }), let m = sub(g[2]).flatMap({ ChineseDate.small($0) }) else { continue }
            let d = sub(g[3]).flatMap { ChineseDate.small($0) }
            guard let iso = ChineseDate.iso(year: y, month: m, day: d) else { continue }
            let r = scalarAt[g[0]!.lowerBound]..<scalarAt[g[0]!.upperBound]
            let isChinese = sub(g[1])!.contains { !CharacterClass.isDigit($0.value) }
            out.append(Found(range: r, iso: iso, chinese: isChinese, hasDay: d != nil))
        }
        for g in numeric.allMatches(in: units) {
            guard let y = sub(g[1]).flatMap({ ChineseDate.small($0) }), let m = sub(g[2]).flatMap({ ChineseDate.small($0) }) else { continue }
            let d = sub(g[3]).flatMap { ChineseDate.small($0) }
            guard let iso = ChineseDate.iso(year: y, month: m, day: d) else { continue }
            out.append(Found(range: scalarAt[g[0]!.lowerBound]..<scalarAt[g[0]!.upperBound], iso: iso, chinese: false, hasDay: d != nil))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
