import Foundation

/// How a number was written, so later stages can tell 2025 from 二〇二五 from 二十五.
public enum NumberForm: String, Sendable, Codable, Equatable, CaseIterable {
    /// Arabic digits only (ASCII or full-width): 95, 1,234.5.
    case arabic
    /// Chinese numerals with place words, or a single numeral: 十五万, 三, 壹佰.
    case chinese
    /// Chinese digits read one by one, as years are written: 二〇二五, 二○○九, 二00九.
    case chineseDigits
    /// Arabic digits with a Chinese place word or magnitude: 1.5万, 5千, 1千零20.
    case mixed
    /// A Roman numeral character: Ⅲ.
    case roman
    /// A circled number: ③.
    case circled
}

/// The result of reading one numeral from a position: the longest valid prefix.
struct NumeralReading: Sendable, Equatable {
    var value: Double
    var end: Int
    var form: NumberForm
    /// The product of the magnitudes (万, 亿) that close the numeral; 1 when none does.
    var magnitude: Double
    /// 余/多/几 stood for an unknown digit before a magnitude (十余万).
    var approximate: Bool
    /// The upper reading of a pair of neighbouring digits before a place word (二三十 → 30).
    var valueMax: Double? = nil
}

/// Parses Chinese, Arabic and mixed numerals, and reads them from scalar arrays for the scanner.
///
/// One state machine serves both: `parse` demands that the whole string be one numeral, the
/// scanner takes the longest valid prefix. Place values are summed per section (below 万) and
/// sections are multiplied by 万/亿, which also covers 万万, 万亿 and 4.78万亿.
public enum ChineseNumber {
    /// How permissive parsing is, after cn2an's modes.
    public enum Mode: Sendable, Equatable {
        /// Formal numerals only: place words in order, no digit-by-digit runs, no 三万五.
        case strict
        /// Also digit-by-digit (一七二零, 二〇〇九), elided tails (三万五, 两千六), 两, 〇/○.
        case normal
        /// Also Arabic digits alone or mixed with Chinese (1.5万, 1百01, -10.1万).
        case smart
    }

    /// Parses one whole numeral (`"二○○九"` → 2009, `"3.5亿"` → 350000000, `"三分之一"` → 0.333…,
    /// `"壹佰壹拾壹圆整"` → 111, `"Ⅲ"` → 3); nil if the string is not exactly one numeral.
    public static func parse(_ text: String, mode: Mode = .smart) -> Double? {
        let s = Array(text.unicodeScalars)
        return parse(s, in: 0..<s.count, mode: mode)
    }

    /// Parses the scalars in `range` as one whole numeral; nil if they are not exactly one.
    public static func parse(_ s: [Unicode.Scalar], in range: Range<Int>, mode: Mode = .smart) -> Double? {
        let lo = range.lowerBound
        let hi = range.upperBound
        guard lo < hi, hi <= s.count else { return nil }
        if hi - lo == 1, mode != .strict {
            let cls = NumbersTables.classify(s[lo])
            if cls.kind == .roman || cls.kind == .circled { return Double(cls.value) }
        }
        if let f = readFraction(s, from: lo, to: hi, mode: mode, inText: false), f.reading.end == hi {
            return f.reading.value
        }
        guard let r = readNumeral(s, from: lo, to: hi, mode: mode, inText: false) else { return nil }
        if r.end == hi { return r.value }
        return readMoneyTail(s, value: r.value, from: r.end, to: hi)
    }

    // MARK: - Money amounts (壹拾壹元壹角壹分, 壹佰壹拾壹圆整)

    /// Reads 元/圆 [整|正] or 元 N角 [N分] after a numeral, as cn2an's strict cases write amounts.
    static func readMoneyTail(_ s: [Unicode.Scalar], value: Double, from p0: Int, to hi: Int) -> Double? {
        var p = p0
        guard p < hi, s[p] == "元" || s[p] == "圆" || s[p] == "圓" else { return nil }
        p += 1
        if p == hi { return value }
        if p + 1 == hi, s[p] == "整" || s[p] == "正" { return value }
        var v = value
        for (unitChar, scale) in [("角" as Unicode.Scalar, 0.1), ("分", 0.01)] {
            guard p + 1 < hi else { break }
            let cls = NumbersTables.classify(s[p])
            guard cls.kind == .chineseDigit, s[p + 1] == unitChar else { continue }
            v += Double(cls.value) * scale
            p += 2
        }
        if p < hi, s[p] == "整" || s[p] == "正" { p += 1 }
        // Round to cents: 0.1 + 0.01 steps must not leave binary noise in an amount.
        return p == hi ? (v * 100).rounded() / 100 : nil
    }

    // MARK: - Fractions (三分之一, 百分之十二, 一又二分之一)

    /// A fraction read from text, with the bare denominator when it had no digit (百分之 → 100).
    struct FractionReading: Sendable {
        var reading: NumeralReading
        /// 100 for 百分之, 1000 for 千分之, 1e4 for 万分之 … when the denominator was place words only.
        var bareDenominator: Double?
    }

    /// Reads `[A 又] X 分之 Y` starting at `lo`; value `A + Y/X`.
    static func readFraction(
        _ s: [Unicode.Scalar], from lo: Int, to hi: Int, mode: Mode, inText: Bool
    ) -> FractionReading? {
        if let f = readSimpleFraction(s, from: lo, to: hi, mode: mode, inText: inText) { return f }
        guard let whole = readNumeral(s, from: lo, to: hi, mode: mode, inText: inText) else { return nil }
        var q = skipSpaces(s, whole.end, hi, inText)
        guard q < hi, s[q] == "又" else { return nil }
        q = skipSpaces(s, q + 1, hi, inText)
        guard let f = readSimpleFraction(s, from: q, to: hi, mode: mode, inText: inText) else { return nil }
        let v = whole.value < 0 ? whole.value - f.reading.value : whole.value + f.reading.value
        var r = f.reading
        r.value = v
        r.form = whole.form == r.form ? r.form : .mixed
        return FractionReading(reading: r, bareDenominator: nil)
    }

    /// Reads `X 分之 Y` starting at `lo`, X being a numeral or bare place words (百分之, 万分之).
    static func readSimpleFraction(
        _ s: [Unicode.Scalar], from lo: Int, to hi: Int, mode: Mode, inText: Bool
    ) -> FractionReading? {
        guard lo < hi else { return nil }
        var den: Double = 1
        var denForm: NumberForm = .chinese
        var q: Int
        var bare: Double? = nil
        let first = NumbersTables.classify(s[lo]).kind
        var chainEnd = lo
        if first == .smallUnit || first == .bigUnit {
            // Place words alone: 百分之, 千分之, 万分之, 百万分之, 万万分之.
            while chainEnd < hi {
                let c = NumbersTables.classify(s[chainEnd])
                guard c.kind == .smallUnit || c.kind == .bigUnit else { break }
                den *= pow10(Int(c.value))
                chainEnd = skipSpaces(s, chainEnd + 1, hi, inText)
            }
        }
        if chainEnd > lo, chainEnd < hi, s[chainEnd] == "分" {
            q = chainEnd
            bare = den
        } else {
            guard let d = readNumeral(s, from: lo, to: hi, mode: mode, inText: inText) else { return nil }
            den = d.value
            denForm = d.form
            q = skipSpaces(s, d.end, hi, inText)
        }
        guard q < hi, s[q] == "分" else { return nil }
        q = skipSpaces(s, q + 1, hi, inText)
        guard q < hi, s[q] == "之" else { return nil }
        q = skipSpaces(s, q + 1, hi, inText)
        // 百分之百: a bare 百 is a numerator here, though a lone 百 in running text is no number.
        guard q < hi, den != 0,
            let num = readNumeral(s, from: q, to: hi, mode: mode, inText: inText, bareLeadOK: true)
        else {
            return nil
        }
        let form: NumberForm = denForm == num.form ? num.form : .mixed
        let r = NumeralReading(
            value: num.value / den, end: num.end, form: form, magnitude: 1, approximate: num.approximate)
        return FractionReading(reading: r, bareDenominator: bare)
    }

    @inline(__always)
    static func skipSpaces(_ s: [Unicode.Scalar], _ p: Int, _ hi: Int, _ inText: Bool) -> Int {
        guard inText else { return p }
        var q = p
        while q < hi, NumbersTables.isSpace(s[q]) { q += 1 }
        return q
    }

    @inline(__always)
    static func pow10(_ e: Int) -> Double {
        switch e {
        case 0: return 1
        case 1: return 10
        case 2: return 100
        case 3: return 1000
        case 4: return 10_000
        case 8: return 100_000_000
        default: return Foundation.pow(10, Double(e))
        }
    }

    // MARK: - Arabic digits

    /// An Arabic number token: digits with optional 1,234 grouping, decimals and exponent.
    struct ArabicToken: Sendable {
        var value: Double
        var end: Int
        var digits: Int
        var hasDecimal: Bool
        var grouped: Bool
    }

    /// Spaces that group digits in threes (space, no-break space, thin spaces).
    static let groupSpaces = ScalarSet(" \u{00A0}\u{2009}\u{202F}")

    @inline(__always)
    static func asciiDigit(_ c: Unicode.Scalar) -> UInt8? {
        let v = c.value
        if v >= 0x30 && v <= 0x39 { return UInt8(v - 0x30) }
        if v >= 0xFF10 && v <= 0xFF19 { return UInt8(v - 0xFF10) }
        return nil
    }

    /// Reads Arabic digits at `p` (ASCII or full-width): `1,234.5`, `.5`, and with `exponent`
    /// also `2e5`, `2^-1` (peers write them; notices do not, and they cost nothing to read).
    static func readArabic(_ s: [Unicode.Scalar], at p: Int, to hi: Int, exponent: Bool) -> ArabicToken? {
        var q = p
        var bytes: [UInt8] = []
        var intValue: Double = 0
        var digits = 0
        var hasDecimal = false
        var grouped = false
        if q < hi, NumbersTables.classify(s[q]).kind == .dot {
            guard q + 1 < hi, asciiDigit(s[q + 1]) != nil else { return nil }
            bytes.append(0x30)
        } else {
            while q < hi, let d = asciiDigit(s[q]) {
                bytes.append(0x30 + d)
                intValue = intValue * 10 + Double(d)
                digits += 1
                q += 1
            }
            guard digits > 0 else { return nil }
            // Thousands separators: groups of exactly three digits after a lead group of 1–3.
            // Statistical tables and yearbooks also group with a space (1 122个, 2 350.6万元);
            // a space is taken only after a word, not after another spaced figure, so that a
            // row of cells (5 120 300) is not read as one number.
            let spaced = digits <= 3 && p > 0 && s[p - 1].value >= 0x3400 && q < hi && Self.groupSpaces.contains(s[q])
            if digits <= 3 {
                while q + 3 < hi, s[q] == "," || s[q] == "，" || (spaced && Self.groupSpaces.contains(s[q])),
                    let a = asciiDigit(s[q + 1]), let b = asciiDigit(s[q + 2]), let c = asciiDigit(s[q + 3])
                {
                    if q + 4 < hi, asciiDigit(s[q + 4]) != nil { break }
                    if spaced, q + 4 < hi, Self.groupSpaces.contains(s[q + 4]) || s[q + 4] == "," || s[q + 4] == "，" || s[q + 4] == "\t" {
                        // A spaced group must end the number with a word, a unit or a mark.
                        if !(q + 8 <= hi && Self.groupSpaces.contains(s[q + 4]) && (q + 5..<q + 8).allSatisfy({ asciiDigit(s[$0]) != nil })) { break }
                    }
                    for d in [a, b, c] {
                        bytes.append(0x30 + d)
                        intValue = intValue * 10 + Double(d)
                    }
                    digits += 3
                    grouped = true
                    q += 4
                }
            }
        }
        if q + 1 < hi, NumbersTables.classify(s[q]).kind == .dot, asciiDigit(s[q + 1]) != nil {
            hasDecimal = true
            bytes.append(0x2E)
            q += 1
            while q < hi, let d = asciiDigit(s[q]) {
                bytes.append(0x30 + d)
                q += 1
            }
        }
        var value = intValue
        var usedString = hasDecimal || digits > 15
        if exponent, q + 1 < hi, s[q] == "e" || s[q] == "E" {
            var r = q + 1
            var sign: UInt8? = nil
            if s[r] == "-" || s[r] == "－" || s[r] == "−" {
                sign = 0x2D
                r += 1
            } else if s[r] == "+" || s[r] == "＋" {
                r += 1
            }
            var expBytes: [UInt8] = []
            while r < hi, let d = asciiDigit(s[r]) {
                expBytes.append(0x30 + d)
                r += 1
            }
            let letterAfter = r < hi && s[r].properties.isAlphabetic && s[r].value < 0x80
            if !expBytes.isEmpty, !letterAfter {
                bytes.append(0x65)
                if let sign { bytes.append(sign) }
                bytes += expBytes
                usedString = true
                q = r
            }
        }
        if usedString {
            guard let v = Double(String(decoding: bytes, as: UTF8.self)) else { return nil }
            value = v
        }
        if exponent, q + 1 < hi, s[q] == "^" {
            var r = q + 1
            var negative = false
            while r < hi, s[r] == "+" || s[r] == "-" || s[r] == "－" || s[r] == "＋" {
                if s[r] == "-" || s[r] == "－" { negative.toggle() }
                r += 1
            }
            var e: Double = 0
            var n = 0
            while r < hi, let d = asciiDigit(s[r]) {
                e = e * 10 + Double(d)
                n += 1
                r += 1
            }
            if n > 0 {
                value = Foundation.pow(value, negative ? -e : e)
                hasDecimal = true
                q = r
            }
        }
        return ArabicToken(value: value, end: q, digits: digits, hasDecimal: hasDecimal, grouped: grouped)
    }

    // MARK: - The numeral state machine

    private enum Pending: Sendable {
        case none, single, afterZero, run, leadingZero, arabicInt, arabicDec
    }

    /// Reads the longest valid numeral starting at `lo` (an optional minus, then Chinese and/or
    /// Arabic numerals). `inText` lets spaces sit inside a Chinese numeral and 余/多/几 stand for
    /// an unknown digit before a magnitude, as running text does.
    static func readNumeral(
        _ s: [Unicode.Scalar], from lo: Int, to hi: Int, mode: Mode, inText: Bool, bareLeadOK: Bool = false
    ) -> NumeralReading? {
        var p = lo
        var negative = false
        if p < hi {
            let k = NumbersTables.classify(s[p]).kind
            if k == .minusWord || (k == .minusSign && mode == .smart) {
                negative = true
                p += 1
            }
        }
        var result = 0.0
        var maxBig = 1.0
        var section = 0.0
        var pending: Double? = nil
        var pk = Pending.none
        var runLen = 0
        var lastSmall = 0
        var elisionExp = 0
        var zeroGap = false
        // After a decimal part or a decimal × magnitude only bare magnitudes may follow (4.78万亿).
        var closed = false
        var finished = false
        var sawArabic = false
        var sawChinese = false
        var sawUnit = false
        var lastWasChineseUnit = false
        var trailingMag = 1.0
        var approx = false
        // A lone leading 百/千 (千三 = 1300) is a number only with digits after it: in text 千 alone is not.
        var bareLead = false
        var tokens = 0
        // 二三十 = 20–30: how far the upper reading exceeds the lower one.
        var spread = 0.0
        var best: NumeralReading? = nil

        func current() -> Double? {
            if zeroGap { return nil }
            var v = result + section
            if let pv = pending {
                if pk == .single && elisionExp >= 2 {
                    // 三万五 = 35000, 一百二 = 120: the digit takes the place below the last unit.
                    if mode == .strict { return nil }
                    v += pv * pow10(elisionExp - 1)
                } else {
                    v += pv
                }
            }
            return v
        }
        func commit(_ end: Int) {
            guard sawArabic || sawChinese, let v = current() else { return }
            tokens += 1
            if bareLead && inText && !bareLeadOK && tokens == 1 { return }
            if spread > 0 && pending != nil { return }
            let form: NumberForm
            if sawArabic && !sawChinese {
                form = .arabic
            } else if !sawUnit && pk == .run && runLen >= 2 {
                form = .chineseDigits
            } else {
                form = sawArabic ? .mixed : .chinese
            }
            let mag = (pending == nil && section == 0) ? trailingMag : 1
            let vMax: Double? = spread > 0 ? (negative ? -(v + spread) : v + spread) : nil
            best = NumeralReading(
                value: negative ? -v : v, end: end, form: form, magnitude: mag, approximate: approx, valueMax: vMax)
        }

        scan: while p < hi, !finished {
            let c = s[p]
            if inText, NumbersTables.isSpace(c) {
                var q = p
                while q < hi, NumbersTables.isSpace(s[q]) { q += 1 }
                guard q < hi, sawArabic || sawChinese else { break }
                let nk = NumbersTables.classify(s[q]).kind
                let chineseNext: Bool
                switch nk {
                case .chineseDigit, .liang, .smallUnit, .bigUnit, .tens, .point, .approxInner: chineseNext = true
                default: chineseNext = false
                }
                // Arabic digits join across a space only after a Chinese place word (7万 5千 4百);
                // Arabic next to Arabic across a space is two numbers (1, 234, 567).
                guard chineseNext || (nk == .arabicDigit && lastWasChineseUnit) else { break }
                // (…and only where a place word follows those digits too: 100万 8个贫困县 is two.)
                if nk == .arabicDigit {
                    var d = q
                    while d < hi, NumbersTables.classify(s[d]).kind == .arabicDigit { d += 1 }
                    guard d < hi else { break }
                    let after = NumbersTables.classify(s[d]).kind
                    guard after == .smallUnit || after == .bigUnit else { break }
                }
                p = q
                continue
            }
            let cls = NumbersTables.classify(c)
            switch cls.kind {
            case .chineseDigit, .liang:
                if closed { break scan }
                let d = Double(cls.value)
                let isZero = cls.kind == .chineseDigit && cls.value == 0
                // 两 is a digit before a place word (两千, 一千两百) or alone (两所); after a place
                // word with none following it is the weight unit 两 (三十两, 两万两).
                if cls.kind == .liang && sawUnit {
                    let q = skipSpaces(s, p + 1, hi, inText)
                    let nk = q < hi ? NumbersTables.classify(s[q]).kind : .none
                    if nk != .smallUnit && nk != .bigUnit { break scan }
                }
                if isZero {
                    if let pv = pending {
                        guard mode != .strict, !sawUnit, pk == .single || pk == .run || pk == .leadingZero
                        else { break scan }
                        pending = pv * 10
                        pk = .run
                        runLen += 1
                    } else if result == 0 && section == 0 && !sawArabic && !sawChinese {
                        pending = 0
                        pk = .leadingZero
                        runLen = 1
                    } else {
                        zeroGap = true
                    }
                } else if let pv = pending, inText, pk == .single || pk == .afterZero, d == pv + 1, p + 1 < hi,
                    NumbersTables.classify(s[p + 1]).kind == .smallUnit
                        || NumbersTables.classify(s[p + 1]).kind == .bigUnit,
                    cls.kind == .chineseDigit, spread == 0
                {
                    // 二三十, 三四百万: two neighbouring digits before a place word are an estimate
                    // between them (20–30), not the number 23. The lower digit stays pending.
                    spread = 1
                    sawChinese = true
                    p += 1
                    continue
                } else if let pv = pending {
                    // Digit after digit: a year-like run (一七二零, 二〇二五), never after a place word.
                    // Arabic digits then a Chinese digit (2024 一) are two numbers, not a run.
                    guard mode != .strict, cls.kind != .liang, !sawUnit,
                        pk == .single || pk == .run || pk == .leadingZero
                    else { break scan }
                    pending = pv * 10 + d
                    pk = .run
                    runLen += 1
                } else {
                    pending = d
                    pk = zeroGap ? .afterZero : .single
                    runLen = 1
                    zeroGap = false
                }
                sawChinese = true
                lastWasChineseUnit = false
                p += 1
                commit(p)

            case .arabicDigit, .dot:
                guard mode != .strict, !closed else { break scan }
                guard let a = readArabic(s, at: p, to: hi, exponent: mode == .smart) else { break scan }
                if let pv = pending {
                    // 二00九: Arabic zeros typed inside a Chinese year.
                    guard pk == .single || pk == .run || pk == .leadingZero, sawChinese, !sawUnit,
                        !a.hasDecimal, !a.grouped
                    else { break scan }
                    pending = pv * pow10(a.digits) + a.value
                    pk = .run
                    runLen += a.digits
                } else {
                    guard mode == .smart else { break scan }
                    pending = a.value
                    pk = a.hasDecimal ? .arabicDec : .arabicInt
                    zeroGap = false
                }
                sawArabic = true
                lastWasChineseUnit = false
                p = a.end
                commit(p)

            case .smallUnit:
                if closed { break scan }
                let e = Int(cls.value)
                // 千瓦, 千米, 百分点: the place word opens a unit and ends the number.
                if p + 1 < hi {
                    let next = s[p + 1]
                    if e == 3 && NumbersTables.unitAfterKilo.contains(next) { break scan }
                    if e == 2 && next == "分" && p + 2 < hi && (s[p + 2] == "点" || s[p + 2] == "點" || s[p + 2] == "比") {
                        break scan
                    }
                }
                if pk == .run { break scan }
                var n: Double
                if let pv = pending {
                    n = pk == .leadingZero ? 1 : pv  // 零十 = 10
                } else if zeroGap {
                    n = 1  // 一万零百一十一: cn2an reads 零百 as 一百
                } else if result == 0 && section == 0 {
                    if e >= 2 && mode == .strict { break scan }
                    n = 1  // 十五, 千三
                    bareLead = e >= 2
                } else if mode != .strict && lastSmall > e {
                    n = 1  // 一百十六: cn2an's normal mode drops the 一 before 十
                } else {
                    break scan
                }
                if lastSmall != 0 && e >= lastSmall { break scan }
                section += n * pow10(e)
                spread *= pow10(e)
                pending = nil
                pk = .none
                lastSmall = e
                elisionExp = e
                zeroGap = false
                sawUnit = true
                sawChinese = true
                lastWasChineseUnit = true
                trailingMag = 1
                p += 1
                commit(p)

            case .tens:
                if closed || pending != nil || (lastSmall != 0 && lastSmall <= 1) { break scan }
                section += Double(cls.value) * 10
                lastSmall = 1
                elisionExp = 1
                zeroGap = false
                sawUnit = true
                sawChinese = true
                lastWasChineseUnit = true
                p += 1
                commit(p)

            case .bigUnit:
                let e = Int(cls.value)
                let b = pow10(e)
                if pk == .run || pk == .leadingZero { break scan }
                let x = section + (pending ?? 0)
                if pending == nil && x == 0 && result == 0 && !sawArabic && !sawChinese && inText && e == 4
                    && p + 1 < hi && NumbersTables.classify(s[p + 1]).kind == .bigUnit
                    && NumbersTables.classify(s[p + 1]).value == 8
                {
                    // 超万亿元: 万亿 with its 一 left out is a trillion (a lone 万 or 万万 is no number).
                    result = b
                    maxBig = b
                    trailingMag = b
                } else if pending == nil && x == 0 {
                    // 万亿, 万万: a magnitude multiplying what is already there.
                    if result == 0 || zeroGap { break scan }
                    result *= b
                    maxBig *= b
                    trailingMag *= b
                } else {
                    if closed || x == 0 { break scan }
                    if b > maxBig {
                        result = (result + x) * b
                        maxBig = b
                    } else if b < maxBig {
                        result += x * b
                    } else {
                        break scan
                    }
                    spread *= b
                    trailingMag = b
                }
                if pk == .arabicDec { closed = true }
                section = 0
                pending = nil
                pk = .none
                lastSmall = 0
                elisionExp = e
                zeroGap = false
                sawUnit = true
                sawChinese = true
                lastWasChineseUnit = true
                p += 1
                commit(p)

            case .point:
                // A Chinese decimal point: digits (not 两) must follow; 九点三十分 is a time.
                if closed || zeroGap || pk == .arabicDec { break scan }
                guard sawArabic || sawChinese, let intPart = current() else { break scan }
                var q = skipSpaces(s, p + 1, hi, inText)
                var bytes: [UInt8] = [0x30, 0x2E]
                var chineseDecimals = false
                while q < hi {
                    let k = NumbersTables.classify(s[q])
                    if k.kind == .chineseDigit {
                        chineseDecimals = true
                        bytes.append(0x30 + k.value)
                        q += 1
                    } else if k.kind == .arabicDigit {
                        bytes.append(0x30 + k.value)
                        q += 1
                    } else if inText, NumbersTables.isSpace(s[q]), q + 1 < hi,
                        NumbersTables.classify(s[q + 1]).kind == .chineseDigit
                    {
                        q += 1
                    } else {
                        break
                    }
                }
                guard bytes.count > 2 else { break scan }
                // 9点30分 is a clock time: an Arabic whole part takes only Chinese decimals.
                if pk == .arabicInt && !sawChinese && !chineseDecimals { break scan }
                if q < hi {
                    let k = NumbersTables.classify(s[q]).kind
                    if k == .smallUnit || s[q] == "分" || s[q] == "刻" { break scan }
                }
                let frac = Double(String(decoding: bytes, as: UTF8.self)) ?? 0
                result = intPart + frac
                section = 0
                pending = nil
                pk = .none
                if maxBig > 1 { finished = true }
                closed = true
                sawChinese = true
                lastWasChineseUnit = false
                trailingMag = 1
                p = q
                commit(p)

            case .approxInner:
                // 十余万, 一千多万, 二十几万: an unknown digit that only makes sense before a magnitude.
                guard inText || mode == .smart, !closed, sawArabic || sawChinese else { break scan }
                let q = skipSpaces(s, p + 1, hi, true)
                guard q < hi, NumbersTables.classify(s[q]).kind == .bigUnit else { break scan }
                if pk == .run { break scan }
                approx = true
                zeroGap = false
                p = q

            default:
                break scan
            }
        }
        return best
    }
}

extension ChineseNumber {
    /// Rounds away binary noise from decimal arithmetic (0.1 × 100 = 10.000000000000002) by
    /// keeping 15 significant digits; integers pass through untouched (4569831148725382 stays).
    @inline(__always)
    static func tidy(_ v: Double) -> Double {
        guard v.isFinite, v != 0, v != v.rounded() else { return v }
        let mag = Foundation.pow(10, 14 - (Foundation.log10(Swift.abs(v))).rounded(.down))
        guard mag.isFinite, mag > 0 else { return v }
        let r = (v * mag).rounded() / mag
        return r.isFinite ? r : v
    }
}
