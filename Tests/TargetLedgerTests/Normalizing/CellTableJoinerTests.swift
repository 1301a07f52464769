import Testing

@testable import TargetLedger

/// Indicator tables a page flattened one cell per line are joined back into rows.
@Suite struct CellTableJoinerTests {
    static let table = "专栏1 主要指标\n指标\n2020年\n2025年\n属性\n森林覆盖率(%)\n50\n52左右\n预期性\n粮食综合生产能力(亿吨)\n一\n>6.5\n约束性\n全文完。"

    @Test func rowsAreJoinedOneScalarForOne() {
        let text = NormalizedText(Self.table)
        let joined = CellTableJoiner.join(text)
        #expect(joined.string == "专栏1 主要指标\n指标|2020年|2025年|属性\n森林覆盖率(%)|50|52左右|预期性\n粮食综合生产能力(亿吨)|一|>6.5|约束性\n全文完。")
        #expect(joined.sourceOffsets == text.sourceOffsets)
    }

    /// Lines that do not fit their columns end the table; a list with no value column is none.
    @Test func proseAndListsStayLines() {
        let list = "指标\n序号\n单位\n森林覆盖率\n1\n%"
        #expect(CellTableJoiner.join(NormalizedText(list)).string == list)
        let oneRow = "指标\n2020年\n2025年\n森林覆盖率(%)\n50\n52\n下一段正文很长很长的一句话写到这里就结束了。"
        #expect(CellTableJoiner.join(NormalizedText(oneRow)).string == oneRow)
    }

    /// The table's rows become targets of its value column's year, the dash 一 no value.
    @Test func aJoinedTableGivesItsTargets() throws {
        let doc = try DocumentReader().read(bytes: Array(("“十四五”农业农村现代化规划\n" + Self.table).utf8), path: "t.txt")
        let recs = TargetExtractor(rules: try RuleSet.load(from: TestPaths.rules)).extract(doc).filter { $0.kind == .target }
        #expect(recs.map(\.indicator) == ["森林覆盖率", "粮食综合生产能力"])
        #expect(recs.map(\.comparator) == [.approximately, .greater])
        #expect(recs.allSatisfy { $0.deadline?.date == "2025" })
    }
}
