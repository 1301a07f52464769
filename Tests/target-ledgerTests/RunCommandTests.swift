import Foundation
import Testing
import TargetLedger

@Suite struct RunCommandTests {
    let rules = ["--rules", BinaryPaths.rules.path]

    @Test func helpDocumentsTheExitCodes() throws {
        for sub in ["run", "merge"] {
            let r = try runBinary([sub, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Exit status: 0"), "\(sub) --help must list the exit codes")
            #expect(r.stdout.contains("2 some documents failed"))
        }
    }

    @Test func usageErrorsExitOne() throws {
        let c = try ScratchCorpus(seeds: 1)
        let badShard = try runBinary(["run", c.corpus.path, "--out", c.dir("o").path, "--shard", "4/4"] + rules)
        #expect(badShard.status == 1)
        #expect(badShard.stderr.contains("--shard"))
        let noCorpus = try runBinary(["run", c.dir("missing").path, "--out", c.dir("o").path] + rules)
        #expect(noCorpus.status == 1)
        #expect(noCorpus.stderr.contains("not a folder"))
        let badRules = try runBinary(["run", c.corpus.path, "--out", c.dir("o").path, "--rules", c.dir("norules").path])
        #expect(badRules.status == 1)
    }

    @Test func aBadFileIsRecordedTheRunContinuesAndExitsTwo() throws {
        let c = try ScratchCorpus(seeds: 3)
        var junk: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0]
        for i in 0..<5000 { junk.append(UInt8(truncatingIfNeeded: i &* 131)) }
        try Data(junk).write(to: c.corpus.appendingPathComponent("broken.txt"))
        let r = try runBinary(["run", c.corpus.path, "--out", c.dir("o").path, "--json"] + rules)
        #expect(r.status == 2, "stderr: \(r.stderr)")
        let errors = String(decoding: try c.file("o", "errors.jsonl"), as: UTF8.self)
        #expect(errors.contains("\"path\":\"broken.txt\""))
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(r.stdout.utf8))
        #expect(summary.documents == 4 && summary.failed == 1 && summary.extracted == 3)
        let ledger = String(decoding: try c.file("o", "ledger.jsonl"), as: UTF8.self)
        #expect(try LedgerEntry.entries(inLedger: ledger, file: "ledger.jsonl").count == 3)
        // Not a terminal here: plain progress lines and the summary, on standard error only.
        #expect(r.stderr.contains("progress: 4/4 documents"))
        #expect(r.stderr.contains("4 documents (3 extracted, 0 cached, 1 failed)"))
    }

    @Test func quietAndAllGoodExitsZeroSilently() throws {
        let c = try ScratchCorpus(seeds: 2)
        let r = try runBinary(["run", c.corpus.path, "--out", c.dir("o").path, "--quiet"] + rules)
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty && r.stdout.isEmpty)
    }

    @Test func aKilledRunLeavesTheEarlierOutputsIntactAndReadable() throws {
        let c = try ScratchCorpus(seeds: 5, copies: 60)
        let out = c.dir("o")
        // The earlier outputs: one small run.
        let small = c.dir("small")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: c.corpus.appendingPathComponent("copy000"), to: small.appendingPathComponent("copy000"))
        let first = try runBinary(["run", small.path, "--out", out.path, "--quiet"] + rules)
        #expect(first.status == 0)
        let before = try ["ledger.jsonl", "targets.csv", "errors.jsonl", "ledger.sqlite"].map { try c.file("o", $0) }

        // The big run, killed once it has started writing its temporary outputs.
        let started = try startBinary(["run", c.corpus.path, "--out", out.path, "--quiet", "--no-cache", "--jobs", "1"] + rules)
        let deadline = Date().addingTimeInterval(60)
        var sawTemporary = false
        while Date() < deadline, started.process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".ledger.jsonl.tmp-") }) {
                sawTemporary = true
                break
            }
            usleep(2_000)
        }
        // Let a few documents through so that the temporary files hold data, then kill.
        usleep(300_000)
        kill(started.process.processIdentifier, SIGKILL)
        started.process.waitUntilExit()
        #expect(sawTemporary, "the run never started writing")
        #expect(started.process.terminationReason == .uncaughtSignal,
                "the run finished before SIGKILL: the test corpus is too small to interrupt it")

        let after = try ["ledger.jsonl", "targets.csv", "errors.jsonl", "ledger.sqlite"].map { try c.file("o", $0) }
        #expect(after == before, "a killed run changed the earlier outputs")
        let ledger = String(decoding: after[0], as: UTF8.self)
        #expect(try LedgerEntry.entries(inLedger: ledger, file: "ledger.jsonl").count == 5)
        let db = try LedgerSQLiteReader(url: out.appendingPathComponent("ledger.sqlite"))
        #expect(try db.rows("SELECT count(*) FROM documents") == [["5"]])

        // The next run cleans up what the killed one left and completes, reusing its cache.
        let again = try runBinary(["run", c.corpus.path, "--out", out.path, "--json", "--quiet"] + rules)
        #expect(again.status == 0)
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(again.stdout.utf8))
        #expect(summary.documents == 300 && summary.cached > 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty)
    }

    @Test func shardsRunAsSeparateProcessesMergeIntoOneRun() throws {
        let c = try ScratchCorpus(seeds: 5, copies: 3)
        try Data([0, 1, 2, 3, 0xFF]).write(to: c.corpus.appendingPathComponent("junk.txt"))
        let whole = try runBinary(["run", c.corpus.path, "--out", c.dir("whole").path, "--quiet"] + rules)
        #expect(whole.status == 2)
        let n = 3
        let shards = try (0..<n).map { i in
            try startBinary(["run", c.corpus.path, "--out", c.dir("shard\(i)").path, "--shard", "\(i)/\(n)", "--quiet"] + rules)
        }
        for s in shards {
            _ = s.errPipe.fileHandleForReading.readDataToEndOfFile()
            s.process.waitUntilExit()
            #expect([0, 2].contains(s.process.terminationStatus))
        }
        let merge = try runBinary(["merge"] + (0..<n).map { c.dir("shard\($0)").path } + ["--out", c.dir("merged").path, "--quiet"])
        #expect(merge.status == 2, "the merged run has the junk file's failure: \(merge.stderr)")
        for name in ["ledger.jsonl", "targets.csv", "errors.jsonl"] {
            #expect(try c.file("merged", name) == c.file("whole", name), "\(name) of the merge differs from one run")
        }
        let one = try LedgerSQLiteReader(url: c.dir("whole").appendingPathComponent("ledger.sqlite"))
        let many = try LedgerSQLiteReader(url: c.dir("merged").appendingPathComponent("ledger.sqlite"))
        for table in ["documents", "targets", "responsible", "errors"] {
            let q = "SELECT * FROM \(table) ORDER BY 1, 2, 3"
            #expect(try one.rows(q) == many.rows(q), "table \(table) differs")
        }
        #expect(try one.rows("SELECT count(*) FROM documents") == [["15"]])
    }
}
