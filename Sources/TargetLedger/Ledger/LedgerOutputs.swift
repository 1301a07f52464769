import Foundation

/// The four outputs of a run or a merge — `ledger.jsonl`, `targets.csv`, `ledger.sqlite`,
/// `errors.jsonl` — written side by side under temporary names and renamed into place together
/// at the end, so that an interrupted run leaves the previous outputs whole.
public final class LedgerOutputs {
    /// File names of the outputs in an output folder.
    public enum Name {
        /// The JSON Lines ledger.
        public static let ledger = "ledger.jsonl"
        /// One row per target.
        public static let csv = "targets.csv"
        /// The queryable ledger.
        public static let sqlite = "ledger.sqlite"
        /// One line per failed document.
        public static let errors = "errors.jsonl"
        /// All of them.
        public static let all = [ledger, csv, sqlite, errors]
    }

    private let directory: URL
    private let files: [String: AtomicFile]
    private let jsonl: BufferedFileWriter
    private let csv: TargetsCSVWriter
    private let sqlite: LedgerSQLiteWriter
    private var lastPath: String?
    private var finished = false
    /// Targets written so far.
    public private(set) var targetCount = 0
    /// Documents written so far.
    public private(set) var documentCount = 0

    /// Opens the temporary outputs in `directory` (created if needed). With `sqliteBase`, the
    /// `ledger.sqlite` of the earlier run in `directory`, the new one starts as a copy of it to
    /// be patched (see `LedgerSQLiteWriter.init(url:patching:)`), or is built anew if that file
    /// cannot be used.
    public init(directory: URL, sqliteBase: URL? = nil) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        AtomicFile.removeLeftovers(in: directory, names: Name.all)
        var files: [String: AtomicFile] = [:]
        for n in Name.all { files[n] = AtomicFile(destination: directory.appendingPathComponent(n)) }
        self.files = files
        jsonl = try BufferedFileWriter(url: files[Name.ledger]!.temporary)
        csv = try TargetsCSVWriter(url: files[Name.csv]!.temporary)
        let sqliteFile = files[Name.sqlite]!.temporary
        if let sqliteBase, let patched = try? LedgerSQLiteWriter(url: sqliteFile, patching: sqliteBase) {
            sqlite = patched
        } else {
            sqlite = try LedgerSQLiteWriter(url: sqliteFile)
        }
    }

    /// Whether `ledger.sqlite` is a patched copy of the earlier run's: documents whose rows it
    /// already holds are appended with `sqlite: false`, and those that changed or went are
    /// taken out with `removeFromSQLite`.
    public var patchesSQLite: Bool { sqlite.isPatch }

    /// Takes a document's rows out of a patched `ledger.sqlite` (`previous`: its entry as the
    /// earlier run wrote it).
    public func removeFromSQLite(path: String, previous: LedgerEntry?) throws {
        try sqlite.remove(path: path, previous: previous)
    }

    /// Where one document's outputs went: its lines in `ledger.jsonl` and its rows in
    /// `targets.csv` (the manifest records both, so that the next run can copy them).
    public struct Placement: Sendable, Equatable {
        /// Its lines in the ledger.
        public var ledger: LedgerRange
        /// Its rows in the CSV file (empty when it has no targets).
        public var csv: LedgerRange
    }

    /// Appends one document; documents must come in ledger order (by path). Returns where its
    /// lines and rows are.
    /// `sqlite: false` leaves `ledger.sqlite` alone: a patched file holds the rows already.
    @discardableResult
    public func append(_ entry: LedgerEntry, sqlite toSQLite: Bool = true) throws -> Placement {
        let placement = try append(path: entry.path, ledgerBytes: entry.ledgerBytes, csvRows: entry.csvRows, targets: entry.result.targets.count)
        if toSQLite { try sqlite.append(entry.sqliteRows) }
        return placement
    }

    /// Appends a document copied from the last run's files; its rows are in the patched
    /// `ledger.sqlite` already.
    @discardableResult
    public func append(copied entry: CopiedEntry) throws -> Placement {
        try append(path: entry.path, ledgerBytes: entry.ledgerBytes, csvRows: entry.csvRows, targets: entry.targetCount)
    }

    private func append(path: String, ledgerBytes: [UInt8], csvRows: [UInt8], targets: Int) throws -> Placement {
        if let last = lastPath, !LedgerOrder.precedes(last, path) {
            throw LedgerWriteError(path: path, message: "out of ledger order or duplicate (after \(last))")
        }
        lastPath = path
        let start = jsonl.offset
        let csvStart = csv.offset
        try jsonl.write(bytes: ledgerBytes)
        try csv.append(rows: csvRows)
        documentCount += 1
        targetCount += targets
        return Placement(
            ledger: LedgerRange(offset: start, length: jsonl.offset - start), csv: LedgerRange(offset: csvStart, length: csv.offset - csvStart))
    }

    /// Bytes of `ledger.jsonl` already in the temporary file (not in the write buffer): the
    /// ranges below this survive a crash of the process.
    public var ledgerBytesWritten: Int { jsonl.flushed }

    /// The temporary file `ledger.jsonl` is written under until `commit`.
    public var temporaryLedger: URL { files[Name.ledger]!.temporary }

    /// Writes the failures, closes every file and renames them into place (the ledger last, so
    /// that a reader who sees the new ledger also finds the new tables beside it).
    public func commit(failures: [DocumentFailure]) throws {
        let sorted = failures.sorted { LedgerOrder.precedes($0.path, $1.path) }
        let errors = try BufferedFileWriter(url: files[Name.errors]!.temporary)
        for f in sorted {
            try errors.write(try JSONLines.encode(f))
            try errors.write("\n")
        }
        try errors.close()
        try jsonl.close()
        try csv.close()
        try sqlite.finish(failures: sorted)
        for n in [Name.errors, Name.sqlite, Name.csv, Name.ledger] { try files[n]!.commit() }
        finished = true
    }

    /// Drops the temporary files (after an error), leaving the previous outputs as they were.
    public func discard() {
        guard !finished else { return }
        for f in files.values { f.discard() }
        finished = true
    }

    deinit { discard() }
}
