/// Character classes and word tables shared by `ChineseNumber` and `NumberScanner`.
///
/// Kept in Swift for now (the lead moves word lists into rule files): the scanner needs them as
/// flat arrays it can index per scalar, and the class table is code, not data an analyst edits.
enum NumeralKind: UInt8, Sendable {
    case none = 0
    /// ASCII or full-width 0–9; value = the digit.
    case arabicDigit
    /// 零〇○一二三…九 and formal 壹贰叁…玖, 幺; value = the digit.
    case chineseDigit
    /// 两/兩/倆: 2, but never a decimal digit (一点两小时 is 一 … 两).
    case liang
    /// 十拾 百佰 千仟; value = the power of ten.
    case smallUnit
    /// 万萬 亿億; value = the power of ten. 兆 is deliberately absent (TARGETS.md: a unit).
    case bigUnit
    /// 廿 卅 卌; value = the tens digit.
    case tens
    /// 点 點: a Chinese decimal point.
    case point
    /// 负 負: a Chinese minus sign.
    case minusWord
    /// 余 餘 多 几 幾: an unknown digit before a magnitude (十余万, 一千多万, 二十几万).
    case approxInner
    /// Ⅰ–Ⅻ, ⅰ–ⅻ; value = the number.
    case roman
    /// ①–⑳, ㉑–㉟, ㊱–㊿; value = the number.
    case circled
    /// - － −: an ASCII or full-width minus / hyphen.
    case minusSign
    /// . ．: an Arabic decimal point.
    case dot
}

/// One entry of the per-scalar class table: kind and a small value.
struct NumeralClass: Sendable {
    var kind: NumeralKind
    var value: UInt8
}

/// A word that contains a numeral character without being a number (一体化, 统一, 队伍).
struct NumeralBlockedWord: Sendable {
    /// The word's scalars.
    var word: [Unicode.Scalar]
    /// Where the numeral that would start a number sits inside the word.
    var offset: Int
    /// The block is lifted when the word is followed by one of these (十分之一, 十分钟, 万分之三).
    var unlessNext: [Unicode.Scalar]
}

enum NumbersTables {
    /// Class per BMP scalar, packed as kind << 8 | value; one load per scalar keeps the scan fast.
    static let classes: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 0x10000)
        func set(_ chars: String, _ kind: NumeralKind, _ value: Int) {
            for c in chars.unicodeScalars { t[Int(c.value)] = UInt16(kind.rawValue) << 8 | UInt16(value) }
        }
        for d in 0...9 {
            t[0x30 + d] = UInt16(NumeralKind.arabicDigit.rawValue) << 8 | UInt16(d)
            t[0xFF10 + d] = UInt16(NumeralKind.arabicDigit.rawValue) << 8 | UInt16(d)
        }
        // ○ (U+25CB) is how many notices type the zero of 二○○九; peers only know 〇 (U+3007).
        set("零〇○", .chineseDigit, 0)
        set("一壹弌幺", .chineseDigit, 1)
        set("二贰貳弍", .chineseDigit, 2)
        set("两兩倆俩", .liang, 2)
        set("三叁參弎", .chineseDigit, 3)
        set("四肆", .chineseDigit, 4)
        set("五伍", .chineseDigit, 5)
        set("六陆陸", .chineseDigit, 6)
        set("七柒", .chineseDigit, 7)
        set("八捌", .chineseDigit, 8)
        set("九玖", .chineseDigit, 9)
        set("十拾", .smallUnit, 1)
        set("百佰", .smallUnit, 2)
        set("千仟", .smallUnit, 3)
        set("万萬", .bigUnit, 4)
        set("亿億", .bigUnit, 8)
        set("廿", .tens, 2)
        set("卅", .tens, 3)
        set("卌", .tens, 4)
        set("点點", .point, 0)
        set("负負", .minusWord, 0)
        set("余餘多几幾", .approxInner, 0)
        set("-－−", .minusSign, 0)
        set(".．", .dot, 0)
        for k in 0..<12 {
            t[0x2160 + k] = UInt16(NumeralKind.roman.rawValue) << 8 | UInt16(k + 1)
            t[0x2170 + k] = UInt16(NumeralKind.roman.rawValue) << 8 | UInt16(k + 1)
        }
        for k in 0..<20 { t[0x2460 + k] = UInt16(NumeralKind.circled.rawValue) << 8 | UInt16(k + 1) }
        for k in 0..<15 { t[0x3251 + k] = UInt16(NumeralKind.circled.rawValue) << 8 | UInt16(k + 21) }
        for k in 0..<15 { t[0x32B1 + k] = UInt16(NumeralKind.circled.rawValue) << 8 | UInt16(k + 36) }
        return t
    }()

    /// The class of one scalar (`.none` outside the BMP).
    @inline(__always)
    static func classify(_ c: Unicode.Scalar) -> NumeralClass {
        let v = c.value
        guard v < 0x10000 else { return NumeralClass(kind: .none, value: 0) }
        let packed = classes[Int(v)]
        return NumeralClass(kind: NumeralKind(rawValue: UInt8(packed >> 8)) ?? .none, value: UInt8(packed & 0xFF))
    }

    /// Horizontal spaces a PDF or a peer's test puts inside a number (一百 五 十 二).
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{3000}" || c == "\u{A0}"
    }

    /// Scalars that open a unit when they follow 千 (千瓦, 千米, 千克): the 千 is then part of the
    /// unit, not a multiplier (1200万千瓦 → 12000000 千瓦). 百 opens no unit but 百分点/百分比
    /// (三百米 is 300 米). Not 吨 or 公: 7千吨 is 7000 吨, 7千公斤 7000 公斤.
    static let unitAfterKilo = ScalarSet("瓦米克伏帕卡焦赫兆字".unicodeScalars)

    /// Words in which a numeral character is not a number. A static table for now: the lead
    /// moves word lists into `Rules/`. Each entry is a word of the language, not a test input.
    /// The characters `blockedWords` has entries for.
    static let blockedKeys = ScalarSet(blockedWords.keys)

    static let blockedWords: [Unicode.Scalar: [NumeralBlockedWord]] = {
        // (word, the numeral it guards, exceptions: followers that make it a number again)
        let raw: [(String, Character, String)] = [
            // 一 as part of a word
            ("一体化", "一", ""), ("一体", "一", ""), ("统一", "一", ""), ("唯一", "一", ""),
            ("一些", "一", ""), ("一切", "一", ""), ("一样", "一", ""), ("一般", "一", ""),
            ("一起", "一", ""), ("一直", "一", ""), ("一定", "一", ""), ("一旦", "一", ""),
            ("一致", "一", ""), ("一律", "一", ""), ("一同", "一", ""), ("一并", "一", ""),
            ("一贯", "一", ""), ("一向", "一", ""), ("一再", "一", ""), ("一流", "一", ""),
            ("一举", "一", ""), ("一系列", "一", ""), ("一揽子", "一", ""), ("一站式", "一", ""),
            ("一网通办", "一", ""), ("一网统管", "一", ""), ("一盘棋", "一", ""), ("一把手", "一", ""),
            ("一带一路", "一", ""), ("进一步", "一", ""), ("逐一", "一", ""), ("同一", "一", ""),
            ("万一", "一", ""), ("一看", "一", ""), ("一方面", "一", ""), ("一边", "一", ""),
            ("一味", "一", ""), ("一概", "一", ""), ("一刀切", "一", ""), ("一经", "一", ""),
            ("划一", "一", ""), ("专一", "一", ""), ("单一", "一", ""), ("均一", "一", ""),
            ("一视同仁", "一", ""), ("一目了然", "一", ""), ("一劳永逸", "一", ""),
            ("一如既往", "一", ""), ("一心一意", "一", ""), ("一丝不苟", "一", ""),
            ("独一无二", "一", ""), ("一键", "一", ""), ("一次性", "一", ""), ("一窗", "一", ""),
            ("一下", "一", ""), ("一时", "一", ""), ("一手", "一", ""), ("万众一心", "一", ""),
            ("一家一户", "一", ""), ("一户一档", "一", ""), ("之一", "一", ""),
            // 十/百/千/万 as parts of words
            ("十分", "十", "之钟"), ("百分位", "百", ""), ("壹切", "壹", ""), ("十足", "十", ""), ("十全十美", "十", ""),
            ("百姓", "百", ""), ("百货", "百", ""), ("百科", "百", ""), ("百分比", "百", ""),
            ("百分点", "百", ""), ("百花齐放", "百", ""), ("千方百计", "千", ""),
            ("千家万户", "千", ""), ("成千上万", "千", ""), ("千军万马", "千", ""),
            ("千万不", "千", ""), ("千万别", "千", ""), ("千万要", "千", ""), ("千万莫", "千", ""),
            ("万分", "万", "之"),
            // 两/三/四/五/七/八 in set phrases and names
            ("两两", "两", ""), ("三三两两", "三", ""), ("再三", "三", ""), ("三思", "三", ""),
            ("四川", "四", ""), ("四处", "四", ""), ("四周", "四", ""), ("四面八方", "四", ""),
            ("五湖四海", "五", ""), ("七上八下", "七", ""), ("乱七八糟", "七", ""),
            ("七嘴八舌", "七", ""), ("八卦", "八", ""),
            // 零 in words that are not zero (零售 retail, 零件 part)
            ("零售", "零", ""), ("零星", "零", ""), ("零散", "零", ""), ("零件", "零", ""),
            ("零部件", "零", ""), ("零配件", "零", ""), ("零食", "零", ""), ("零钱", "零", ""),
            ("零工", "零", ""), ("零碎", "零", ""), ("凋零", "零", ""), ("零距离", "零", ""),
            ("零容忍", "零", ""), ("零基", "零", ""), ("零碳", "零", ""), ("清零", "零", ""),
            // set phrases and names of policies that contain a numeral but state no quantity
            ("这一", "一", ""), ("下一代", "一", ""), ("一老一小", "一", ""), ("红十字", "十", ""),
            ("两位数", "两", ""), ("两院", "两", ""), ("两化融合", "两", ""),
            // formal numerals that are ordinary characters in words (陆 land, 伍 ranks, 拾 pick up)
            ("陆地", "陆", ""), ("大陆", "陆", ""), ("登陆", "陆", ""), ("海陆", "陆", ""),
            ("陆军", "陆", ""), ("着陆", "陆", ""), ("内陆", "陆", ""), ("陆续", "陆", ""),
            ("陆路", "陆", ""), ("水陆", "陆", ""), ("陆上", "陆", ""), ("陆域", "陆", ""),
            ("陆海", "陆", ""), ("陆运", "陆", ""), ("陆家嘴", "陆", ""), ("陸地", "陸", ""),
            ("大陸", "陸", ""), ("登陸", "陸", ""),
            ("队伍", "伍", ""), ("入伍", "伍", ""), ("退伍", "伍", ""), ("伍仁", "伍", ""),
            ("落伍", "伍", ""), ("为伍", "伍", ""), ("行伍", "伍", ""), ("隊伍", "伍", ""),
            ("收拾", "拾", ""), ("拾取", "拾", ""), ("拾起", "拾", ""), ("拾到", "拾", ""),
            ("拾遗", "拾", ""), ("拾荒", "拾", ""), ("捡拾", "拾", ""), ("夕拾", "拾", ""),
            ("拾金不昧", "拾", ""),
            ("放肆", "肆", ""), ("肆意", "肆", ""), ("肆无忌惮", "肆", ""), ("肆無忌憚", "肆", ""),
            ("肆虐", "肆", ""), ("大肆", "肆", ""),
        ]
        var out: [Unicode.Scalar: [NumeralBlockedWord]] = [:]
        for (word, numeral, unless) in raw {
            let w = Array(word.unicodeScalars)
            // Every numeral of the word is guarded (both 两 of 两两, each 一 of 一心一意), so that
            // a scan starting at any of them finds the word.
            _ = numeral
            for (off, c) in w.enumerated() where NumbersTables.classify(c).kind != .none {
                out[c, default: []].append(
                    NumeralBlockedWord(word: w, offset: off, unlessNext: Array(unless.unicodeScalars)))
            }
        }
        return out
    }()

    /// Whether the numeral at `i` sits inside a blocked word of `s` (bounded by `lo..<hi`).
    static func isBlocked(_ s: [Unicode.Scalar], at i: Int, lo: Int, hi: Int) -> Bool {
        // Most characters key no blocked word: a bit test spares the dictionary's hashing.
        guard blockedKeys.contains(s[i]), let words = blockedWords[s[i]] else { return false }
        for b in words {
            let start = i - b.offset
            let end = start + b.word.count
            guard start >= lo, end <= hi else { continue }
            var match = true
            for k in 0..<b.word.count where s[start + k] != b.word[k] {
                match = false
                break
            }
            guard match else { continue }
            if end < hi, b.unlessNext.contains(s[end]) { continue }
            return true
        }
        return false
    }
}
