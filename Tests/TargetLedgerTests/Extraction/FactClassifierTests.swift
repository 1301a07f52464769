import Testing

@testable import TargetLedger

/// What a notice's genre says of its undated figures: a report's are facts, a task list's are
/// commitments.
@Suite struct FactClassifierTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    /// A text read as a file (so its title, dates and headings are found) and its records other
    /// than milestones.
    static func read(_ text: String) throws -> (record: DocumentRecord, records: [TargetRecord]) {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "notice.txt")
        return (doc.record, TargetExtractor(rules: rules).extract(doc).filter { $0.kind != .milestone })
    }

    static func kinds(title: String, text: String) -> [TargetKind] {
        var doc = ReadDocument.snippet(text, published: "2023-03-01")
        doc.record.title = title
        return TargetExtractor(rules: rules).extract(doc).filter { $0.kind != .milestone }.map(\.kind)
    }

    /// An unnumbered review line (2022年工作回顾) makes the paragraphs under it a review, up to
    /// the next goals line; a table column's 进展情况 does not.
    @Test func anUnnumberedReviewLineOpensAReview() throws {
        let text = "2022年工作回顾\n地区生产总值达到556.4亿元。\n2023年工作安排\n地区生产总值增长6%左右。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "review.txt")
        let kinds = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind != .milestone }.map(\.kind)
        #expect(kinds == [.fact, .target])
        let table = try DocumentReader().read(bytes: Array("进展情况\n新增公交线路3条。".utf8), path: "column.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(table).map(\.kind) == [.target])
    }

    /// A review names itself (…2019年工作总结和2020年工作思路): figures under the year before
    /// its plan's year report that year, even where the heading that says so is run into a line;
    /// the next year's figures are its goals.
    @Test func aReviewOfTheYearBeforeThePlansYearReports() throws {
        let text = "市交通运输局2019年工作总结和2020年工作思路\n\n2019年紧紧围绕市委市政府决策部署，综合交通发展再上新台阶。\n全市完成综合交通投资473亿元,同比增长14.2%。\n二、2020年工作思路\n全年完成综合交通投资500亿元。\n"
        let (record, recs) = try Self.read(text)
        #expect(record.title == "市交通运输局2019年工作总结和2020年工作思路")
        #expect(record.planPeriod?.start == 2020)
        #expect(recs.map(\.kind) == [.fact, .fact, .target])
        #expect(recs.last?.deadline?.date == "2020")
        #expect(try Self.read("2023年民政工作总结\n全镇城镇低保共99户。\n").record.title == "2023年民政工作总结")
    }

    /// A year's estimated outcome (预计到年末…) and figures of a span of months (1至9月) report;
    /// a goal after them in the sentence is still one.
    @Test func estimatesAndSpansOfMonthsReport() {
        let e = TargetExtractor(rules: Self.rules)
        #expect(e.extract(.snippet("预计到年末,全县地区生产总值完成115亿元。")).map(\.kind) == [.fact])
        #expect(e.extract(.snippet("1至9月,全区实现社会消费品零售总额71.06亿元。")).map(\.kind) == [.fact])
        #expect(e.extract(.snippet("全年预计完成固定资产投资100亿元,力争明年增长10%。")).map(\.kind) == [.fact, .target])
        #expect(e.extract(.snippet("到2025年9月,全区实现社会消费品零售总额71亿元。")).map(\.kind) == [.target])
    }

    /// A progress report's figures of its own year report it, unless the year's goal is what
    /// they state (目标任务为).
    @Test func aProgressReportOfItsOwnYear() throws {
        let text = "2023年民政局民生工程进展情况汇报\n时间:2023-07-21\n2023年，全区新增养老床位1410个。\n2023年特困人员供应目标任务为2297人。\n"
        let (record, recs) = try Self.read(text)
        #expect(record.published == "2023-07-21")
        #expect(recs.map(\.value) == [1410, 2297])
        #expect(recs.map(\.kind) == [.fact, .target])
    }

    /// The 到 of a change verb (由…增加到2019年的…) names the level a year reached: a report on a
    /// posted page when that year is past, a goal when it is still to come.
    @Test func aLevelReachedByAPastYearIsAFact() throws {
        let text = "发布时间:2022-05-27\n文化和旅游产业增加值由2015年的1288亿元增加到2019年的2470亿元。\n文化和旅游产业增加值由2020年的2000亿元提高到2025年的3500亿元。"
        let recs = try Self.read(text).records
        #expect(recs.map(\.value) == [247_000_000_000, 350_000_000_000])
        #expect(recs.map(\.kind) == [.fact, .target])
    }

    /// A digest's 回头看 line opens a review; its 怎么干 line closes it.
    @Test func aDigestLooksBackThenAhead() throws {
        let text = "回头看\n全市新增城镇就业92.8万人\n怎么干\n新建高标准农田150万亩以上"
        #expect(try Self.read(text).records.map(\.kind) == [.fact, .target])
    }

    /// A one-year plan a portal posted years later keeps its targets, dated by its own year; its
    /// provider's label line is no headline.
    @Test func aRepostedOneYearPlanKeepsItsTargets() throws {
        let text = "2007年郑州市人民政府目标管理工作方案\n提供者:气象局\n发布时间:2009/02/04 12:00\n一、今年拟定的目标如下。\n1.地区生产总值增长15%;"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "repost.txt")
        #expect(doc.record.title == "2007年郑州市人民政府目标管理工作方案")
        let recs = TargetExtractor(rules: Self.rules).extract(doc)
        #expect(recs.map(\.kind) == [.target])
        #expect(recs.first?.deadline?.date == "2007")
    }

    /// A heading that ends as a review reports on the goals it names ((一)各项目标任务完成情况),
    /// and so does one of the months so far (今年以来工作情况).
    @Test(arguments: ["一、今年以来工作情况\n1、我局新开工项目共10个。", "一、主要工作\n(一)各项目标任务完成情况\n1、我局新开工项目共10个。"])
    func aHeadingEndingAsAReviewReports(_ text: String) throws {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "summary.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc).map(\.kind) == [.fact])
    }

    /// …but a goal restated with its bound under such a heading stays a goal, and a notice's own
    /// number's year outranks a later post time.
    @Test func aBoundGoalUnderAReviewOfGoalsStaysAGoal() throws {
        let text = "关于2021年重点工作上半年完成情况的通报\n(二)报告中确定的其他指标任务完成情况\n1.引进龙头企业投资项目不少于3个。上半年,引进上市公司投资项目2个。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "review.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc).map(\.kind) == [.target, .fact])
        let repost = "某省人民政府关于深化预算管理制度改革的实施意见\n浏览量:   时间:2016-01-17 23:45:19\n鲁政发〔2014〕20号\n2.目标任务。从2014年开始,全面启动预算管理制度改革。"
        let doc2 = try DocumentReader().read(bytes: Array(repost.utf8), path: "repost.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc2).map(\.kind) == [.milestone])
    }

    @Test func aReportsUndatedFiguresAreFacts() {
        #expect(Self.kinds(title: "关于2022年工作情况的报告", text: "地区生产总值增长6%。") == [.fact])
        // A statistical communiqué is a report too, its title found as one.
        let text = "某县2019年国民经济和社会发展统计公报\n2019年，全县实现地区生产总值126.3亿元，增长6.9%。"
        let doc = try? DocumentReader().read(bytes: Array(text.utf8), path: "gongbao.txt")
        #expect(doc?.record.title == "某县2019年国民经济和社会发展统计公报")
        #expect(doc.map { TargetExtractor(rules: Self.rules).extract($0).map(\.kind) } == [.fact, .fact])
    }

    /// 政府工作报告重点工作责任分解: the report's tasks handed to units, so work to come.
    @Test func aNoticeSplittingAReportsTasksAssignsTargets() {
        #expect(Self.kinds(title: "关于印发2023年政府工作报告重点工作责任分解的通知", text: "地区生产总值增长6%。") == [.target])
    }

    /// 截至 dates what a report counts up to; it is no deadline, and the figures are facts.
    @Test func figuresCountedUpToADateAreFacts() {
        #expect(Self.kinds(title: "某县水利工作进展", text: "截至11月30日，共实施项目918个，实施水库13座。") == [.fact, .fact])
    }

    /// 已 before 分别 reports every member of the list, not just the first.
    @Test func aReportedListIsFactsThroughout() {
        #expect(Self.kinds(title: "某省应急管理工作会议召开", text: "全省生产安全事故起数和死亡人数已分别下降9.4%、7.7%。") == [.fact, .fact])
    }

    /// A review of the year the notice is published in reports that year (a budget report of
    /// December 2020 under 一、2020年预算执行情况).
    @Test func aReviewOfThePublicationYearReports() throws {
        let text = "某区2020年预算执行情况和2021年预算草案的报告\n日期: 2020-12-24\n一、2020年预算执行情况\n2020年，区级一般公共预算收入198.03亿元。\n二、2021年预算草案\n2021年，区级一般公共预算收入增长3%。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "budget.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc).map(\.kind) == [.fact, .target])
    }

    /// Under a review heading, a figure planned for a year after the one the report looks back
    /// on (its title's year, where it has no date) is a target.
    @Test func aPlanInsideAReviewSectionIsATarget() throws {
        let text = "乡镇2017年脱贫攻坚工作整改情况报告\n一、基本情况\n全镇总人口2.58万人。2018年全镇计划减少贫困人口1400人。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "r.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc).map(\.kind) == [.fact, .target])
    }

    /// Undated, a work report's year before the one it sets expected figures for is its review;
    /// a plan's steps before its horizon stay targets. A part of the year that ended before a
    /// report's date (上半年 in August) is reviewed too.
    @Test func reviewYearsOfAReport() throws {
        func undated(_ text: String) throws -> [TargetKind] {
            let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "u.txt")
            return TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind != .milestone }.map(\.kind)
        }
        #expect(
            try undated("2018年全区经济社会发展取得显著成效。地区生产总值达到379.95亿元。\n2019年经济社会发展主要预期目标：地区生产总值增长9%。")
                == [.fact, .target])
        #expect(try undated("到2021年底全区5G产业发展预期目标明确。\n2020年底，全区5G基站达到2万座。") == [.target])
        let text = "某区计划执行情况的报告\n——2023年8月31日在区人大常委会会议上\n2023年上半年，全区建成区级养老服务中心3个。"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "h.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc).map(\.kind) == [.fact])
    }

    /// A completed act (出台了, 创建了) reports its figure and those after it in the sentence;
    /// setting a goal (确定了…的目标) reports none.
    @Test func aCompletedActReportsItsSentence() {
        #expect(Self.kinds(title: "某市消防工作", text: "全市出台了24项便民措施，新建派出所消防警组217个。") == [.fact, .fact])
        #expect(Self.kinds(title: "某市就业工作", text: "会议确定了“城镇新增就业1200万人左右”的目标。") == [.target])
    }

    /// 去年 opening a sentence reports last year, whatever place follows it; a plan's own period
    /// tells the past of an undated page (“十三五”期间… in a 十四五 plan).
    @Test func lastYearAndAnEarlierPlanPeriodReport() {
        #expect(Self.kinds(title: "某市渔业工作", text: "去年德州渔业经济稳步发展，水产品总产量2.62万吨。") == [.fact])
        #expect(
            Self.kinds(title: "某市“十四五”消防救援事业发展规划", text: "“十三五”期间，全市共接处警26963起。到2025年，新建普通消防站12个。")
                == [.fact, .target])
    }

    /// 同比 is how plans set yearly cuts too (2024年主要目标是：生产安全事故起数同比下降10%).
    @Test func aYearOnYearCutInAPlanIsATarget() {
        #expect(Self.kinds(title: "某市安全生产三年行动方案", text: "生产安全事故起数同比下降10%。") == [.target])
    }

    /// A paragraph dated before the notice's year (2021年，… in a 2023 article) reports.
    @Test func aParagraphDatedBeforeTheNoticeReports() {
        #expect(Self.kinds(title: "某市食品抽检工作情况", text: "2021年，全市共完成抽检16641批次，其中普通食品10673批次，食用农产品5968批次。") == [.fact, .fact, .fact])
        #expect(Self.kinds(title: "某市食品安全工作方案", text: "到2025年，全市完成抽检20000批次，其中普通食品12000批次。") == [.target, .target])
    }

    /// A page that reposts an older plan dates itself by its post line: the plan's 到2017年底
    /// targets stay targets; 已 reports whatever year a clause names.
    @Test func aRepostedPlanKeepsItsTargets() throws {
        let page = "某县旅游发展实施方案\n发布时间：2023-05-01 10:00\n到2017年底，旅游业增加值占本地GDP比重15%以上。\n年内已完成5G投资95亿元。\n"
        let doc = try DocumentReader().read(bytes: Array(page.utf8), path: "p.txt")
        #expect(doc.record.warnings.contains(PostLine.dateWarning))
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind != .milestone }
        #expect(recs.map(\.kind) == [.target, .fact])
        #expect(recs.first?.deadline?.date == "2017-12")
        // (A labelled issue date on a line with the page's 来源 is its post date too.)
        let repost = "发布时间:2021-05-28 09:49:38 阅读: 来源:某网\n力争到2015年，全省港口吞吐量达5.5亿吨。\n"
        let reposted = try DocumentReader().read(bytes: Array(repost.utf8), path: "q.txt")
        let kept = TargetExtractor(rules: Self.rules).extract(reposted)
        #expect(kept.map(\.kind) == [.target] && kept.first?.deadline?.date == "2015")
    }
}
