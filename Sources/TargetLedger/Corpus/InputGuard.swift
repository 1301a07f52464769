/// Turns away inputs that would stall or blow up the pipeline before it sees them: files over
/// the size limit, binary files, and runs of text with no line break or sentence end longer
/// than the line limit (a 10 MB line makes every sentence-level stage quadratic at worst).
public struct InputGuard: Sendable {
    /// Largest file read, in bytes.
    public var maxBytes: Int
    /// Longest run of bytes without a line break or sentence end.
    public var maxLineBytes: Int

    /// A guard with these limits.
    public init(maxBytes: Int, maxLineBytes: Int) {
        self.maxBytes = maxBytes
        self.maxLineBytes = maxLineBytes
    }

    /// The reason a file of `size` bytes is refused before reading, if any.
    public func checkSize(_ size: Int) -> String? {
        size > maxBytes ? "file is \(size) bytes, over the limit of \(maxBytes) (--max-bytes)" : nil
    }

    /// The reason `bytes` are refused, if any.
    public func check(_ bytes: [UInt8]) -> String? {
        if let why = checkSize(bytes.count) { return why }
        if bytes.isEmpty { return "empty file" }
        if Self.looksBinary(bytes) { return "binary file (NUL bytes and no UTF-16 byte-order mark)" }
        let run = Self.longestRun(bytes)
        if run > maxLineBytes {
            return "a run of \(run) bytes without a line break or sentence end, over the limit of \(maxLineBytes) (--max-line-bytes)"
        }
        return nil
    }

    /// NUL bytes in the first 8 KB, unless the file announces UTF-16 (where NULs are normal).
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return false
        }
        return bytes.prefix(8192).contains(0)
    }

    /// The longest run of bytes between breaks: LF, CR, `>`, `;`, `.`, and 。 in UTF-8 (E3 80 82)
    /// or GB encodings (A1 A3) — enough to let any real notice or page through.
    public static func longestRun(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { p -> Int in
            var longest = 0
            var start = 0
            var previous: UInt8 = 0
            for i in 0..<p.count {
                let b = p[i]
                let isBreak: Bool
                switch b {
                case 0x0A, 0x0D, 0x3E, 0x3B, 0x2E: isBreak = true
                case 0x82: isBreak = previous == 0x80
                case 0xA3: isBreak = previous == 0xA1
                default: isBreak = false
                }
                if isBreak {
                    if i - start > longest { longest = i - start }
                    start = i + 1
                }
                previous = b
            }
            return max(longest, p.count - start)
        }
    }
}
