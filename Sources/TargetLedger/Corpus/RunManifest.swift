import Foundation

/// What the last run wrote into an output folder, kept in OUT_DIR/.cache/manifest.json: every
/// document's fingerprint, cache key and place in the ledger (or failure), and the fingerprints
/// of the outputs. When a
/// new run finds the same documents with the same keys and the outputs untouched, the outputs
/// are already what it would write, and it stops there.
public struct RunManifest: Codable, Sendable, Equatable {
    /// One document of the run.
    public struct Document: Codable, Sendable, Equatable {
        /// Path relative to the corpus root.
        public var path: String
        /// Its fingerprint when it was read.
        public var fingerprint: FileFingerprint?
        /// Its cache key, when it was processed.
        public var key: String?
        /// Its failure, when it failed.
        public var failure: DocumentFailure?
        /// Where its lines are in the ledger this run wrote (the cached result of `key`).
        public var ledger: LedgerRange?
        /// The hash of those lines (`LedgerEntry.contentHash`): a ledger that is not the very file
        /// the run wrote (copied, restored) serves only the entries that still have it.
        public var hash: String?
        /// Where its rows are in the `targets.csv` this run wrote: with `ledger`, what lets the next
        /// run copy an unchanged document's outputs without parsing them.
        public var csv: LedgerRange?

        /// A document's record.
        public init(path: String, fingerprint: FileFingerprint?, key: String?, failure: DocumentFailure?, ledger: LedgerRange? = nil) {
            self.path = path
            self.fingerprint = fingerprint
            self.key = key
            self.failure = failure
            self.ledger = ledger
        }
    }

    /// Program version, rule set hash, shard and limits: a run with other settings never matches.
    public var settings: String
    /// When the run started, ns since the epoch (files changed after it are not trusted).
    public var started: Int64
    /// The documents, in ledger order.
    public var documents: [Document]
    /// Fingerprints of the outputs, by file name, after they were renamed into place.
    public var outputs: [String: FileFingerprint]
    /// Targets in the ledger.
    public var targets: Int

    /// The file name inside the cache folder.
    public static let fileName = "manifest.json"

    /// The settings string of a run.
    public static func settings(rulesHash: String, options: CorpusRunOptions) -> String {
        "\(ProgramVersion.current)|\(rulesHash)|\(options.shard?.description ?? "-")|\(options.maxBytes)|\(options.maxLineBytes)"
    }

    /// The manifest in `cache`, if one is there and readable.
    public static func load(from cache: URL) -> RunManifest? {
        guard let data = FileManager.default.contents(atPath: cache.appendingPathComponent(fileName).path) else { return nil }
        return try? JSONDecoder().decode(RunManifest.self, from: data)
    }

    /// Writes the manifest into `cache` (temporary file + rename).
    public func store(in cache: URL) throws {
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let file = AtomicFile(destination: cache.appendingPathComponent(Self.fileName))
        try JSONEncoder().encode(self).write(to: file.temporary)
        try file.commit()
    }

    /// Whether every output file is still the one this manifest recorded.
    public func outputsIntact(in directory: URL) -> Bool {
        LedgerOutputs.Name.all.allSatisfy { name in
            guard let recorded = outputs[name] else { return false }
            return FileFingerprint(url: directory.appendingPathComponent(name)) == recorded
        }
    }

    /// Now, in ns since the epoch.
    public static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }
}
