import Foundation

/// A file where a supervised run notes each document it starts and ends, so that after the
/// process dies on a trap (which Swift cannot catch) its supervisor knows which documents were
/// in flight. One `write(2)` with O_APPEND per line keeps lines whole across threads; the file
/// stays open for the run (opening it twice per document cost more than the note).
public final class CrashJournal: Sendable {
    /// The journal file.
    public let url: URL
    private let fd: Int32

    /// A journal at `url`, created now if it does not exist.
    public init(url: URL) {
        self.url = url
        fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Notes that `path` (cache key `key`) goes into the pipeline (`started`) or came out of it.
    public func note(_ key: CacheKey, path: String, started: Bool) {
        guard fd >= 0 else { return }
        var line = started ? "+" : "-"
        line += key.hex
        line += " "
        line += path.utf8.contains(10) ? path.replacingOccurrences(of: "\n", with: " ") : path
        line += "\n"
        _ = line.utf8CString.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count - 1) }
    }

    /// The documents started and not ended, as (key, path), in the order they were started.
    public func inFlight() -> [(key: String, path: String)] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        var open: [(key: String, path: String)] = []
        for line in LedgerEntry.lines(of: data) {
            guard line.count > 34, let space = line.firstIndex(of: " ") else { continue }
            let key = String(line[line.index(after: line.startIndex)..<space])
            let path = String(line[line.index(after: space)...])
            if line.hasPrefix("+") {
                open.append((key, path))
            } else if let i = open.firstIndex(where: { $0.key == key && $0.path == path }) {
                open.remove(at: i)
            }
        }
        return open
    }
}

/// Documents that crashed the pipeline in an earlier attempt (OUT_DIR/.cache/poison.jsonl): a
/// run skips them with a `crash` failure until their bytes, the rules or the program change.
public struct PoisonList: Sendable {
    /// One poisoned document.
    public struct Entry: Codable, Sendable, Equatable {
        /// Path relative to the corpus root.
        public var path: String
        /// Its cache key when it crashed (a changed file is tried again).
        public var key: String
        /// What happened.
        public var message: String
    }

    /// The entries by path.
    public private(set) var entries: [String: Entry] = [:]

    /// The file inside a cache folder.
    public static func url(in cache: URL) -> URL { cache.appendingPathComponent("poison.jsonl") }

    /// The list stored in `cache` (empty if none).
    public init(cache: URL) {
        guard let data = FileManager.default.contents(atPath: Self.url(in: cache).path) else { return }
        for line in LedgerEntry.lines(of: data) {
            if let e = try? JSONDecoder().decode(Entry.self, from: Data(line.utf8)) { entries[e.path] = e }
        }
    }

    /// The failure to record for `path` with `key`, if it is poisoned.
    public func failure(path: String, key: CacheKey) -> DocumentFailure? {
        guard let e = entries[path], e.key == key.hex else { return nil }
        return DocumentFailure(path: path, stage: "crash", message: e.message)
    }

    /// Adds an entry to the list stored in `cache`.
    public static func add(_ entry: Entry, in cache: URL) throws {
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let fd = open(url(in: cache).path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard fd >= 0 else { throw CorpusError(message: "\(url(in: cache).path): cannot write") }
        defer { close(fd) }
        let line = try JSONLines.encode(entry) + "\n"
        _ = Array(line.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
}
