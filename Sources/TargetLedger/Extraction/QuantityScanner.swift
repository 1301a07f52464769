/// A number with its unit as the unit rules read it (15万册 → 150000 册), and where it stands.
struct Quantity: Sendable {
    /// The number as written, magnitude included (15万).
    var numberRange: Range<Int>
    /// Number and unit (15万册): the `span` of a record.
    var range: Range<Int>
    var value: Double
    var valueMax: Double?
    var unit: String?
    var dimension: UnitDimension?
    var unitRule: String?
    /// True when the number was written in Chinese numerals (一小时, 十五万).
    var chineseForm: Bool
    /// 余/多 written inside the number (5300余万): more than the value.
    var over: Bool
    var text: String
}

/// Reads quantities: the number layer's mentions plus the longest unit that follows them.
/// Numbers inside filtered spans and date expressions are skipped; bare numbers without a unit
/// are kept only where a comparator word stands right before them (校际差异率低于0.15).
struct QuantityScanner {
    let rules: RuleSet

    static let classifierGe: Unicode.Scalar = "个"

    func scan(_ index: TextIndex, in range: Range<Int>, blocked: SpanSet, numbers: ArraySlice<NumberHit>? = nil) -> [Quantity] {
        let s = index.scalars
        var out: [Quantity] = []
        let mentions = numbers.map(Array.init) ?? NumberBridge.scan(s, in: range)
        var k = 0
        var skipUntil = 0
        while k < mentions.count {
            let m = mentions[k]
            k += 1
            if blocked.overlaps(m.range) { continue }
            if m.range.lowerBound < skipUntil { continue }
            if isListNumber(m.range, s: s, range: range) { continue }
            var end = m.range.upperBound
            var unit: String?
            var dim: UnitDimension?
            var unitRule: String?
            var over = m.over
            var valueOverride: Double? = nil
            // A magnitude written apart from the number (30个亿, 1.4兆斤).
            var magnitude = 1.0
            if m.isPercent {
                unit = "%"
                dim = .percent
                unitRule = rules.units.match(["%"], at: 0)?.payload.rule
            } else if m.isPermille {
                unit = "‰"
                dim = .percent
                unitRule = rules.units.match(["‰"], at: 0)?.payload.rule
            } else {
                var j = end
                while j < range.upperBound, s[j] == " " { j += 1 }
                // 50余条: 余/多 between the number and its unit mean "more than".
                if j + 1 < range.upperBound, s[j] == "余" || s[j] == "多", rules.units.match(s, at: j + 1, limit: range.upperBound) != nil {
                    over = true
                    j += 1
                }
                // 个 before a unit is dropped (3个月 → 月); 个 alone is a count.
                var afterGe = j
                // (Not before a magnitude: 10个万亩基地 counts bases, it measures no land.)
                if j < range.upperBound, s[j] == Self.classifierGe, !(j + 1 < range.upperBound && "万亿千百".unicodeScalars.contains(s[j + 1])) {
                    afterGe = j + 1
                }
                // (…but 产值突破30个亿 says 30亿 in speech: 个亿 before a mark, 元 or the end.)
                if j + 1 < range.upperBound, s[j] == Self.classifierGe, s[j + 1] == "亿",
                    j + 2 >= range.upperBound || !CharacterClass.isHan(s[j + 2].value) || s[j + 2] == "元"
                {
                    magnitude = 1e8
                    afterGe = j + 2
                    end = j + 2
                }
                // (A one-character classifier after 个 opens a noun, no second classifier: 30个项目,
                // 5个家庭, 25个列入…; a classifier word stays one: 21个点位.)
                if let u = rules.units.match(s, at: afterGe, limit: range.upperBound),
                    afterGe == j || u.payload.dimension != .count || u.length > 1 || s[afterGe] == "人",
                    // (Years are never counted with 个: 20个年接待游客300万人次以上的景区 counts 景区.)
                    afterGe == j || s[afterGe] != "年"
                {
                    unit = index.string(afterGe..<afterGe + u.length)
                    dim = u.payload.dimension
                    unitRule = u.payload.rule
                    end = afterGe + u.length
                } else if magnitude == 1, let u = rules.units.match(s, at: j, limit: range.upperBound) {
                    unit = index.string(j..<j + u.length)
                    if unit == "个百分点" { unit = "百分点" }
                    dim = u.payload.dimension
                    unitRule = u.payload.rule
                    end = j + u.length
                } else if let split = splitRate(before: m.range.lowerBound, after: j, s: s, range: range) {
                    unit = split.unit
                    dim = split.dimension
                    unitRule = split.rule
                    end = split.end
                }
            }
            // 每平方公里3.5万人: a 每 denominator right before the number makes a count the numerator
            // of a rate the rules know (人/平方公里).
            if let u = unit, dim == .count, case let n = u.unicodeScalars.count, end - n >= 0,
                let split = splitRate(before: m.range.lowerBound, after: end - n, s: s, range: range), split.end == end
            {
                unit = split.unit
                dim = split.dimension
                unitRule = split.rule
            }
            // 507公里/万平方公里, 3.5人/千人: a unit per another unit, a magnitude between them
            // allowed, is one unit of a rate.
            if unit != nil, end + 1 < range.upperBound, s[end] == "/" || s[end] == "／" {
                var j = end + 1
                if j < range.upperBound, "十百千万亿".unicodeScalars.contains(s[j]) { j += 1 }
                if let per = rules.units.match(s, at: j, limit: range.upperBound) {
                    unit = unit! + "/" + index.string((end + 1)..<(j + per.length))
                    if let u = unit, let known = rules.units.match(Array(u.unicodeScalars), at: 0), known.length == u.unicodeScalars.count {
                        dim = known.payload.dimension
                        unitRule = known.payload.rule
                    } else {
                        dim = .rate
                    }
                    end = j + per.length
                }
            }
            // 15天完成1次: a frequency, one act every N days (unit 天/次).
            if let u = unit, dim == .time, let rate = Self.rate(u, after: end, s: s, limit: range.upperBound) {
                unit = rate.unit
                dim = .rate
                skipUntil = rate.skipUntil
                // (The quantity runs to 1次, so the act after it is what the frequency counts.)
                end = rate.skipUntil
            }
            // A unit with digits of its own (18.3/10万) holds no number of its own.
            skipUntil = max(skipUntil, end)
            if m.isFraction && unit == nil { dim = .ratio }
            // 八五折 / 85折: a two-digit discount counts tenths (8.5 折).
            if unit == "折" && m.value >= 10 && m.value < 100 { valueOverride = m.value / 10 }
            if unit == "个百分点" { unit = "百分点" }
            // 1.45兆斤, 30兆元 (Taiwan and Hong Kong write 兆 for 万亿): before another unit 兆 is
            // a magnitude; alone (8兆专线) it stays the unit.
            if unit == "兆", let u2 = rules.units.match(s, at: end, limit: range.upperBound), u2.payload.dimension != .power {
                unit = index.string(end..<end + u2.length)
                dim = u2.payload.dimension
                unitRule = u2.payload.rule
                end += u2.length
                skipUntil = max(skipUntil, end)
                magnitude = 1e12
            }
            // Dates are not quantities: 2025年, 9月1日, 3月底 are read by the deadline rules.
            if let u = unit, isDate(m: m, unit: u, end: end, s: s, limit: range.upperBound) { continue }
            var value = (valueOverride ?? m.value) * magnitude
            var valueMax = m.valueMax.map { $0 * magnitude }
            // 3万元-5万元, 3万元至5万元: a range with the unit on both ends (the dash is no minus
            // sign of the second figure).
            if valueMax == nil, let u = unit, k < mentions.count, end < range.upperBound,
                let second = rangeEnd(after: end, unit: u, next: mentions[k], s: s, index: index, range: range, from: m.range.lowerBound)
            {
                valueMax = second.value
                end = second.end
                skipUntil = max(skipUntil, second.end)
                k += 1
            }
            // A list of bare numbers sharing the last one's unit (407、700万千瓦).
            if unit == nil, !m.isFraction, let shared = sharedUnit(after: k, mentions: mentions, s: s, index: index, range: range) {
                unit = shared.unit
                dim = shared.dimension
                unitRule = shared.rule
                value *= shared.magnitude
                valueMax = valueMax.map { $0 * shared.magnitude }
            }
            out.append(
                Quantity(
                    numberRange: m.range, range: m.range.lowerBound..<end, value: value, valueMax: valueMax,
                    unit: unit, dimension: dim, unitRule: unitRule, chineseForm: m.form == .chinese, over: over,
                    text: index.string(m.range.lowerBound..<end)))
        }
        return out
    }

    /// The second figure of a range written with its unit on both ends (3万元-5万元, 3万元至5万元):
    /// its value and where its unit ends. Not after 由/从, where 至 leads to a new level.
    private func rangeEnd(
        after end: Int, unit: String, next: NumberHit, s: [Unicode.Scalar], index: TextIndex, range: Range<Int>, from start: Int
    ) -> (value: Double, end: Int)? {
        guard Self.rangeJoiners.contains(s[end]) else { return nil }
        var j = end + 1
        while j < range.upperBound, s[j] == s[end] { j += 1 }
        // A hyphen read as the second figure's minus sign starts that figure at the hyphen.
        guard next.range.lowerBound == j || (next.range.lowerBound == end && next.value < 0 && "-－".unicodeScalars.contains(s[end])) else {
            return nil
        }
        let lookBack = max(range.lowerBound, start - 8)
        if s[lookBack..<start].contains(where: { $0 == "由" || $0 == "从" }) { return nil }
        guard let u = rules.units.match(s, at: next.range.upperBound, limit: range.upperBound),
            index.string(next.range.upperBound..<(next.range.upperBound + u.length)) == unit
        else { return nil }
        return (abs(next.value), next.range.upperBound + u.length)
    }
    static let rangeJoiners: ScalarSet = ["-", "－", "—", "~", "～", "至", "到"]

    /// A rate whose denominator is written before the number with 每 (每立方米42微克, 每升0.5毫克):
    /// read as the unit the rules know in its usual order (微克/立方米), when they know it.
    private func splitRate(before start: Int, after j: Int, s: [Unicode.Scalar], range: Range<Int>)
        -> (unit: String, dimension: UnitDimension, rule: String, end: Int)?
    {
        // (Denominators of up to four characters: 每平方公里3.5万人.)
        for length in 1...4 {
            let mei = start - length - 1
            guard mei >= range.lowerBound else { return nil }
            guard s[mei] == "每" else { continue }
            let denominator = String(String.UnicodeScalarView(s[(mei + 1)..<start]))
            for numerator in stride(from: 3, through: 1, by: -1) where j + numerator <= range.upperBound {
                let written = String(String.UnicodeScalarView(s[j..<(j + numerator)]))
                let combined = Array((written + "/" + denominator).unicodeScalars)
                if let u = rules.units.match(combined, at: 0), u.length == combined.count {
                    return (String(String.UnicodeScalarView(combined)), u.payload.dimension, u.payload.rule, j + numerator)
                }
            }
            return nil
        }
        return nil
    }

    /// 天 followed within a few characters by 1次 (15天完成1次) reads as the rate 天/次.
    static func rate(_ u: String, after end: Int, s: [Unicode.Scalar], limit: Int) -> (unit: String, skipUntil: Int)? {
        guard ["天", "日", "月", "周"].contains(u) else { return nil }
        var j = end
        var hops = 0
        while j < limit, hops < 4, !"，,；;。".unicodeScalars.contains(s[j]), !("0"..."9").contains(s[j]), s[j] != "一" {
            j += 1
            hops += 1
        }
        guard j + 1 < limit, s[j] == "1" || s[j] == "一", s[j + 1] == "次" else { return nil }
        return (u + "/次", j + 2)
    }

    /// List numbering at the start of a line or sentence (4.对照…, 2、…, 3)…) is no value.
    private func isListNumber(_ r: Range<Int>, s: [Unicode.Scalar], range: Range<Int>) -> Bool {
        // ⑦支持…, ⑴…: a circled or bracketed numeral opening a clause numbers it.
        if r.count == 1, (0x2460...0x249B).contains(s[r.lowerBound].value) {
            return r.lowerBound == range.lowerBound || "\n。；;：:，, ".unicodeScalars.contains(s[r.lowerBound - 1])
        }
        guard r.upperBound < s.count, ".、)）".unicodeScalars.contains(s[r.upperBound]) else { return false }
        if s[r.upperBound] == ".", r.upperBound + 1 < s.count, ("0"..."9").contains(s[r.upperBound + 1]) { return false }
        var k = r.lowerBound
        while k > range.lowerBound, s[k - 1] == " " || s[k - 1] == "(" || s[k - 1] == "（" { k -= 1 }
        return k == range.lowerBound || "\n。；;：:".unicodeScalars.contains(s[k - 1])
    }

    private func isDate(m: NumberHit, unit: String, end: Int, s: [Unicode.Scalar], limit: Int) -> Bool {
        let v = m.value
        if unit == "年" && m.valueMax == nil && v >= 1900 && v <= 2100 && v == v.rounded() { return true }
        if unit == "年" && m.valueMax != nil && v >= 1900 && v <= 2100 { return true }
        if unit == "月" && v >= 1 && v <= 12 && end < limit {
            let next = s[end]
            if "0123456789一二三四五六七八九十底末份中上下初前".unicodeScalars.contains(next) { return true }
        }
        if unit == "月" && m.range.lowerBound > 0 && s[m.range.lowerBound - 1] == "年" { return true }
        if (unit == "日" || unit == "号") && m.range.lowerBound > 0 && s[m.range.lowerBound - 1] == "月" { return true }
        return false
    }

    /// When bare numbers are listed with 、 and the last one carries a unit (and magnitude), they share it.
    private func sharedUnit(after k: Int, mentions: [NumberHit], s: [Unicode.Scalar], index: TextIndex, range: Range<Int>)
        -> (unit: String, dimension: UnitDimension, rule: String, magnitude: Double)?
    {
        var prevEnd = mentions[k - 1].range.upperBound
        var j = k
        while j < mentions.count {
            let gap = prevEnd..<mentions[j].range.lowerBound
            // (和, 及, 与 join only the last number: 分别不高于53和32微克/立方米.)
            let joined = gap.count == 1 && "和及与".unicodeScalars.contains(s[gap.lowerBound])
            guard gap.count == 1, joined || "、,，/".unicodeScalars.contains(s[gap.lowerBound]) else { return nil }
            let mj = mentions[j]
            let e = mj.range.upperBound
            if joined, rules.units.match(s, at: e, limit: range.upperBound) == nil { return nil }
            // (A year after a comma opens the next clause: 产值27.6亿,2018年1-9月….)
            if e < range.upperBound, s[e] == "年", mj.range.count == 4, (1900...2100).contains(Int(mj.value)) { return nil }
            if let u = rules.units.match(s, at: e, limit: range.upperBound) {
                // The magnitude written on the last number (700万) applies to all of the list.
                // (The number layer may already have spread it over the list: then nothing is left to do.)
                let mag: Double = mentions[k - 1].magnitude == 1 ? mj.magnitude : 1
                let unit = index.string(e..<e + u.length)
                if u.payload.dimension == .time, let r = Self.rate(unit, after: e + u.length, s: s, limit: range.upperBound) {
                    return (r.unit, .rate, u.payload.rule, mag)
                }
                return (unit, u.payload.dimension, u.payload.rule, mag)
            }
            prevEnd = e
            j += 1
        }
        return nil
    }
}
