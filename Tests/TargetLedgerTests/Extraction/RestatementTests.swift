import Testing

@testable import TargetLedger

/// The same target restated (a headline over its paragraph, a subhead) is recorded once; targets
/// that differ in a name are not restatements.
@Suite struct RestatementTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    static func targets(_ text: String) -> [TargetRecord] {
        TargetExtractor(rules: rules).extract(.snippet(text)).filter { $0.kind == .target }
    }

    @Test func aRewordedRestatementIsOneTarget() {
        let recs = Self.targets("“十四五”江苏将实现人均体育场地面积3.6平方米\n《规划》提出，“十四五”时期，江苏要实现人均体育场地面积达到3.6平方米。")
        #expect(recs.count == 1)
    }

    @Test func anUndatedSubheadOfADatedTargetIsOneTarget() {
        let recs = Self.targets("A级及以上物流企业达到100家\n到2025年，A级及以上物流企业数量较2020年翻两番，达到100家。")
        #expect(recs.filter { $0.value == 100 }.count == 1)
        #expect(recs.first { $0.value == 100 }?.deadline?.date == "2025")
    }

    /// A sentence written twice (a page repeating its lead) is one statement, even where the
    /// indicator is too short to merge reworded restatements.
    @Test func aSentenceWrittenTwiceIsOneTarget() {
        let recs = Self.targets("到2015年，全国总人口控制在13.9亿人以内。\n到2015年，全国总人口控制在13.9亿人以内。")
        #expect(recs.count == 1)
        // (Two standing rules worded alike in different sentences stay two.)
        #expect(Self.targets("申请材料应在5个工作日内办结。\n投诉事项应在5个工作日内办结。").count == 2)
    }

    /// A news story restating its lead's milestone in the body, with other words around it, is
    /// one milestone; so is a short act restated after a goal's lead-in.
    @Test func aMilestoneRestatedInOtherWordsIsOne() {
        let text = "某区印发实施意见，到2025年，建成城镇社区“15分钟健身圈”。\n根据实施意见确定的总体目标，到2025年，全区要构建四级设施网络，建成城镇社区“15分钟健身圈”。\n总体目标是，到2015年，药品供应更加规范，其他。\n到2015年，药品供应更加规范。"
        let ms = TargetExtractor(rules: Self.rules).extract(.snippet(text)).filter { $0.kind == .milestone }
        #expect(ms.filter { $0.indicator.contains("健身圈") }.count == 1)
        #expect(ms.filter { $0.indicator == "药品供应更加规范" }.count == 1)
    }

    /// The same act in two numbered items with their own units is two milestones; an act done
    /// already (已于…通车, 去年年底…贯通) is none.
    @Test func itemsOfTheirOwnUnitsStayApart() throws {
        let text = "1.2009年底前,完成盘龙消防三中队建设,并配套完成消防车辆装备建设。\n责任单位:盘龙区政府。\n2.2009年底前,完成经开消防中队建设,并配套完成消防车辆装备建设。\n责任单位:经开区管委会。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "m.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc).filter { $0.indicator == "配套完成消防车辆装备建设" }.count == 2)
        #expect(TargetExtractor(rules: Self.rules).extract(.snippet("轨道交通1号线一期工程已于2014年5月30日通车试运营。")).isEmpty)
        // (A clause opened by 在 that frames the next one is no milestone either.)
        let framed = TargetExtractor(rules: Self.rules).extract(.snippet("到2020年年底，基本建立垃圾分类标准体系，在实施强制分类的城市，生活垃圾回收利用率达到35%以上。"))
        #expect(framed.filter { $0.kind == .milestone }.map(\.indicator) == ["基本建立垃圾分类标准体系"])
    }

    @Test func placesWithTheSameFigureStayApart() {
        let recs = Self.targets("到2025年，呼和浩特市、包头市、乌海市细颗粒物平均浓度分别下降10%、8%和8%。")
        #expect(recs.map(\.indicator) == ["呼和浩特市细颗粒物平均浓度", "包头市细颗粒物平均浓度", "乌海市细颗粒物平均浓度"])
    }

    /// TARGETS.md: "A restated milestone is likewise recorded once."
    @Test func aRestatedMilestoneIsOneMilestone() {
        let text = "到2025年，创新驱动取得全新成就。\n……\n到2025年，创新驱动取得全新成就。"
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet(text)).filter { $0.kind == .milestone }
        #expect(recs.count == 1 && recs.first?.span[0] == 7)
    }

    @Test func similarKeys() {
        #expect(TargetKey.similar("江苏将实现人均体育场地面积", "江苏要实现人均体育场地面积"))
        #expect(!TargetKey.similar("包头市细颗粒物平均浓度", "乌海市细颗粒物平均浓度"))
    }
}
