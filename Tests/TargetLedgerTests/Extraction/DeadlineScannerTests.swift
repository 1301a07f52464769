import Testing

@testable import TargetLedger

/// Every date and deadline form of issue 4 point 5, with the expected ISO prefix and source.
@Suite struct DeadlineScannerTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    /// The targets read from `text` as a whole document.
    static func targets(_ text: String) throws -> [TargetRecord] {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "text.txt")
        return TargetExtractor(rules: rules).extract(doc).filter { $0.kind == .target }
    }

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var date: String?
        var source: DeadlineSource?
        var published: String? = nil
        var plan: PlanPeriod? = nil
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "到2025年", date: "2025", source: .explicit),
        Case(text: "2025年底前", date: "2025-12", source: .explicit),
        Case(text: "2025年末", date: "2025-12", source: .explicit),
        Case(text: "2026年6月底前", date: "2026-06", source: .explicit),
        Case(text: "2029年9月前", date: "2029-09", source: .explicit),
        Case(text: "二〇二五年", date: "2025", source: .explicit),
        Case(text: "到二○一一年", date: "2011", source: .explicit),
        Case(text: "二00九年", date: "2009", source: .explicit),
        Case(text: "2023年1月至2027年8月", date: "2027-08", source: .explicit),
        Case(text: "2013年4月至7月", date: "2013-07", source: .explicit),
        Case(text: "2021—2025年", date: "2025", source: .explicit),
        Case(text: "2021年4月30日前", date: "2021-04-30", source: .explicit),
        Case(text: "9月1日前", date: "2024-09-01", source: .explicit, published: "2024-03-02"),
        // A 2023年度 plan put online in 2024: its days are 2023's.
        Case(text: "10月17日前", date: "2023-10-17", source: .explicit, published: "2024-06-12", plan: PlanPeriod(start: 2023, end: 2023)),
        Case(text: "今年年底前", date: "2024-12", source: .explicit, published: "2024-03-02"),
        Case(text: "2025年上半年", date: "2025-06", source: .explicit),
        Case(text: "2025年一季度", date: "2025-03", source: .explicit),
        Case(text: "2025年三季度", date: "2025-09", source: .explicit),
        Case(text: "2025年四季度", date: "2025-12", source: .explicit),
        Case(text: "自2022年起", date: "2022", source: .explicit),
        Case(text: "“十四五”末", date: "2025", source: .explicit),
        Case(text: "十五五时期", date: "2030", source: .explicit),
        Case(text: "到规划期末", date: "2025", source: .explicit, plan: PlanPeriod(start: 2021, end: 2025)),
        Case(text: "3年内", date: "2011", source: .relative, plan: PlanPeriod(start: 2009, end: 2011)),
        Case(text: "通过3年努力", date: "2011", source: .relative, plan: PlanPeriod(start: 2009, end: 2011)),
        Case(text: "用三年的时间", date: "2011", source: .relative, plan: PlanPeriod(start: 2009, end: 2011)),
        Case(text: "3年内", date: "2024", source: .relative, published: "2022-05-01"),
        Case(text: "3年内", date: nil, source: .relative),
    ]

    @Test(arguments: cases)
    func resolves(_ c: Case) throws {
        let doc = ReadDocument.snippet(c.text, published: c.published, plan: c.plan)
        let ctx = DocumentContext(document: doc, rules: Self.rules)
        let m = try #require(ctx.deadlines(in: 0..<doc.text.count).first, "no deadline found in \(c.text)")
        let d = try #require(ctx.resolve(m, sentenceStart: 0))
        #expect(d.date == c.date)
        #expect(d.source == c.source)
    }

    /// Periods and look-alikes are never deadlines.
    @Test(arguments: ["每年", "年均", "每个聘期(3年)", "2024年度财政预算", "每月5日前报送", "2000年底前建成的小区", "2019年以后出生的儿童"])
    func notDeadlines(_ text: String) {
        let doc = ReadDocument.snippet(text)
        let ctx = DocumentContext(document: doc, rules: Self.rules)
        #expect(ctx.deadlines(in: 0..<doc.text.count).isEmpty, "\(text)")
    }

    /// A date that says which things are meant leaves the target the sentence's deadline.
    @Test func anAttributiveDateIsNotTheDeadline() throws {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet("到2025年，改造2000年以前建成的老旧小区300个"))
        let r = try #require(recs.first { $0.kind == .target })
        #expect(r.value == 300)
        #expect(r.deadline?.date == "2025")
    }

    /// A year stated as the base of the changes (在2020年基础上, 以2010年…为基数) is their
    /// baseline, not their deadline.
    @Test(arguments: [
        ("到2025年，在2020年基础上，单位地区生产总值能耗下降13.5%", "2025", 2020),
        ("绝对指标(以2010年省控考核指标为基数)：各类事故死亡人数下降10%以上", nil, 2010),
    ] as [(String, String?, Int)])
    func aBaseYearIsTheBaselineNotTheDeadline(_ text: String, _ deadline: String?, _ base: Int) throws {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet(text))
        let r = try #require(recs.first { $0.kind == .target })
        #expect(r.deadline?.date == deadline)
        #expect(r.change?.baselineYear == base)
    }

    /// 年末 with no year in its sentence takes the year of the heading above it.
    @Test func aYearEndTakesItsYearFromTheHeading() throws {
        let text = "某市关于下达就业工作目标的通知\n一、2010年就业工作主要指标\n1、全市年末城镇登记失业率控制在4%以内。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "goals.txt")
        let r = try #require(TargetExtractor(rules: Self.rules).extract(doc).first { $0.kind == .target })
        #expect(r.value == 4)
        #expect(r.deadline?.date == "2010-12")
    }

    /// A numbered item's own line never dates a figure before its date (TARGETS.md: a date
    /// "never reaches backwards"): 7月份 belongs to 开工, not to the schools before it.
    @Test func aNumberedItemsLaterDateDoesNotReachBack() throws {
        let text = "关于做好民生实事项目的通知\n发布日期：2024-03-05\n一、新建城区学校3所，计划7月份全面开工，年底前建成投用。\n二、2024年6月底前，改造老旧小区120个。"
        let recs = try Self.targets(text)
        #expect(recs.map(\.value) == [3, 120])
        #expect(recs.map { $0.deadline?.date } == [nil, "2024-06"])
    }

    /// A named plan that ended before the notice (巩固“十三五”…成果 in a 2022 plan) dates none of
    /// its goals, and the notice making itself (…制定某市2022年度…方案) is no milestone; a plan
    /// looked back on without a commitment still makes its figures facts.
    @Test func aPastPlanDatesNoGoal() throws {
        let text = "某市2022年大气污染防治工作方案\n为打赢2022年度及“十四五”蓝天保卫战，结合工作实际，制定某市2022年大气污染防治工作方案。\n一、工作目标\n进一步巩固“十三五”空气质量改善成果，确保优良天数比率达到80%以上。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "past.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc)
        #expect(recs.map(\.kind) == [.target])
        #expect(recs.first?.deadline?.date == "2022")
        let review = "某市人口发展“十二五”规划\n“十一五”时期，我市生育水平继续保持稳定。\n“十一五”时期，妇女总和生育率稳定在1.8以下。"
        let doc2 = try DocumentReader().read(bytes: Array(review.utf8), path: "review.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc2).map(\.kind) == [.fact])
    }

    /// A sentence broken over lines after ； keeps its date; a numbered line is an item of its own.
    @Test func aDateReachesOverALineBreakAfterASemicolon() throws {
        let text = "到2022年底,全市城区厨余垃圾分类全覆盖;\n市民生活垃圾分类参与率达到60%以上,生活垃圾回收利用率达到35%以上。\n到2023年底,完成设施建设;\n2.生活垃圾无害化处理率达到100%。"
        let recs = try Self.targets(text)
        #expect(recs.map(\.value) == [60, 35, 100])
        #expect(recs.map { $0.deadline?.date } == ["2022-12", "2022-12", nil])
    }

    /// A short lead-in that opens with its year dates the numbered items right under it, colon
    /// or not; a dated paragraph further up does not.
    @Test func aDatedLeadInWithoutColonDatesTheItemsUnderIt() throws {
        let text = "2017年,我市将办好“十件实事”\n1.实施118条市政道路建设。\n2.新增新型公交车50台。"
        let recs = try Self.targets(text)
        #expect(recs.map { $0.deadline?.date } == ["2017", "2017"])
        let far = "2017年,我市将办好“十件实事”\n全市上下要高度重视。\n1.实施118条市政道路建设。"
        let doc2 = try DocumentReader().read(bytes: Array(far.utf8), path: "far.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc2).filter { $0.kind == .target }.map { $0.deadline?.date } == [nil])
    }

    /// An item's time limit after it dates its figures: alone in brackets, labelled inside its
    /// units' bracket, or on a label line of its own below it.
    @Test(arguments: [
        "1.遴选首批专家库成员200名。(2019年10月底前完成)",
        "1.新建乡镇卫生院3所。(责任单位:卫健局;配合单位:各乡镇;完成时限:2019年10月底前)",
        "具体任务\n新建乡镇卫生院3所。\n责任单位:卫健局、发改局\n完成时限:2019年10月底前",
    ])
    func anItemsTimeLimitDatesItsFigures(_ text: String) throws {
        let recs = try Self.targets(text)
        #expect(recs.count == 1 && recs.allSatisfy { $0.deadline?.date == "2019-10" && $0.deadline?.source == .explicit })
    }

    /// A dated lead-in dates the numbered items under it, each a heading of its own.
    @Test func aDatedLeadInDatesItsNumberedItems() throws {
        let text = "某市安全生产三年行动方案（2024—2026年）\n一、年度目标\n2024年主要目标是：\n1.生产安全事故起数下降10%；\n2.较大生产安全事故不超过2起。\n2025年主要目标是：\n1.亿元地区生产总值生产安全事故死亡率下降5%。"
        let recs = try Self.targets(text)
        #expect(recs.map { $0.deadline?.date } == ["2024", "2024", "2025"])
    }

    /// …and so does a lead-in whose first goal follows on its own line (…目标是：创新能力大幅跃升。),
    /// over the 一是/二是 paragraphs after it.
    @Test func aLeadInWithItsFirstGoalDatesTheParagraphsAfterIt() throws {
        let text = "到2020年，科技创新的总体目标是：创新能力大幅跃升。\n一是自主创新能力全面提升。研究与试验发展经费投入强度达到2.5%。\n二是支撑作用显著增强。科技进步贡献率达到60%。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "leadin2.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc)
        #expect(recs.filter { $0.kind == .target }.map { $0.deadline?.date } == ["2020", "2020"])
        // The lead-in's words are no part of the goal, and a lead-in alone states none.
        #expect(recs.filter { $0.kind == .milestone }.map(\.indicator) == ["创新能力大幅跃升"])
        let bare = try DocumentReader().read(bytes: Array("到2020年，重庆体育产业发展目标是：".utf8), path: "leadin3.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(bare).isEmpty)
    }

    /// A goals heading whose paragraph opens with its date dates the ——items of its section; a
    /// paragraph opening 按照…规划，到2020年 is dated by it throughout.
    @Test(arguments: [
        "（二）发展目标。到2025年全市初步形成产销衔接的冷链物流网络。\n——基础设施更加完善。全市冷库容量达到500万立方米,冷藏车保有量达到1000辆。",
        "按照我省的规划，到2025年，研发人员总量达到18万人。全市冷库容量达到500万立方米,冷藏车保有量达到1000辆。",
        // …and so is one after the plan it follows, however long its title.
        "根据《某某省农村人居环境整治提升行动实施方案（2021—2025年）的通知》精神，到2025年,农村人居环境显著提升。全市冷库容量达到500万立方米;冷藏车保有量达到1000辆。",
    ])
    func aGoalParagraphDatesWhatFollows(_ text: String) throws {
        let recs = try Self.targets(text)
        #expect(recs.count >= 2 && recs.allSatisfy { $0.deadline?.date == "2025" })
    }
}
