import Foundation

/// Reads a ledger file one document entry at a time, so that merging the ledgers of a large
/// corpus keeps one entry per shard in memory instead of every ledger whole.
public final class LedgerEntryStream {
    private let fd: Int32
    private let file: String
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private var lineNumber = 0
    private var pendingDocument: [UInt8]?

    /// Opens the ledger at `url`.
    public init(url: URL) throws {
        file = url.path
        fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw CorpusError(message: "\(url.path): \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    /// The next entry, or nil at the end of the file. Lines stay bytes from the file to the
    /// entry (parsed as `LedgerEntry(ledgerBytes:)`, as cache hits are): a string per line
    /// joined back into bytes was a fifth of a merge.
    public func next() throws -> LedgerEntry? {
        var bytes: [UInt8]
        if let d = pendingDocument {
            bytes = d
            pendingDocument = nil
        } else {
            guard let first = try nextLine() else { return nil }
            guard Self.isDocumentLine(first) else {
                throw LedgerFormatError(message: "\(file):\(lineNumber): target line before any document line")
            }
            bytes = first
        }
        while let line = try nextLine() {
            if Self.isDocumentLine(line) {
                pendingDocument = line
                break
            }
            bytes += line
        }
        do { return try LedgerEntry(ledgerBytes: bytes) } catch { throw LedgerFormatError(message: "\(file): \(error.message)") }
    }

    private static func isDocumentLine(_ line: [UInt8]) -> Bool {
        line.withUnsafeBufferPointer { LedgerEntry.isDocumentLine($0) }
    }

    /// The next non-empty line with its newline (one is added to a last line without), read
    /// through a 1 MB buffer.
    private func nextLine() throws -> [UInt8]? {
        while true {
            let nl: Int? = buffer.withUnsafeBufferPointer { b in
                guard start < b.count, let base = b.baseAddress,
                    let p = memchr(base + start, 0x0A, b.count - start)
                else { return nil }
                return UnsafePointer<UInt8>(p.assumingMemoryBound(to: UInt8.self)) - base
            }
            if let nl {
                let empty = nl == start
                let line = empty ? [] : Array(buffer[start...nl])
                start = nl + 1
                lineNumber += 1
                if empty { continue }
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                line.append(0x0A)
                start = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeSubrange(0..<start)
            start = 0
            let chunk = 1 << 20
            let before = buffer.count
            var failure: Int32 = 0
            buffer.append(contentsOf: repeatElement(0, count: chunk))
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                while true {
                    let n = Glibc.read(fd, raw.baseAddress! + before, chunk)
                    if n < 0, errno == EINTR { continue }
                    if n < 0 { failure = errno }
                    return n
                }
            }
            buffer.removeSubrange((before + max(0, n))...)
            if n < 0 { throw CorpusError(message: "\(file): \(String(cString: strerror(failure)))") }
            if n == 0 { eof = true }
        }
    }
}
