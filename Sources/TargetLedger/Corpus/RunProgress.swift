/// Where a corpus run stands, as reported to a progress display.
public struct RunProgress: Sendable, Equatable {
    /// Documents finished (written or failed).
    public var done: Int
    /// Documents in the run.
    public var total: Int
    /// Bytes of the finished documents.
    public var bytesDone: Int
    /// Bytes of all documents in the run.
    public var totalBytes: Int
    /// Documents failed so far.
    public var failed: Int
    /// Seconds since the run started.
    public var elapsed: Double

    /// A progress snapshot.
    public init(done: Int, total: Int, bytesDone: Int, totalBytes: Int, failed: Int, elapsed: Double) {
        self.done = done
        self.total = total
        self.bytesDone = bytesDone
        self.totalBytes = totalBytes
        self.failed = failed
        self.elapsed = elapsed
    }

    /// Throughput so far in MB/s (10^6 bytes).
    public var megabytesPerSecond: Double { elapsed > 0 ? Double(bytesDone) / 1e6 / elapsed : 0 }

    /// Seconds left at the throughput so far, by bytes (documents differ in size by 1000×).
    public var eta: Double? {
        guard bytesDone > 0, elapsed > 0 else { return nil }
        return Double(totalBytes - bytesDone) / (Double(bytesDone) / elapsed)
    }

    /// Fraction done, 0 … 1, by bytes.
    public var fraction: Double { totalBytes > 0 ? Double(bytesDone) / Double(totalBytes) : (total > 0 ? Double(done) / Double(total) : 1) }
}
