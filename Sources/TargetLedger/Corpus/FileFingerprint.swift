import Foundation

/// What stat(2) says of a file: enough to tell, without reading it, that its bytes are those
/// hashed last time (a write changes ctime, which no tool can set back).
public struct FileFingerprint: Codable, Sendable, Equatable {
    /// Size in bytes.
    public var size: Int
    /// Modification time, nanoseconds since the epoch.
    public var mtime: Int64
    /// Status change time, nanoseconds since the epoch.
    public var ctime: Int64
    /// Inode number.
    public var inode: UInt64
    /// Device number.
    public var device: UInt64

    /// The fingerprint of the file at `url`, or nil if it cannot be stat'ed.
    public init?(url: URL) {
        var st = stat()
        guard stat(url.path, &st) == 0 else { return nil }
        size = Int(st.st_size)
        mtime = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        ctime = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        inode = UInt64(st.st_ino)
        device = UInt64(st.st_dev)
    }

    /// Whether the file changed so recently, relative to `time` (ns since the epoch), that a change
    /// in the same clock tick as the last run could hide behind an equal fingerprint.
    public func isRacy(against time: Int64) -> Bool {
        max(mtime, ctime) >= time - 2_000_000_000
    }
}
