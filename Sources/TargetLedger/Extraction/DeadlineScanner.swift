/// A date or deadline expression found in the text by a deadline rule.
struct DateMention: Sendable {
    enum Kind: Sendable {
        /// An ISO prefix; `needsYear` when the text gave no year (9月1日前, 年底前).
        case date(template: String, groups: [String: Int], needsYear: Bool)
        /// N whole years from the plan's start (3年内).
        case relative(years: Int)
        /// The end of a named plan (十四五 → 2025) or, with nil, of the document's own plan.
        case planEnd(plan: PlanPeriod?)
        /// Looks like a date and is none (每年, 2024年度预算).
        case notDeadline
    }
    var range: Range<Int>
    var kind: Kind
    /// Whether it can be a deadline at all (每年 and 2024年度预算 cannot).
    var isDeadline: Bool {
        if case .notDeadline = kind { return false }
        return true
    }
    var rule: String
    var text: String
    var isStart: Bool
    var isSpan: Bool
    /// The year the mention itself names (start year of a span), if any.
    var year: Int?
}

/// Finds date and deadline expressions with the deadline rules, longest match first.
struct DeadlineScanner {
    let rules: RuleSet

    /// Every date mention of the text, non-overlapping, in text order.
    func scan(_ index: TextIndex, regions given: [Range<Int>]? = nil, masks: [UInt64]? = nil) -> [DateMention] {
        var found: [(DateMention, Int)] = []
        let regions = given ?? Self.regions(index.scalars)
        for (order, pr) in rules.deadlines.enumerated() {
            let names = pr.captureNames
            for groups in index.matches(pr, inScalarRegions: regions, masks: given == nil ? nil : masks) {
                guard let whole = groups[0], !whole.isEmpty else { continue }
                var values: [String: Int] = [:]
                for (g, name) in names.enumerated() where g > 0 && g < groups.count {
                    if let name, let r = groups[g], let v = DateNumber.value(index.scalars[r.clamped(to: 0..<index.scalars.count)]) {
                        // A year written with two digits (08年) is of this century.
                        if name == "shortyear" { values["year"] = 2000 + v } else { values[name] = v }
                    }
                }
                if let m = mention(pr.rule, pr.deadline, whole, values, index) { found.append((m, order)) }
            }
        }
        // Longest first at a start; earlier rules win ties; overlapping later matches are dropped.
        found.sort {
            if $0.0.range.lowerBound != $1.0.range.lowerBound { return $0.0.range.lowerBound < $1.0.range.lowerBound }
            if $0.0.range.count != $1.0.range.count { return $0.0.range.count > $1.0.range.count }
            return $0.1 < $1.1
        }
        var out: [DateMention] = []
        var end = 0
        for (m, _) in found where m.range.lowerBound >= end {
            out.append(m)
            end = m.range.upperBound
        }
        return out
    }

    /// Every date expression holds one of these characters (年 月 日 号 季 期, and 五 of 十四五).
    static let anchors: ScalarSet = ["年", "月", "日", "号", "季", "期", "五"]
    /// How far a date expression reaches before and after its first anchor (2023年1月至2027年8月底前).
    static let reachBefore = 14
    static let reachAfter = 20

    /// The parts of the text where a date can be: windows around the anchors, merged, within
    /// lines. The deadline patterns search only these (about a seventh of a notice), which is
    /// where most of the extractor's time went.
    static func regions(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        // The line around i is tracked as the scan goes, instead of walked out from each anchor.
        var lineStart = 0
        var nextBreak = -1
        // Statics read once, not through their lazy initialiser's check on every character.
        let anchors = Self.anchors
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                lineStart = i + 1
            } else if anchors.contains(c) {
                if nextBreak <= i {
                    nextBreak = i + 1
                    while nextBreak < s.count, s[nextBreak] != "\n" { nextBreak += 1 }
                }
                let lo = max(lineStart, i - reachBefore)
                let hi = min(nextBreak, i + reachAfter)
                if let last = out.last, last.upperBound >= lo {
                    out[out.count - 1] = last.lowerBound..<max(last.upperBound, hi)
                } else {
                    out.append(lo..<hi)
                }
            }
            i += 1
        }
        return out
    }

    private func mention(_ rule: Rule, _ f: DeadlineFields, _ range: Range<Int>, _ g: [String: Int], _ index: TextIndex) -> DateMention? {
        let text = index.string(range)
        var kind: DateMention.Kind
        if f.notDeadline {
            kind = .notDeadline
        } else if f.relative {
            guard let y = g["years"] ?? g["years2"], y > 0, y <= 20 else { return nil }
            kind = .relative(years: y)
        } else if f.planEnd {
            // “十五五”中期, 前期: a part of the plan with no date of its own (TARGETS.md).
            if text.hasSuffix("中期") || text.hasSuffix("前期") {
                kind = .notDeadline
            } else if let ordinal = PlanNames.ordinal(in: text) {
                kind = .planEnd(plan: PlanNames.period(ordinal: ordinal))
            } else {
                kind = .planEnd(plan: nil)
            }
        } else if let template = f.date {
            if let y = g["year"], !(1900...2100).contains(y) { return nil }
            if let y = g["endyear"], !(1900...2100).contains(y) { return nil }
            if let m = g["month"], !(1...12).contains(m) { return nil }
            if let m = g["endmonth"], !(1...12).contains(m) { return nil }
            if let d = g["day"], !(1...31).contains(d) { return nil }
            let needsYear = template.includes("{year}") && g["year"] == nil
            var g = g
            // 明年: the year after the one the context gives.
            if let offset = rule.fields["year_offset"].flatMap({ Int($0) }) { g[Self.yearOffset] = offset }
            kind = .date(template: template, groups: g, needsYear: needsYear)
        } else {
            return nil
        }
        return DateMention(
            range: range, kind: kind, rule: rule.id, text: text, isStart: f.start,
            isSpan: f.span, year: g["year"])
    }

    /// The group holding a rule's `year_offset` (明年: +1 to the year from context).
    static let yearOffset = "yearoffset"

    /// The ISO prefix of a date mention, given the year to use when the text gives none and the plan period.
    static func resolve(_ m: DateMention, contextYear: Int?, plan: PlanPeriod?, published: Int?) -> (date: String?, source: DeadlineSource)
    {
        switch m.kind {
        case .notDeadline: return (nil, .explicit)
        case .relative(let years):
            guard let start = plan?.start ?? published else { return (nil, .relative) }
            return (String(start + years - 1), .relative)
        case .planEnd(let named):
            if let named { return (String(named.end), .explicit) }
            return (plan.map { String($0.end) }, .explicit)
        case .date(let template, var g, let needsYear):
            if needsYear {
                guard let y = contextYear else { return (nil, .explicit) }
                g["year"] = y + (g[yearOffset] ?? 0)
            }
            if g["endyear"] == nil, let y = g["year"] { g["endyear"] = y }
            // Fills {name} placeholders in one pass; a placeholder with no value leaves no date.
            var out = ""
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{") {
                out += rest[..<open]
                guard let close = rest[open...].firstIndex(of: "}") else { return (nil, .explicit) }
                let name = rest[rest.index(after: open)..<close]
                guard let v = g[String(name)] else { return (nil, .explicit) }
                out += name.hasSuffix("year") ? String(v) : (v < 10 ? "0\(v)" : String(v))
                rest = rest[rest.index(after: close)...]
            }
            out += rest
            return (out, .explicit)
        }
    }
}

/// Five-year plans by ordinal: 十四五 is the 14th, 2021–2025.
enum PlanNames {
    static let ordinals: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    /// The ordinal of the first 十X五 (or 十X个五年) in `text`.
    static func ordinal(in text: String) -> Int? {
        let s = Array(text.unicodeScalars)
        guard s.count >= 3 else { return nil }
        for i in 0..<(s.count - 2) where s[i] == "十" && (s[i + 2] == "五" || (s[i + 2] == "个" && i + 3 < s.count && s[i + 3] == "五")) {
            if let o = ordinals[s[i + 1]] { return 10 + o }
        }
        return nil
    }

    /// The years of the n-th five-year plan (the 1st began in 1953; 1963–65 had none, so the
    /// 3rd began in 1966 and the 14th in 2021).
    static func period(ordinal n: Int) -> PlanPeriod {
        let start = n <= 2 ? 1953 + (n - 1) * 5 : 1966 + (n - 3) * 5
        return PlanPeriod(start: start, end: start + 4)
    }
}

/// Numbers inside dates: Arabic, digit-by-digit Chinese years (二○○九) and 十-style months and days.
enum DateNumber {
    /// The digit a character writes, if any.
    static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "0"..."9": return Int(c.value - 48)
        case "〇", "○", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func value(_ s: String) -> Int? { value(Array(s.unicodeScalars)[...]) }

    /// The number written by `sc` (a slice of the text, read without building a string).
    static func value(_ sc: ArraySlice<Unicode.Scalar>) -> Int? {
        if sc.isEmpty { return nil }
        let first = sc.startIndex
        if let ten = sc.firstIndex(of: "十") {
            let tens = ten == first ? 1 : (digit(sc[first]) ?? 1)
            let ones = ten + 1 < sc.endIndex ? (digit(sc[ten + 1]) ?? 0) : 0
            return tens * 10 + ones
        }
        var v = 0
        for c in sc {
            guard let d = digit(c) else { return nil }
            v = v * 10 + d
        }
        return v
    }
}
