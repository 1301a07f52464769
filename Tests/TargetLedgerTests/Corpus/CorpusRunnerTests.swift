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
        // Every row changes with the rules: ledger.sqlite is built anew, not patched.
        #expect(summary.sqlite == "built")
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
        // The cache is the ledger: the manifest points into it for the two documents left.
        let manifest = try #require(RunManifest.load(from: CorpusRunner.cacheDirectory(in: c.out)))
        let kept = try paths(ofLedger: ledger)
        #expect(manifest.documents.map(\.path) == kept && kept.count == 2)
        #expect(manifest.documents.allSatisfy { $0.ledger != nil && $0.key != nil })
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

/// The paths of a ledger's documents, in ledger order.
private func paths(ofLedger text: String) throws -> [String] {
    try LedgerEntry.entries(inLedger: text, file: "ledger.jsonl").map(\.path)
}

@Suite struct LedgerCacheTests {
    @Test func everyManifestRangeHoldsItsDocumentsLines() async throws {
        let c = try TempCorpus(seeds: 4)
        _ = try await c.run(rules: try TempCorpus.rules())
        let ledger = try c.output(LedgerOutputs.Name.ledger)
        let manifest = try #require(RunManifest.load(from: CorpusRunner.cacheDirectory(in: c.out)))
        #expect(manifest.documents.count == 4)
        var end = 0
        for d in manifest.documents {
            let r = try #require(d.ledger)
            #expect(r.offset == end, "ranges must tile the ledger in order")
            let entry = try LedgerEntry(lines: LedgerEntry.lines(of: ledger.subdata(in: r.offset..<r.end)))
            #expect(entry.path == d.path)
            end = r.end
        }
        #expect(end == ledger.count)
        // Nothing but the manifest: results are not stored a second time.
        let files = try FileManager.default.contentsOfDirectory(atPath: CorpusRunner.cacheDirectory(in: c.out).path)
        #expect(files == [RunManifest.fileName])
    }

    @Test func aRangeThatPointsAtAnotherDocumentIsAMissNotAnError() async throws {
        let c = try TempCorpus(seeds: 3)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let cache = CorpusRunner.cacheDirectory(in: c.out)
        var manifest = try #require(RunManifest.load(from: cache))
        manifest.documents[0].ledger = manifest.documents[1].ledger
        try manifest.store(in: cache)
        try c.write("added.txt", Array("到2025年，新增学位1000个。\n".utf8))
        let s = try await c.run(rules: rules)
        #expect(s.extracted == 2 && s.cached == 2 && s.failed == 0)
        let fresh = c.root.appendingPathComponent("fresh")
        _ = try await c.run(rules: rules, into: fresh, cache: false)
        #expect(try c.output(LedgerOutputs.Name.ledger) == c.output(LedgerOutputs.Name.ledger, in: fresh))
    }

    @Test func anEditedLedgerEntryIsNotReadFrom() async throws {
        let c = try TempCorpus(seeds: 3)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let expected = try c.output(LedgerOutputs.Name.ledger)
        let url = c.out.appendingPathComponent(LedgerOutputs.Name.ledger)
        // Same size, a figure changed in the first target line, which stays well-formed JSON of
        // its document: the file's fingerprint (mtime, ctime) says it is not the run's file, and
        // that entry's hash says which part changed.
        var edited = expected
        let marker = Array("\"value\":".utf8)
        func digitAfterMarker(_ i: Int) -> Bool {
            let end = i + marker.count
            return Array(edited[i..<end]) == marker && (UInt8(ascii: "1")...UInt8(ascii: "8")).contains(edited[end])
        }
        let at = try #require((0..<(edited.count - marker.count - 1)).first(where: digitAfterMarker))
        edited[at + marker.count] += 1
        try edited.write(to: url)
        let s = try await c.run(rules: rules)
        #expect(s.extracted == 1 && s.cached == 2)
        #expect(try c.output(LedgerOutputs.Name.ledger) == expected)
    }

    /// An analyst copies an output folder (or the nightly job restores yesterday's from storage):
    /// every file has a new inode and new times, and the cache still serves every document.
    @Test func aCopiedOutputFolderKeepsItsCache() async throws {
        let c = try TempCorpus(seeds: 3)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let copy = c.root.appendingPathComponent("copy")
        try FileManager.default.copyItem(at: c.out, to: copy)
        let ledger = copy.appendingPathComponent(LedgerOutputs.Name.ledger)
        // Whatever the copy kept of the times, the file is another one.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: ledger.path)
        let s = try await c.run(rules: rules, into: copy)
        #expect(s.extracted == 0 && s.cached == 3 && s.sqlite == "built")
        #expect(try c.output(LedgerOutputs.Name.ledger, in: copy) == c.output(LedgerOutputs.Name.ledger))
        #expect(try c.output(LedgerOutputs.Name.csv, in: copy) == c.output(LedgerOutputs.Name.csv))
        // The copy's manifest now describes the copy: the next run there has nothing to do.
        let again = try await c.run(rules: rules, into: copy)
        #expect(again.extracted == 0 && again.sqlite == "kept")
    }

    /// A run into a folder another run is writing stops at once, before it touches anything,
    /// and says so; the folder is free again when the holder is done.
    @Test func aSecondRunIntoTheSameFolderStopsAtOnce() async throws {
        let c = try TempCorpus(seeds: 2)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let ledger = try c.output(LedgerOutputs.Name.ledger)
        let held = try OutputLock(directory: c.out)
        // What the holder is writing, under its temporary name: the second run must leave it.
        let temporary = c.out.appendingPathComponent("." + LedgerOutputs.Name.ledger + AtomicFile.temporaryMarker + "1")
        try Data("{}\n".utf8).write(to: temporary)
        do {
            _ = try await c.run(rules: rules, cache: false)
            Issue.record("the second run went ahead")
        } catch let e as CorpusError {
            #expect(e.message.contains("another run is writing into this folder (pid \(getpid())"))
        }
        do {
            _ = try LedgerMerger().merge([c.out], into: c.out)
            Issue.record("the merge went ahead")
        } catch let e as CorpusError {
            #expect(e.message.contains("another run is writing"))
        }
        #expect(FileManager.default.fileExists(atPath: temporary.path))
        #expect(try c.output(LedgerOutputs.Name.ledger) == ledger)
        held.release()
        try FileManager.default.removeItem(at: temporary)
        #expect(try await c.run(rules: rules).sqlite == "kept")
    }

    /// What a SIGKILL or a crash mid-run leaves: the temporary ledger, and the progress index of
    /// what in it was already written. The next run takes those results from it.
    @Test func anInterruptedRunsLedgerIsResumedFrom() async throws {
        let c = try TempCorpus(seeds: 4)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let ledger = try c.output(LedgerOutputs.Name.ledger)
        let cache = CorpusRunner.cacheDirectory(in: c.out)
        let manifest = try #require(RunManifest.load(from: cache))
        // Stage the leftovers by hand: the ledger under a temporary name, and an index of its
        // first two documents, the second line cut off as a kill would leave it.
        let temporary = "." + LedgerOutputs.Name.ledger + AtomicFile.temporaryMarker + "424242"
        try ledger.write(to: c.out.appendingPathComponent(temporary))
        let d = manifest.documents
        let index = "\(CacheProgress.headerPrefix)\(temporary)\n\(d[0].key!) \(d[0].ledger!.offset) \(d[0].ledger!.length)\n\(d[1].key!) \(d[1].ledger!.offset)"
        try Data(index.utf8).write(to: cache.appendingPathComponent(LedgerCache.Name.progress))
        try FileManager.default.removeItem(at: cache.appendingPathComponent(RunManifest.fileName))
        let s = try await c.run(rules: rules)
        #expect(s.cached == 1 && s.extracted == 3)
        #expect(try c.output(LedgerOutputs.Name.ledger) == ledger)
        let left = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(left == [RunManifest.fileName], "spent resume files must go")
        let outLeft = try FileManager.default.contentsOfDirectory(atPath: c.out.path).filter { $0.contains(AtomicFile.temporaryMarker) }
        #expect(outLeft.isEmpty)
    }

    @Test func theProgressIndexNamesOnlyBytesAlreadyWritten() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tl-progress-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let progress = try #require(CacheProgress(cache: dir, ledger: dir.appendingPathComponent(".ledger.jsonl.tmp-1")))
        let k1 = CacheKey(bytes: [1], path: "a", rulesHash: "r")
        let k2 = CacheKey(bytes: [2], path: "b", rulesHash: "r")
        let url = dir.appendingPathComponent(LedgerCache.Name.progress)
        progress.add(k1, at: LedgerRange(offset: 0, length: 100), written: 0)
        progress.add(k2, at: LedgerRange(offset: 100, length: 50), written: 0)
        #expect(CacheProgress.ranges(in: try Data(contentsOf: url)).isEmpty)
        progress.add(CacheKey(bytes: [3], path: "c", rulesHash: "r"), at: LedgerRange(offset: 150, length: 10), written: 150)
        let ranges = CacheProgress.ranges(in: try Data(contentsOf: url))
        #expect(ranges == [k1.hex: LedgerRange(offset: 0, length: 100), k2.hex: LedgerRange(offset: 100, length: 50)])
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self).hasPrefix("ledger .ledger.jsonl.tmp-1\n"))
        progress.remove()
        #expect(!FileManager.default.fileExists(atPath: url.path))
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
