import Foundation
import Testing

@testable import TargetLedger

/// Ledgers written by `JSONLines` validate against ../shared/spec/ledger.schema.json, and the
/// validator does reject a line that breaks the schema (so a pass means something).
@Suite("Ledger schema")
struct LedgerSchemaTests {
    @Test("every line of a ledger built from the seeds' gold validates")
    func goldLedgerValidates() throws {
        let text = try PerturbedLedger.build(
            goldDirectory: TestPaths.corpus.appendingPathComponent("gold"),
            damage: .init(name: "all kinds", seed: 11, changeDeadline: 0.3, changeUnits: 0.3, extraLine: 0.3))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let lineCount = text.split(separator: "\n").count
        #expect(lineCount > 50)
        let errors = try SchemaValidator.invalidLines(jsonLines: file, schema: SchemaValidator.ledgerSchema)
        #expect(errors.isEmpty, "\(errors.prefix(10).joined(separator: "\n"))")
    }

    @Test("a record with every optional field set validates")
    func fullRecordValidates() throws {
        let doc = DocumentRecord(
            docId: "abc", path: "Corpus/seeds/x.txt", reader: .html, encoding: "GB18030", title: "方案",
            docNumber: "昌市政办发〔2022〕21号", issuer: "市政府办公室", published: "2022-03-01",
            planPeriod: PlanPeriod(start: 2021, end: 2025), cited: ["国发〔2021〕1号"], chars: 100)
        let t = TargetRecord(
            docId: "abc", targetId: "t1", key: "能耗", kind: .target, indicator: "单位国内生产总值能源消耗", value: 13.5,
            valueMax: nil, valueText: "13.5%", unit: "%", dimension: "percent", comparator: .equal,
            change: Change(direction: .decrease, baselineYear: 2020), baseline: Baseline(value: 1, year: 2020),
            period: "每年", deadline: Deadline(date: "2025", text: "到2025年", source: .explicit),
            responsible: [ResponsibleUnit(name: "市发展改革委", role: .lead)], section: ["一、目标"],
            evidence: "到2025年,单位国内生产总值能源消耗比2020年下降13.5%", span: [3, 30], rule: "target.change")
        let errors = try SchemaValidator.invalidDocuments(
            [try JSONLines.encode(doc), try JSONLines.encode(t)], schema: SchemaValidator.ledgerSchema)
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test("the validator rejects lines that break the schema")
    func validatorRejects() throws {
        let bad = [
            #"{"record":"target","doc_id":"a","kind":"goal","indicator":"x","evidence":"e","span":[1,2],"rule":"r"}"#,
            #"{"record":"target","doc_id":"a","kind":"target","indicator":"x","evidence":"e","span":[1],"rule":"r"}"#,
            #"{"record":"document","doc_id":"a","path":"p"}"#,
        ]
        let errors = try SchemaValidator.invalidDocuments(bad, schema: SchemaValidator.ledgerSchema)
        #expect(
            Set(errors.compactMap { $0.split(separator: ":").first.map(String.init) }) == [
                "line 1", "line 2", "line 3",
            ])
    }
}
