import Foundation

/// What `target-ledger run` was asked to do.
public struct CorpusRunOptions: Sendable {
    /// The corpus folder.
    public var corpus: URL
    /// The output folder.
    public var output: URL
    /// Documents in flight at once (memory grows with this, not with the corpus).
    public var jobs: Int
    /// Whether to reuse cached results (`--no-cache` sets false; results are stored either way).
    public var useCache: Bool
    /// Largest document read, in bytes.
    public var maxBytes: Int
    /// Longest run of bytes without a line break or sentence end.
    public var maxLineBytes: Int
    /// The slice of the corpus to process, if sharded.
    public var shard: Shard?
    /// Seconds between progress reports (0: after every document).
    public var progressInterval: Double
    /// The crash journal to keep, when a `CrashSupervisor` runs this run in a child process.
    public var journal: URL?

    /// Default limits: 16 MB per document (the largest real notice is under 2 MB) and 1 MB per
    /// unbroken run of text.
    public init(
        corpus: URL, output: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, useCache: Bool = true,
        maxBytes: Int = 16 << 20, maxLineBytes: Int = 1 << 20, shard: Shard? = nil, progressInterval: Double = 0.2, journal: URL? = nil
    ) {
        self.journal = journal
        self.corpus = corpus
        self.output = output
        self.jobs = jobs
        self.useCache = useCache
        self.maxBytes = maxBytes
        self.maxLineBytes = maxLineBytes
        self.shard = shard
        self.progressInterval = progressInterval
    }
}
