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
            if CharacterClass.isDigit(c.value) {
                v = v * 10 + Int(c.value - 48)
            } else if let d = digitValues[c] {
                v = v * 10 + d
            } else {
                return nil
            }
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

/// Finds every date in a text by a scan anchored on 年 and on 19xx/20xx followed by - / .
/// (a regex with a look-behind tried at every character cost more than all of reading).
struct DateFinder: Sendable {
    struct Found: Sendable {
        var range: Range<Int>
        var iso: String
        /// Written with Chinese numerals (二○○九年十月二十三日): a signing date.
        var chinese: Bool
        var hasDay: Bool
    }

    static let shared = DateFinder()

    @inline(__always) static func isYearDigit(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isDigit(c.value) || ChineseDate.digitValues[c] != nil
    }

    @inline(__always) static func isSmallChinese(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }

    func dates(in s: [Unicode.Scalar]) -> [Found] {
        var out: [Found] = []
        let n = s.count
        func skip(_ i: inout Int) { while i < n, s[i] == " " { i += 1 } }
        /// Digits (up to `maxDigits`) or Chinese numerals (up to `maxChinese`) from `i`, then `unit`.
        func part(_ i: inout Int, unit: Unicode.Scalar, maxDigits: Int, maxChinese: Int) -> Int? {
            var j = i
            if j < n, CharacterClass.isDigit(s[j].value) {
                while j < n, j - i < maxDigits, CharacterClass.isDigit(s[j].value) { j += 1 }
            } else {
                while j < n, j - i < maxChinese, Self.isSmallChinese(s[j]) { j += 1 }
            }
            guard j > i else { return nil }
            var k = j
            skip(&k)
            guard k < n, s[k] == unit, let v = ChineseDate.small(s[i..<j]) else { return nil }
            i = k + 1
            return v
        }
        var p = 0
        while p < n {
            let c = s[p]
            if c == "年" {
                var y0 = p
                while y0 > 0, s[y0 - 1] == " " { y0 -= 1 }
                guard y0 >= 4, (y0 - 4..<y0).allSatisfy({ Self.isYearDigit(s[$0]) }), y0 == 4 || !CharacterClass.isDigit(s[y0 - 5].value),
                    let y = ChineseDate.year(s[(y0 - 4)..<y0])
                else { p += 1; continue }
                var i = p + 1
                skip(&i)
                guard let m = part(&i, unit: "月", maxDigits: 2, maxChinese: 2) else { p += 1; continue }
                var end = i
                var j = i
                skip(&j)
                let d = part(&j, unit: "日", maxDigits: 2, maxChinese: 3)
                if d != nil { end = j }
                if let iso = ChineseDate.iso(year: y, month: m, day: d) {
                    let isChinese = s[(y0 - 4)..<y0].contains { !CharacterClass.isDigit($0.value) }
                    out.append(Found(range: (y0 - 4)..<end, iso: iso, chinese: isChinese, hasDay: d != nil))
                }
                p = max(p + 1, end)
                continue
            }
            // 2022-07-12, 2025/06/03, 2012.9
            if (c == "1" || c == "2"), p + 5 < n, p == 0 || !CharacterClass.isDigit(s[p - 1].value),
                (c == "1" && s[p + 1] == "9") || (c == "2" && s[p + 1] == "0"),
                CharacterClass.isDigit(s[p + 2].value), CharacterClass.isDigit(s[p + 3].value),
                s[p + 4] == "-" || s[p + 4] == "/" || s[p + 4] == "."
            {
                let sep = s[p + 4]
                var i = p + 5
                let m0 = i
                while i < n, i - m0 < 3, CharacterClass.isDigit(s[i].value) { i += 1 }
                let y = ChineseDate.small(s[p..<(p + 4)])!
                guard i > m0, i - m0 <= 2, let m = ChineseDate.small(s[m0..<i]), (1...12).contains(m) else { p += 1; continue }
                var end = i
                var d: Int? = nil
                if i + 1 < n, s[i] == sep, CharacterClass.isDigit(s[i + 1].value) {
                    var j = i + 1
                    let d0 = j
                    while j < n, j - d0 < 3, CharacterClass.isDigit(s[j].value) { j += 1 }
                    if j - d0 <= 2 { d = ChineseDate.small(s[d0..<j]); end = j } else { p += 1; continue }
                } else if i < n, CharacterClass.isDigit(s[i].value) {
                    p += 1
                    continue
                }
                if let iso = ChineseDate.iso(year: y, month: m, day: d) {
                    out.append(Found(range: p..<end, iso: iso, chinese: false, hasDay: d != nil))
                }
                p = end
                continue
            }
            p += 1
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
