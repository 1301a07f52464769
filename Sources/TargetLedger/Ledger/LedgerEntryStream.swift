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
    private var pendingDocument: String?

    /// Opens the ledger at `url`.
    public init(url: URL) throws {
        file = url.path
        fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw CorpusError(message: "\(url.path): \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    /// The next entry, or nil at the end of the file.
    public func next() throws -> LedgerEntry? {
        var lines: [String]
        if let d = pendingDocument {
            lines = [d]
            pendingDocument = nil
        } else {
            guard let first = try nextLine() else { return nil }
            guard LedgerEntry.isDocumentLine(first) else {
                throw LedgerFormatError(message: "\(file):\(lineNumber): target line before any document line")
            }
            lines = [first]
        }
        while let line = try nextLine() {
            if LedgerEntry.isDocumentLine(line) {
                pendingDocument = line
                break
            }
            lines.append(line)
        }
        do { return try LedgerEntry(lines: lines) } catch { throw LedgerFormatError(message: "\(file): \(error.message)") }
    }

    /// The next non-empty line, read through a 1 MB buffer.
    private func nextLine() throws -> String? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[start..<nl], as: UTF8.self)
                start = nl + 1
                lineNumber += 1
                if line.isEmpty { continue }
                return line
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                lineNumber += 1
                return line
            }
            buffer.removeSubrange(0..<start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CorpusError(message: "\(file): \(String(cString: strerror(errno)))")
            }
            if n == 0 { eof = true } else { buffer.append(contentsOf: chunk[0..<n]) }
        }
    }
}
