import Foundation

/// Writes `ledger.sqlite`: tables `documents`, `targets`, `responsible` (one row per target and
/// unit) and `errors`, indexes on indicator key, deadline and unit name, and an FTS5 trigram
/// index over evidence and indicators that finds Chinese substrings (`evidence_fts`: one row
/// per distinct evidence sentence of a document, whose rowid is `targets.sentence`).
///
/// Every row of a run goes in through this writer on the run's serial path, so it binds values
/// through SQLite's C API (see `SQLiteConnection`), all in one transaction, and feeds the
/// full-text index row by row instead of rebuilding it at the end (same index, but the work
/// happens while the workers still run instead of after them). An incremental run instead
/// patches a copy of the earlier run's file (`init(url:patching:)`).
public final class LedgerSQLiteWriter {
    private let db: SQLiteConnection
    private let insertDocument: SQLiteStatement
    private let insertTarget: SQLiteStatement
    private let insertUnit: SQLiteStatement
    private let insertText: SQLiteStatement
    private var nextTargetRow: Int64 = 1
    private var nextSentence: Int64 = 1

    /// Whether this writer updates a copy of an earlier run's file instead of building anew.
    public let isPatch: Bool
    /// Statements of a patch: a document's rows, and the deletions (made when first needed).
    private var patchStatements: PatchStatements?

    /// Creates the database at `url` (which must not exist yet) with its tables.
    public init(url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        db = try SQLiteConnection(path: url.path)
        isPatch = false
        try db.execute(Self.buildPragmas)
        try db.execute("BEGIN")
        try db.execute(Self.schema)
        try db.execute(Self.fullText)
        (insertDocument, insertTarget, insertUnit, insertText) = try Self.prepareInserts(db)
    }

    /// Writes at `url` a copy of `base`, the `ledger.sqlite` of an earlier run of this program,
    /// to be patched: `remove(path:previous:)` takes out the rows of documents that changed or
    /// went, `append` adds new rows, and the indexes, already there, follow. Rows of unchanged
    /// documents stay as they are, so that taking one changed document into a large ledger
    /// does not rebuild the whole file and its full-text index. New rows take the numbers after
    /// the highest ones in the file. Throws if `base` is not such a file; the caller then
    /// builds anew.
    public init(url: URL, patching base: URL) throws {
        try? FileManager.default.removeItem(at: url)
        try Self.copyFile(base, to: url)
        db = try SQLiteConnection(path: url.path)
        isPatch = true
        try db.execute(Self.buildPragmas)
        try db.execute("BEGIN")
        // Every table and column this version writes must be there, or the file is another one.
        let probe = try db.prepare(
            "SELECT (SELECT count(*) FROM sqlite_master WHERE name IN ('documents','targets','responsible','errors','evidence_fts') OR (type = 'index' AND name IN ('targets_key','targets_deadline','targets_doc','targets_sentence','responsible_name','responsible_target'))), (SELECT ifnull(max(id), 0) FROM targets), (SELECT ifnull(max(sentence), 0) FROM targets)"
        )
        let found = try probe.integerRows(columns: 3).first ?? [0, 0, 0]
        probe.finalize()
        guard found[0] == 11 else {
            throw LedgerWriteError(path: base.path, message: "not a ledger.sqlite of this version (tables or indexes missing)")
        }
        nextTargetRow = found[1] + 1
        nextSentence = found[2] + 1
        try db.execute("DELETE FROM errors; INSERT INTO evidence_fts(evidence_fts, rank) VALUES('hashsize', \(Self.fullTextBuffer));")
        (insertDocument, insertTarget, insertUnit, insertText) = try Self.prepareInserts(db)
    }

    /// The file is a temporary one until it is renamed into place, so durability during the
    /// build buys nothing (the rename happens after the file is synced), and no other
    /// connection ever reads it before then.
    static let buildPragmas =
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY"

    private static func prepareInserts(_ db: SQLiteConnection) throws -> (SQLiteStatement, SQLiteStatement, SQLiteStatement, SQLiteStatement) {
        (
            try db.prepare("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            try db.prepare("INSERT INTO targets VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            try db.prepare("INSERT INTO responsible VALUES (?,?,?,?)"),
            try db.prepare("INSERT INTO evidence_fts(rowid, evidence, indicators) VALUES (?,?,?)")
        )
    }

    /// Copies `source` to `destination` through one 4 MB buffer.
    private static func copyFile(_ source: URL, to destination: URL) throws {
        let from = open(source.path, O_RDONLY | O_CLOEXEC)
        guard from >= 0 else { throw LedgerWriteError(path: source.path, message: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(from) }
        let to = open(destination.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard to >= 0 else { throw LedgerWriteError(path: destination.path, message: "cannot create: \(String(cString: strerror(errno)))") }
        defer { close(to) }
        let size = 4 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(from, buffer, size)
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw LedgerWriteError(path: source.path, message: "cannot read: \(String(cString: strerror(errno)))") }
            if n == 0 { return }
            var done = 0
            while done < n {
                let w = write(to, buffer + done, n - done)
                if w < 0, errno == EINTR { continue }
                guard w > 0 else { throw LedgerWriteError(path: destination.path, message: "cannot write: \(String(cString: strerror(errno)))") }
                done += w
            }
        }
    }

    /// The statements that take a document's rows out of a patched file.
    private struct PatchStatements {
        let targetsOf: SQLiteStatement
        let deleteUnits: SQLiteStatement
        let deleteTargets: SQLiteStatement
        let deleteDocument: SQLiteStatement
        let deleteText: SQLiteStatement

        init(_ db: SQLiteConnection) throws {
            // doc_id narrows through its index; the path makes it this document's rows only
            // (two files with the same bytes share a doc_id).
            targetsOf = try db.prepare(
                "SELECT id, sentence FROM targets WHERE doc_id = (SELECT doc_id FROM documents WHERE path = ?1) AND path = ?1 ORDER BY id")
            deleteUnits = try db.prepare("DELETE FROM responsible WHERE target = ?")
            deleteTargets = try db.prepare(
                "DELETE FROM targets WHERE doc_id = (SELECT doc_id FROM documents WHERE path = ?1) AND path = ?1")
            deleteDocument = try db.prepare("DELETE FROM documents WHERE path = ?")
            deleteText = try db.prepare("INSERT INTO evidence_fts(evidence_fts, rowid, evidence, indicators) VALUES('delete', ?, ?, ?)")
        }

        func finalize() {
            for s in [targetsOf, deleteUnits, deleteTargets, deleteDocument, deleteText] { s.finalize() }
        }
    }

    /// Takes the rows of the document at `path` out of a patched file. `previous` is that
    /// document's entry as the earlier run wrote it: a contentless full-text index forgets a row
    /// only when given the very text it indexed, which `previous` gives again. (Without it, or
    /// if it does not fit, the old index entries stay behind; the join on `targets.sentence`
    /// then finds no target for them, and the numbers are never given out again.)
    public func remove(path: String, previous: LedgerEntry?) throws {
        precondition(isPatch, "remove(path:previous:) is for a patched file")
        if patchStatements == nil { patchStatements = try PatchStatements(db) }
        let st = patchStatements!
        st.targetsOf.bind(path, at: 1)
        let rows = try st.targetsOf.integerRows(columns: 2)
        st.targetsOf.clearBindings()
        var sentences: [Int64] = []
        for r in rows where !sentences.contains(r[1]) { sentences.append(r[1]) }
        sentences.sort()
        if let old = previous?.sqliteRows, old.sentences.count == sentences.count, !sentences.isEmpty {
            try old.withValues { base, _ in
                for (id, s) in zip(sentences, old.sentences) {
                    st.deleteText.bind(id, at: 1)
                    Self.bind(st.deleteText, 2, s.evidence, base)
                    Self.bind(st.deleteText, 3, s.indicators, base)
                    try st.deleteText.step()
                }
                st.deleteText.clearBindings()
            }
        }
        for r in rows {
            st.deleteUnits.bind(r[0], at: 1)
            try st.deleteUnits.step()
        }
        st.deleteTargets.bind(path, at: 1)
        try st.deleteTargets.step()
        st.deleteTargets.clearBindings()
        st.deleteDocument.bind(path, at: 1)
        try st.deleteDocument.step()
        st.deleteDocument.clearBindings()
    }

    @inline(__always) private static func bind(_ st: SQLiteStatement, _ index: Int32, _ value: LedgerSQLiteRows.Value, _ base: UnsafePointer<UInt8>) {
        switch value {
        case .null: st.bindNull(index)
        case .integer(let i): st.bind(i, at: index)
        case .real(let d): st.bind(d, at: index)
        case .text(let start, let count): st.bindText(base + Int(start), count: count, at: index)
        }
    }

    /// The tables, and the two indexes whose keys arrive in order (sentence numbers and target
    /// ids grow with every document), so that keeping them up to date is an append at the right
    /// edge of each B-tree. The other indexes come after the rows: built at the end, they cost
    /// less than kept up to date, but that build is the run's serial tail.
    public static let schema = """
        CREATE TABLE documents (
            path TEXT PRIMARY KEY, doc_id TEXT NOT NULL, reader TEXT NOT NULL, encoding TEXT,
            title TEXT, doc_number TEXT, issuer TEXT, published TEXT, plan_start INTEGER,
            plan_end INTEGER, cited TEXT NOT NULL, chars INTEGER NOT NULL,
            replacements INTEGER NOT NULL, warnings TEXT NOT NULL);
        CREATE TABLE targets (
            id INTEGER PRIMARY KEY, path TEXT NOT NULL REFERENCES documents(path), doc_id TEXT NOT NULL,
            target_id TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL, indicator TEXT NOT NULL,
            value REAL, value_max REAL, value_text TEXT, unit TEXT, dimension TEXT, comparator TEXT,
            change_direction TEXT, change_baseline_year INTEGER, baseline_value REAL,
            baseline_year INTEGER, period TEXT, deadline_date TEXT, deadline_text TEXT,
            deadline_source TEXT, section TEXT NOT NULL, evidence TEXT NOT NULL,
            span_start INTEGER, span_end INTEGER, rule TEXT NOT NULL, sentence INTEGER NOT NULL);
        CREATE TABLE responsible (
            target INTEGER NOT NULL REFERENCES targets(id), target_id TEXT NOT NULL,
            name TEXT NOT NULL, role TEXT NOT NULL);
        CREATE TABLE errors (path TEXT NOT NULL, stage TEXT NOT NULL, message TEXT NOT NULL);
        CREATE INDEX targets_sentence ON targets(sentence);
        CREATE INDEX responsible_target ON responsible(target);
        """

    /// The full-text table: one row per distinct evidence sentence of a document (targets of one
    /// sentence share it, so each sentence is indexed once, not once per target: evidence repeats
    /// about twice on average, and indexing was most of the writer's time), with the sentence and
    /// its targets' indicators one per line. Contentless: the text is in `targets`, found by
    /// `targets.sentence = evidence_fts.rowid`; `columnsize=0` skips the table of token counts
    /// per row (a fifth of the indexing time; `bm25` ranking still works). Its in-memory buffer
    /// is raised from 1 MB while the run fills it: FTS5 writes a segment each time the buffer
    /// fills and merges the segments again, which took half its time at 1 MB. `finish` removes the setting, so readers see
    /// FTS5's defaults. `detail=column` or `none` would be smaller but cannot answer a query
    /// longer than three characters with trigrams (SQLite: "phrase queries are not supported"),
    /// which is what finding a Chinese phrase needs.
    static let fullText = """
        CREATE VIRTUAL TABLE evidence_fts USING fts5(evidence, indicators, content='', columnsize=0, tokenize='trigram');
        INSERT INTO evidence_fts(evidence_fts, rank) VALUES('hashsize', \(fullTextBuffer));
        """

    /// Bytes of the full-text index FTS5 keeps in memory before writing a segment.
    static let fullTextBuffer = 32 << 20

    /// Indexes whose keys arrive in no particular order, built once every row is in.
    public static let indexes = """
        CREATE INDEX targets_key ON targets(key);
        CREATE INDEX targets_deadline ON targets(deadline_date);
        CREATE INDEX targets_doc ON targets(doc_id);
        CREATE INDEX responsible_name ON responsible(name);
        """

    /// Inserts one document's rows.
    public func append(_ result: DocumentResult) throws {
        try append(LedgerSQLiteRows(result))
    }

    /// Inserts one document's rows, encoded beforehand.
    func append(_ rows: LedgerSQLiteRows) throws {
        var row = nextTargetRow
        let firstSentence = nextSentence
        try rows.withValues { base, values in
            var v = 0
            @inline(__always) func bind(_ st: SQLiteStatement, _ index: Int32, _ value: LedgerSQLiteRows.Value) {
                Self.bind(st, index, value, base)
            }
            @inline(__always) func bindNext(_ st: SQLiteStatement, _ index: Int32) {
                bind(st, index, values[v])
                v += 1
            }
            for i in 1...Int32(LedgerSQLiteRows.documentColumns) { bindNext(insertDocument, i) }
            try insertDocument.step()
            for (t, units) in rows.unitCounts.enumerated() {
                insertTarget.bind(row, at: 1)
                for i in 2...Int32(LedgerSQLiteRows.targetColumns + 1) { bindNext(insertTarget, i) }
                insertTarget.bind(firstSentence + Int64(rows.sentenceOfTarget[t]), at: Int32(LedgerSQLiteRows.targetColumns + 2))
                try insertTarget.step()
                for _ in 0..<units {
                    insertUnit.bind(row, at: 1)
                    for i in 2...Int32(LedgerSQLiteRows.unitColumns + 1) { bindNext(insertUnit, i) }
                    try insertUnit.step()
                }
                row += 1
            }
            for (i, sentence) in rows.sentences.enumerated() {
                insertText.bind(firstSentence + Int64(i), at: 1)
                bind(insertText, 2, sentence.evidence)
                bind(insertText, 3, sentence.indicators)
                try insertText.step()
            }
            // The statements hold pointers into `base`, which is freed after this closure.
            for st in [insertDocument, insertTarget, insertText, insertUnit] { st.clearBindings() }
        }
        nextTargetRow = row
        nextSentence = firstSentence + Int64(rows.sentences.count)
    }

    /// Inserts the failures, builds the indexes, commits and closes the file.
    public func finish(failures: [DocumentFailure]) throws {
        let st = try db.prepare("INSERT INTO errors VALUES (?,?,?)")
        for f in failures {
            var text: [UInt8] = [0]
            var spans: [(Int, Int32)] = []
            for s in [f.path, f.stage, f.message] {
                spans.append((text.count, Int32(s.utf8.count)))
                text.append(contentsOf: s.utf8)
            }
            try text.withUnsafeBufferPointer { buf in
                for (i, span) in spans.enumerated() { st.bindText(buf.baseAddress! + span.0, count: span.1, at: Int32(i + 1)) }
                try st.step()
                st.clearBindings()
            }
        }
        st.finalize()
        patchStatements?.finalize()
        // A patched file has its indexes already, kept up to date by every insert and delete.
        if !isPatch {
            // The index builds are the run's serial tail, with the other cores idle by then: the
            // sorter may use them (measured on the 200 MB benchmark: 1.07 s → 0.93 s).
            try db.execute("PRAGMA threads = \(min(8, ProcessInfo.processInfo.activeProcessorCount))")
            try db.execute(Self.indexes)
        }
        try db.execute("COMMIT")
        // After the commit, so that FTS5 flushes its buffer under the setting it was filled with.
        try db.execute("DELETE FROM evidence_fts_config WHERE k = 'hashsize'")
        for s in [insertDocument, insertTarget, insertText, insertUnit] { s.finalize() }
        try db.close()
    }

    /// A string list as a JSON array, the way SQLite's json functions read it. Written by hand:
    /// a JSONEncoder per target row cost more than the inserts themselves.
    static func json(_ list: [String]) -> String {
        var bytes: [UInt8] = []
        appendJSON(list, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `json(list)` as UTF-8 to `out`: the strings escaped exactly as in the ledger's
    /// lines (`JSONString`), so a column and the ledger field hold the same JSON.
    static func appendJSON(_ list: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, item) in list.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONString.append(item, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
