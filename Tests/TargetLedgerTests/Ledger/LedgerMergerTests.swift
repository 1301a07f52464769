import Foundation
import Testing

@testable import TargetLedger

@Suite struct LedgerMergerTests {
    @Test func mergedShardsEqualOneRun() async throws {
        let c = try TempCorpus(seeds: 5)
        try c.write("junk.txt", [0, 1, 2, 3])
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let n = 3
        var shardDirs: [URL] = []
        for i in 0..<n {
            let d = c.root.appendingPathComponent("shard\(i)")
            _ = try await c.run(rules: rules, into: d, shard: Shard(index: i, count: n))
            shardDirs.append(d)
        }
        let merged = c.root.appendingPathComponent("merged")
        let summary = try LedgerMerger().merge(shardDirs, into: merged)
        #expect(summary.failed == 1)
        for name in [LedgerOutputs.Name.ledger, LedgerOutputs.Name.csv, LedgerOutputs.Name.errors] {
            #expect(try c.output(name, in: merged) == c.output(name), "\(name) of the merge differs from one run")
        }
        let one = try LedgerSQLiteReader(url: c.out.appendingPathComponent(LedgerOutputs.Name.sqlite))
        let many = try LedgerSQLiteReader(url: merged.appendingPathComponent(LedgerOutputs.Name.sqlite))
        for table in ["documents", "targets", "responsible", "errors"] {
            let q = "SELECT * FROM \(table) ORDER BY 1, 2, 3"
            #expect(try one.rows(q) == many.rows(q), "table \(table) differs")
        }
    }

    @Test func aDocumentInTwoShardsIsAnError() async throws {
        let c = try TempCorpus(seeds: 2)
        _ = try await c.run(rules: try TempCorpus.rules())
        #expect(throws: CorpusError.self) {
            try LedgerMerger().merge([c.out, c.out], into: c.root.appendingPathComponent("m"))
        }
    }
}

@Suite struct LedgerEntryStreamTests {
    @Test func streamsTheSameEntriesAsAWholeRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tl-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try LedgerOutputs(directory: dir)
        // Enough entries that lines straddle the reader's 1 MB buffer many times.
        var template = LedgerFixtures.results()[0]
        template.targets[0].evidence = String(repeating: "到2025年，学前教育毛入园率达到95%以上。", count: 20)
        for i in 0..<1500 {
            var r = template
            r.document.path = String(format: "d%05d.html", i)
            try out.append(try LedgerEntry(result: r))
        }
        try out.commit(failures: [])
        let url = dir.appendingPathComponent(LedgerOutputs.Name.ledger)
        let whole = try LedgerEntry.entries(inLedger: try Data(contentsOf: url), file: "ledger.jsonl")
        let stream = try LedgerEntryStream(url: url)
        var streamed: [LedgerEntry] = []
        while let e = try stream.next() { streamed.append(e) }
        #expect(try Data(contentsOf: url).count > 3 << 20)
        #expect(streamed.count == 1500)
        #expect(streamed == whole)
    }
}
