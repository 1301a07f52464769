import Foundation

/// Words next to a number that make it approximate; reported, never consumed (the comparator
/// rules decide what they mean).
public struct NumberApproximation: OptionSet, Sendable, Codable, Equatable, Hashable {
    /// The flags as bits.
    public let rawValue: UInt8
    /// Creates the set from its raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// 约 (大约, 约为…) just before the number.
    public static let about = NumberApproximation(rawValue: 1)
    /// 近 (将近, 接近) just before the number.
    public static let nearly = NumberApproximation(rawValue: 2)
    /// 余/多/几 just after the number, or inside it before a magnitude (十余万 → 100000).
    public static let over = NumberApproximation(rawValue: 4)
    /// 左右 or 上下 just after the number.
    public static let around = NumberApproximation(rawValue: 8)
}

/// One number found in text, with its scalar span and what was read from it.
public struct NumberMention: Sendable, Equatable, Codable {
    /// Scalar offsets of the mention in the scanned array (includes 百分之, %, a range's second end).
    public var range: Range<Int>
    /// The number, magnitudes multiplied out (1200万 → 12000000); a percent is 12 for 12%.
    public var value: Double
    /// The upper end of a range (10%—15%, 3至5, 25-30, and 二三十 → 20…30); nil for a single number.
    public var valueMax: Double?
    /// The mention's text as written.
    public var text: String
    /// Written with %, ％ or as 百分之N (value N).
    public var isPercent: Bool
    /// Written with ‰ or as 千分之N (value N).
    public var isPermille: Bool
    /// A 分之 fraction (三分之一 → 0.333…, 万分之三 → 0.0003) or an Arabic a/b.
    public var isFraction: Bool
    /// The magnitude multiplied into `value` by trailing 万/亿 (1e4 for 1200万), or carried back
    /// from the end of a 、-list or range (407、700万 and 3-5万 give 407 and 3 the 1e4); 1 when none.
    public var magnitude: Double
    /// How the number was written.
    public var form: NumberForm
    /// Approximation words seen around the number.
    public var approximation: NumberApproximation
    /// Preceded by 第 (第三): an ordinal, which TARGETS.md does not count as a value.
    public var isOrdinal: Bool
    /// For a ratio such as 13:1, the right-hand side (1); `value` holds the left (13). Any
    /// Arabic a:b is read this way (one mention, never a clock time); 14:30 as a time of day is
    /// for the date layer to recognise from the words around it.
    public var ratioTo: Double?

    /// Creates a mention; the scanner fills every field.
    public init(
        range: Range<Int>, value: Double, valueMax: Double? = nil, text: String, isPercent: Bool = false,
        isPermille: Bool = false, isFraction: Bool = false, magnitude: Double = 1, form: NumberForm,
        approximation: NumberApproximation = [], isOrdinal: Bool = false, ratioTo: Double? = nil
    ) {
        self.range = range
        self.value = value
        self.valueMax = valueMax
        self.text = text
        self.isPercent = isPercent
        self.isPermille = isPermille
        self.isFraction = isFraction
        self.magnitude = magnitude
        self.form = form
        self.approximation = approximation
        self.isOrdinal = isOrdinal
        self.ratioTo = ratioTo
    }
}

/// Finds every number mention in a scalar array in one left-to-right pass.
///
/// Speed comes from classifying each scalar with one table load and entering the numeral state
/// machine only where a numeral starts; nothing is allocated for text without numbers. Units are
/// never consumed: 1200万千瓦 gives 12000000 and leaves 千瓦, 8兆 gives 8 and leaves 兆.
public struct NumberScanner: Sendable {
    /// Creates a scanner (stateless; one can be shared across tasks).
    public init() {}

    /// Every number mention in `text` (scalar offsets into its unicode scalars).
    public func scan(_ text: String) -> [NumberMention] {
        let s = Array(text.unicodeScalars)
        return scan(s, in: 0..<s.count)
    }

    /// Every number mention inside `range` of `s`, in text order, never overlapping.
    public func scan(_ s: [Unicode.Scalar], in range: Range<Int>) -> [NumberMention] {
        var out: [NumberMention] = []
        let lo = max(0, range.lowerBound)
        let hi = min(s.count, range.upperBound)
        var i = lo
        // The hot loop: one table load per scalar rejects everything that cannot start a number.
        let table = NumbersTables.classes
        while i < hi {
            let v = s[i].value
            if v < 0x10000 {
                let kind = table[Int(v)] >> 8
                if kind == UInt16(NumeralKind.none.rawValue) || kind == UInt16(NumeralKind.point.rawValue)
                    || kind == UInt16(NumeralKind.approxInner.rawValue)
                {
                    i += 1
                    continue
                }
            } else {
                i += 1
                continue
            }
            guard var m = mention(s, at: i, lo: lo, hi: hi) else {
                i += 1
                continue
            }
            m = mergeRange(s, m, lo: lo, hi: hi)
            annotate(s, &m, lo: lo, hi: hi)
            out.append(m)
            i = m.range.upperBound
        }
        shareMagnitudes(s, &out)
        return out
    }

    /// 分别达到407、700万千瓦 means 407万 and 700万: a magnitude closing a list joined by 、 carries
    /// back to the bare numbers before it, when they are of the same order (the span stays as
    /// written; `value` and `magnitude` change). 2025、2030年 has no magnitude and is untouched.
    func shareMagnitudes(_ s: [Unicode.Scalar], _ out: inout [NumberMention]) {
        guard out.count > 1 else { return }
        for k in stride(from: out.count - 2, through: 0, by: -1) {
            let next = out[k + 1]
            var m = out[k]
            let e = m.range.upperBound
            guard next.magnitude > 1, m.magnitude == 1, e < s.count, s[e] == "、", next.range.lowerBound == e + 1,
                !m.isPercent, !m.isPermille, !m.isFraction, m.ratioTo == nil, !m.isOrdinal, m.value > 0
            else { continue }
            let base = next.value / next.magnitude
            guard base > 0, m.value <= base * 10, m.value * 10 >= base else { continue }
            m.value = ChineseNumber.tidy(m.value * next.magnitude)
            m.valueMax = m.valueMax.map { ChineseNumber.tidy($0 * next.magnitude) }
            m.magnitude = next.magnitude
            out[k] = m
        }
    }

    // MARK: - One mention

    private func isAsciiLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    /// Whether a number may start at `i`: the checks that depend on the characters around it.
    private func canStart(_ s: [Unicode.Scalar], at i: Int, lo: Int, hi: Int) -> Bool {
        let cls = NumbersTables.classify(s[i])
        let prev: Unicode.Scalar? = i > lo ? s[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < hi ? s[i + 1] : nil
        let prevKind = prev.map { NumbersTables.classify($0).kind } ?? .none
        switch cls.kind {
        case .arabicDigit:
            // Never from the middle of a digit run (after an identifier's digits were skipped).
            return prevKind != .arabicDigit
        case .dot:
            // .5 is a number, but not the dots of 2222.2222.2 or an ellipsis.
            guard let next, ChineseNumber.asciiDigit(next) != nil else { return false }
            return prevKind != .arabicDigit && prevKind != .dot
        case .minusSign:
            guard let next else { return false }
            let nk = NumbersTables.classify(next).kind
            guard nk == .arabicDigit || (nk == .dot && i + 2 < hi && ChineseNumber.asciiDigit(s[i + 2]) != nil)
            else { return false }
            // A hyphen after a digit, a letter or another dash is no minus sign (A-3, 2024-09).
            if let prev {
                if prevKind == .arabicDigit || prevKind == .minusSign || prevKind == .dot || isAsciiLetter(prev) {
                    return false
                }
            }
            return true
        case .minusWord:
            guard let next else { return false }
            let nk = NumbersTables.classify(next).kind
            return nk == .arabicDigit || nk == .chineseDigit || nk == .liang || nk == .smallUnit
        case .chineseDigit, .liang, .smallUnit, .tens:
            return !NumbersTables.isBlocked(s, at: i, lo: lo, hi: hi)
        case .bigUnit:
            // Only as a bare denominator: 万分之三.
            return next == "分" && i + 2 < hi && s[i + 2] == "之" && !NumbersTables.isBlocked(s, at: i, lo: lo, hi: hi)
                || next.map { NumbersTables.classify($0).kind == .bigUnit } == true
        case .roman, .circled:
            return true
        default:
            return false
        }
    }

    private func makeText(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        String(scalars: s[r])
    }

    /// The mention starting at `i`, before range merging and annotation.
    func mention(_ s: [Unicode.Scalar], at i: Int, lo: Int, hi: Int) -> NumberMention? {
        guard canStart(s, at: i, lo: lo, hi: hi) else { return nil }
        let cls = NumbersTables.classify(s[i])
        if cls.kind == .roman || cls.kind == .circled {
            return NumberMention(
                range: i..<i + 1, value: Double(cls.value), text: makeText(s, i..<i + 1),
                form: cls.kind == .roman ? .roman : .circled)
        }
        // Read the plain numeral once; only a following 分之 or 又 sends us to the fraction
        // reader (百分之十二, 千分之五, 万分之三, 三分之一, 一又二分之一).
        let n = ChineseNumber.readNumeral(s, from: i, to: hi, mode: .smart, inText: true)
        var fractionPossible = cls.kind == .smallUnit || cls.kind == .bigUnit
        if let n {
            let q = ChineseNumber.skipSpaces(s, n.end, hi, true)
            if q < hi, s[q] == "分" || s[q] == "又" { fractionPossible = true }
        }
        if fractionPossible, let f = ChineseNumber.readFraction(s, from: i, to: hi, mode: .smart, inText: true) {
            let r = i..<f.reading.end
            var m = NumberMention(
                range: r, value: f.reading.value, text: "", form: f.reading.form)
            switch f.bareDenominator {
            case 100:
                m.isPercent = true
                m.value = f.reading.value * 100
            case 1000:
                m.isPermille = true
                m.value = f.reading.value * 1000
            default:
                m.isFraction = true
            }
            m.value = ChineseNumber.tidy(m.value)
            m.approximation = f.reading.approximate ? .over : []
            m.text = makeText(s, r)
            return m
        }
        // A value too large for a Double (10^999) is no figure, and JSON has no infinity.
        guard let n, n.value.isFinite else { return nil }
        // 陆, 伍, 拾, 肆 alone are the words land, ranks, pick up, wanton (陆港, 队伍, 收拾): a formal
        // numeral counts alone only where it is unambiguous (叁, 柒), or inside a longer numeral.
        if n.end == i + 1, Self.ambiguousFormal.contains(s[i]) { return nil }
        // Digits between ASCII letters belong to an identifier (9bdd598076cb4aa6, H7N9's 7), and so
        // do digits glued to the letters before them (IPv6, PM10, SO2, C919): no value is written so.
        if n.form == .arabic, i > lo, isAsciiLetter(s[i - 1]) { return nil }
        var end = n.end
        var value = n.value
        var isPercent = false
        var isPermille = false
        var isFraction = false
        var ratioTo: Double? = nil
        let arabicInteger = n.form == .arabic && value == value.rounded() && !containsDot(s, i..<end)
        // a/b and the mixed 1 3/5 that peers write; the slash must join two short integers.
        if arabicInteger, let (_, den, e) = slashFraction(s, at: end, hi: hi), i == lo || s[i - 1] != "/" {
            value /= den
            isFraction = true
            end = e
        } else if arabicInteger, end + 1 < hi, NumbersTables.isSpace(s[end]), s[end + 1] != " ",
            let (num, den, e) = slashFraction(s, startingAt: end + 1, hi: hi)
        {
            value = value < 0 ? value - num / den : value + num / den
            isFraction = true
            end = e
        }
        if end < hi {
            let c = s[end]
            if c == "%" || c == "％" || c == "﹪" {
                isPercent = true
                end += 1
            } else if c == "‰" {
                isPermille = true
                end += 1
            } else if (c == ":" || c == "：" || c == "∶") && n.form == .arabic, end + 1 < hi,
                ChineseNumber.asciiDigit(s[end + 1]) != nil,
                let rhs = ChineseNumber.readArabic(s, at: end + 1, to: hi, exponent: false)
            {
                // 13:1 is a ratio, never a clock time: one mention, the right side in ratioTo.
                ratioTo = rhs.value
                end = rhs.end
            }
        }
        let r = i..<end
        return NumberMention(
            range: r, value: ChineseNumber.tidy(value), valueMax: n.valueMax, text: makeText(s, r),
            isPercent: isPercent,
            isPermille: isPermille, isFraction: isFraction, magnitude: n.magnitude, form: n.form,
            approximation: n.approximate ? .over : [], ratioTo: ratioTo)
    }

    private func containsDot(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for k in r where NumbersTables.classify(s[k]).kind == .dot { return true }
        return false
    }

    /// `/d+` right after a numerator ending at `p`.
    private func slashFraction(_ s: [Unicode.Scalar], at p: Int, hi: Int) -> (Double, Double, Int)? {
        guard p + 1 < hi, s[p] == "/" || s[p] == "／" else { return nil }
        guard ChineseNumber.asciiDigit(s[p + 1]) ?? 0 != 0,
            let d = ChineseNumber.readArabic(s, at: p + 1, to: hi, exponent: false),
            !d.hasDecimal, !d.grouped, d.digits <= 4, d.value != 0
        else { return nil }
        // 2024/1/1 and 001/2022-000050 are dates and index numbers, not fractions.
        if d.end < hi, s[d.end] == "/" || s[d.end] == "-" || ChineseNumber.asciiDigit(s[d.end]) != nil {
            return nil
        }
        // 15/30天 is "15 or 30 days": a measure word right after the pair makes it alternatives;
        // a proportion (2/3保留, 1/3以上) is never followed by one.
        if d.end < hi, Self.measureAfterSlash.contains(s[d.end]) { return nil }
        return (0, d.value, d.end)
    }

    /// `a/b` starting at `p` (for the fractional part of 1 3/5).
    private func slashFraction(_ s: [Unicode.Scalar], startingAt p: Int, hi: Int) -> (Double, Double, Int)? {
        guard p < hi, ChineseNumber.asciiDigit(s[p]) ?? 0 != 0,
            let a = ChineseNumber.readArabic(s, at: p, to: hi, exponent: false), !a.hasDecimal, !a.grouped,
            let (_, den, e) = slashFraction(s, at: a.end, hi: hi)
        else { return nil }
        return (a.value, den, e)
    }

    /// Formal numerals that, standing alone, are far more often ordinary words.
    static let ambiguousFormal = ScalarSet("陆陸伍拾肆".unicodeScalars)

    /// Measure words and time units that turn a/b into "a or b" (15/30天, 3/5年, 2/3次).
    static let measureAfterSlash = ScalarSet(
        "天日月年周次人个元家台件吨米户套所名辆只时分秒册本项座条张间层级类万亿".unicodeScalars)

    // MARK: - Ranges

    /// The connector at `p` and its length: - － — —— – ~ ～ 〜 至 到.
    private func connector(_ s: [Unicode.Scalar], at p: Int, hi: Int) -> Int? {
        guard p < hi else { return nil }
        switch s[p] {
        case "—":
            return p + 1 < hi && s[p + 1] == "—" ? 2 : 1
        case "-", "－", "–", "~", "～", "〜", "至", "到":
            return 1
        default:
            return nil
        }
    }

    /// Joins `m` with a second number after a range connector (10%—15%, 3至5, 25-30).
    func mergeRange(_ s: [Unicode.Scalar], _ m: NumberMention, lo: Int, hi: Int) -> NumberMention {
        let e = m.range.upperBound
        guard m.ratioTo == nil, m.valueMax == nil, !m.isFraction, let len = connector(s, at: e, hi: hi) else {
            return m
        }
        let q = e + len
        guard q < hi else { return m }
        let isHyphen = s[e] == "-" || s[e] == "－" || s[e] == "–"
        // A leading zero after a hyphen is an index or a month (2022-000050, 2024-09-01).
        if isHyphen, ChineseNumber.asciiDigit(s[q]) == 0 { return m }
        // … and so are both ends of 2022-08-11 once its year is read.
        let a = m.range.lowerBound
        if isHyphen, m.range.count > 1, ChineseNumber.asciiDigit(s[a]) == 0 { return m }
        if isHyphen, a >= lo + 2, s[a - 1] == "-" || s[a - 1] == "/", ChineseNumber.asciiDigit(s[a - 2]) != nil {
            return m
        }
        let nk = NumbersTables.classify(s[q]).kind
        guard nk == .arabicDigit || nk == .chineseDigit || nk == .liang || nk == .smallUnit else { return m }
        guard let second = mention(s, at: q, lo: lo, hi: hi), second.ratioTo == nil, second.valueMax == nil,
            !second.isFraction
        else {
            return m
        }
        let f = second.range.upperBound
        // 2024-9-1 is a date: a second hyphen or slash after the second number.
        if f + 1 < hi, s[f] == "-" || s[f] == "/" || s[f] == "－", ChineseNumber.asciiDigit(s[f + 1]) != nil {
            return m
        }
        if m.isPercent && !second.isPercent { return m }
        var first = m
        if second.isPercent { first.isPercent = true }
        if second.isPermille != first.isPermille { return m }
        // 3-5万 means 30000–50000: the second end's magnitude carries back to a bare first end.
        if second.magnitude > 1, first.magnitude == 1, first.value <= second.value / second.magnitude {
            first.value = ChineseNumber.tidy(first.value * second.magnitude)
            first.magnitude = second.magnitude
        }
        guard first.value <= second.value else { return m }
        first.range = m.range.lowerBound..<f
        first.valueMax = second.value
        first.text = makeText(s, first.range)
        if first.form != second.form { first.form = .mixed }
        first.approximation.formUnion(second.approximation)
        return first
    }

    // MARK: - Flags from the surrounding words

    /// Sets ordinal and approximation flags from the characters around the mention.
    func annotate(_ s: [Unicode.Scalar], _ m: inout NumberMention, lo: Int, hi: Int) {
        let a = m.range.lowerBound
        let b = m.range.upperBound
        if a > lo {
            switch s[a - 1] {
            case "第": m.isOrdinal = true
            case "约", "約": m.approximation.insert(.about)
            case "近": m.approximation.insert(.nearly)
            default: break
            }
        }
        if b < hi {
            switch s[b] {
            case "余", "餘", "多", "几", "幾": m.approximation.insert(.over)
            case "左": if b + 1 < hi, s[b + 1] == "右" { m.approximation.insert(.around) }
            case "上": if b + 1 < hi, s[b + 1] == "下" { m.approximation.insert(.around) }
            default: break
            }
        }
    }
}
