import Foundation

/// Does one document of a corpus run: read the bytes, look up the cache, guard, run the
/// pipeline (its result reaches the cache through the ledger the run writes). Never throws:
/// every failure becomes a `DocumentFailure`.
public struct DocumentWorker: Sendable {
    /// The pipeline with the run's rules.
    public let pipeline: Pipeline
    /// The results of earlier runs, if any may be used (not with `--no-cache`).
    public let cache: LedgerCache?
    /// Limits on what the pipeline is given.
    public let guardrails: InputGuard
    /// Whether an unchanged document's outputs are copied from the last run's files
    /// (`LedgerCache.copy`): only while that run's `ledger.sqlite`, which holds its rows, is
    /// patched, since a copy brings no values to build rows from.
    public var copiesUnchanged = false
    /// The cache keys the last run recorded, with the fingerprints their files had: a file whose
    /// fingerprint is the same now is copied without being read or hashed again.
    public var recordedKeys: RecordedKeys?
    /// Documents that crashed an earlier attempt.
    public var poison: PoisonList?
    /// Where to note documents going in and out of the pipeline, when supervised.
    public var journal: CrashJournal?

    /// A worker with these parts.
    public init(
        pipeline: Pipeline, cache: LedgerCache?, guardrails: InputGuard,
        poison: PoisonList? = nil, journal: CrashJournal? = nil
    ) {
        self.pipeline = pipeline
        self.cache = cache
        self.guardrails = guardrails
        self.poison = poison
        self.journal = journal
    }

    /// Processes `file`; returns its outcome, its cache key (nil when it failed before hashing)
    /// and its fingerprint taken before reading (so a later change always shows).
    public func process(_ file: CorpusFile) -> (DocumentOutcome, CacheKey?, FileFingerprint?) {
        let fingerprint = FileFingerprint(url: file.url)
        if copiesUnchanged, let fingerprint, let key = recordedKeys?.key(of: file.path, now: fingerprint),
            let copy = cache?.copy(key, path: file.path)
        {
            return (.copied(copy), key, fingerprint)
        }
        let (outcome, key) = processBytes(file)
        return (outcome, key, fingerprint)
    }

    private func processBytes(_ file: CorpusFile) -> (DocumentOutcome, CacheKey?) {
        // Refused by size before reading, so a 50 MB file of junk costs one stat.
        if let why = guardrails.checkSize(file.size) {
            return (.failed(DocumentFailure(path: file.path, stage: "guard", message: why)), nil)
        }
        let bytes: [UInt8]
        do {
            bytes = try Self.readBytes(file.url)
        } catch {
            return (.failed(DocumentFailure(path: file.path, stage: "read", message: "\(error)")), nil)
        }
        let key = CacheKey(bytes: bytes, path: file.path, rulesHash: pipeline.rules.hash)
        if copiesUnchanged, let copy = cache?.copy(key, path: file.path) {
            return (.copied(copy), key)
        }
        if let hit = cache?.load(key, path: file.path) {
            return (.done(hit, cached: true), key)
        }
        if let crashed = poison?.failure(path: file.path, key: key) { return (.failed(crashed), nil) }
        if let why = guardrails.check(bytes) {
            return (.failed(DocumentFailure(path: file.path, stage: "guard", message: why)), nil)
        }
        journal?.note(key, path: file.path, started: true)
        defer { journal?.note(key, path: file.path, started: false) }
        FaultInjection.check(bytes)
        let read: ReadDocument
        do {
            read = try pipeline.read(bytes: bytes, path: file.path)
        } catch {
            return (.failed(DocumentFailure(path: file.path, stage: "read", message: "\(error)")), nil)
        }
        let entry: LedgerEntry
        do {
            entry = try LedgerEntry(result: DocumentResult(document: read.record, targets: pipeline.extract(read)))
        } catch {
            return (.failed(DocumentFailure(path: file.path, stage: "encode", message: "\(error)")), nil)
        }
        return (.done(entry, cached: false), key)
    }

    /// The whole file, read with one open and as few reads as its size allows.
    public static func readBytes(_ url: URL) throws -> [UInt8] {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw CorpusError(message: "\(url.path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var st = stat()
        var capacity = 1 << 16
        if fstat(fd, &st) == 0, st.st_size > 0 { capacity = Int(st.st_size) + 1 }
        // Read straight into the array's storage: no zero-filling of a buffer read over anyway.
        var out: [UInt8] = []
        var failure: Int32 = 0
        while failure == 0 {
            var done = false
            let grown = [UInt8](unsafeUninitializedCapacity: max(capacity, out.count * 2)) { buf, count in
                _ = buf.initialize(from: out)
                count = out.count
                while count < buf.count {
                    let n = Glibc.read(fd, buf.baseAddress! + count, buf.count - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 {
                        done = true
                        return
                    }
                    count += n
                }
            }
            out = grown
            if done { break }
        }
        if failure != 0 { throw CorpusError(message: "\(url.path): \(String(cString: strerror(failure)))") }
        return out
    }
}

/// The cache keys of the documents an earlier run completed, with the fingerprints their files
/// had then (from its manifest).
public struct RecordedKeys: Sendable {
    private let byPath: [String: (fingerprint: FileFingerprint, key: String)]
    private let started: Int64

    /// The keys of `manifest`'s completed documents.
    public init(_ manifest: RunManifest) {
        var byPath: [String: (fingerprint: FileFingerprint, key: String)] = [:]
        for d in manifest.documents where d.failure == nil {
            if let f = d.fingerprint, let k = d.key { byPath[d.path] = (f, k) }
        }
        self.byPath = byPath
        started = manifest.started
    }

    /// The recorded key of `path` if its file has the recorded fingerprint `now`, and was not
    /// changed so close to that run that an equal fingerprint proves nothing (`isRacy`).
    public func key(of path: String, now: FileFingerprint) -> CacheKey? {
        guard let r = byPath[path], r.fingerprint == now, !now.isRacy(against: started) else { return nil }
        return CacheKey(recorded: r.key)
    }
}
