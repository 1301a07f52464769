import Foundation

/// Holds an output folder for one run or merge at a time. Two runs writing into one folder would
/// clear each other's temporary files away (each takes the other's for an interrupted run's
/// leftovers): an analyst's run started while the nightly job writes the same folder would make
/// that job fail at its end. So a run first takes an exclusive `flock` on `OUT/.target-ledger.lock`
/// and a second one stops at once, naming the holder. The kernel drops the lock when its process
/// ends, however it ends (SIGKILL included), so no stale lock is ever left to clear by hand; the
/// file itself stays (removing it would let two runs lock two different files).
public final class OutputLock {
    /// The lock file's name inside the output folder.
    public static let fileName = ".target-ledger.lock"

    private let fd: Int32

    /// Takes the lock of `directory` (created if needed), or throws naming the process that holds it.
    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(Self.fileName).path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CorpusError(message: "\(path): cannot open the lock file: \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let why = errno
            var holder = ""
            var buf = [UInt8](repeating: 0, count: 256)
            let n = pread(fd, &buf, buf.count, 0)
            if n > 0 { holder = String(decoding: buf[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
            close(fd)
            if why == EWOULDBLOCK {
                throw CorpusError(
                    message: "\(directory.path): another run is writing into this folder\(holder.isEmpty ? "" : " (\(holder))"); "
                        + "wait for it to finish, or write into another --out")
            }
            throw CorpusError(message: "\(path): cannot lock: \(String(cString: strerror(why)))")
        }
        self.fd = fd
        // Who holds it, for the message another run prints.
        let note = Array("pid \(getpid()), since \(ISO8601DateFormatter().string(from: Date()))\n".utf8)
        _ = ftruncate(fd, 0)
        _ = note.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// Releases the lock (also done when the object goes, or the process ends).
    public func release() {
        flock(fd, LOCK_UN)
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
