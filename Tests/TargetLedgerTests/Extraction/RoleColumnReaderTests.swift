import Testing

@testable import TargetLedger

/// A table's unit column names each row's units; its progress column reports, it sets no goal.
@Suite struct RoleColumnReaderTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    static func records(_ text: String, path: String = "t.txt") throws -> [TargetRecord] {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: path)
        return TargetExtractor(rules: rules).extract(doc).filter { $0.kind != .milestone }
    }

    @Test func aUnitColumnNamesEachRowsUnits() throws {
        let text = "2023年民生实事任务分解表\n序号 | 工作任务 | 牵头单位 | 配合单位 |\n1 | 新增城镇就业5000人以上 | 市人社局 | 各区政府 |\n2 | 新建公办幼儿园3所 | 市教育局 | 市财政局、市住建局 |"
        let recs = try Self.records(text)
        #expect(recs.map(\.indicator) == ["新增城镇就业", "新建公办幼儿园"])
        #expect(recs[0].responsible.map(\.name) == ["市人社局", "各区政府"])
        #expect(recs[0].responsible.map(\.role) == [.lead, .support])
        #expect(recs[1].responsible.map(\.name) == ["市教育局", "市财政局", "市住建局"])
        #expect(recs.allSatisfy { $0.deadline?.date == "2023" })
    }

    /// A page's metadata rows above the header are no header; a cell of a row that opens with an
    /// item number is no heading that ends the table; the item's label names what its bare act
    /// counts (…成长驿站：6月底前新建成2家).
    @Test func metadataRowsAboveTheHeaderAndNumberedItemsInACell() throws {
        let text = """
            索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |
            发布单位 | 区政府 | 发文日期 | 2022-07-14 |
            序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |
            1 | 新建公办幼儿园7所。 | 1.4月底前学府路幼儿园主体完工。 | 教育局 | 发改局、住建局 |
            2 | 新建成婴幼儿照护服务成长驿站7家。 | 1.婴幼儿照护服务成长驿站：3月底前新建成2家；6月底前新建成2家。 | 卫生健康局 | 财政局 |
            """
        let recs = try Self.records(text)
        #expect(recs.map(\.value) == [7, 7, 2, 2])
        #expect(recs.map { $0.responsible.first?.name } == ["教育局", "卫生健康局", "卫生健康局", "卫生健康局"])
        #expect(recs[3].indicator == "新建成婴幼儿照护服务成长驿站")
        #expect(recs[3].deadline?.date == "2022-06")
    }

    /// An HTML table reads as a `|` table does.
    @Test func anHTMLTablesUnitColumn() throws {
        let html = "<html><head><meta charset=\"utf-8\"><title>2023年民生实事任务分解表</title></head><body><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr><tr><td>1</td><td>改造老旧小区20个</td><td>市住建局</td></tr></table></body></html>"
        let recs = try Self.records(html, path: "t.html")
        #expect(recs.map { $0.responsible.map(\.name) } == [["市住建局"]])
    }

    /// The progress column's figures are facts; a row without its number continues the row
    /// above and shares its merged unit cell.
    @Test func aProgressColumnReportsAndMergedRowsShareUnits() throws {
        let text = """
            2022年区政府民生实事项目进展情况表
            序号 | 项目内容 | 进展情况 | 责任单位 |
            1 | 新建成婴幼儿照护服务成长驿站7家。 | 新建婴幼儿成长驿站13家。 | 卫生健康局 |
            新增婴幼儿照护服务托位500个。 | 新增婴幼儿照护服务托位600个。 | ||
            """
        let recs = try Self.records(text)
        #expect(recs.map(\.value) == [7, 13, 500, 600])
        #expect(recs.map(\.kind) == [.target, .fact, .target, .fact])
        #expect(recs[2].responsible.map(\.name) == ["卫生健康局"])
    }

    @Test(arguments: [
        ("责任单位", RoleColumnReader.Column.unit(.responsible)), ("牵头部门", .unit(.lead)), ("配合单位", .unit(.support)),
        ("进展情况", .progress), ("工作任务", .other), ("单位", .other),
    ])
    func headerCells(_ header: String, _ column: RoleColumnReader.Column) {
        #expect(RoleColumnReader.column(header) == column)
    }
}
