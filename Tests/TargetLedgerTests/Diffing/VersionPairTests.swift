import Foundation
import Testing

@testable import TargetLedger

/// The plan-version pairs of Corpus/versions, extracted with the shipped rules and diffed end
/// to end; what each test expects is what the pair's `*.expected.md` says an analyst expects.
/// Indicators are looked up by overlap rather than exact text, so that a test checks the diff
/// and not the extractor's trimming of indicator boundaries (scored by `eval`).
@Suite("Version pairs in Corpus/versions")
struct VersionPairTests {
    typealias Change = VersionDiff.FieldChange

    /// The shipped rules; a broken rule file fails these tests (not the whole test process).
    static func rules() throws -> RuleSet { try RuleSet.load(from: TestPaths.rules) }

    /// The diff of two files of Corpus/versions.
    func diff(_ old: String, _ new: String) throws -> VersionDiff {
        let rules = try Self.rules()
        let pipeline = Pipeline(rules: rules)
        let loader = DiffSideLoader()
        let sides = try [old, new].map { name in
            try loader.loadDocument(TestPaths.corpusFile("versions/\(name).txt"), pipeline: pipeline)
        }
        return VersionDiffer(scale: UnitScale(rules: rules)).diff(old: sides[0], new: sides[1])
    }

    /// The entry about `indicator` (an old or new indicator overlapping it by 0.8 or more).
    func entry(
        _ d: VersionDiff, _ indicator: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> VersionDiff.Entry {
        let hits = d.entries.filter { e in
            (e.old + e.new).contains { TextSimilarity.overlap($0.indicator, indicator) >= 0.8 }
        }
        return try #require(
            hits.first, "no entry for \(indicator) in \(d.entries.map { ($0.old + $0.new).map(\.indicator) })",
            sourceLocation: sourceLocation)
    }

    /// The entry's changes without indicator rewordings (checked apart where expected).
    func changes(_ e: VersionDiff.Entry) -> [Change] { e.changes.filter { $0.field != .indicator } }

    @Test("v1 energy: draft → final, every kind of value change, comparator, units, milestone date")
    func energy() throws {
        let d = try diff("v1_energy_draft", "v1_energy_final")
        #expect(d.summary.matchedByKey + d.summary.matchedBySimilarity == 8)
        #expect(d.summary.added == 0 && d.summary.dropped == 0 && d.summary.unchanged == 0)
        #expect(d.hasChanges && d.warnings.isEmpty)
        #expect(
            changes(try entry(d, "全省非化石能源消费比重")) == [
                Change(field: .value, old: "25%", new: "28%", direction: .raised, effect: .tightened)
            ])
        #expect(
            changes(try entry(d, "风电装机容量")) == [
                Change(field: .value, old: "12000000千瓦", new: "11000000千瓦", direction: .lowered, effect: .relaxed)
            ])
        #expect(
            changes(try entry(d, "单位地区生产总值能耗")) == [
                Change(field: .value, old: "13%", new: "14%", direction: .raised, effect: .tightened)
            ])
        #expect(
            changes(try entry(d, "煤炭消费总量")) == [
                Change(field: .value, old: "40000000吨", new: "42000000吨", direction: .raised, effect: .relaxed)
            ])
        #expect(
            changes(try entry(d, "电能占终端能源消费比重")) == [
                Change(field: .comparator, old: "~", new: ">=", direction: .replaced)
            ])
        // 1.2万吨 → 12000吨 is the same amount: only the 责任单位 list changes.
        #expect(
            changes(try entry(d, "可再生能源制氢产能")) == [
                Change(field: .responsible, old: nil, new: "省科技厅", direction: .added)
            ])
        let milestone = try entry(d, "建成省级能源大数据中心")
        #expect(milestone.kind == .milestone)
        #expect(
            changes(milestone) == [
                Change(field: .deadline, old: "2024-12", new: "2024-06", direction: .broughtForward, effect: .tightened)
            ])
        #expect(
            changes(try entry(d, "全省新建公共充电桩")) == [
                Change(field: .responsible, old: "省住房城乡建设厅", new: nil, direction: .removed)
            ])
    }

    @Test("v2 water: revised edition, reordered, with a split, a merge, a rewording, moved deadlines")
    func water() throws {
        let d = try diff("v2_water_2023edition", "v2_water_2024revised")
        let s = d.summary
        #expect(
            s.unchanged == 1 && s.changed == 4 && s.split == 1 && s.merged == 1 && s.dropped == 1 && s.added == 1,
            "\(s)")
        #expect(try entry(d, "城市生活污水集中收集率").status == .unchanged)
        #expect(
            changes(try entry(d, "城镇污水处理率")) == [
                Change(field: .deadline, old: "2026", new: "2025", direction: .broughtForward, effect: .tightened)
            ])
        let split = try entry(d, "新建和改造城镇污水管网")
        #expect(split.status == .split && split.new.count == 2)
        #expect(split.changes.isEmpty, "180 + 120 公里 is the old 300 公里: \(split.changes)")
        let merge = try entry(d, "新增污水和再生水处理能力")
        #expect(merge.status == .merged && merge.old.count == 2)
        #expect(merge.changes.isEmpty, "50000 + 20000 吨/日 is the new 70000 吨/日: \(merge.changes)")
        #expect(
            changes(try entry(d, "城市污水处理厂污泥无害化处置率")) == [
                Change(field: .comparator, old: ">", new: ">=", direction: .replaced, effect: .relaxed)
            ])
        #expect(
            changes(try entry(d, "县级以上城市黑臭水体消除比例")) == [
                Change(field: .deadline, old: "2024-12", new: "2025-12", direction: .pushedBack, effect: .relaxed)
            ])
        let reworded = try entry(d, "重点河湖生态流量达标率")
        #expect(reworded.old.first.map { TextSimilarity.overlap($0.indicator, "重点河湖生态流量保障目标满足程度") >= 0.8 } == true)
        #expect(
            reworded.similarity != nil && changes(reworded).isEmpty && reworded.changes.map(\.field) == [.indicator])
        #expect(try entry(d, "地下水超采区面积压减").status == .dropped)
        #expect(try entry(d, "入河排污口整治完成率").status == .added)
    }

    @Test("v3 employment: next year's plan, values, deadlines pushed back by a year, units, milestone")
    func employment() throws {
        let d = try diff("v3_employment_2024plan", "v3_employment_2025plan")
        let s = d.summary
        #expect(s.changed == 5 && s.unchanged == 0 && s.added == 1 && s.dropped == 1, "\(s)")
        let pushed = Change(field: .deadline, old: "2024", new: "2025", direction: .pushedBack, effect: .relaxed)
        #expect(
            changes(try entry(d, "城镇新增就业")) == [
                Change(field: .value, old: "45000人", new: "48000人", direction: .raised, effect: .tightened), pushed,
            ])
        // `=`: neither tightened nor relaxed.
        #expect(
            changes(try entry(d, "失业人员再就业")) == [
                Change(field: .value, old: "10000人", new: "9000人", direction: .lowered, effect: nil), pushed,
            ])
        #expect(changes(try entry(d, "城镇调查失业率")) == [pushed])
        #expect(
            changes(try entry(d, "开展补贴性职业技能培训")) == [
                pushed, Change(field: .responsible, old: nil, new: "市教育局", direction: .added),
            ])
        let m = try entry(d, "完成零就业家庭动态清零核查")
        #expect(
            m.kind == .milestone
                && changes(m) == [
                    Change(field: .deadline, old: "2024-06", new: "2025-09", direction: .pushedBack, effect: .relaxed)
                ])
        #expect(try entry(d, "帮扶就业困难人员就业").status == .dropped)
        #expect(try entry(d, "新建标准化零工市场").status == .added)
    }

    @Test("v4 health: paragraphs reordered only — no change")
    func reorderOnly() throws {
        let d = try diff("v4_health_reorder_old", "v4_health_reorder_new")
        #expect(!d.hasChanges, "\(d.entries.filter { $0.status != .unchanged })")
        // 5 targets + 1 milestone, as the expected file lists them.
        #expect(d.summary.unchanged == 6, "\(d.old.targets) records in OLD, \(d.new.targets) in NEW")
    }

    @Test("v5 unrelated documents: a warning, no pairs")
    func unrelated() throws {
        let d = try diff("v5_unrelated_a_water", "v5_unrelated_b_tourism")
        #expect(d.summary.matchedByKey + d.summary.matchedBySimilarity + d.summary.split + d.summary.merged == 0)
        #expect(d.warnings.contains { $0.contains("do not look like versions of the same plan") })
        #expect(d.entries.allSatisfy { $0.status == .added || $0.status == .dropped })
    }

    @Test("a seed against itself: no change")
    func seedSelfDiff() throws {
        let rules = try Self.rules()
        let pipeline = Pipeline(rules: rules)
        let url = TestPaths.corpusFile("seeds/000_9cb59530c1e1e67e.txt")
        let a = try DiffSideLoader().loadDocument(url, pipeline: pipeline)
        let d = VersionDiffer(scale: UnitScale(rules: rules)).diff(old: a, new: a)
        #expect(!d.hasChanges && d.summary.unchanged == a.targets.filter { $0.kind != .fact }.count)
    }
}
