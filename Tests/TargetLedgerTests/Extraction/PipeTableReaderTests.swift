import Testing

@testable import TargetLedger

/// Indicator tables written as text: with `|`, or flattened from a PDF with spaces between cells.
@Suite struct PipeTableReaderTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    static func targets(_ text: String) throws -> [TargetRecord] {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "table.txt")
        return TargetExtractor(rules: rules).extract(doc).filter { $0.kind == .target }
    }

    /// A word after a cell's number sets its comparator as a mark before it does.
    @Test func aCellsWordAfterItsNumberIsItsComparator() throws {
        let text = "某市十四五规划主要指标\n| 指标 | 单位 | 2020年 | 2025年 | 属性 |\n| 森林覆盖率 | % | 50 | 52以上 | 约束性 |\n| 人均预期寿命 | 岁 | 78 | 79左右 | 预期性 |\n| 研发投入强度 | % | 2.1 | >2.5 | 预期性 |"
        let recs = try Self.targets(text)
        #expect(recs.map(\.comparator) == [.atLeast, .approximately, .greater])
    }

    /// A change cell must agree with its row: a total in brackets is the target less the base,
    /// a bare figure a yearly rate; a cell that is neither ((9) under 54 → 60) gives no target.
    @Test func aChangeCellThatDisagreesWithItsRowIsDropped() throws {
        let text = "某市十四五规划主要指标\n| 指标 | 2020年 | 2025年 | 年均增长/累计 |\n| 农业科技进步贡献率(%) | 60 | 64 | [4] |\n| 养老服务机构覆盖率(%) | 54 | 60 | (9) |\n| 地区生产总值(亿元) | 1000 | 1400 | 7 |"
        let changes = try Self.targets(text).filter { $0.rule == "table.indicators.change" }
        #expect(changes.map(\.indicator) == ["农业科技进步贡献率提高", "地区生产总值增长"])
        #expect(changes.map(\.value) == [4, 7])
    }

    /// A plan of 2024–2027 with a column for each year it looks ahead to (2023年 | 2025年 | 2027年):
    /// each year from the plan's start gives a target, the year before it the baseline; a base
    /// year in a cell (较2022年下降3%) is the change's, no value; the header repeated is no row.
    @Test func everyYearAheadIsATargetColumn() throws {
        let text = """
            某市人均预期寿命提升行动计划(2024-2027年)主要目标任务
            序号 | 指标名称 | 单位 | 2023年 | 2025年 | 2027年 | 牵头单位 |
            1 | 人均预期寿命 | 岁 | 78.09 | ≥79.2 | ≥80 | 市卫健局 |
            2 | 道路交通事故死亡率 | /10万 | 7.45 | 较2022年 下降3% | 较2025年 下降3% | 市公安局 |
            序号 | 指标名称 | 单位 | 2023年 | 2025年 | 2027年 | 牵头单位 |
            """
        let recs = try Self.targets(text)
        #expect(recs.map(\.indicator) == ["人均预期寿命", "人均预期寿命", "道路交通事故死亡率", "道路交通事故死亡率"])
        #expect(recs.map(\.value) == [79.2, 80, 3, 3])
        #expect(recs.map { $0.deadline?.date } == ["2025", "2027", "2025", "2027"])
        #expect(recs.map { $0.baseline?.value } == [78.09, 78.09, 7.45, 7.45])
        #expect(recs.map { $0.change?.baselineYear } == [nil, nil, 2022, 2025])
        #expect(recs[2].change?.direction == .decrease)
        // (The lead-unit column names each row's unit, under a header whose cells open with years.)
        #expect(recs.map { $0.responsible.map(\.name) } == [["市卫健局"], ["市卫健局"], ["市公安局"], ["市公安局"]])
    }

    /// A table with no column of targets (工作内容 | 当前工作进展 | 形象进度) is read as prose row
    /// by row; a figure alone in a cell (4385, 110%) takes no name from the cell before it.
    @Test func aTableWithoutATargetColumnIsReadAsProse() throws {
        let text = "工作内容 | 完成数 | 完成率 |\n完成交通投资30亿元 | 33.9 | 113% |\n新增4000张养老床位 | 4385 | 110% |"
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "table.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc)
        #expect(recs.map(\.indicator) == ["交通投资", "新增养老床位"])
        #expect(recs.map(\.value) == [3_000_000_000, 4000])
    }

    /// A 专栏 table of a five-year plan as a PDF's text layer keeps it: wide gaps between cells.
    @Test func aFlattenedTableUnderItsHeader() throws {
        let text = """
            某市“十四五”残疾人事业发展规划
            专栏1        “十四五”时期主要指标
                        指 标                                2025 年        属 性
            1.残疾人家庭人均收入年均增长(%)                        >7.5           预期性
            2.城乡残疾人职业技能培训人数(万人)                     >4             预期性
            3.困难残疾人生活补贴覆盖率(%)                          100            约束性
            """
        let recs = try Self.targets(text)
        #expect(recs.map(\.indicator) == ["残疾人家庭人均收入年均增长", "城乡残疾人职业技能培训人数", "困难残疾人生活补贴覆盖率"])
        #expect(recs.map(\.value) == [7.5, 40_000, 100])
        #expect(recs.map(\.comparator) == [.greater, .greater, .equal])
        #expect(recs.allSatisfy { $0.deadline?.date == "2025" })
        #expect(recs.allSatisfy { $0.rule == "table.indicators" })
    }

    /// Rows without their header: the last figure is the target, the one before the baseline.
    @Test func flattenedRowsWithoutAHeader() throws {
        let text = """
            某省安全生产“十二五”规划(2011—2015年)
            1 亿元生产总值事故死亡率 0.3 ≤0.2 下降30%以上
            2 道路交通万车死亡率 3.1 ≤2.5 ―
            3 煤矿百万吨死亡率 0.9 ≤0.6 ―
            """
        let recs = try Self.targets(text)
        #expect(recs.map(\.indicator) == ["亿元生产总值事故死亡率", "道路交通万车死亡率", "煤矿百万吨死亡率"])
        #expect(recs.map(\.value) == [0.2, 2.5, 0.6])
        #expect(recs.map { $0.baseline?.value } == [0.3, 3.1, 0.9])
        #expect(recs.allSatisfy { $0.comparator == .atMost && $0.deadline?.date == "2015" })
    }

    /// A sentence with a space before its figure is no table row.
    /// An HTML indicator table: its cells are lines of their own, its rows told by `tr`; a row
    /// under a merged 类别 cell lacks that cell, and a 单位 column gives the unit.
    @Test func anHTMLIndicatorTable() throws {
        let html = """
            <html><body><p>“十四五”主要指标</p><table>
            <tr><td>类别</td><td>指标</td><td>单位</td><td>2020年</td><td>2025年</td><td>属性</td></tr>
            <tr><td rowspan="2">生态</td><td>森林覆盖率</td><td>%</td><td>45.31</td><td>46.3</td><td>约束性</td></tr>
            <tr><td>森林蓄积量</td><td>万立方米</td><td>4606</td><td>5000</td><td>约束性</td></tr>
            </table></body></html>
            """
        let doc = try DocumentReader().read(bytes: Array(html.utf8), path: "table.html")
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind == .target }
        #expect(recs.map(\.indicator) == ["森林覆盖率", "森林蓄积量"])
        #expect(recs.map(\.value) == [46.3, 50_000_000])
        #expect(recs.map(\.unit) == ["%", "立方米"])
        #expect(recs.map { $0.baseline?.value } == [45.31, 46_060_000])
        #expect(recs.allSatisfy { $0.deadline?.date == "2025" })
    }

    /// A header whose year opens a longer cell (2025年目标值), and one with a target column
    /// and no year (目标值): both are indicator tables; a unit may stand in the value's cell.
    @Test(arguments: [("2025年目标值", "2025" as String?), ("绩效参考值", nil)])
    func anHTMLTableWithATargetColumn(_ column: String, _ date: String?) throws {
        let html = """
            <html><body><table>
            <tr><td>序号</td><td>指标名称</td><td>\(column)</td></tr>
            <tr><td>1</td><td>单位工业增加值综合能耗(当量值)</td><td>≤0.35吨标准煤/万元</td></tr>
            <tr><td>2</td><td>非化石能源消费占比</td><td>≥20%</td></tr>
            </table></body></html>
            """
        let doc = try DocumentReader().read(bytes: Array(html.utf8), path: "table.html")
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind == .target }
        #expect(recs.map(\.indicator) == ["单位工业增加值综合能耗(当量值)", "非化石能源消费占比"])
        #expect(recs.map(\.value) == [0.35, 20])
        #expect(recs.map(\.unit) == ["吨标准煤/万元", "%"])
        #expect(recs.map(\.comparator) == [.atMost, .atLeast])
        #expect(recs.allSatisfy { $0.deadline?.date == date })
    }

    /// A scraped table: 序号 on a line of its own above the header, and rows under a merged 类别
    /// cell written with their cells moved left and an empty one at the end.
    @Test func aScrapedTableWithMergedCategories() throws {
        let text = """
            序号 |
            类别 | 具体指标 | 目标值 |
            1 | 能源供给零碳化 | 非化石能源消费占比 | ≥20% |
            2 | 可再生电力消费占比(含绿证) | ≥30% | |
            3 | 资源利用循环化 | 工业用水重复利用率 | ≥85% |
            4 | 工业余热回收利用率 | ≥95% | |
            """
        let recs = try Self.targets(text)
        #expect(recs.map(\.indicator) == ["非化石能源消费占比", "可再生电力消费占比(含绿证)", "工业用水重复利用率", "工业余热回收利用率"])
        #expect(recs.map(\.value) == [20, 30, 85, 95])
        #expect(recs.allSatisfy { $0.comparator == .atLeast && $0.unit == "%" })
    }

    /// Two year columns of targets (the 健康中国行动 layout) give a target each, both with the
    /// base period's level as baseline.
    @Test func twoYearColumnsOfTargets() throws {
        let text = """
            | 序号 | 指标 | 基期水平 | 2022年目标值 | 2030年目标值 | 指标性质 |
            | 1 | 居民健康素养水平(%) | 14.18 | ≥22 | ≥30 | 预期性 |
            | 2 | 5岁以下儿童死亡率(‰) | 9.1 | ≤7.5 | ≤5 | 预期性 |
            """
        let recs = try Self.targets(text)
        #expect(recs.map(\.indicator) == ["居民健康素养水平", "居民健康素养水平", "5岁以下儿童死亡率", "5岁以下儿童死亡率"])
        #expect(recs.map(\.value) == [22, 30, 7.5, 5])
        #expect(recs.map { $0.deadline?.date } == ["2022", "2030", "2022", "2030"])
        #expect(recs.map { $0.baseline?.value } == [14.18, 14.18, 9.1, 9.1])
    }

    /// A header year written with two digits (09年) is of the 2000s.
    @Test func twoDigitYearsInAHeader() throws {
        let text = """
            | 指标 | 08年 | 09年 |
            | 高新技术产业产值(万元) | 474696 | 579129 |
            """
        let recs = try Self.targets(text)
        #expect(recs.map(\.value) == [5_791_290_000])
        #expect(recs.first?.deadline?.date == "2009")
        #expect(recs.first?.baseline?.year == 2008)
    }

    @Test func proseWithSpacesStaysProse() throws {
        let recs = try Self.targets("到2025年，全市森林覆盖率达到 65%以上，新建公园 20个。")
        #expect(recs.map(\.indicator) == ["全市森林覆盖率", "新建公园"])
        #expect(recs.allSatisfy { $0.rule != "table.indicators" })
    }
}
