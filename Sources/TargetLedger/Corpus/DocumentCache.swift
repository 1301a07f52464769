import Foundation

/// Cached document results in a folder (OUT_DIR/.cache): one file per key holding the document's
/// exact ledger lines, written atomically, so a hit costs one small read and no extraction.
public struct DocumentCache: Sendable {
    /// The cache folder.
    public let directory: URL

    /// A cache in `directory` (created on first store).
    public init(directory: URL) {
        self.directory = directory
    }

    /// Where the entry of `key` lives; two-hex-digit subfolders keep folders small.
    public func url(for key: CacheKey) -> URL {
        directory.appendingPathComponent(String(key.hex.prefix(2))).appendingPathComponent(key.hex + ".jsonl")
    }

    /// The cached entry of `key` for `path`, or nil on a miss or an unreadable entry.
    public func load(_ key: CacheKey, path: String) -> LedgerEntry? {
        guard let data = FileManager.default.contents(atPath: url(for: key).path) else { return nil }
        let lines = LedgerEntry.lines(of: data)
        // A damaged entry (disk full, manual edits) is a miss, never an error.
        guard let entry = try? LedgerEntry(lines: lines), entry.path == path else { return nil }
        return entry
    }

    /// Stores `entry` under `key` (temporary file + rename, so readers never see half an entry).
    public func store(_ entry: LedgerEntry, key: CacheKey) throws {
        let dest = url(for: key)
        try FileManager.default.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
        var bytes: [UInt8] = []
        for line in entry.lines {
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
        }
        let tmp = dest.deletingLastPathComponent().appendingPathComponent(".\(dest.lastPathComponent).tmp-\(getpid())")
        try Data(bytes).write(to: tmp)
        guard rename(tmp.path, dest.path) == 0 else {
            unlink(tmp.path)
            throw LedgerWriteError(path: dest.path, message: "cannot rename cache entry into place")
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
