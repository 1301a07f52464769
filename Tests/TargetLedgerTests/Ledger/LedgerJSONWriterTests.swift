import Foundation
import Testing

@testable import TargetLedger

/// The hand-written ledger JSON is byte for byte what JSONEncoder with sorted keys writes.
@Suite struct LedgerJSONWriterTests {
    @Test func agreesWithJSONEncoderOnTheRealCorpus() throws {
        let rules = try RuleSet.load(from: TestPaths.rules)
        let pipeline = Pipeline(rules: rules)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var checked = 0
        for folder in ["seeds", "devdocs"] {
            let dir = TestPaths.corpusFile(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            where name.hasSuffix(".txt") || name.hasSuffix(".html") {
                let result = try pipeline.process(bytes: TestPaths.bytes(dir.appendingPathComponent(name)), path: "\(folder)/\(name)")
                #expect(LedgerJSONWriter.line(result.document) == String(decoding: try encoder.encode(result.document), as: UTF8.self))
                for t in result.targets {
                    #expect(LedgerJSONWriter.line(t) == String(decoding: try encoder.encode(t), as: UTF8.self), "\(name) \(t.indicator)")
                    checked += 1
                }
            }
        }
        #expect(checked > 300)
    }

    @Test func escapesWhatJSONNeeds() throws {
        var t = TargetRecord(
            docId: "d", kind: .target, indicator: "a\"b\\c\nd\u{01}/e", value: 0.6666666666666666, evidence: "“引号”\t", span: [1, 2],
            rule: "r")
        t.valueMax = 1e20
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(LedgerJSONWriter.line(t) == String(decoding: try encoder.encode(t), as: UTF8.self))
    }

    /// JSON has no infinity: a line with one would be unreadable to every consumer of the ledger.
    @Test func aValueThatIsNoNumberIsNull() throws {
        var t = TargetRecord(docId: "d", kind: .target, indicator: "x", value: .infinity, evidence: "x", span: [0, 1], rule: "r")
        t.valueMax = .nan
        let line = LedgerJSONWriter.line(t)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["value"] is NSNull && object["value_max"] is NSNull)
    }
}
