import Foundation

/// Runs a whole corpus folder into an output folder: walks it, processes documents on all cores
/// with at most `jobs` in flight, reuses cached results, and writes the ledgers in path order.
public struct CorpusRunner: Sendable {
    /// The pipeline every document goes through.
    public let pipeline: Pipeline

    /// A runner with `rules`.
    public init(rules: RuleSet) {
        pipeline = Pipeline(rules: rules)
    }

    /// The cache folder inside an output folder.
    public static func cacheDirectory(in output: URL) -> URL { output.appendingPathComponent(".cache") }

    /// Runs `options`; calls `progress` from time to time. Per-document failures are in the
    /// summary and errors.jsonl; only a corpus or output problem throws.
    public func run(_ options: CorpusRunOptions, progress: (@Sendable (RunProgress) -> Void)? = nil) async throws -> RunSummary {
        let clock = ContinuousClock()
        let start = clock.now
        func elapsed() -> Double {
            let d = clock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        let all = try CorpusWalker(excluding: [options.output]).files(under: options.corpus)
        let files = options.shard.map { s in all.filter { s.contains(path: $0.path) } } ?? all
        // Before anything in the output folder is read or moved: a concurrent run would take
        // this run's temporary files for an interrupted run's leftovers.
        let lock = try OutputLock(directory: options.output)
        defer { withExtendedLifetime(lock) {} }
        let totalBytes = files.reduce(0) { $0 + $1.size }

        let started = RunManifest.now()
        let cacheDirectory = Self.cacheDirectory(in: options.output)
        let settings = RunManifest.settings(rulesHash: pipeline.rules.hash, options: options)
        let previous = RunManifest.load(from: cacheDirectory)
        if options.useCache, let manifest = previous, manifest.settings == settings,
            manifest.documents.map(\.path) == files.map(\.path), manifest.outputsIntact(in: options.output),
            await Self.unchanged(files, since: manifest, rulesHash: pipeline.rules.hash, jobs: options.jobs)
        {
            // Same documents, same bytes, same rules and version, outputs untouched: the outputs
            // are already exactly what this run would write.
            progress?(
                RunProgress(
                    done: files.count, total: files.count, bytesDone: totalBytes, totalBytes: totalBytes,
                    failed: manifest.documents.filter { $0.failure != nil }.count, elapsed: elapsed()))
            let failed = manifest.documents.filter { $0.failure != nil }.count
            return RunSummary(
                documents: files.count, extracted: 0, cached: files.count - failed, failed: failed,
                targets: manifest.targets, bytes: totalBytes, seconds: elapsed(), output: options.output.path, sqlite: "kept")
        }

        // Before the outputs clear away temporary files: an interrupted run's ledger is kept.
        let cache = LedgerCache(output: options.output, manifest: previous)
        // The earlier run's ledger.sqlite is patched rather than built again when it is that
        // run's very file, made with the same program, rules and settings, and few documents
        // changed: then only their rows change. (Changed rules change every document, and many
        // changes cost more as patches than a new file: see `patchLimit`.)
        var inSQLite: [String: String] = [:]
        var sqliteBase: URL? = nil
        if options.useCache, let manifest = previous, manifest.settings == settings,
            [LedgerOutputs.Name.ledger, LedgerOutputs.Name.sqlite].allSatisfy({ name in
                manifest.outputs[name].map { FileFingerprint(url: options.output.appendingPathComponent(name)) == $0 } ?? false
            }),
            Self.changedShare(files, since: manifest) <= Self.patchLimit
        {
            for d in manifest.documents where d.failure == nil && d.ledger != nil { if let key = d.key { inSQLite[d.path] = key } }
            sqliteBase = options.output.appendingPathComponent(LedgerOutputs.Name.sqlite)
        }
        let outputs = try LedgerOutputs(directory: options.output, sqliteBase: sqliteBase)
        let patching = outputs.patchesSQLite
        let progressIndex = CacheProgress(cache: cacheDirectory, ledger: outputs.temporaryLedger)
        var configured = DocumentWorker(
            pipeline: pipeline, cache: options.useCache ? cache : nil,
            guardrails: InputGuard(maxBytes: options.maxBytes, maxLineBytes: options.maxLineBytes),
            poison: PoisonList(cache: cacheDirectory), journal: options.journal.map(CrashJournal.init))
        configured.copiesUnchanged = patching
        if patching, let previous { configured.recordedKeys = RecordedKeys(previous) }
        let worker = configured

        var failures: [DocumentFailure] = []
        var manifestDocuments: [RunManifest.Document] = []
        manifestDocuments.reserveCapacity(files.count)
        var extracted = 0
        var cached = 0
        var copied = 0
        var done = 0
        var bytesDone = 0
        var lastReport = -Double.infinity

        func consume(_ index: Int, _ outcome: DocumentOutcome, _ key: CacheKey?, _ fingerprint: FileFingerprint?) throws {
            let path = files[index].path
            var record = RunManifest.Document(path: path, fingerprint: fingerprint, key: key?.hex, failure: nil)
            // In a patched ledger.sqlite, a document whose rows are there with this very key
            // keeps them; one whose rows are from other bytes loses them first.
            var toSQLite = true
            func placed(_ placement: LedgerOutputs.Placement, hash: String, fromCache: Bool) {
                record.ledger = placement.ledger
                record.csv = placement.csv
                record.hash = hash
                if let key { progressIndex?.add(key, at: placement.ledger, written: outputs.ledgerBytesWritten) }
                if fromCache { cached += 1 } else { extracted += 1 }
            }
            if patching, let old = inSQLite.removeValue(forKey: path) {
                if old == key?.hex, outcome.isDone {
                    toSQLite = false
                } else {
                    try outputs.removeFromSQLite(path: path, previous: cache.previous(path: path))
                }
            }
            switch outcome {
            case .done(let entry, let fromCache):
                placed(try outputs.append(entry, sqlite: toSQLite), hash: entry.contentHash, fromCache: fromCache)
            case .copied(let entry):
                if toSQLite {
                    // Not expected (copies are made only of documents whose rows the patched file
                    // holds), but then its rows are written from the parsed entry.
                    let parsed = try entry.parsed()
                    placed(try outputs.append(parsed, sqlite: true), hash: parsed.contentHash, fromCache: true)
                } else {
                    placed(try outputs.append(copied: entry), hash: entry.contentHash, fromCache: true)
                    copied += 1
                }
            case .failed(let f):
                failures.append(f)
                record.failure = f
                record.key = nil
            }
            manifestDocuments.append(record)
            done += 1
            bytesDone += files[index].size
            let now = elapsed()
            if let progress, now - lastReport >= options.progressInterval || done == files.count {
                lastReport = now
                progress(
                    RunProgress(
                        done: done, total: files.count, bytesDone: bytesDone, totalBytes: totalBytes,
                        failed: failures.count, elapsed: now))
            }
        }

        let jobs = max(1, options.jobs)
        // Results are written in path order; a finished document waits in `ready` until every
        // document before it is written. Submission never runs more than `window` documents ahead
        // of the writer, so memory stays bounded even behind one slow document.
        let window = jobs * 4
        try await withThrowingTaskGroup(of: (Int, DocumentOutcome, CacheKey?, FileFingerprint?).self) { group in
            var next = 0
            var inFlight = 0
            var written = 0
            var ready: [Int: (DocumentOutcome, CacheKey?, FileFingerprint?)] = [:]
            func fill() {
                while inFlight < jobs, next < files.count, next - written < window {
                    let i = next
                    let file = files[i]
                    group.addTask {
                        let (outcome, key, fingerprint) = worker.process(file)
                        return (i, outcome, key, fingerprint)
                    }
                    next += 1
                    inFlight += 1
                }
            }
            fill()
            while let (i, outcome, key, fingerprint) = try await group.next() {
                inFlight -= 1
                ready[i] = (outcome, key, fingerprint)
                while let (o, k, f) = ready.removeValue(forKey: written) {
                    try consume(written, o, k, f)
                    written += 1
                }
                fill()
            }
        }
        if files.isEmpty, let progress {
            progress(RunProgress(done: 0, total: 0, bytesDone: 0, totalBytes: 0, failed: 0, elapsed: elapsed()))
        }
        // What is left had rows in the earlier file but is no longer in the corpus.
        if patching {
            for path in inSQLite.keys.sorted() { try outputs.removeFromSQLite(path: path, previous: cache.previous(path: path)) }
        }
        try outputs.commit(failures: failures)
        var outputPrints: [String: FileFingerprint] = [:]
        for name in LedgerOutputs.Name.all {
            outputPrints[name] = FileFingerprint(url: options.output.appendingPathComponent(name))
        }
        // A manifest that cannot be written only costs the next run its shortcut.
        try? RunManifest(
            settings: settings, started: started, documents: manifestDocuments, outputs: outputPrints,
            targets: outputs.targetCount
        ).store(in: cacheDirectory)
        // The manifest now records where every result is; the run's own index and the
        // interrupted run's ledger are spent.
        progressIndex?.remove()
        cache.removeSpentFiles()
        return RunSummary(
            documents: files.count, extracted: extracted, cached: cached, failed: failures.count,
            targets: outputs.targetCount, bytes: totalBytes, seconds: elapsed(), output: options.output.path,
            sqlite: patching ? "patched" : "built", copied: patching ? copied : nil)
    }

    /// The largest share of documents that may have changed (by fingerprint; new, deleted and
    /// failed ones count) for `ledger.sqlite` to be patched rather than built anew. Measured on
    /// the 40 MB benchmark corpus: with a third of its documents changed, the patch took
    /// 2.7-4.0 s and a fresh build with the cache 2.9 s; with one document changed, the patch
    /// wins by far (200 MB: 3.6 s against 9.1 s).
    static let patchLimit = 0.1

    /// The share of documents that differ from what `manifest` recorded: new or deleted, failed
    /// then, or with another fingerprint now (a stat each, no reading).
    static func changedShare(_ files: [CorpusFile], since manifest: RunManifest) -> Double {
        var recorded: [String: RunManifest.Document] = [:]
        for d in manifest.documents { recorded[d.path] = d }
        var changed = 0
        for f in files {
            guard let d = recorded.removeValue(forKey: f.path), d.failure == nil, let print = d.fingerprint,
                FileFingerprint(url: f.url) == print
            else {
                changed += 1
                continue
            }
        }
        changed += recorded.count
        return Double(changed) / Double(max(1, files.count, manifest.documents.count))
    }

    /// Whether every file still has the bytes the manifest's run saw: trusted by fingerprint when
    /// stat says nothing changed (and the file was not touched around that run), else re-hashed.
    static func unchanged(_ files: [CorpusFile], since manifest: RunManifest, rulesHash: String, jobs: Int) async -> Bool {
        let chunks = max(1, jobs)
        return await withTaskGroup(of: Bool.self) { group in
            for c in 0..<chunks {
                group.addTask {
                    for i in stride(from: c, to: files.count, by: chunks) {
                        let doc = manifest.documents[i]
                        let now = FileFingerprint(url: files[i].url)
                        if let now, now == doc.fingerprint, !now.isRacy(against: manifest.started) { continue }
                        // A failed document is re-run rather than re-checked; so is an unreadable one.
                        guard let key = doc.key, let bytes = try? DocumentWorker.readBytes(files[i].url) else { return false }
                        if CacheKey(bytes: bytes, path: files[i].path, rulesHash: rulesHash).hex != key { return false }
                    }
                    return true
                }
            }
            var all = true
            for await ok in group where !ok {
                all = false
                group.cancelAll()
            }
            return all
        }
    }
}
