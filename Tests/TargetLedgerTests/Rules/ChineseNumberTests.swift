import Testing

@testable import TargetLedger

/// Every numeral form of issue 4 point 4, parsed whole by `ChineseNumber.parse`.
@Suite struct ChineseNumberTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let value: Double
        var mode: ChineseNumber.Mode = .smart
        var testDescription: String { "\(text) → \(value)" }
    }

    static let cases: [Case] = [
        // Arabic, full-width, grouping, decimals
        Case(text: "95", value: 95),
        Case(text: "９５", value: 95),
        Case(text: "1,234.5", value: 1234.5),
        Case(text: "１，２３４．５", value: 1234.5),
        Case(text: "0.5", value: 0.5),
        Case(text: "-10.1", value: -10.1),
        // Chinese numerals, formal and colloquial
        Case(text: "十五", value: 15, mode: .strict),
        Case(text: "一百零一", value: 101, mode: .strict),
        Case(text: "壹贰叁", value: 123, mode: .normal),
        Case(text: "壹佰贰拾叁", value: 123, mode: .strict),
        Case(text: "肆仟伍佰陆拾柒", value: 4567, mode: .strict),
        Case(text: "两千", value: 2000),
        Case(text: "兩千六", value: 2600, mode: .normal),
        Case(text: "廿二", value: 22, mode: .strict),
        Case(text: "卅", value: 30),
        Case(text: "零", value: 0, mode: .strict),
        Case(text: "〇", value: 0, mode: .normal),
        Case(text: "○", value: 0, mode: .normal),
        // Year-like digit runs, with every zero notices use
        Case(text: "二○○九", value: 2009, mode: .normal),
        Case(text: "二〇二五", value: 2025, mode: .normal),
        Case(text: "二零零九", value: 2009, mode: .normal),
        Case(text: "二00九", value: 2009, mode: .normal),
        // Mixed forms and magnitudes
        Case(text: "1.5万", value: 15000),
        Case(text: "3.5亿", value: 350_000_000),
        Case(text: "十五万", value: 150_000),
        Case(text: "5千", value: 5000),
        Case(text: "1200万", value: 12_000_000),
        Case(text: "1.93万", value: 19300),
        Case(text: "4.78万亿", value: 4_780_000_000_000),
        Case(text: "三万五", value: 35000, mode: .normal),
        // 点 decimals
        Case(text: "三点五", value: 3.5, mode: .strict),
        Case(text: "三点五亿", value: 350_000_000),
        Case(text: "零点零一", value: 0.01, mode: .strict),
        // Fractions
        Case(text: "三分之一", value: 1.0 / 3),
        Case(text: "五分之一", value: 0.2),
        Case(text: "百分之十二", value: 0.12),
        Case(text: "一又二分之一", value: 1.5),
        // Roman and circled
        Case(text: "Ⅲ", value: 3),
        Case(text: "Ⅻ", value: 12),
        Case(text: "①", value: 1),
        Case(text: "⑳", value: 20),
        // Money amounts as cn2an writes them
        Case(text: "壹拾壹元壹角壹分", value: 11.11, mode: .strict),
        Case(text: "壹佰壹拾壹圆整", value: 111, mode: .strict),
    ]

    @Test(arguments: cases)
    func parses(_ c: Case) {
        let v = ChineseNumber.parse(c.text, mode: c.mode)
        #expect(v != nil && abs(v! - c.value) <= 1e-9 * max(1, abs(c.value)), "\(c.text): got \(String(describing: v))")
    }

    static let rejected: [(String, ChineseNumber.Mode)] = [
        ("", .smart), ("万", .smart), ("点五", .smart), ("零点", .smart), ("一一", .strict),
        ("百十一", .strict), ("十一十二", .strict), ("1.5万", .normal), ("10..1万", .smart),
        ("10.1万零100", .smart), ("元整", .normal), ("负", .normal), ("8兆", .smart),
    ]

    @Test(arguments: rejected)
    func rejects(_ text: String, _ mode: ChineseNumber.Mode) {
        #expect(ChineseNumber.parse(text, mode: mode) == nil, "\(text) should not parse in \(mode)")
    }
}
