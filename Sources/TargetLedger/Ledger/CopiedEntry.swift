import Foundation

/// A document unchanged since the last run, whose outputs are copied rather than made again: its
/// `ledger.jsonl` lines and `targets.csv` rows exactly as that run wrote them, read back
/// unparsed (its `ledger.sqlite` rows stay where they are in the patched file). When an analyst
/// adds or changes a few documents of a large corpus, every other document goes this way:
/// parsing each cached entry only to encode its CSV rows again was most of such a run.
public struct CopiedEntry: Sendable, Equatable {
    /// The document's path, the ledger's sort key.
    public let path: String
    /// Its ledger lines, each with its newline.
    public let ledgerBytes: [UInt8]
    /// Its CSV rows, each with its CRLF (empty when it has no targets).
    public let csvRows: [UInt8]
    /// How many target lines `ledgerBytes` holds.
    public let targetCount: Int
    /// The hash the last run's manifest recorded for `ledgerBytes` (nil: computed when asked).
    let recordedHash: String?

    /// The entry with these bytes.
    public init(path: String, ledgerBytes: [UInt8], csvRows: [UInt8], targetCount: Int, recordedHash: String? = nil) {
        self.path = path
        self.ledgerBytes = ledgerBytes
        self.csvRows = csvRows
        self.targetCount = targetCount
        self.recordedHash = recordedHash
    }

    /// `LedgerEntry.contentHash` of these bytes: carried over from the manifest when it recorded
    /// one (the bytes are those it was recorded for), so an unchanged document is not hashed again.
    public var contentHash: String { recordedHash ?? LedgerEntry.contentHash(of: ledgerBytes) }

    /// The entry parsed, for a writer that needs its values (the rows of a new `ledger.sqlite`).
    public func parsed() throws(LedgerFormatError) -> LedgerEntry { try LedgerEntry(ledgerBytes: ledgerBytes) }

    /// Reads a document's lines from the ledger open at `ledgerFD` and its rows from the CSV
    /// file open at `csvFD`, at the ranges the last run recorded, and checks them (see
    /// `checked`). Each range must also start a line: the byte before it, when there is one, is
    /// a newline. Nil when a read falls short or a check fails.
    static func read(path: String, ledgerFD: Int32, at ledger: LedgerRange, csvFD: Int32, at csv: LedgerRange, recordedHash: String?) -> CopiedEntry? {
        guard let l = readLines(ledgerFD, ledger), let c = readLines(csvFD, csv) else { return nil }
        return checked(path: path, ledgerBytes: l, csvRows: c, recordedHash: recordedHash)
    }

    /// The bytes of `range`, read together with the byte before it, which must be a newline.
    private static func readLines(_ fd: Int32, _ range: LedgerRange) -> [UInt8]? {
        guard range.offset >= 0, range.length >= 0, range.length < 1 << 30 else { return nil }
        if range.length == 0 { return [] }
        let lead = range.offset > 0 ? 1 : 0
        let want = range.length + lead
        let bytes = [UInt8](unsafeUninitializedCapacity: want) { buf, count in
            count = max(0, pread(fd, buf.baseAddress, want, off_t(range.offset - lead)))
        }
        guard bytes.count == want, lead == 0 || bytes[0] == 0x0A else { return nil }
        return lead == 0 ? bytes : Array(bytes[1...])
    }

    static func checked(path: String, ledgerBytes: [UInt8], csvRows: [UInt8], recordedHash: String?) -> CopiedEntry? {
        guard ledgerBytes.last == 0x0A else { return nil }
        let lines = LedgerEntry.lineRanges(ledgerBytes)
        guard let first = lines.first, first.lowerBound == 0 else { return nil }
        let shape = ledgerBytes.withUnsafeBufferPointer { b -> Bool in
            let line = UnsafeBufferPointer(rebasing: b[first])
            guard LedgerEntry.isDocumentLine(line) else { return false }
            var mark = Array(#""path":"#.utf8)
            JSONString.append(path, to: &mark)
            guard line.count >= mark.count,
                (0...(line.count - mark.count)).contains(where: { i in line[i] == mark[0] && line[i..<(i + mark.count)].elementsEqual(mark) })
            else { return false }
            // Keys are written in order, so every document line opens with the same first key
            // ("chars") and no target line has it.
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
            let opening = line[...colon]
            return lines.dropFirst().allSatisfy { r in !b[r].starts(with: opening) }
        }
        guard shape else { return nil }
        let targets = lines.count - 1
        if targets == 0 {
            guard csvRows.isEmpty else { return nil }
        } else {
            var field: [UInt8] = []
            TargetsCSVWriter.appendField(path, to: &field)
            field.append(UInt8(ascii: ","))
            guard csvRows.count > field.count, csvRows.starts(with: field), csvRows.suffix(2).elementsEqual([0x0D, 0x0A]) else { return nil }
        }
        return CopiedEntry(path: path, ledgerBytes: ledgerBytes, csvRows: csvRows, targetCount: targets, recordedHash: recordedHash)
    }
}
