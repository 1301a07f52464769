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

    /// Shard folders of `perShard` entries each, paths dealt round-robin, and one folder with
    /// every entry: what a run over the whole corpus would write.
    static func shards(_ count: Int, perShard: Int, in dir: URL) throws -> (shards: [URL], one: URL) {
        var template = LedgerFixtures.results()[0]
        template.targets[0].evidence = String(repeating: "到2025年，学前教育毛入园率达到95%以上。", count: 5)
        let one = dir.appendingPathComponent("one")
        let whole = try LedgerOutputs(directory: one)
        let folders = (0..<count).map { dir.appendingPathComponent("shard\($0)") }
        let outputs = try folders.map { try LedgerOutputs(directory: $0) }
        for i in 0..<(count * perShard) {
            var r = template
            r.document.path = String(format: "d%05d.html", i)
            let e = try LedgerEntry(result: r)
            try whole.append(e)
            try outputs[i % count].append(e)
        }
        try whole.commit(failures: [])
        for o in outputs { try o.commit(failures: []) }
        return (folders, one)
    }

    /// More entries per shard than the merge reads ahead: the readers wait for the writer and
    /// the order is still the path order.
    @Test func longShardsMergeInPathOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tl-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (shards, one) = try Self.shards(3, perShard: 200, in: dir)
        let merged = dir.appendingPathComponent("merged")
        let summary = try LedgerMerger().merge(shards, into: merged)
        #expect(summary.documents == 600)
        for name in [LedgerOutputs.Name.ledger, LedgerOutputs.Name.csv] {
            #expect(try Data(contentsOf: merged.appendingPathComponent(name)) == Data(contentsOf: one.appendingPathComponent(name)))
        }
    }

    /// A shard whose ledger breaks off mid-way stops the merge with an error naming that file;
    /// the merge does not hang on the other shards' readers, and leaves no outputs.
    @Test func aDamagedShardStopsTheMergeNamingIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tl-merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (shards, _) = try Self.shards(3, perShard: 100, in: dir)
        let ledger = shards[1].appendingPathComponent(LedgerOutputs.Name.ledger)
        var bytes = [UInt8](try Data(contentsOf: ledger))
        bytes.insert(contentsOf: Array("{\"record\":\"target\",\"broken\n".utf8), at: bytes.count / 2 + (bytes[(bytes.count / 2)...].firstIndex(of: 0x0A)! - bytes.count / 2) + 1)
        try Data(bytes).write(to: ledger)
        let merged = dir.appendingPathComponent("merged")
        do {
            _ = try LedgerMerger().merge(shards, into: merged)
            Issue.record("the merge went through a damaged shard")
        } catch let e as LedgerFormatError {
            #expect(e.message.contains(ledger.path))
        }
        #expect(!FileManager.default.fileExists(atPath: merged.appendingPathComponent(LedgerOutputs.Name.ledger).path))
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
