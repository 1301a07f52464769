import Foundation
import Testing

@testable import TargetLedger

/// The scanner over running text: spans, values, ranges, percent/fraction flags, and the words
/// where a numeral character is no number.
@Suite struct NumberScannerTests {
    /// One expected mention: its text and what was read from it.
    struct Expect: Sendable {
        let text: String
        let value: Double
        var valueMax: Double? = nil
        var percent = false
        var permille = false
        var fraction = false
        var form: NumberForm? = nil
        var magnitude: Double = 1
        var ratioTo: Double? = nil
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let input: String
        let mentions: [Expect]
        var testDescription: String { input }
    }

    static let cases: [Case] = [
        Case(input: "二○○九年", mentions: [Expect(text: "二○○九", value: 2009, form: .chineseDigits)]),
        Case(input: "二〇二五年底", mentions: [Expect(text: "二〇二五", value: 2025, form: .chineseDigits)]),
        Case(input: "二00九年", mentions: [Expect(text: "二00九", value: 2009, form: .chineseDigits)]),
        Case(input: "一千零五所", mentions: [Expect(text: "一千零五", value: 1005, form: .chinese)]),
        Case(input: "两所学校", mentions: [Expect(text: "两", value: 2, form: .chinese)]),
        Case(input: "廿五日", mentions: [Expect(text: "廿五", value: 25, form: .chinese)]),
        Case(input: "壹贰叁", mentions: [Expect(text: "壹贰叁", value: 123, form: .chineseDigits)]),
        Case(input: "人民币壹佰万元", mentions: [Expect(text: "壹佰万", value: 1_000_000, magnitude: 1e4)]),
        Case(input: "增加1.5万人", mentions: [Expect(text: "1.5万", value: 15000, form: .mixed, magnitude: 1e4)]),
        Case(input: "投资3.5亿元", mentions: [Expect(text: "3.5亿", value: 350_000_000, form: .mixed, magnitude: 1e8)]),
        Case(input: "新增图书十五万册", mentions: [Expect(text: "十五万", value: 150_000, form: .chinese, magnitude: 1e4)]),
        Case(input: "装机1200万千瓦", mentions: [Expect(text: "1200万", value: 12_000_000, form: .mixed, magnitude: 1e4)]),
        Case(input: "1.93万吨/日", mentions: [Expect(text: "1.93万", value: 19300, magnitude: 1e4)]),
        Case(input: "5千人", mentions: [Expect(text: "5千", value: 5000, form: .mixed)]),
        Case(input: "5千瓦", mentions: [Expect(text: "5", value: 5, form: .arabic)]),
        Case(input: "3千米", mentions: [Expect(text: "3", value: 3)]),
        Case(input: "110千伏变电站", mentions: [Expect(text: "110", value: 110)]),
        Case(input: "提高2百分点", mentions: [Expect(text: "2", value: 2)]),
        Case(input: "一百万千瓦级", mentions: [Expect(text: "一百万", value: 1_000_000, magnitude: 1e4)]),
        Case(input: "三点五倍", mentions: [Expect(text: "三点五", value: 3.5)]),
        Case(input: "百分之十二", mentions: [Expect(text: "百分之十二", value: 12, percent: true)]),
        Case(input: "达到95%以上", mentions: [Expect(text: "95%", value: 95, percent: true)]),
        Case(input: "９５％", mentions: [Expect(text: "９５％", value: 95, percent: true)]),
        Case(input: "5‰", mentions: [Expect(text: "5‰", value: 5, permille: true)]),
        Case(input: "千分之五", mentions: [Expect(text: "千分之五", value: 5, permille: true)]),
        Case(input: "三分之一", mentions: [Expect(text: "三分之一", value: 1.0 / 3, fraction: true)]),
        Case(input: "五分之一", mentions: [Expect(text: "五分之一", value: 0.2, fraction: true)]),
        Case(input: "提高2个百分点", mentions: [Expect(text: "2", value: 2)]),
        Case(input: "Ⅲ级以上", mentions: [Expect(text: "Ⅲ", value: 3, form: .roman)]),
        Case(input: "③完善制度", mentions: [Expect(text: "③", value: 3, form: .circled)]),
        Case(input: "10%—15%", mentions: [Expect(text: "10%—15%", value: 10, valueMax: 15, percent: true)]),
        Case(input: "10%——15%", mentions: [Expect(text: "10%——15%", value: 10, valueMax: 15, percent: true)]),
        Case(input: "3至5个", mentions: [Expect(text: "3至5", value: 3, valueMax: 5)]),
        Case(input: "3到5年", mentions: [Expect(text: "3到5", value: 3, valueMax: 5)]),
        Case(input: "25-30公里", mentions: [Expect(text: "25-30", value: 25, valueMax: 30)]),
        Case(input: "90%～95%", mentions: [Expect(text: "90%～95%", value: 90, valueMax: 95, percent: true)]),
        Case(input: "5-20%", mentions: [Expect(text: "5-20%", value: 5, valueMax: 20, percent: true)]),
        Case(input: "3-5万元", mentions: [Expect(text: "3-5万", value: 30000, valueMax: 50000, magnitude: 1e4)]),
        Case(input: "三至五年", mentions: [Expect(text: "三至五", value: 3, valueMax: 5)]),
        Case(input: "8兆专线", mentions: [Expect(text: "8", value: 8, form: .arabic)]),
        Case(input: "生师比13:1", mentions: [Expect(text: "13:1", value: 13, ratioTo: 1)]),
        Case(input: "1,234.5", mentions: [Expect(text: "1,234.5", value: 1234.5, form: .arabic)]),
        // Groups of three set apart by a space, after a word only: not a row of spaced cells
        Case(input: "新建基站1 122个", mentions: [Expect(text: "1 122", value: 1122, form: .arabic)]),
        Case(input: "投资2 350.6万元", mentions: [Expect(text: "2 350.6万", value: 23_506_000, magnitude: 1e4)]),
        Case(input: "学校 5 120 300", mentions: [Expect(text: "5", value: 5), Expect(text: "120", value: 120), Expect(text: "300", value: 300)]),
        Case(input: "基站1 1222个", mentions: [Expect(text: "1", value: 1), Expect(text: "1222", value: 1222)]),
        Case(input: "-3.5", mentions: [Expect(text: "-3.5", value: -3.5)]),
        Case(input: "负三", mentions: [Expect(text: "负三", value: -3)]),
        Case(input: "十余万人", mentions: [Expect(text: "十余万", value: 100_000, magnitude: 1e4)]),
        // Hyphens that are no range: index numbers and dates
        Case(input: "2022-000050", mentions: [Expect(text: "2022", value: 2022), Expect(text: "000050", value: 50)]),
        Case(input: "〔2022〕21号", mentions: [Expect(text: "2022", value: 2022), Expect(text: "21", value: 21)]),
        // Words with numeral characters that are no numbers
        Case(input: "推进长三角一体化", mentions: [Expect(text: "三", value: 3)]),
        Case(input: "统一规划", mentions: []),
        Case(input: "一些地方", mentions: []),
        Case(input: "唯一", mentions: []),
        Case(input: "万一发生", mentions: []),
        Case(input: "千万不要", mentions: []),
        Case(input: "进一步加强", mentions: []),
        Case(input: "十分重要", mentions: []),
        Case(input: "十分钟", mentions: [Expect(text: "十", value: 10)]),
        Case(input: "零售业", mentions: []),
        Case(input: "三万一千", mentions: [Expect(text: "三万一千", value: 31000)]),
        Case(input: "九点三十分", mentions: [Expect(text: "九", value: 9), Expect(text: "三十", value: 30)]),
        Case(input: "上午9点30分", mentions: [Expect(text: "9", value: 9), Expect(text: "30", value: 30)]),
        // 二三十: neighbouring digits before a place word are an estimate between them
        Case(input: "二三十家", mentions: [Expect(text: "二三十", value: 20, valueMax: 30)]),
        Case(input: "三四百万元", mentions: [Expect(text: "三四百万", value: 3_000_000, valueMax: 4_000_000, magnitude: 1e4)]),
        // 两 after a place word with none following is the weight unit; 百 opens no unit but 百分点
        Case(input: "三十两", mentions: [Expect(text: "三十", value: 30), Expect(text: "两", value: 2)]),
        Case(input: "一千两百", mentions: [Expect(text: "一千两百", value: 1200)]),
        Case(input: "三百米", mentions: [Expect(text: "三百", value: 300)]),
        Case(input: "百分之百", mentions: [Expect(text: "百分之百", value: 100, percent: true)]),
        Case(input: "万分之三", mentions: [Expect(text: "万分之三", value: 0.0003, fraction: true)]),
        Case(input: "一又二分之一", mentions: [Expect(text: "一又二分之一", value: 1.5, fraction: true)]),
        Case(input: "占全国1/3以上", mentions: [Expect(text: "1/3", value: 1.0 / 3, fraction: true)]),
        Case(input: "五十千", mentions: [Expect(text: "五十", value: 50)]),
        Case(input: "营业收入超万亿元", mentions: [Expect(text: "万亿", value: 1e12, magnitude: 1e12)]),
        Case(input: "每万人口", mentions: []),
        Case(input: "郑州国际陆港", mentions: []),
        Case(input: "肆佰陆拾", mentions: [Expect(text: "肆佰陆拾", value: 460)]),
        Case(input: "2024 一、", mentions: [Expect(text: "2024", value: 2024), Expect(text: "一", value: 1)]),
        Case(input: "2 万吨", mentions: [Expect(text: "2 万", value: 20000, magnitude: 1e4)]),
        Case(input: "不超过原规模2/3保留", mentions: [Expect(text: "2/3", value: 2.0 / 3, fraction: true)]),
        Case(input: "15/30天完成", mentions: [Expect(text: "15", value: 15), Expect(text: "30", value: 30)]),
        Case(
            input: "分别达到407、700万千瓦",
            mentions: [
                Expect(text: "407", value: 4_070_000, magnitude: 1e4),
                Expect(text: "700万", value: 7_000_000, magnitude: 1e4),
            ]),
        Case(input: "2025、2030年", mentions: [Expect(text: "2025", value: 2025), Expect(text: "2030", value: 2030)]),
        Case(
            input: "2022-08-11",
            mentions: [Expect(text: "2022", value: 2022), Expect(text: "08", value: 8), Expect(text: "11", value: 11)]),
        Case(input: "siteId=9bdd598076cb", mentions: [Expect(text: "9", value: 9)]),
        Case(input: "二十几万", mentions: [Expect(text: "二十几万", value: 200_000, magnitude: 1e4)]),
        Case(
            input: "四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二",
            mentions: [
                Expect(text: "四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二", value: 4_569_831_148_725_382)
            ]),
    ]

    @Test(arguments: cases)
    func scans(_ c: Case) {
        let got = NumberScanner().scan(c.input)
        #expect(got.count == c.mentions.count, "\(c.input): \(got.map { "\($0.text)=\($0.value)" })")
        for (m, e) in zip(got, c.mentions) {
            #expect(m.text == e.text, "\(c.input)")
            #expect(abs(m.value - e.value) <= 1e-9 * max(1, abs(e.value)), "\(c.input): value \(m.value)")
            #expect(m.valueMax == e.valueMax, "\(c.input): valueMax \(String(describing: m.valueMax))")
            #expect(m.isPercent == e.percent, "\(c.input): percent")
            #expect(m.isPermille == e.permille, "\(c.input): permille")
            #expect(m.isFraction == e.fraction, "\(c.input): fraction")
            #expect(m.magnitude == e.magnitude, "\(c.input): magnitude \(m.magnitude)")
            #expect(m.ratioTo == e.ratioTo, "\(c.input): ratio")
            if let f = e.form { #expect(m.form == f, "\(c.input): form \(m.form)") }
        }
    }

    @Test func rangesAreScalarOffsetsIntoTheScannedSlice() {
        let s = Array("目标：到2025年达到95%以上".unicodeScalars)
        let got = NumberScanner().scan(s, in: 3..<s.count)
        #expect(got.map(\.range) == [4..<8, 11..<14])
        #expect(NumberScanner().scan(s, in: 9..<13).map(\.text) == ["95"])
    }

    @Test func reportsApproximationAndOrdinalWithoutConsuming() {
        let got = NumberScanner().scan("约50家，第三，50余家，30%左右，近3年")
        #expect(got.map(\.text) == ["50", "三", "50", "30%", "3"])
        #expect(got[0].approximation == .about)
        #expect(got[1].isOrdinal)
        #expect(got[2].approximation == .over)
        #expect(got[3].approximation == .around)
        #expect(got[4].approximation == .nearly)
    }

    /// ≥ 50 MB/s of Chinese text on one core in a release build (checked only there: a debug
    /// build is an order of magnitude slower and says nothing about the shipped scanner).
    @Test func scansFast() throws {
        let url = TestPaths.corpusFile("devdocs/d01_jiangsu_gwr_2026.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let s = Array(text.unicodeScalars)
        let bytes = text.utf8.count
        let scanner = NumberScanner()
        var total = 0
        let rounds = 20
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<rounds { total &+= scanner.scan(s, in: 0..<s.count).count }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let mbps = Double(bytes * rounds) / seconds / 1e6
        print(
            "NumberScanner: \(String(format: "%.1f", mbps)) MB/s over \(bytes * rounds) bytes, \(total / rounds) mentions per pass"
        )
        #expect(total > 0)
        #if DEBUG
            // A debug build runs 5–10× slower; this floor only catches an accidental blow-up.
            #expect(mbps >= 1, "NumberScanner (debug build): \(mbps) MB/s")
        #else
            #expect(mbps >= 50, "NumberScanner: \(mbps) MB/s")
        #endif
    }
}
