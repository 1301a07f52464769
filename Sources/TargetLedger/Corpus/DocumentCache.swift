import Foundation

/// Cached document results in a folder (OUT_DIR/.cache): one file per key holding the document's
/// exact ledger lines, written atomically, so a hit costs one small read and no extraction.
public struct DocumentCache: Sendable {
    /// The cache folder.
    public let directory: URL
    /// `directory` as a path: every document stores an entry, and building URLs per entry cost
    /// more than writing it.
    private let root: String

    /// A cache in `directory` (created on first store).
    public init(directory: URL) {
        self.directory = directory
        root = directory.path
    }

    /// Where the entry of `key` lives; two-hex-digit subfolders keep folders small.
    public func url(for key: CacheKey) -> URL {
        URL(fileURLWithPath: path(for: key))
    }

    private func folder(for key: CacheKey) -> String { root + "/" + key.hex.prefix(2) }

    private func path(for key: CacheKey) -> String { folder(for: key) + "/" + key.hex + ".jsonl" }

    /// The cached entry of `key` for `path`, or nil on a miss or an unreadable entry.
    public func load(_ key: CacheKey, path: String) -> LedgerEntry? {
        guard let data = FileManager.default.contents(atPath: self.path(for: key)) else { return nil }
        let lines = LedgerEntry.lines(of: data)
        // A damaged entry (disk full, manual edits) is a miss, never an error.
        guard let entry = try? LedgerEntry(lines: lines), entry.path == path else { return nil }
        return entry
    }

    /// Stores `entry` under `key` (temporary file + rename, so readers never see half an entry,
    /// and a killed run leaves at most a temporary file that `prune` removes). Plain system
    /// calls — open, write, close, rename — and folders made only when the open finds none.
    public func store(_ entry: LedgerEntry, key: CacheKey) throws {
        let folder = folder(for: key)
        let dest = folder + "/" + key.hex + ".jsonl"
        let tmp = folder + "/." + key.hex + ".jsonl.tmp-" + String(getpid())
        var bytes: [UInt8] = []
        var size = 0
        for line in entry.lines { size += line.utf8.count + 1 }
        bytes.reserveCapacity(size)
        for line in entry.lines {
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
        }
        var fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0, errno == ENOENT {
            // First entry in this subfolder (or in the cache); another worker may make it too.
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw LedgerWriteError(path: tmp, message: String(cString: strerror(errno))) }
        var offset = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if close(fd) != 0, failure == 0 { failure = errno }
        guard failure == 0, rename(tmp, dest) == 0 else {
            let why = failure != 0 ? String(cString: strerror(failure)) : "cannot rename cache entry into place"
            unlink(tmp)
            throw LedgerWriteError(path: dest, message: why)
        }
    }

    /// Deletes every entry whose key is not in `keep` (results of deleted or changed documents,
    /// of old rules or old versions); returns how many were removed.
    @discardableResult
    public func prune(keeping keep: Set<String>) -> Int {
        let fm = FileManager.default
        guard let subs = try? fm.contentsOfDirectory(atPath: directory.path) else { return 0 }
        var removed = 0
        for sub in subs {
            let dir = directory.appendingPathComponent(sub)
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names {
                let key = name.hasSuffix(".jsonl") ? String(name.dropLast(6)) : name
                if !keep.contains(key) {
                    try? fm.removeItem(at: dir.appendingPathComponent(name))
                    removed += 1
                }
            }
        }
        return removed
    }
}
