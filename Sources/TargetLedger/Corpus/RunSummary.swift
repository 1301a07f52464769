import Foundation

/// What a corpus run or merge did, for the closing summary line and `--json`.
public struct RunSummary: Codable, Sendable, Equatable {
    /// Documents in the run (after sharding).
    public var documents: Int
    /// Documents run through the pipeline this time.
    public var extracted: Int
    /// Documents taken from the cache.
    public var cached: Int
    /// Of the cached documents, those whose ledger lines and CSV rows were copied from the last
    /// run's files without being parsed (a run that patches `ledger.sqlite`; see `CopiedEntry`).
    public var copied: Int?
    /// Documents that failed (see errors.jsonl).
    public var failed: Int
    /// Target records written.
    public var targets: Int
    /// Bytes of input.
    public var bytes: Int
    /// Wall-clock seconds.
    public var seconds: Double
    /// The output folder.
    public var output: String
    /// How `ledger.sqlite` was made: `built` anew, `patched` (a copy of the earlier run's with
    /// the rows of changed, new and deleted documents changed), or `kept` (nothing changed).
    public var sqlite: String?

    /// A summary with these counts.
    public init(
        documents: Int, extracted: Int, cached: Int, failed: Int, targets: Int, bytes: Int, seconds: Double, output: String,
        sqlite: String? = nil, copied: Int? = nil
    ) {
        self.sqlite = sqlite
        self.copied = copied
        self.documents = documents
        self.extracted = extracted
        self.cached = cached
        self.failed = failed
        self.targets = targets
        self.bytes = bytes
        self.seconds = seconds
        self.output = output
    }

    /// Input throughput in MB/s.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }

    /// One line for a person.
    public var line: String {
        let mb = Double(bytes) / 1e6
        return "\(documents) documents (\(extracted) extracted, \(cached) cached, \(failed) failed), \(targets) targets, "
            + "\(String(format: "%.1f", mb)) MB in \(String(format: "%.2f", seconds)) s "
            + "(\(String(format: "%.1f", megabytesPerSecond)) MB/s) → \(output)"
    }
}
