import Foundation
import Synchronization
import Testing

@testable import TargetLedger

@Suite struct CorpusRunnerTests {
    @Test func twoRunsGiveByteIdenticalOutputsWhateverTheJobs() async throws {
        let c = try TempCorpus(seeds: 5)
        let rules = try TempCorpus.rules()
        let other = c.root.appendingPathComponent("out2")
        let a = try await c.run(rules: rules, jobs: 2, cache: false)
        let b = try await c.run(rules: rules, into: other, jobs: 1, cache: false)
        #expect(b.extracted == a.extracted && b.targets == a.targets)
        #expect(a.documents == 5 && a.failed == 0)
        for name in [LedgerOutputs.Name.ledger, LedgerOutputs.Name.csv, LedgerOutputs.Name.errors] {
            #expect(try c.output(name) == c.output(name, in: other), "\(name) differs between runs")
        }
        let ledger = String(decoding: try c.output(LedgerOutputs.Name.ledger), as: UTF8.self)
        let paths = try LedgerEntry.entries(inLedger: ledger, file: "ledger.jsonl").map(\.path)
        #expect(paths == paths.sorted { LedgerOrder.precedes($0, $1) })
        #expect(paths.contains { $0.hasPrefix("sub/") })
    }

    @Test func unchangedCorpusExtractsNothingAgain() async throws {
        let c = try TempCorpus(seeds: 4)
        let rules = try TempCorpus.rules()
        let cold = try await c.run(rules: rules)
        let coldLedger = try c.output(LedgerOutputs.Name.ledger)
        let warm = try await c.run(rules: rules)
        #expect(cold.extracted == 4 && cold.cached == 0)
        #expect(warm.extracted == 0 && warm.cached == 4)
        #expect(try c.output(LedgerOutputs.Name.ledger) == coldLedger)
        let forced = try await c.run(rules: rules, cache: false)
        #expect(forced.extracted == 4)
    }

    @Test func oneChangedOrAddedDocumentIsTheOnlyOneExtracted() async throws {
        let c = try TempCorpus(seeds: 4)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let first = try FileManager.default.contentsOfDirectory(atPath: c.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()[0]
        let url = c.corpus.appendingPathComponent(first)
        try Data(try Data(contentsOf: url) + Data("\n附加一行。\n".utf8)).write(to: url)
        let changed = try await c.run(rules: rules)
        #expect(changed.extracted == 1 && changed.cached == 3)
        try c.write("new/added.txt", Array("到2025年，全市新增学位1000个。\n".utf8))
        let added = try await c.run(rules: rules)
        #expect(added.extracted == 1 && added.cached == 4 && added.documents == 5)
    }

    @Test func changedRulesReExtractEverything() async throws {
        let c = try TempCorpus(seeds: 3)
        let rulesDir = c.root.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: TestPaths.rules, to: rulesDir)
        let before = try RuleSet.load(from: rulesDir)
        _ = try await c.run(rules: before)
        let yaml = try FileManager.default.contentsOfDirectory(atPath: rulesDir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let file = rulesDir.appendingPathComponent(try #require(yaml.first))
        try Data(try Data(contentsOf: file) + Data("\n# a comment changes the rule set's hash\n".utf8)).write(to: file)
        let after = try RuleSet.load(from: rulesDir)
        #expect(after.hash != before.hash)
        let summary = try await c.run(rules: after)
        #expect(summary.extracted == 3 && summary.cached == 0)
    }

    @Test func deletedDocumentLeavesTheLedgerAndTheCache() async throws {
        let c = try TempCorpus(seeds: 3)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let gone = try FileManager.default.contentsOfDirectory(atPath: c.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()[0]
        try FileManager.default.removeItem(at: c.corpus.appendingPathComponent(gone))
        let s = try await c.run(rules: rules)
        #expect(s.documents == 2 && s.extracted == 0 && s.cached == 2)
        let ledger = String(decoding: try c.output(LedgerOutputs.Name.ledger), as: UTF8.self)
        #expect(!ledger.contains("\"path\":\"\(gone)\""))
        let rows = try LedgerSQLiteReader(url: c.out.appendingPathComponent(LedgerOutputs.Name.sqlite))
            .rows("SELECT count(*) FROM documents WHERE path = ?", [gone])
        #expect(rows == [["0"]])
        let cacheFiles =
            FileManager.default.enumerator(atPath: CorpusRunner.cacheDirectory(in: c.out).path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".jsonl") } ?? []
        #expect(cacheFiles.count == 2)
    }

    @Test func badDocumentsAreRecordedAndTheRunGoesOn() async throws {
        let c = try TempCorpus(seeds: 2)
        let rules = try TempCorpus.rules()
        var binary = Array("PK".utf8) + [0, 0, 1, 2, 3]
        for i in 0..<4000 { binary.append(UInt8(truncatingIfNeeded: i &* 31)) }
        try c.write("binary.txt", binary)
        try c.write("empty.txt", [])
        try c.write("longline.txt", [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20))
        try c.write("huge.html", [UInt8](repeating: 0x41, count: 17 << 20))
        // Truncated mid-character UTF-8 and a GBK file: bad bytes are replaced, not fatal.
        try c.write("truncated.txt", Array(Array("到2025年，入学率达到98%。".utf8).dropLast(2)))
        // GBK bytes under a page that says UTF-8: read with replacements or refused, never fatal.
        let lying = try ICUConverter.encode(
            "<html><head><meta charset=\"utf-8\"></head><body><p>到2025年，入学率达到98%。</p></body></html>", charset: "GBK")
        try c.write("lying.html", lying)
        let summary = try await c.run(rules: rules)
        let errors = String(decoding: try c.output(LedgerOutputs.Name.errors), as: UTF8.self)
        let failed = errors.split(separator: "\n").map { try! JSONDecoder().decode(DocumentFailure.self, from: Data($0.utf8)) }
        #expect(Set(failed.map(\.path)).isSuperset(of: ["binary.txt", "empty.txt", "longline.txt", "huge.html"]))
        #expect(failed.first { $0.path == "huge.html" }?.stage == "guard")
        #expect(summary.failed == failed.count)
        #expect(summary.documents == 8)
        #expect(summary.documents - summary.failed >= 2, "the good documents must still be in the ledger")
        let ledger = String(decoding: try c.output(LedgerOutputs.Name.ledger), as: UTF8.self)
        #expect(try LedgerEntry.entries(inLedger: ledger, file: "ledger.jsonl").count == summary.documents - summary.failed)
    }

    @Test func progressIsReportedUpToTheLastDocument() async throws {
        let c = try TempCorpus(seeds: 3)
        let seen = Mutex<[RunProgress]>([])
        let options = CorpusRunOptions(corpus: c.corpus, output: c.out, jobs: 2, progressInterval: 0)
        _ = try await CorpusRunner(rules: try TempCorpus.rules()).run(options) { p in seen.withLock { $0.append(p) } }
        let reports = seen.withLock { $0 }
        #expect(reports.count == 3)
        #expect(reports.last?.done == 3 && reports.last?.total == 3 && reports.last?.fraction == 1)
    }
}

@Suite struct CorpusLedgerSchemaTests {
    @Test func aRunsLedgerFollowsTheSharedSchema() async throws {
        let c = try TempCorpus(seeds: 5)
        _ = try await c.run(rules: try TempCorpus.rules())
        let bad = try SchemaValidator.invalidLines(
            jsonLines: c.out.appendingPathComponent(LedgerOutputs.Name.ledger), schema: SchemaValidator.ledgerSchema)
        #expect(bad.isEmpty, "\(bad.prefix(5))")
    }
}

@Suite struct DocumentCacheTests {
    @Test func aDamagedEntryIsAMissNotAnError() async throws {
        let c = try TempCorpus(seeds: 3)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let cacheDir = CorpusRunner.cacheDirectory(in: c.out)
        let entries = (FileManager.default.enumerator(atPath: cacheDir.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        try #require(entries.count == 3)
        try Data("{\"not\": \"a ledger\"}\n".utf8).write(to: cacheDir.appendingPathComponent(entries[0]))
        try c.write("added.txt", Array("到2025年，新增学位1000个。\n".utf8))
        let s = try await c.run(rules: rules)
        #expect(s.extracted == 2 && s.cached == 2 && s.failed == 0)
    }

    @Test func keysChangeWithBytesPathRulesAndVersion() {
        let b = Array("到2025年".utf8)
        let k = CacheKey(bytes: b, path: "a.txt", rulesHash: "r1", version: "1")
        #expect(k == CacheKey(bytes: b, path: "a.txt", rulesHash: "r1", version: "1"))
        #expect(k != CacheKey(bytes: b + [0x0A], path: "a.txt", rulesHash: "r1", version: "1"))
        #expect(k != CacheKey(bytes: b, path: "b.txt", rulesHash: "r1", version: "1"))
        #expect(k != CacheKey(bytes: b, path: "a.txt", rulesHash: "r2", version: "1"))
        #expect(k != CacheKey(bytes: b, path: "a.txt", rulesHash: "r1", version: "2"))
        #expect(k.hex.count == 32)
    }
}
