import Foundation

/// The index of the ledger a run is writing, kept in OUT_DIR/.cache/progress as the run goes: a
/// header naming the temporary ledger, then one line per document, `KEY OFFSET LENGTH`. A line
/// is written only once the ledger bytes it points to are in the file (not in a write buffer),
/// so after a crash or a SIGKILL every line points at whole entries, and `LedgerCache` resumes
/// from them. Writes go out in batches, one `write(2)` per flush of the ledger.
final class CacheProgress {
    /// What the first line starts with; the temporary ledger's file name follows.
    static let headerPrefix = "ledger "

    private let url: URL
    private let fd: Int32
    private var pending: [(key: String, range: LedgerRange)] = []

    /// Starts the index of `ledger` in the cache folder `cache`; nil if it cannot be written
    /// (the run goes on, it only loses the chance to resume).
    init?(cache: URL, ledger: URL) {
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        url = cache.appendingPathComponent(LedgerCache.Name.progress)
        fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return nil }
        guard write(Self.headerPrefix + ledger.lastPathComponent + "\n") else {
            close(fd)
            return nil
        }
    }

    deinit { close(fd) }

    /// Notes that the document of `key` is at `range`; writes out every noted line whose range
    /// lies below `written`, the bytes already in the ledger file.
    func add(_ key: CacheKey, at range: LedgerRange, written: Int) {
        pending.append((key.hex, range))
        // Ranges come in ledger order: once the oldest is written, a batch is ready.
        if let first = pending.first, first.range.end <= written { flush(upTo: written) }
    }

    private func flush(upTo written: Int) {
        var text = ""
        var taken = 0
        for p in pending {
            guard p.range.end <= written else { break }
            text += "\(p.key) \(p.range.offset) \(p.range.length)\n"
            taken += 1
        }
        guard taken > 0 else { return }
        pending.removeFirst(taken)
        _ = write(text)
    }

    /// Removes the index: the run's outputs are in place and its manifest records the ranges.
    func remove() {
        unlink(url.path)
    }

    private func write(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    /// The ranges an index's lines give, by key (lines that do not parse are skipped: the last
    /// one may be cut off).
    static func ranges(in index: some DataProtocol) -> [String: LedgerRange] {
        var out: [String: LedgerRange] = [:]
        for line in LedgerEntry.lines(of: Data(index)) {
            let parts = line.split(separator: " ")
            guard parts.count == 3, parts[0].count == 32, let offset = Int(parts[1]), let length = Int(parts[2]),
                offset >= 0, length > 0
            else { continue }
            out[String(parts[0])] = LedgerRange(offset: offset, length: length)
        }
        return out
    }
}
