import Testing

@testable import TargetLedger

/// Unit sizes and dimensions used by the diff.
@Suite("UnitScale")
struct UnitScaleTests {
    @Test("sizes within a family convert; across families they do not")
    func factors() {
        let s = UnitScale()
        #expect(s.factor(from: "万吨", to: "吨") == 10_000)
        #expect(s.factor(from: "公里", to: "米") == 1_000)
        #expect(s.factor(from: "亿元", to: "万元") == 10_000)
        #expect(s.factor(from: "度", to: "千瓦时") == 1)
        #expect(s.factor(from: "天", to: "月") == nil)
        #expect(s.factor(from: "吨", to: "元") == nil)
        #expect(s.factor(from: "所", to: "所") == 1)
    }

    @Test("dimension: the record's own, else the table's, else the rules', else the unit itself")
    func dimensions() throws {
        let bare = UnitScale()
        #expect(bare.dimension(unit: "万吨", recorded: nil) == "mass")
        #expect(bare.dimension(unit: "所", recorded: "count") == "count")
        #expect(bare.dimension(unit: "所", recorded: nil) == "unit:所")
        #expect(bare.dimension(unit: nil, recorded: nil) == "none")
        #expect(bare.dimension(unit: "日", recorded: nil) == bare.dimension(unit: "小时", recorded: nil))
        let ruled = UnitScale(rules: try RuleSet.load(from: TestPaths.rules))
        #expect(ruled.dimension(unit: "所", recorded: nil) == "count")
        #expect(ruled.dimension(unit: "百分点", recorded: nil) == "percentage_point")
    }
}
