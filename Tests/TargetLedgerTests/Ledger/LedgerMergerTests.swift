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
