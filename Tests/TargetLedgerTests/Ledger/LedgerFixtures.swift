import Foundation

@testable import TargetLedger

/// Hand-made document results with the awkward cases a writer must survive: commas, quotes,
/// line breaks, CJK, nulls, several responsible units.
enum LedgerFixtures {
    static func results() -> [DocumentResult] {
        let d1 = DocumentRecord(
            docId: "aaaa000000000001", path: "a/notice.html", reader: .html, encoding: "GB18030",
            title: "关于印发\"十四五\"教育规划的通知", planPeriod: PlanPeriod(start: 2021, end: 2025), chars: 1200)
        let d2 = DocumentRecord(docId: "bbbb000000000002", path: "b.txt", reader: .text, encoding: "UTF-8", chars: 300)
        let t1 = TargetRecord(
            docId: d1.docId, targetId: "t1", key: "enrolment_rate", kind: .target, indicator: "学前教育毛入园率",
            value: 95, valueText: "95%以上", unit: "%", dimension: "percent", comparator: .atLeast,
            deadline: Deadline(date: "2025", text: "到2025年", source: .explicit),
            responsible: [ResponsibleUnit(name: "市教育局", role: .lead), ResponsibleUnit(name: "市财政局", role: .support)],
            section: ["二、主要目标", "（一）学前教育"], evidence: "到2025年，学前教育毛入园率达到95%以上，\"普惠\"幼儿园覆盖率达到85%。",
            span: [10, 42], rule: "target.reach")
        let t2 = TargetRecord(
            docId: d1.docId, targetId: "t2", key: "energy_intensity", kind: .target, indicator: "单位地区生产总值能耗",
            value: 13.5, unit: "%", comparator: .equal, change: Change(direction: .decrease, baselineYear: 2020),
            responsible: [ResponsibleUnit(name: "市发展改革委", role: .responsible)],
            evidence: "单位地区生产总值能耗比2020年下降13.5%,\n二氧化碳排放下降", span: [50, 70], rule: "target.change")
        let t3 = TargetRecord(
            docId: d2.docId, targetId: "t3", key: "schools", kind: .milestone, indicator: "学校数量", value: 109,
            unit: "所", baseline: Baseline(value: 132), evidence: "学校由现在的132所减少到109所。", span: [0, 16], rule: "target.level")
        return [DocumentResult(document: d1, targets: [t1, t2]), DocumentResult(document: d2, targets: [t3])]
            .sorted { LedgerOrder.precedes($0.document.path, $1.document.path) }
    }

    /// Writes the fixtures' outputs into a new temporary folder.
    static func write(failures: [DocumentFailure] = []) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tl-ledger-\(UUID().uuidString)")
        let out = try LedgerOutputs(directory: dir)
        for r in results() { try out.append(try LedgerEntry(result: r)) }
        try out.commit(failures: failures)
        return dir
    }

    /// Runs a process and returns its status and standard output.
    static func run(_ tool: String, _ args: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + args
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
