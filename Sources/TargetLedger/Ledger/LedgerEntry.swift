import Foundation

/// One document's share of the ledger: its result and the exact JSONL lines that encode it,
/// kept together so that cached or merged documents are copied byte for byte. Its CSV rows and
/// SQLite values are encoded here too, where the entry is made (in a worker task during a run),
/// so that the run's serial writer only copies bytes and binds values.
public struct LedgerEntry: Sendable, Equatable {
    /// The document record and its targets.
    public var result: DocumentResult {
        didSet { (csvRows, sqliteRows) = Self.encode(result) }
    }
    /// The ledger lines (document line first, no trailing newlines), as `JSONLines` wrote them.
    public var lines: [String] { Self.lines(of: ledgerBytes) }
    /// The same lines as UTF-8, each with its newline: the bytes `ledger.jsonl` gets.
    public private(set) var ledgerBytes: [UInt8]
    /// The `targets.csv` rows of `result`, with their CRLFs.
    private(set) var csvRows: [UInt8]
    /// The `ledger.sqlite` values of `result`.
    private(set) var sqliteRows: LedgerSQLiteRows

    /// An entry from lines already encoded (a cache hit, a shard's ledger).
    public init(result: DocumentResult, lines: [String]) {
        self.result = result
        ledgerBytes = Self.joined(lines)
        (csvRows, sqliteRows) = Self.encode(result)
    }

    /// An entry for a freshly extracted result, encoded once here.
    public init(result: DocumentResult) throws {
        self.result = result
        ledgerBytes = JSONLines.ledgerBytes(of: result)
        (csvRows, sqliteRows) = Self.encode(result)
    }

    private static func encode(_ result: DocumentResult) -> ([UInt8], LedgerSQLiteRows) {
        (TargetsCSVWriter.rows(of: result), LedgerSQLiteRows(result))
    }

    /// The document's path, the ledger's sort key.
    public var path: String { result.document.path }

    /// A 128-bit hash of `ledgerBytes` as hex: the manifest records it beside the entry's range,
    /// so that the entry can be checked when the ledger is no longer the very file the run wrote
    /// (a copied or restored output folder).
    public var contentHash: String { Self.contentHash(of: ledgerBytes) }

    /// The hash `contentHash` gives for an entry's bytes.
    static func contentHash(of bytes: [UInt8]) -> String {
        let (a, b) = CacheKey.hash128(bytes)
        return CacheKey.hex(a) + CacheKey.hex(b)
    }

    /// Parses the lines of one document: its document line, then its target lines.
    public init(lines: [String]) throws(LedgerFormatError) {
        try self.init(ledgerBytes: Self.joined(lines))
    }

    /// Parses one document's lines as UTF-8 (each line ending with a newline, as in
    /// `ledger.jsonl`): a cache hit reads them so, and they stay the entry's bytes unparsed.
    public init(ledgerBytes bytes: [UInt8]) throws(LedgerFormatError) {
        let lines = Self.lineRanges(bytes)
        guard let first = lines.first else { throw LedgerFormatError(message: "no lines") }
        // One decoder and one decode per line: the kind of each line is known from its place,
        // and decoding is most of what a warm run does.
        let decoder = JSONDecoder()
        do {
            let document = try decoder.decode(DocumentRecord.self, from: Data(bytes[first]))
            var targets: [TargetRecord] = []
            targets.reserveCapacity(lines.count - 1)
            for line in lines.dropFirst() {
                // Lines this program wrote take the fast reader; anything else, JSONDecoder.
                let fast = bytes.withUnsafeBufferPointer { TargetLineDecoder.decode(UnsafeBufferPointer(rebasing: $0[line])) }
                targets.append(try fast ?? decoder.decode(TargetRecord.self, from: Data(bytes[line])))
            }
            let result = DocumentResult(document: document, targets: targets)
            self.result = result
            (csvRows, sqliteRows) = Self.encode(result)
        } catch {
            throw LedgerFormatError(message: "bad ledger entry starting \(String(decoding: bytes[first].prefix(80), as: UTF8.self)): \(error)")
        }
        // Kept as given when it is exactly lines with their newlines (no empty line, a newline
        // at the end); else written so.
        var exact = first.lowerBound == 0 && lines[lines.count - 1].upperBound + 1 == bytes.count
        for k in 1..<lines.count where lines[k].lowerBound != lines[k - 1].upperBound + 1 { exact = false }
        if exact {
            ledgerBytes = bytes
        } else {
            var out: [UInt8] = []
            for r in lines {
                out += bytes[r]
                out.append(0x0A)
            }
            ledgerBytes = out
        }
    }

    /// The ranges of the non-empty lines of `bytes`, without their newlines.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { lineRanges($0) }
    }

    private static func lineRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        guard let base = b.baseAddress else { return out }
        var start = 0
        while start < b.count {
            // memchr: lines are long, and it looks at many bytes at a time.
            let end = memchr(base + start, 0x0A, b.count - start).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? b.count
            if end > start { out.append(start..<end) }
            start = end + 1
        }
        return out
    }

    /// `lines`, each followed by a newline, as UTF-8.
    private static func joined(_ lines: [String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            out.append(contentsOf: line.utf8)
            out.append(0x0A)
        }
        return out
    }

    /// The non-empty lines of UTF-8 bytes (see `lines(of: Data)`).
    static func lines(of bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { lines(of: $0) }
    }

    /// Splits ledger bytes into entries: each document line opens a new entry.
    public static func entries(inLedger data: Data, file: String) throws(LedgerFormatError) -> [LedgerEntry] {
        var groups: [[String]] = []
        var lineNumber = 0
        for line in lines(of: data) {
            lineNumber += 1
            if isDocumentLine(line) {
                groups.append([line])
            } else if groups.isEmpty {
                throw LedgerFormatError(message: "\(file):\(lineNumber): target line before any document line")
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        var out: [LedgerEntry] = []
        out.reserveCapacity(groups.count)
        for g in groups {
            do { out.append(try LedgerEntry(lines: g)) } catch { throw LedgerFormatError(message: "\(file): \(error.message)") }
        }
        return out
    }

    /// Splits ledger text into entries (see `entries(inLedger:file:)` for bytes).
    public static func entries(inLedger text: String, file: String) throws(LedgerFormatError) -> [LedgerEntry] {
        try entries(inLedger: Data(text.utf8), file: file)
    }

    /// The non-empty lines of UTF-8 bytes, split on LF bytes (much faster than splitting a
    /// String on Character, which walks grapheme clusters).
    public static func lines(of data: Data) -> [String] {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in lines(of: raw.bindMemory(to: UInt8.self)) }
    }

    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        lineRanges(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// Whether a ledger line is a document line. Inside JSON strings every quote is escaped, so
    /// the unescaped `"record":"document"` can only be the record's own field.
    public static func isDocumentLine(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { isDocumentLine($0) }
    }

    private static let documentMark: [UInt8] = Array(#""record":"document""#.utf8)

    /// `isDocumentLine` of a line's UTF-8 bytes.
    static func isDocumentLine(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        documentMark.withUnsafeBufferPointer { needle in
            guard hay.count >= needle.count else { return false }
            for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && hay[i + 1] == needle[1] {
                var j = 2
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            return false
        }
    }
}

/// A ledger file that does not follow the ledger format; the message names the file.
public struct LedgerFormatError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, and where.
    public var message: String
    /// An error with its message.
    public init(message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
