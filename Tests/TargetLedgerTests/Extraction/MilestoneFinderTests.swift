import Testing

@testable import TargetLedger

/// Dated goal clauses are milestones; the clauses around them that state no goal are not.
@Suite struct MilestoneFinderTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    static func milestones(_ text: String) -> [String] {
        TargetExtractor(rules: rules).extract(.snippet(text)).filter { $0.kind == .milestone }.map(\.indicator)
    }

    /// A bare year opening a mission statement makes milestones only of clauses that state an
    /// act or an outcome; a news day over what was said makes none.
    @Test func aBareYearsMissionStatesFewGoals() {
        #expect(Self.milestones("2026年,我局办公室将紧紧围绕全局中心工作,系统优化工作流程,强化制度执行,着力提升服务保障水平。").isEmpty)
        #expect(Self.milestones("2010年,全市安全生产状况明显好转,事故总量下降,组织开展专项检查。") == ["全市安全生产状况明显好转", "事故总量下降", "组织开展专项检查"])
        #expect(Self.milestones("2026年3月5日,国务院总理在政府工作报告中介绍,国务院编制了规划纲要草案,提交大会审查。").isEmpty)
    }

    /// A clause naming a focus or a means (以…为引领, 以…为动力), after its subject too, is no goal.
    /// A sentence of purpose (为…，…，制定本规划; …，为…提供坚实支撑) or a copula after its date
    /// (“十四五”时期，是…的关键阶段) states no goal; the goals before the purpose stay.
    @Test func purposeAndCopulaStateNoGoal() {
        #expect(Self.milestones("为指导推进“十四五”时期全省教育改革发展，建设高质量教育体系，实现教育现代化阶段性发展目标，制定本规划。").isEmpty)
        #expect(Self.milestones("“十四五”时期，是进一步深化医药卫生体制改革、高标准推进健康建设的关键阶段。").isEmpty)
        #expect(Self.milestones("到2030年，全面建成生态文明建设先行区，为奋力谱写现代化建设新篇章提供坚实支撑。") == ["全面建成生态文明建设先行区"])
        #expect(Self.milestones("到2025年，基本建成高质量教育体系，实现教育现代化。") == ["基本建成高质量教育体系", "实现教育现代化"])
    }

    /// A numbered step under a dated stage keeps its verb (完成…), as every milestone does.
    @Test func aStepKeepsItsVerb() {
        let steps = Self.milestones("三、实施步骤\n（一）建设阶段（2025年1月—6月）\n1.完成县图书馆、文化馆总分馆制建设。\n2.开展文化惠民活动。")
        #expect(steps.contains("完成县图书馆、文化馆总分馆制建设"))
        #expect(steps.contains("开展文化惠民活动"))
    }

    /// 通过 before a means (改造提升, 三年攻坚行动) opens no goal; 通过 before what is passed
    /// (督导评估, 验收) does. 争取…资源 seeks a means.
    @Test func throughAMeansOrPassingAnInspection() {
        #expect(Self.milestones("到2023年,通过改造提升、规划发展,形成布局合理的夜间经济发展格局。") == ["形成布局合理的夜间经济发展格局"])
        #expect(Self.milestones("2024年底前，通过国家义务教育优质均衡发展督导评估。") == ["通过国家义务教育优质均衡发展督导评估"])
        #expect(Self.milestones("到2022年,争取各方资源,进一步提升我市5G技术研发水平。") == ["进一步提升我市5G技术研发水平"])
    }

    @Test func aFocusClauseIsNoGoal() {
        #expect(Self.milestones("到2013年,我县将以“四化同步”为引领,以改革创新为动力,加快形成城乡一体的新格局。") == ["加快形成城乡一体的新格局"])
    }

    /// A goals label glued to its date (主要目标到2025年，…, 方案明确到2025年，…) opens a list of goals.
    @Test(arguments: ["主要目标到2025年,全省PM2.5浓度总体达标,重度及以上污染天数比率不高于0.2%。", "方案明确到2025年,全省PM2.5浓度总体达标,重度及以上污染天数比率不高于0.2%。"])
    func aGluedGoalsLabelOpensGoals(_ text: String) {
        #expect(Self.milestones(text) == ["全省PM2.5浓度总体达标"])
    }

    /// 解决…问题 is a goal in the clause of its own date, not a task after another clause's date.
    @Test func solvingAProblemByItsDate() {
        #expect(Self.milestones("2015年底前全面解决农村饮水安全问题。") == ["全面解决农村饮水安全问题"])
        #expect(!Self.milestones("加强心理健康教育,到2011年,所有学校都应具备合格的专业师资;推进家庭、学校、社区紧密结合,解决网吧管理薄弱问题。").contains("解决网吧管理薄弱问题"))
    }

    /// A subject holding a count is the count's; a road's number is part of its name.
    @Test func aCountInTheSubjectStaysAFigure() {
        #expect(Self.milestones("2026年底前,242国道忠堡绕镇公路2026年全面贯通。") == ["242国道忠堡绕镇公路全面贯通"])
        #expect(Self.milestones("确保8家菜市场于2010年9月30日前全面开工。").count == 1)
    }

    /// A year that heads a target of its own moves the timeline on: the goal after the last
    /// year's targets is dated by that year, not by the first of the list.
    @Test func aGoalAfterAYearsTargetsTakesThatYear() {
        let text = "2021至2023年,全省社零额年均增速11.3%,力争2021年增速实现15%;2022年增速实现10%;2023年增速实现9%,力争全国排名重回第6位。"
        let goal = TargetExtractor(rules: Self.rules).extract(.snippet(text)).first { $0.kind == .milestone }
        #expect(goal?.indicator == "全国排名重回第6位")
        #expect(goal?.deadline?.date == "2023")
    }

    /// A principle or an effort (坚持…, 着力…) the year's work keeps to is no deliverable.
    @Test func principlesAreNoGoals() {
        #expect(Self.milestones("2019年,完成宁虹公路建设,着力构建开放合作通道。") == ["完成宁虹公路建设"])
        #expect(Self.milestones("今年,省住建厅将工程由量的增加转为质的提升,坚持工程质量问题“零容忍”。").allSatisfy { !$0.hasPrefix("坚持") })
        #expect(Self.milestones("2024年,我们将继续深入学习贯彻党的二十大精神,紧紧围绕全面建设社会主义现代化国家这个总目标,努力实现以下目标:").isEmpty)
        // (…unless it states a result.)
        #expect(Self.milestones("到2020年,坚持在经济增长的同时实现居民收入同步增长。") == ["坚持在经济增长的同时实现居民收入同步增长"])
    }

    @Test func everyGoalClauseOfADatedSentence() {
        #expect(Self.milestones("到2025年，全面建成小康社会，基本实现现代化。") == ["全面建成小康社会", "基本实现现代化"])
    }

    /// A label of goals before the date (总体目标：) leaves the sentence a dated list of goals.
    @Test(arguments: ["总体目标：到2017年，", "工作目标：2017年底前，"])
    func aLabelOfGoalsBeforeTheDate(_ lead: String) {
        #expect(Self.milestones(lead + "全省城市环境空气质量总体得到改善，重污染天气大幅减少。") == ["全省城市环境空气质量总体得到改善", "重污染天气大幅减少"])
    }

    @Test(arguments: [
        ("到2025年，确保完成节能减排目标，为实现碳达峰碳中和目标奠定坚实基础。", ["完成节能减排目标"]),
        ("到2025年，鼓励有条件的县城推进垃圾分类。", []),
        ("到2015年，人才竞争实力在全省排名上升，为实现全市经济总量2750亿元左右的目标提供人才保证。", ["人才竞争实力在全省排名上升"]),
        ("规划明确到2025年，国际旅游消费中心基本建成。", ["国际旅游消费中心基本建成"]),
    ])
    func purposeEncouragementAndLeadInsAreNoGoals(_ text: String, _ expected: [String]) {
        #expect(Self.milestones(text) == expected)
    }

    /// A text that ends on a clause break with no newline after it once trapped (an empty last
    /// clause read past the end of the text).
    @Test(arguments: ["到2025年，全面建成示范区；", "到2025年，完成改造，", "2023年底前，建成平台、"])
    func aTextEndingOnAClauseBreak(_ text: String) {
        #expect(Self.milestones(text).count == 1)
    }

    /// After a lead-in that states a plan's goals (《方案》明确，到2027年，…) every clause is a goal;
    /// after one that reports a speech, its clauses are tasks and need a verb of a result.
    @Test func goalClausesAfterALeadIn() {
        #expect(Self.milestones("《方案》明确，到2027年，产业生态更加完善，创新能力显著增强。") == ["产业生态更加完善", "创新能力显著增强"])
        #expect(Self.milestones("会议指出，2022年，各地要进一步强化交通安全管理，提升道路路况。").isEmpty)
    }

    /// A stage's name ends on its own line: a date on the next line is no stage date (reading it
    /// as one once made a reversed range), while the same heading with its date stays a stage.
    @Test func aStageDatedOnItsOwnLineOnly() {
        #expect(Self.milestones("准备阶段\n1") == [])
        #expect(Self.milestones("第一阶段：\n2023年6月底前完成摸底。") == ["完成摸底"])
        #expect(Self.milestones("（一）启动准备阶段：2022年12月前") == ["启动准备阶段"])
    }
}
