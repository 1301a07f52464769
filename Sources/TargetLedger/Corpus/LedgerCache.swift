import Foundation

/// Document results of earlier runs, read back from the ledgers those runs wrote. A document's
/// cached result is exactly its lines in the last `ledger.jsonl`, so the cache keeps no copy of
/// its own: the run manifest records each document's cache key and byte range, and a hit is one
/// `pread` of that range. (One file per document cost a file creation per document, which was
/// the largest kernel cost of a cold run.)
///
/// Two ledgers can serve: the committed `ledger.jsonl`, trusted while it is the very file the
/// manifest describes (and, once copied or restored elsewhere, entry by entry: each must still
/// have the hash the manifest recorded for it), and the temporary ledger of a run that was
/// killed or crashed, kept in OUT_DIR/.cache as `resume.jsonl` with the index its run wrote as
/// it went (`CacheProgress`), so that a restart resumes where that run stopped. Every hit is parsed and must be a whole entry
/// of the document asked for; anything else is a miss, never an error.
public final class LedgerCache: Sendable {
    /// One ledger file open for reading, with the ranges of the documents it holds by cache key.
    private final class Source: Sendable {
        let fd: Int32
        let ranges: [String: LedgerRange]
        /// For a ledger that is not the very file its manifest describes: the hash each entry
        /// must have, by cache key (an entry without one is a miss).
        let hashes: [String: String]?

        init?(path: String, ranges: [String: LedgerRange], hashes: [String: String]? = nil) {
            guard !ranges.isEmpty else { return nil }
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            self.fd = fd
            self.ranges = ranges
            self.hashes = hashes
        }

        deinit { close(fd) }

        func entry(at range: LedgerRange, path: String, key: String? = nil) -> LedgerEntry? {
            guard range.offset >= 0, range.length > 0, range.length < 1 << 30 else { return nil }
            let bytes = [UInt8](unsafeUninitializedCapacity: range.length) { buf, count in
                count = max(0, pread(fd, buf.baseAddress, range.length, off_t(range.offset)))
            }
            // A whole entry ends with its newline; a short read is a truncated ledger.
            guard bytes.count == range.length, bytes.last == 0x0A else { return nil }
            if let hashes {
                guard let key, let expected = hashes[key], LedgerEntry.contentHash(of: bytes) == expected else { return nil }
            }
            let lines = LedgerEntry.lineRanges(bytes)
            // Its first line and no other is a document line.
            let whole = bytes.withUnsafeBufferPointer { b in
                lines.enumerated().allSatisfy { k, r in LedgerEntry.isDocumentLine(UnsafeBufferPointer(rebasing: b[r])) == (k == 0) }
            }
            guard !lines.isEmpty, whole, let entry = try? LedgerEntry(ledgerBytes: bytes), entry.path == path else { return nil }
            return entry
        }
    }

    /// The committed ledger and CSV file together, trusted while both are the very files the
    /// manifest describes, with each document's ranges in them: what `copy` reads.
    private final class CopySource: Sendable {
        struct Place: Sendable {
            let ledger: LedgerRange
            let csv: LedgerRange
            let hash: String?
        }
        let ledgerFD: Int32
        let csvFD: Int32
        let places: [String: Place]

        init?(ledger: String, csv: String, places: [String: Place]) {
            guard !places.isEmpty else { return nil }
            let l = open(ledger, O_RDONLY | O_CLOEXEC)
            guard l >= 0 else { return nil }
            let c = open(csv, O_RDONLY | O_CLOEXEC)
            guard c >= 0 else {
                close(l)
                return nil
            }
            ledgerFD = l
            csvFD = c
            self.places = places
        }

        deinit {
            close(ledgerFD)
            close(csvFD)
        }

        func copy(key: String, path: String) -> CopiedEntry? {
            guard let place = places[key] else { return nil }
            return CopiedEntry.read(path: path, ledgerFD: ledgerFD, at: place.ledger, csvFD: csvFD, at: place.csv, recordedHash: place.hash)
        }
    }

    /// OUT_DIR/.cache.
    public let directory: URL
    private let sources: [Source]
    /// The committed ledger, with each document's range by path: what the last completed run
    /// wrote, changed or not since (see `previous(path:)`).
    private let committed: (source: Source, byPath: [String: LedgerRange])?
    /// The committed ledger and CSV, when both are the files the manifest describes.
    private let copySource: CopySource?

    /// File names inside the cache folder.
    public enum Name {
        /// The index of the ledger the current run is writing.
        public static let progress = "progress"
        /// The temporary ledger of an interrupted run, moved here by the next run.
        public static let resumeLedger = "resume.jsonl"
        /// Its index.
        public static let resumeIndex = "resume.idx"
    }

    /// The cache of the output folder `output`, whose last completed run left `manifest`. Moves
    /// the ledger of an interrupted run into the cache first, before the new run's outputs clear
    /// the temporary files away.
    public init(output: URL, manifest: RunManifest?) {
        let directory = CorpusRunner.cacheDirectory(in: output)
        self.directory = directory
        Self.recoverInterruptedRun(output: output, cache: directory)
        var sources: [Source] = []
        var committed: (source: Source, byPath: [String: LedgerRange])? = nil
        var copySource: CopySource? = nil
        let ledger = output.appendingPathComponent(LedgerOutputs.Name.ledger)
        let csv = output.appendingPathComponent(LedgerOutputs.Name.csv)
        if let manifest, let recorded = manifest.outputs[LedgerOutputs.Name.ledger], FileFingerprint(url: ledger) == recorded {
            var ranges: [String: LedgerRange] = [:]
            var byPath: [String: LedgerRange] = [:]
            var places: [String: CopySource.Place] = [:]
            for d in manifest.documents {
                if let key = d.key, let range = d.ledger {
                    ranges[key] = range
                    byPath[d.path] = range
                    if let rows = d.csv { places[key] = CopySource.Place(ledger: range, csv: rows, hash: d.hash) }
                }
            }
            if let s = Source(path: ledger.path, ranges: ranges) {
                sources.append(s)
                committed = (s, byPath)
            }
            // A manifest of an earlier version has no CSV ranges: no copies then, only parsed hits.
            if let recordedCSV = manifest.outputs[LedgerOutputs.Name.csv], FileFingerprint(url: csv) == recordedCSV {
                copySource = CopySource(ledger: ledger.path, csv: csv.path, places: places)
            }
        } else if let manifest, manifest.outputs[LedgerOutputs.Name.ledger] != nil {
            // Another file than the one the run wrote: a copy of the output folder (new inodes,
            // new times), a restored backup, or a hand edit. Each entry is checked against the hash
            // the run recorded, so a copy serves every entry and an edit costs only what it touched.
            var ranges: [String: LedgerRange] = [:]
            var hashes: [String: String] = [:]
            for d in manifest.documents {
                if let key = d.key, let range = d.ledger, let hash = d.hash {
                    ranges[key] = range
                    hashes[key] = hash
                }
            }
            if let s = Source(path: ledger.path, ranges: ranges, hashes: hashes) { sources.append(s) }
        }
        self.committed = committed
        self.copySource = copySource
        let resume = directory.appendingPathComponent(Name.resumeLedger)
        if let index = try? Data(contentsOf: directory.appendingPathComponent(Name.resumeIndex)),
            let s = Source(path: resume.path, ranges: CacheProgress.ranges(in: index))
        {
            sources.append(s)
        }
        self.sources = sources
    }

    /// The entry the last completed run wrote for `path`, whatever the document holds now (nil
    /// if that run wrote none, or it cannot be read back).
    public func previous(path: String) -> LedgerEntry? {
        guard let committed, let range = committed.byPath[path] else { return nil }
        return committed.source.entry(at: range, path: path)
    }

    /// Documents the cache can answer for.
    public var count: Int { sources.reduce(0) { $0 + $1.ranges.count } }

    /// The cached entry of `key` for `path`, or nil on a miss or an unreadable entry.
    public func load(_ key: CacheKey, path: String) -> LedgerEntry? {
        for s in sources {
            if let range = s.ranges[key.hex], let entry = s.entry(at: range, path: path, key: key.hex) { return entry }
        }
        return nil
    }

    /// The outputs the last run wrote for `key` and `path`, to be copied unparsed: nil unless its
    /// ledger and CSV file are both still the very files it wrote, and the bytes read back are
    /// one whole entry of `path` (see `CopiedEntry.checked`).
    public func copy(_ key: CacheKey, path: String) -> CopiedEntry? {
        copySource?.copy(key: key.hex, path: path)
    }

    /// After a run's outputs and manifest are in place: removes the interrupted run's ledger and
    /// the one-file-per-document entries of earlier versions of this program.
    public func removeSpentFiles() {
        unlink(directory.appendingPathComponent(Name.resumeLedger).path)
        unlink(directory.appendingPathComponent(Name.resumeIndex).path)
        let fm = FileManager.default
        for sub in (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
        where sub.count == 2 && sub.allSatisfy(\.isHexDigit) {
            try? fm.removeItem(at: directory.appendingPathComponent(sub))
        }
    }

    /// If a run was interrupted after writing part of its ledger, keeps that part: its temporary
    /// ledger becomes `resume.jsonl` and its progress index `resume.idx`. The old index goes
    /// first and the new one comes last, so that a crash in between leaves no index rather than
    /// an index of another file. An interrupted run that wrote nothing leaves an older resume
    /// ledger as it was.
    static func recoverInterruptedRun(output: URL, cache: URL) {
        let progress = cache.appendingPathComponent(Name.progress)
        guard let data = try? Data(contentsOf: progress) else { return }
        defer { unlink(progress.path) }
        guard let newline = data.firstIndex(of: 0x0A) else { return }
        let header = String(decoding: data[..<newline], as: UTF8.self)
        let prefix = CacheProgress.headerPrefix
        guard header.hasPrefix(prefix) else { return }
        let name = String(header.dropFirst(prefix.count))
        guard !name.isEmpty, !name.contains("/"), name.contains(AtomicFile.temporaryMarker) else { return }
        let ledger = output.appendingPathComponent(name)
        guard let size = FileFingerprint(url: ledger)?.size else { return }
        let index = data[(newline + 1)...]
        let kept = CacheProgress.ranges(in: index).filter { $0.value.end <= size }
        guard !kept.isEmpty else { return }
        let resumeIndex = cache.appendingPathComponent(Name.resumeIndex)
        unlink(resumeIndex.path)
        guard rename(ledger.path, cache.appendingPathComponent(Name.resumeLedger).path) == 0 else { return }
        let file = AtomicFile(destination: resumeIndex)
        guard (try? Data(index).write(to: file.temporary)) != nil else { return }
        try? file.commit()
    }
}
