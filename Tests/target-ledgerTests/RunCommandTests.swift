import Foundation
import Synchronization
import TargetLedger
import Testing

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
        usleep(100_000)
        kill(started.process.processIdentifier, SIGKILL)
        started.process.waitUntilExit()
        #expect(sawTemporary, "the run never started writing")
        #expect(
            started.process.terminationReason == .uncaughtSignal,
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

@Suite struct ProgressDisplayTests {
    /// `script` (util-linux, essential on Debian) runs the binary on a pseudo-terminal, so
    /// standard error is a TTY and the bar must be drawn in place.
    @Test func aTerminalGetsABarRedrawnInPlace() throws {
        let c = try ScratchCorpus(seeds: 3)
        let bin = try BinaryPaths.requireBinary()
        let command = [bin.path, "run", c.corpus.path, "--out", c.dir("o").path, "--rules", BinaryPaths.rules.path]
            .map { "'\($0)'" }.joined(separator: " ")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        p.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        p.standardOutput = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(text.contains("\r\u{1B}[K["), "no bar drawn on a terminal: \(text.debugDescription)")
        #expect(text.contains("3/3 docs"))
        #expect(!text.contains("progress: "), "log lines are for non-terminals")
    }
}

@Suite struct RunOutputsTests {
    /// The extractor's real output over the seeds: CSV (read by Python's csv module), SQLite and
    /// JSONL must tell the same story.
    @Test func jsonlCSVAndSQLiteAgreeOnARealRun() throws {
        let c = try ScratchCorpus(seeds: 5)
        let r = try runBinary(["run", c.corpus.path, "--out", c.dir("o").path, "--quiet", "--rules", BinaryPaths.rules.path])
        #expect(r.status == 0, "\(r.stderr)")
        let out = c.dir("o")
        let ledger = try LedgerEntry.entries(inLedger: try c.file("o", "ledger.jsonl"), file: "ledger.jsonl")
        let targets = ledger.flatMap { e in e.result.targets.map { (e.path, $0) } }
        try #require(!targets.isEmpty, "the extractor found no target in the seeds")

        let script = """
            import csv, json, sys
            rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))
            print(json.dumps([[r['path'], r['target_id'], r['indicator'], r['evidence'], r['key']] for r in rows], ensure_ascii=False))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, out.appendingPathComponent("targets.csv").path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let rows = try JSONDecoder().decode([[String]].self, from: data)
        #expect(rows == targets.map { [$0.0, $0.1.targetId, $0.1.indicator, $0.1.evidence, $0.1.key] })

        let db = try LedgerSQLiteReader(url: out.appendingPathComponent("ledger.sqlite"))
        let sample = targets[targets.count / 2].1
        let byKey = try db.rows("SELECT target_id FROM targets WHERE key = ?", [sample.key]).compactMap { $0[0] }
        #expect(byKey.contains(sample.targetId))
        if let unit = targets.lazy.compactMap({ $0.1.responsible.first }).first {
            let n = targets.filter { $0.1.responsible.contains { $0.name == unit.name } }.count
            #expect(try db.rows("SELECT count(DISTINCT target) FROM responsible WHERE name = ?", [unit.name]) == [[String(n)]])
        }
        // A Chinese substring from inside an evidence sentence, found by the trigram index.
        let scalars = Array(sample.evidence.unicodeScalars)
        let middle = String(String.UnicodeScalarView(scalars[(scalars.count / 2)..<min(scalars.count, scalars.count / 2 + 4)]))
        let fts = try db.rows(
            "SELECT t.target_id FROM evidence_fts f JOIN targets t ON t.sentence = f.rowid WHERE evidence_fts MATCH ?",
            ["\"" + middle.replacingOccurrences(of: "\"", with: "\"\"") + "\""]
        ).compactMap { $0[0] }
        #expect(fts.contains(sample.targetId), "FTS did not find \(middle)")
    }
}

@Suite struct CrashRecoveryTests {
    /// A document that traps the pipeline (fault injection stands in for a pipeline bug) costs one
    /// `crash` line in errors.jsonl; the supervisor restarts the run and every other document
    /// still reaches the ledger.
    @Test func aDocumentThatCrashesThePipelineIsSkippedAndTheRunCompletes() throws {
        let c = try ScratchCorpus(seeds: 3)
        try Data("到2025年，新增学位1000个。\n\(FaultInjection.marker)\n".utf8).write(to: c.corpus.appendingPathComponent("boom.txt"))
        let p = Process()
        p.executableURL = try BinaryPaths.requireBinary()
        p.arguments = ["run", c.corpus.path, "--out", c.dir("o").path, "--json", "--rules", BinaryPaths.rules.path]
        p.environment = ProcessInfo.processInfo.environment.merging(["TARGET_LEDGER_FAULT_INJECTION": "1", "SWIFT_BACKTRACE": "enable=no"])
        { $1 }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let errData = Mutex(Data())
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let d = err.fileHandleForReading.readDataToEndOfFile()
            errData.withLock { $0 = d }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let stderr = String(decoding: errData.withLock { $0 }, as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 2, "\(stderr)")
        #expect(stderr.contains("boom.txt: crashed the pipeline"))
        let errors = String(decoding: try c.file("o", "errors.jsonl"), as: UTF8.self)
        #expect(errors.contains("\"path\":\"boom.txt\",\"stage\":\"crash\""))
        let summary = try JSONDecoder().decode(RunSummary.self, from: stdout)
        #expect(summary.documents == 4)
        let ledger = try LedgerEntry.entries(inLedger: try c.file("o", "ledger.jsonl"), file: "ledger.jsonl")
        #expect(ledger.count + summary.failed == 4)
        #expect(!ledger.contains { $0.path == "boom.txt" })
    }

    @Test func withoutRestartACrashStopsTheRunAndKeepsThePreviousOutputs() throws {
        let c = try ScratchCorpus(seeds: 2)
        let rules = ["--rules", BinaryPaths.rules.path]
        #expect(try runBinary(["run", c.corpus.path, "--out", c.dir("o").path, "--quiet"] + rules).status == 0)
        let before = try c.file("o", "ledger.jsonl")
        try Data("\(FaultInjection.marker)\n".utf8).write(to: c.corpus.appendingPathComponent("boom.txt"))
        let p = Process()
        p.executableURL = try BinaryPaths.requireBinary()
        p.arguments = ["run", c.corpus.path, "--out", c.dir("o").path, "--quiet", "--no-restart"] + rules
        p.environment = ProcessInfo.processInfo.environment.merging(["TARGET_LEDGER_FAULT_INJECTION": "1", "SWIFT_BACKTRACE": "enable=no"])
        { $1 }
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(try c.file("o", "ledger.jsonl") == before)
    }
}
