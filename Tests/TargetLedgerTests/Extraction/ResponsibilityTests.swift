import Testing

@testable import TargetLedger

/// Units from where notices put them beyond 责任单位 lines: a section headed by its lead unit.
@Suite struct ResponsibilityTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    @Test func aSectionHeadedByItsLeadUnit() {
        let doc = try! DocumentReader().read(
            bytes: Array("2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.建设3个劳动密集型产业园。\n二、县发改局牵头工作(3项)\n2.新建充电桩500个。\n".utf8),
            path: "t.txt")
        let recs = TargetExtractor(rules: Self.rules).extract(doc).filter { $0.kind == .target }
        #expect(recs.map { $0.responsible.map(\.name) } == [["县示范区管委会"], ["县发改局"]])
        #expect(recs.allSatisfy { $0.responsible.first?.role == .lead })
        #expect(recs.allSatisfy { $0.deadline?.date == "2025" })
    }
}
