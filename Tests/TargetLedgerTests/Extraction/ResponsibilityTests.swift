import Foundation
import Testing

@testable import TargetLedger

/// Units from where notices put them beyond 责任单位 lines: a section headed by its lead unit.
@Suite struct ResponsibilityTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    /// Names a cell held apart by a space (closed by the normaliser) come apart where the second
    /// opens with its own level; a part of a body stays whole.
    @Test(arguments: [
        ("县教体局各相关乡镇政府", ["县教体局", "各相关乡镇政府"]), ("市公安局市交通运输局", ["市公安局", "市交通运输局"]),
        ("市公安局交警支队", ["市公安局交警支队"]), ("市生态环境局绥宁分局", ["市生态环境局绥宁分局"]),
        ("县委办县政府办县财政局", ["县委办", "县政府办", "县财政局"]),
    ])
    func namesRunTogether(_ cell: String, _ names: [String]) {
        #expect(ResponsibilityReader.splitRunTogether(cell) == names)
    }

    /// A sentence that only assigns units by verbs closes its item as a bracket would.
    @Test func aSentenceOfUnitsClosesItsItem() {
        let text = "某市2023年工作方案\n3.加强污泥处置管理,污泥无害化处置率达到90%以上。市生态环境局牵头,市水务局、市住建局配合。\n4.污水处理率达到95%。市发改局、市住建局分别负责。"
        let doc = try! DocumentReader().read(bytes: Array(text.utf8), path: "t.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind == .target }
        #expect(recs.map { $0.responsible.map(\.name) } == [["市生态环境局", "市水务局", "市住建局"], ["市发改局", "市住建局"]])
        #expect(recs.first?.responsible.map(\.role) == [.lead, .support, .support])
    }

    /// A heading that carries its units in a bracket names the units of its section.
    @Test(arguments: ["一、强化科技创新(区科技局牵头)\n2025年,力争全社会研发投入强度达到2.95%。", "(一)强化科技创新(牵头单位:区科技局)\n2025年,力争全社会研发投入强度达到2.95%。"])
    func aHeadingsBracketOfUnitsNamesItsSection(_ text: String) {
        let doc = try! DocumentReader().read(bytes: Array(text.utf8), path: "t.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind == .target }
        #expect(recs.map { $0.responsible.map(\.name) } == [["区科技局"]])
        #expect(recs.first?.responsible.first?.role == .lead)
    }

    /// A bracket of offices alone closing an item names its units; a gloss or a place does not.
    @Test func aBracketOfOfficesClosesItsItem() {
        let text = "2008年工作目标:完成宝电库区3所小学改扩建工程(市教育局)。\n建设供养服务机构(敬老院)5所。\n建设示范点3个(江北区、渝中区)。\n建成农家书屋100个,切实为农民群众办好事。(四川省成都市文明办)"
        let doc = try! DocumentReader().read(bytes: Array(text.utf8), path: "t.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind == .target }
        #expect(recs.map { $0.responsible.map(\.name) } == [["市教育局"], [], [], []])
    }

    /// A verb bracket whose support names run over a comma after a semicolon, or name a city,
    /// still assigns; 下达 is no bound of the figure after it.
    @Test func aVerbBracketWithACommaOrACity() {
        let text = "专项资金下达60%以上。(省发展改革委牵头;省水利厅,省林业厅配合)\n二、其他\n2019年建成沙湖旅游公路等项目。(自治区交通运输厅牵头,银川市配合)"
        let doc = try! DocumentReader().read(bytes: Array(text.utf8), path: "t.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc)
        #expect(recs.map { $0.responsible.map(\.name) } == [["省发展改革委", "省水利厅", "省林业厅"], ["自治区交通运输厅", "银川市"]])
        #expect(recs.first?.indicator == "专项资金下达")
    }

    @Test func aSectionHeadedByItsLeadUnit() {
        let doc = try! DocumentReader().read(
            bytes: Array("2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.建设3个劳动密集型产业园。\n二、县发改局牵头工作(3项)\n2.新建充电桩500个。\n".utf8),
            path: "t.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind == .target }
        #expect(recs.map { $0.responsible.map(\.name) } == [["县示范区管委会"], ["县发改局"]])
        #expect(recs.allSatisfy { $0.responsible.first?.role == .lead })
        #expect(recs.allSatisfy { $0.deadline?.date == "2025" })
    }

    /// A body's spokesman (…计划部负责人介绍) names no responsible unit; a body as the subject does.
    @Test func aSpokesmanIsNoSubject() {
        let spoken = TargetExtractor(rules: Self.rules).extract(.snippet("广西电网计划部负责人介绍，今年该公司计划投资53.4亿元。"))
        #expect(spoken.first?.responsible.isEmpty == true)
        let subject = TargetExtractor(rules: Self.rules).extract(.snippet("市气象局要确保今年新建自动气象站30个。"))
        #expect(subject.first?.responsible.map(\.name) == ["市气象局"])
    }

    /// Shares of a total allotted to bodies after 其中 (其中省卫生厅负责3万户…) are the total's
    /// targets, each with its body responsible; equal shares stay apart.
    @Test func sharesAllottedToBodies() {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet("到2020年，全省新增卫生户厕8万户(其中省卫生厅负责3万户,省住建厅负责3万户)。"))
        #expect(recs.map(\.indicator) == ["全省新增卫生户厕", "新增卫生户厕", "新增卫生户厕"])
        #expect(recs.map { $0.responsible.map(\.name) } == [[], ["省卫生厅"], ["省住建厅"]])
    }

    /// A line of units right under a heading, before its figures (由X承办，Y配合。 or 牵头单位：…),
    /// names the units of the section; a figure with a line of its own keeps that one, and the
    /// next heading ends the reach.
    @Test(arguments: ["由乡三农服务中心承办，乡畜牧站、卫生院配合。", "牵头单位：乡三农服务中心；配合单位：乡畜牧站、卫生院。"])
    func aLineOfUnitsOpeningASection(_ line: String) {
        let text = "一、治理畜牧业产品污染\n\(line)\n治理工作目标：\n1.全乡生猪定点屠宰率达100%。\n2.猪肉卫生指标抽检合格率达98%以上。（责任单位：乡卫生院）\n二、治理蔬菜污染\n蔬菜农药残留抽检合格率达95%以上。\n"
        let doc = try! DocumentReader().read(bytes: Array(text.utf8), path: "s.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind == .target }
        #expect(recs.count == 3)
        #expect(recs.first?.responsible.map(\.name) == ["乡三农服务中心", "乡畜牧站", "卫生院"])
        #expect(recs.first?.responsible.map(\.role).suffix(2) == [.support, .support])
        #expect(recs.dropFirst().first?.responsible.map(\.name) == ["乡卫生院"])
        #expect(recs.last?.responsible.isEmpty == true)
    }
}

/// Milestones take their item's units as its targets do.
@Suite struct MilestoneUnitsTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    @Test func aMilestoneTakesItsItemsUnits() {
        let text = "一、工作目标\n1.到2012年，实现全市所有乡镇基本建有文化站目标。\n责任单位：市文广新局\n2.到2012年，全市新建农家书屋100个。\n责任单位：市新闻出版局\n3.2024年3月至6月，完成流域生态保护红线勘界定标。（责任单位：泸州市人民政府、宜宾市人民政府）\n"
        let doc = try! DocumentReader().read(bytes: Array(text.utf8), path: "m.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc)
        let milestones = recs.filter { $0.kind == .milestone }
        #expect(milestones.map { $0.responsible.map(\.name) } == [["市文广新局"], ["泸州市人民政府", "宜宾市人民政府"]])
        #expect(recs.first { $0.kind == .target }?.responsible.map(\.name) == ["市新闻出版局"])
    }
}

/// A task table written with | between its cells reads as the same table in HTML does.
@Suite struct PipeTaskTableTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)
    static let table = """
        附件
        2024年重点任务分解表
        序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限
        1 | 新建高标准农田2万亩 | 县农业农村局 | 各乡镇人民政府 | 2024年12月底前
        2 | 粮食播种面积稳定在45万亩以上 | 县农业农村局 | 县发展改革委、县财政局 | 2024年10月

        """

    static func read(_ text: String, path: String) throws -> (ReadDocument, [TargetRecord]) {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: path)
        return (doc, TargetExtractor(rules: rules).extract(doc).filter { $0.kind == .target })
    }

    @Test func readsAsItsHTMLTable() throws {
        let cells = Self.table.split(separator: "\n").dropFirst(2).map { row in
            "<tr>" + row.split(separator: "|").map { "<td>\($0.trimmingCharacters(in: .whitespaces))</td>" }.joined() + "</tr>"
        }
        let html = "<html><head><meta charset=\"utf-8\"></head><body><div><p>附件</p><p>2024年重点任务分解表</p><table>"
            + cells.joined() + "</table></div></body></html>"
        let (_, fromText) = try Self.read(Self.table, path: "t.txt")
        let (_, fromHTML) = try Self.read(html, path: "t.html")
        func summary(_ r: [TargetRecord]) -> [String] {
            r.map { "\($0.indicator)|\($0.value ?? -1)|\($0.deadline?.date ?? "-")|\($0.responsible.map { "\($0.name):\($0.role.rawValue)" })" }
        }
        #expect(fromText.count == 2)
        #expect(summary(fromText) == summary(fromHTML))
        #expect(fromText.first?.responsible.first?.role == .lead)
        #expect(fromText.first?.deadline?.date == "2024-12")
    }

    @Test func aTimeLimitCellIsNoPublicationDate() throws {
        let (doc, _) = try Self.read(Self.table, path: "t.txt")
        #expect(doc.record.published == nil)
        #expect(doc.record.issuer == nil)
        #expect(doc.record.title == "2024年重点任务分解表")
    }

    @Test func textWithoutSuchATableIsLeftAlone() {
        #expect(PipeTaskTable.split(NormalizedText("指标 | 2020年 | 2025年\n入学率 | 95% | 99%")) == nil)
        #expect(PipeTaskTable.split(NormalizedText("没有表格的文字。")) == nil)
    }
}
