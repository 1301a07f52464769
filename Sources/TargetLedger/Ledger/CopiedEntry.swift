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

    /// The bytes of `range`, when the byte before it (if any) is a newline.
    private static func readLines(_ fd: Int32, _ range: LedgerRange) -> [UInt8]? {
        guard range.offset >= 0, range.length >= 0, range.length < 1 << 30 else { return nil }
        if range.length == 0 { return [] }
        if range.offset > 0 {
            var before: UInt8 = 0
            guard pread(fd, &before, 1, off_t(range.offset - 1)) == 1, before == 0x0A else { return nil }
        }
        let bytes = [UInt8](unsafeUninitializedCapacity: range.length) { buf, count in
            count = max(0, pread(fd, buf.baseAddress, range.length, off_t(range.offset)))
        }
        return bytes.count == range.length ? bytes : nil
    }

    /// Checks bytes read back from the last run's files before they are copied: the ledger part
    /// must be one whole entry of `path` (a document line naming `path`, then lines that do not
    /// open as a document line does), and the CSV part empty when there are no targets, else
    /// rows that start with `path`'s field and end with a CRLF. Nil when they are not. The files
    /// are the very ones that run wrote (by fingerprint), so this guards against a wrong range,
    /// not against edits, and stays cheap: a full parse of every line is what copying saves.
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
