import Foundation

/// A file written under a temporary name beside its destination and renamed into place, so that
/// a reader (or a killed run) only ever sees the old whole file or the new whole file.
public struct AtomicFile: Sendable {
    /// Where the file ends up.
    public let destination: URL
    /// The temporary name it is written under (same folder, so rename(2) is atomic).
    public let temporary: URL

    /// Prefix of every temporary name, used to clear what a killed run left behind.
    public static let temporaryMarker = ".tmp-"

    /// Plans a write of `destination`.
    public init(destination: URL) {
        self.destination = destination
        let name = "." + destination.lastPathComponent + Self.temporaryMarker + String(getpid())
        self.temporary = destination.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// Flushes the temporary file to disk and renames it over the destination.
    public func commit() throws {
        let fd = open(temporary.path, O_RDONLY)
        if fd >= 0 {
            _ = fsync(fd)
            close(fd)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            throw LedgerWriteError(path: destination.path, message: "cannot rename into place: \(String(cString: strerror(errno)))")
        }
    }

    /// Removes the temporary file (after a failure).
    public func discard() {
        unlink(temporary.path)
    }

    /// Removes temporary files that an interrupted earlier run left in `directory`.
    public static func removeLeftovers(in directory: URL, names: [String]) {
        let fm = FileManager.default
        guard let items = try? fm.contentsOfDirectory(atPath: directory.path) else { return }
        for item in items where names.contains(where: { item.hasPrefix("." + $0 + temporaryMarker) }) {
            // A leftover of a live concurrent run would carry that run's pid; runs into one folder
            // at the same time are not supported, so every leftover is stale.
            try? fm.removeItem(at: directory.appendingPathComponent(item))
        }
    }
}

/// An output file that could not be written; names the file.
public struct LedgerWriteError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What went wrong.
    public var message: String
    /// An error about `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}
