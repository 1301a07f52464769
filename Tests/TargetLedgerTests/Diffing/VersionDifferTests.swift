import Testing

@testable import TargetLedger

/// Every kind of change of issue 7 point 3, on ledgers built by hand.
@Suite("VersionDiffer")
struct VersionDifferTests {
    typealias F = DiffFixtures

    /// The only entry that is not unchanged.
    func onlyChange(_ d: VersionDiff, sourceLocation: SourceLocation = #_sourceLocation) throws -> VersionDiff.Entry {
        let changed = d.entries.filter { $0.status != .unchanged }
        try #require(changed.count == 1, "\(changed)", sourceLocation: sourceLocation)
        return changed[0]
    }

    /// `plan` with the record whose indicator is `indicator` replaced.
    func edit(_ indicator: String, _ f: (inout TargetRecord) -> Void) -> [TargetRecord] {
        F.plan.map { r in
            var r = r
            if r.indicator == indicator { f(&r) }
            return r
        }
    }

    @Test("a plan against itself: every pair unchanged, nothing to report")
    func selfDiff() {
        let d = F.diff(F.plan, F.plan)
        #expect(!d.hasChanges)
        #expect(d.summary.unchanged == F.plan.count && d.summary.matchedByKey == F.plan.count)
        #expect(d.warnings.isEmpty)
    }

    @Test("reordering alone is no change, with keys or without them")
    func reorder() {
        let shuffled = [7, 2, 9, 0, 5, 1, 8, 3, 6, 4].map { F.plan[$0] }
        #expect(!F.diff(F.plan, shuffled).hasChanges)
        let unkeyed = { (rs: [TargetRecord]) in
            rs.map {
                var r = $0
                r.key = ""
                return r
            }
        }
        let d = F.diff(unkeyed(F.plan), unkeyed(shuffled))
        #expect(!d.hasChanges)
        #expect(d.summary.matchedBySimilarity == F.plan.count)
    }

    @Test("raising a >= target raises and tightens it")
    func floorRaised() throws {
        let e = try onlyChange(F.diff(F.plan, edit("初中入学率") { $0.value = 99.5 }))
        #expect(e.changes == [.init(field: .value, old: "99%", new: "99.5%", direction: .raised, effect: .tightened)])
    }

    @Test("lowering a >= target relaxes it")
    func floorLowered() throws {
        let e = try onlyChange(F.diff(F.plan, edit("三类残疾儿童的平均入学率") { $0.value = 90 }))
        #expect(e.changes.first?.direction == .lowered && e.changes.first?.effect == .relaxed)
    }

    @Test("raising a <= cap relaxes it; lowering it tightens")
    func capMoved() throws {
        let up = try onlyChange(F.diff(F.plan, edit("全市村级小学") { $0.value = 115 }))
        #expect(up.changes == [.init(field: .value, old: "109所", new: "115所", direction: .raised, effect: .relaxed)])
        let down = try onlyChange(F.diff(F.plan, edit("校际差异率") { $0.value = 0.1 }))
        #expect(down.changes.first?.direction == .lowered && down.changes.first?.effect == .tightened)
    }

    @Test("deepening a 下降 amount tightens it")
    func decreaseDeepened() throws {
        let e = try onlyChange(F.diff(F.plan, edit("单位国内生产总值能源消耗") { $0.value = 14 }))
        #expect(e.changes == [.init(field: .value, old: "13.5%", new: "14%", direction: .raised, effect: .tightened)])
    }

    @Test("a plain amount changed is raised without a verdict on strictness")
    func plainAmount() throws {
        let e = try onlyChange(F.diff(F.plan, edit("新增图书") { $0.value = 200_000 }))
        #expect(e.changes == [.init(field: .value, old: "150000册", new: "200000册", direction: .raised, effect: nil)])
    }

    @Test("万吨 → 吨 with the same amount is a rescaled unit, not a new value")
    func unitRescaled() throws {
        let old = [F.target("化肥使用量", 5, "万吨", .atMost, by: "2025", key: "化肥使用量")]
        let same = F.diff(old, [F.target("化肥使用量", 50_000, "吨", .atMost, by: "2025", key: "化肥使用量")])
        let e = try onlyChange(same)
        #expect(e.changes == [.init(field: .unit, old: "万吨", new: "吨", direction: .rescaled)])
        let more = try onlyChange(F.diff(old, [F.target("化肥使用量", 45_000, "吨", .atMost, by: "2025")]))
        #expect(more.changes.map(\.field) == [.unit, .value])
        #expect(more.changes[1].direction == .lowered && more.changes[1].effect == .tightened)
    }

    @Test("a changed comparator is reported; >= → > tightens")
    func comparatorChanged() throws {
        let e = try onlyChange(F.diff(F.plan, edit("初中入学率") { $0.comparator = .greater }))
        #expect(e.changes == [.init(field: .comparator, old: ">=", new: ">", direction: .replaced, effect: .tightened)])
    }

    @Test("deadlines brought forward and pushed back; 2025 and 2025-12 are the same day")
    func deadlines() throws {
        let forward = try onlyChange(
            F.diff(F.plan, edit("初中入学率") { $0.deadline = Deadline(date: "2010-12", text: "", source: .explicit) }))
        #expect(
            forward.changes == [
                .init(field: .deadline, old: "2011", new: "2010-12", direction: .broughtForward, effect: .tightened)
            ])
        let back = try onlyChange(
            F.diff(F.plan, edit("总投资") { $0.deadline = Deadline(date: "2012", text: "", source: .explicit) }))
        #expect(back.changes.first?.direction == .pushedBack && back.changes.first?.effect == .relaxed)
        let same = F.diff(
            F.plan, edit("总投资") { $0.deadline = Deadline(date: "2011-12", text: "年底", source: .explicit) })
        #expect(!same.hasChanges)
        let added = try onlyChange(
            F.diff(F.plan, edit("新增图书") { $0.deadline = Deadline(date: "2011", text: "", source: .planPeriod) }))
        #expect(added.changes.first?.direction == .added)
    }

    @Test("responsible units added and removed, one change each")
    func responsibleUnits() throws {
        let e = try onlyChange(
            F.diff(
                F.plan,
                edit("总投资") {
                    $0.responsible = [
                        ResponsibleUnit(name: "市教育局", role: .lead), ResponsibleUnit(name: "市发展改革委", role: .support),
                    ]
                }))
        #expect(
            e.changes == [
                .init(field: .responsible, old: "市财政局", new: nil, direction: .removed),
                .init(field: .responsible, old: nil, new: "市发展改革委", direction: .added),
            ])
    }

    @Test("targets only in OLD are dropped, only in NEW added")
    func droppedAndAdded() {
        var new = Array(F.plan.dropFirst())
        new.append(F.target("专任教师学历合格率", 100, "%", .atLeast, by: "2011"))
        let d = F.diff(F.plan, new)
        #expect(d.summary.dropped == 1 && d.summary.added == 1 && d.summary.unchanged == F.plan.count - 1)
        #expect(d.entries.last?.status == .dropped && d.entries.last?.old.first?.indicator == "小学学龄儿童入学率")
        #expect(d.entries.first { $0.status == .added }?.new.first?.indicator == "专任教师学历合格率")
    }

    @Test("a reworded indicator is paired by similarity, which is shown")
    func reworded() throws {
        let d = F.diff(
            [F.target("城镇新增就业人数", 50_000, "人", .atLeast, by: "2025", key: "k1")],
            [F.target("全市城镇新增就业人数", 55_000, "人", .atLeast, by: "2025", key: "k2")])
        let e = try onlyChange(d)
        #expect(e.match == .similarity && e.similarity == 1)
        #expect(e.changes.map(\.field) == [.indicator, .value] && e.changes[1].direction == .raised)
        // A rewording alone is reported (field indicator) with its similarity, the value unchanged.
        let d2 = F.diff(
            [F.target("城镇新增就业人数", 50_000, "人", .atLeast, key: "a")],
            [F.target("城镇新增的就业人员数量", 50_000, "人", .atLeast, key: "b")])
        let r = try onlyChange(d2)
        #expect(r.changes == [.init(field: .indicator, old: "城镇新增就业人数", new: "城镇新增的就业人员数量", direction: .replaced)])
        #expect(r.similarity.map { $0 > 0.5 && $0 < 1 } == true)
        // The same wording under another key is shown with its similarity too.
        let d3 = F.diff([F.target("城镇污水管网", 3, "公里", key: "管网")], [F.target("新建城镇污水管网", 3, "公里", key: "管网")])
        #expect(try onlyChange(d3).match == .key && (try onlyChange(d3).similarity) == 1)
    }

    @Test("kind and unit dimension must agree for a pair")
    func dimensionsAgree() {
        let d = F.diff(
            [F.target("绿色建筑占比", 70, "%", .atLeast, key: "绿色建筑")],
            [F.target("绿色建筑占比", 70, "平方米", .atLeast, key: "绿色建筑")])
        #expect(d.summary.added == 1 && d.summary.dropped == 1)
        let m = F.diff([F.milestone("成立领导小组", by: "2022-12")], [F.target("成立领导小组", 1, "个", key: "成立领导小组")])
        #expect(m.summary.added == 1 && m.summary.dropped == 1)
    }

    @Test("one target split into two narrower ones is a split")
    func split() throws {
        let old = [
            F.target(
                "化学需氧量和氨氮排放总量", 10, "%", .atLeast, by: "2025", change: Change(direction: .decrease, baselineYear: 2020))
        ]
        let new = [
            F.target(
                "化学需氧量排放总量", 10, "%", .atLeast, by: "2025", change: Change(direction: .decrease, baselineYear: 2020)),
            F.target("氨氮排放总量", 12, "%", .atLeast, by: "2025", change: Change(direction: .decrease, baselineYear: 2020)),
        ]
        let d = F.diff(old, new)
        #expect(d.summary.split == 1 && d.summary.added == 0 && d.summary.dropped == 0)
        let e = try onlyChange(d)
        #expect(e.status == .split && e.old.count == 1 && e.new.map(\.indicator) == ["化学需氧量排放总量", "氨氮排放总量"])
        // Percentages do not add up: each part against the whole.
        #expect(e.changes == [.init(field: .value, old: "10%", new: "12%", direction: .raised, effect: .tightened)])
    }

    @Test("a split amount is compared as the sum of its parts; same key on both sides still splits")
    func splitAmounts() throws {
        let old = [F.target("新建和改造城镇污水管网", 300, "公里", by: "2025", units: ["市住房城乡建设局"], key: "城镇污水管网")]
        let same = F.diff(
            old,
            [
                F.target("新建城镇污水管网", 180, "公里", by: "2025", units: ["市住房城乡建设局"], key: "城镇污水管网"),
                F.target("改造城镇污水管网", 120, "公里", by: "2025", units: ["市住房城乡建设局"], key: "城镇污水管网"),
            ])
        let e = try onlyChange(same)
        #expect(e.status == .split && e.changes.isEmpty)
        let more = F.diff(
            old,
            [
                F.target("新建城镇污水管网", 200, "公里", by: "2025", units: ["市住房城乡建设局"], key: "城镇污水管网"),
                F.target("改造城镇污水管网", 120000, "米", by: "2026", units: ["市住房城乡建设局"], key: "城镇污水管网"),
            ])
        let m = try onlyChange(more)
        #expect(m.status == .split)
        #expect(
            m.changes.contains(
                .init(field: .value, old: "300公里", new: "200公里 + 120000米", direction: .raised, effect: nil)))
        #expect(m.changes.contains { $0.field == .deadline && $0.direction == .pushedBack })
    }

    @Test("two targets merged into one is a merge")
    func merge() throws {
        let old = [
            F.target("新建污水处理厂", 8, "座", .equal, dimension: "count"),
            F.target("新建再生水厂", 4, "座", .equal, dimension: "count"),
        ]
        let new = [F.target("新建污水处理厂、再生水厂", 12, "座", .equal, dimension: "count")]
        let d = F.diff(old, new)
        let e = try onlyChange(d)
        #expect(e.status == .merged && e.old.count == 2 && e.new.count == 1)
        #expect(d.summary.merged == 1 && d.summary.dropped == 0)
        #expect(e.changes.isEmpty, "8 + 4 座 → 12 座 is no change of value")
        let less = try onlyChange(F.diff(old, [F.target("新建污水处理厂、再生水厂", 10, "座", .equal, dimension: "count")]))
        #expect(less.changes == [.init(field: .value, old: "8座 + 4座", new: "10座", direction: .lowered, effect: nil)])
    }

    @Test("milestones are diffed by action and date")
    func milestones() throws {
        let e = try onlyChange(
            F.diff(F.plan, edit("接受国家督导评估认定") { $0.deadline = Deadline(date: "2030-06", text: "", source: .explicit) }))
        #expect(e.kind == .milestone)
        #expect(
            e.changes == [
                .init(field: .deadline, old: "2029-09", new: "2030-06", direction: .pushedBack, effect: .relaxed)
            ])
    }

    @Test("documents with no target in common give a warning, not a silent diff")
    func notVersions() {
        let d = F.diff(
            F.plan,
            [F.target("粮食产量", 130_000_000_000, "斤", .atLeast, key: "粮食"), F.target("高标准农田", 4_000_000, "亩", key: "农田")])
        #expect(d.warnings.count == 1 && d.warnings[0].contains("no target in common"))
        let empty = F.diff(F.plan, [])
        #expect(empty.warnings.count == 1 && empty.warnings[0].contains("has no targets"))
    }

    @Test("of two same-key targets each finds its own counterpart")
    func duplicateKeys() {
        let old = [
            F.target("新建学校", 3, "所", by: "2024", key: "新建学校"), F.target("新建学校", 5, "所", by: "2025", key: "新建学校"),
        ]
        let d = F.diff(old, old.reversed())
        #expect(!d.hasChanges)
    }

    @Test("facts are not compared")
    func factsIgnored() {
        let d = F.diff(F.plan + [F.target("受益学生", 380_000, "人", kind: .fact)], F.plan)
        #expect(!d.hasChanges && d.old.targets == F.plan.count)
    }
}
