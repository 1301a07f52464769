import Foundation
import Testing

@testable import TargetLedger

/// The extractor scored against gold, on the real notices in Corpus/ and on the written cases,
/// with the bars of issue 5. Each test prints the summary line so CI logs show where it stands.
@Suite(.serialized) struct GoldRegressionTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    /// Extracts every document of `folder` that has a gold file and writes the ledger; returns its URL.
    static func ledger(documents folder: String, gold: String, name: String) throws -> URL {
        let goldDir = TestPaths.corpusFile(gold)
        let stems = try FileManager.default.contentsOfDirectory(atPath: goldDir.path)
            .filter { $0.hasSuffix(".gold.jsonl") }.map { String($0.dropLast(".gold.jsonl".count)) }.sorted()
        let docs = try FileManager.default.contentsOfDirectory(atPath: TestPaths.corpusFile(folder).path)
        let pipeline = Pipeline(rules: rules)
        var lines: [String] = []
        for stem in stems {
            let file = try #require(
                docs.sorted().first { $0.split(separator: ".").first.map(String.init) == stem && !$0.hasSuffix(".jsonl") },
                "no document for \(stem)")
            let path = "\(folder)/\(file)"
            let bytes = try TestPaths.bytes(TestPaths.corpusFile(path))
            lines += try JSONLines.lines(of: pipeline.process(bytes: bytes, path: path))
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        return url
    }

    static func score(_ ledger: URL, gold: String) throws -> Scorecard {
        try GoldScorer().score(goldDirectory: TestPaths.corpusFile(gold), ledgerFile: ledger)
    }

    @Test func seedsMeetTheBars() throws {
        let url = try Self.ledger(documents: "seeds", gold: "gold", name: "seeds")
        defer { try? FileManager.default.removeItem(at: url) }
        let s = try Self.score(url, gold: "gold")
        print("seeds: " + (try Self.score(url, gold: "gold").text().split(separator: "\n").last.map(String.init) ?? ""))
        #expect(s.summary.targetF1 >= 0.92)
        #expect(s.summary.deadlineAccuracy >= 0.90)
        #expect(s.summary.responsibleF1 >= 0.90)
        #expect(s.summary.comparatorAccuracy >= 0.95)
        #expect(s.summary.milestoneF1 >= 0.75)
    }

    @Test func devdocsMeetTheBars() throws {
        let url = try Self.ledger(documents: "devdocs", gold: "devgold", name: "devdocs")
        defer { try? FileManager.default.removeItem(at: url) }
        let s = try Self.score(url, gold: "devgold")
        print("devdocs: " + (s.text().split(separator: "\n").last.map(String.init) ?? ""))
        #expect(s.summary.targetF1 >= 0.92)
        #expect(s.summary.targetP >= 0.895)
        #expect(s.summary.exactIndicator >= 0.64)
        #expect(s.summary.deadlineAccuracy >= 0.85)
        #expect(s.summary.responsibleF1 >= 0.80)
    }

    @Test func writtenCasesMeetTheBar() throws {
        let url = try Self.ledger(documents: "cases", gold: "cases/gold", name: "cases")
        defer { try? FileManager.default.removeItem(at: url) }
        let s = try Self.score(url, gold: "cases/gold")
        print("cases: " + (s.text().split(separator: "\n").last.map(String.init) ?? ""))
        #expect(s.summary.targetF1 >= 0.95)
        #expect(s.summary.deadlineAccuracy >= 0.99)
        #expect(s.summary.exactIndicator >= 0.85)
    }

    /// Our `eval` and the reference scorer agree to the third decimal on the seeds' real ledger.
    @Test func evalAgreesWithReferenceScorerOnSeedsLedger() throws {
        let url = try Self.ledger(documents: "seeds", gold: "gold", name: "seeds-agree")
        defer { try? FileManager.default.removeItem(at: url) }
        let ours = try Self.score(url, gold: "gold").summary
        let out = try SchemaValidator.runPythonFile(
            TestPaths.shared.appendingPathComponent("tools/score.py"),
            arguments: [TestPaths.corpusFile("gold").path, url.path, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let ref = try #require(json["summary"] as? [String: Any])
        let pairs: [(Double, String)] = [
            (ours.targetF1, "target_f1"), (ours.targetP, "target_p"), (ours.targetR, "target_r"),
            (ours.deadlineAccuracy, "deadline_acc"), (ours.comparatorAccuracy, "comparator_acc"),
            (ours.responsibleF1, "responsible_f1"), (ours.milestoneF1, "milestone_f1"), (ours.exactIndicator, "exact_indicator"),
        ]
        for (v, k) in pairs {
            let r = try #require(ref[k] as? Double)
            #expect(abs(v - r) < 0.0005, "\(k): ours \(v), score.py \(r)")
        }
    }

    /// Every ledger line of the real corpus validates against the schema.
    @Test func realLedgerValidatesAgainstSchema() throws {
        let url = try Self.ledger(documents: "devdocs", gold: "devgold", name: "schema")
        defer { try? FileManager.default.removeItem(at: url) }
        let bad = try SchemaValidator.invalidLines(jsonLines: url, schema: SchemaValidator.ledgerSchema)
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }

    /// For every target, the normalised text at `span` holds the value as written.
    @Test(arguments: ["seeds", "devdocs", "cases"])
    func spansHoldTheValueAsWritten(folder: String) throws {
        let pipeline = Pipeline(rules: Self.rules)
        let dir = TestPaths.corpusFile(folder)
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        where name.hasSuffix(".txt") || name.hasSuffix(".html") {
            let bytes = try TestPaths.bytes(dir.appendingPathComponent(name))
            let doc = try pipeline.read(bytes: bytes, path: name)
            for t in pipeline.extract(doc) where t.kind != .milestone {
                let at = doc.text.slice(t.span[0]..<t.span[1])
                let written = try #require(t.valueText)
                // value_text may add words after the figure (以上); the span holds the figure itself.
                #expect(written.hasPrefix(at) || at.hasPrefix(written), "\(name) \(t.span): '\(at)' vs '\(written)'")
                #expect(
                    at.unicodeScalars.contains {
                        ("0"..."9").contains($0) || "〇○零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ半".unicodeScalars.contains($0)
                    }, "\(name): no number at span \(t.span): '\(at)'")
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    /// Two runs over the seeds give byte-identical ledgers.
    @Test func twoRunsAreByteIdentical() throws {
        let a = try Self.ledger(documents: "seeds", gold: "gold", name: "run-a")
        let b = try Self.ledger(documents: "seeds", gold: "gold", name: "run-b")
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }
}
