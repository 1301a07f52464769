@testable import TargetLedger

/// Short-hand for the ledger records the diff tests build by hand.
enum DiffFixtures {
    /// A target (or milestone) record with only the fields a diff looks at.
    static func target(
        _ indicator: String, _ value: Double? = nil, _ unit: String? = nil, _ comparator: Comparator? = .equal,
        by deadline: String? = nil, units: [String] = [], key: String? = nil, change: Change? = nil,
        kind: TargetKind = .target, dimension: String? = nil, id: String? = nil
    ) -> TargetRecord {
        TargetRecord(
            docId: "doc", targetId: id ?? indicator, key: key ?? indicator, kind: kind, indicator: indicator,
            value: value, unit: unit, dimension: dimension, comparator: kind == .milestone ? nil : comparator,
            change: change, deadline: deadline.map { Deadline(date: $0, text: $0, source: .explicit) },
            responsible: units.map { ResponsibleUnit(name: $0, role: .responsible) }, evidence: indicator,
            span: [0, 1], rule: "test")
    }

    /// A milestone record.
    static func milestone(_ action: String, by deadline: String, units: [String] = [], key: String? = nil)
        -> TargetRecord
    {
        target(action, nil, nil, nil, by: deadline, units: units, key: key, kind: .milestone)
    }

    /// A document result holding `targets`.
    static func document(_ path: String, _ targets: [TargetRecord]) -> DocumentResult {
        let id = ContentHash.hex(path)
        return DocumentResult(
            document: DocumentRecord(docId: id, path: path, reader: .text, encoding: "UTF-8"),
            targets: targets.map {
                var t = $0
                t.docId = id
                return t
            })
    }

    /// The diff of two lists of records.
    static func diff(_ old: [TargetRecord], _ new: [TargetRecord]) -> VersionDiff {
        VersionDiffer().diff(old: document("old.txt", old), new: document("new.txt", new))
    }

    /// A ten-target plan in the style of the seeds, used as the base version.
    static let plan: [TargetRecord] = [
        target("小学学龄儿童入学率", 100, "%", .atLeast, by: "2011"),
        target("初中入学率", 99, "%", .atLeast, by: "2011"),
        target("三类残疾儿童的平均入学率", 95, "%", .atLeast, by: "2011", units: ["市教育局"]),
        target("全市村级小学", 109, "所", .atMost, by: "2011", dimension: "count"),
        target("校舍建设总面积", 86223, "平方米", .equal, by: "2011"),
        target("总投资", 103_930_000, "元", .equal, by: "2011", units: ["市财政局", "市教育局"]),
        target("新增图书", 150_000, "册", .equal, dimension: "count"),
        target("校际差异率", 0.15, nil, .less),
        target("单位国内生产总值能源消耗", 13.5, "%", .equal, by: "2025", change: Change(direction: .decrease, baselineYear: 2020)),
        milestone("接受国家督导评估认定", by: "2029-09"),
    ]
}
