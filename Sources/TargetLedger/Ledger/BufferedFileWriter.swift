import Foundation

/// Appends bytes to a new file through a large buffer; owns its file descriptor.
public final class BufferedFileWriter {
    private var fd: Int32
    private var buffer: [UInt8] = []
    private let path: String
    private let capacity = 1 << 20
    /// Bytes handed to the kernel so far: what a crashed process leaves in the file.
    public private(set) var flushed = 0
    /// Bytes appended so far, buffered or not: the offset of the next byte.
    public var offset: Int { flushed + buffer.count }

    /// Creates (or truncates) the file at `url`.
    public init(url: URL) throws {
        path = url.path
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw LedgerWriteError(path: path, message: String(cString: strerror(errno))) }
        buffer.reserveCapacity(capacity)
    }

    /// Appends the UTF-8 of `string`.
    public func write(_ string: String) throws {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends raw bytes.
    public func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Appends one byte.
    public func write(byte: UInt8) throws {
        buffer.append(byte)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out the buffer.
    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw LedgerWriteError(path: path, message: String(cString: strerror(errno)))
            }
            offset += n
        }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and closes the file.
    public func close() throws {
        guard fd >= 0 else { return }
        try flush()
        _ = fsync(fd)
        Glibc.close(fd)
        fd = -1
    }

    deinit {
        if fd >= 0 { Glibc.close(fd) }
    }
}
