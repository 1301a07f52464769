import Testing

@testable import TargetLedger

/// Sentences built at random (with a fixed seed) from the number forms and list shapes that
/// real notices mix: rates per 10万, ratios, ranges, Roman grades, brackets, 分别 lists with
/// more or fewer values than items, responsibility labels. A trap anywhere in the reader or
/// the extractor ends the test process, so this suite fails by crashing; it also checks that
/// every record's span lies inside the text and its evidence holds its value text.
@Suite struct ExtractorRobustnessTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    static let numbers = [
        "10/10万", "1:1", "13∶1", "3-5", "3～5年", "0-6岁", "50%-60%", "1.5‰", "十二五", "Ⅲ类", "2万-3万",
        "（30%）", "1/3", "三分之一", "1+X", "10万+", "5.5‱", "３０％", "二〇二五年", "-5℃", "1亿元/年",
        "第3批", "10余个", "近20个", "数十个", "4.0‰", "0.5个百分点", "2.3倍", "1.2亿千瓦", "30天", "3年内",
        "零", "2025年底", "6月30日", "20周年", "[20]", ">60", "≤10%", "±5%", "50%左右", "不低于80%",
        "1—2个", "百分之九十", "二00九年", "1,200万元", "1.2.3", "0", "9999999999999999999999", "½", "②",
        "1次/15天", "15天/次", "2/3以上", "每万人3.5名", "千分之五",
    ]
    static let items = ["婴儿死亡率", "森林覆盖率", "地区生产总值", "“三个课堂”", "（一）入学率", "县(市)", "0-3岁婴幼儿托位", "率"]
    static let verbs = ["达到", "下降", "控制在", "保持在", "比2020年下降", "分别达到", "分别下降到", "分别比2020年下降", "分别为", "由2020年的5%，降至2025年的", "从19.6/10万下降到", ""]
    static let joins = ["、", "，", "和", "；", "", "/", "—", "～"]
    static let tails = [
        "以上", "以内", "左右", "", "。", "（责任单位：市教育局）", "\n牵头单位：市发改委\n配合单位：市财政局", "）", "》",
        "；", "，", "、", "，全面建成示范区；", "，完成改造、",
    ]
    static let openings = ["", "到2025年，", "2023年", "（一）", "一、", "1.", "到“十四五”末，", "力争", "3年内"]

    /// SplitMix64: the same sentences on every machine.
    struct Generator {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
        mutating func pick(_ a: [String]) -> String { a[next(a.count)] }
    }

    static func sentence(_ g: inout Generator) -> String {
        let subject = (0...g.next(4)).map { _ in g.pick(items) }.joined(separator: "、")
        let values = (0...g.next(4)).map { _ in g.pick(numbers) + g.pick(["", "以上", "左右"]) }.joined(separator: g.pick(joins))
        return g.pick(openings) + subject + g.pick(verbs) + values + g.pick(tails)
    }

    /// Shapes read by looking behind the figure, with the figure at the very start of the text
    /// (有1个以上… once looked three characters before the text).
    @Test(arguments: [
        "有1个以上健身组织。", "1个以上。", "占30%。", "1人，扣分。", "等3个。", "在0.18以内。", "其中和平区30公里。", "⑦支持。",
        "6.5万\n亿元。", "已于2014年5月30日通车。", "5天(120小时)。", "2021年主要目标", "—", "了1个。",
    ])
    func figuresAtTheTextsStartDoNotTrap(_ text: String) throws {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "start.txt")
        let records = TargetExtractor(rules: Self.rules).extract(doc)
        #expect(records.allSatisfy { $0.span.count != 2 || $0.span[1] <= doc.text.scalars.count })
    }

    @Test(arguments: 0..<8)
    func randomSentencesNeitherTrapNorPointOutsideTheText(seed: Int) throws {
        var g = Generator(state: UInt64(seed) &* 7919)
        // No newline at the end: the last sentence's tail is the text's last character.
        let text = "关于印发实施方案的通知\n" + (0..<60).map { _ in Self.sentence(&g) }.joined(separator: "\n")
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "fuzz\(seed).txt")
        let records = TargetExtractor(rules: Self.rules).extract(doc)
        let count = doc.text.scalars.count
        for r in records {
            if r.span.count == 2 {
                #expect(r.span[0] >= 0 && r.span[0] <= r.span[1] && r.span[1] <= count, "span \(r.span) of \(r.evidence)")
            }
            if let vt = r.valueText {
                #expect(r.evidence.contains(vt), "\(vt) not in \(r.evidence)")
            }
        }
        #expect(records.contains { $0.kind == .target }, "seed \(seed) read no target at all")
    }
}
