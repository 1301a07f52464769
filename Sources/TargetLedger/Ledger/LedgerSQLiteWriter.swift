import Foundation

/// Writes `ledger.sqlite`: tables `documents`, `targets`, `responsible` (one row per target and
/// unit) and `errors`, indexes on indicator key, deadline and unit name, and an FTS5 trigram
/// index over evidence and indicators that finds Chinese substrings (`evidence_fts`: one row
/// per distinct evidence sentence of a document, whose rowid is `targets.sentence`).
///
/// Every row of a run goes in through this writer on the run's serial path, so it binds values
/// through SQLite's C API (see `SQLiteConnection`), all in one transaction, and feeds the
/// full-text index row by row instead of rebuilding it at the end (same index, but the work
/// happens while the workers still run instead of after them).
public final class LedgerSQLiteWriter {
    private let db: SQLiteConnection
    private let insertDocument: SQLiteStatement
    private let insertTarget: SQLiteStatement
    private let insertUnit: SQLiteStatement
    private let insertText: SQLiteStatement
    private var nextTargetRow: Int64 = 1
    private var nextSentence: Int64 = 1

    /// Creates the database at `url` (which must not exist yet) with its tables.
    public init(url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        db = try SQLiteConnection(path: url.path)
        // The file is a temporary one until it is renamed into place, so durability during the
        // build buys nothing (the rename happens after the file is synced), and no other
        // connection ever reads it before then.
        try db.execute(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA temp_store = MEMORY")
        try db.execute("BEGIN")
        try db.execute(Self.schema)
        try db.execute(Self.fullText)
        insertDocument = try db.prepare("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        insertTarget = try db.prepare(
            "INSERT INTO targets VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        insertUnit = try db.prepare("INSERT INTO responsible VALUES (?,?,?,?)")
        insertText = try db.prepare("INSERT INTO evidence_fts(rowid, evidence, indicators) VALUES (?,?,?)")
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
                switch value {
                case .null: st.bindNull(index)
                case .integer(let i): st.bind(i, at: index)
                case .real(let d): st.bind(d, at: index)
                case .text(let start, let count): st.bindText(base + Int(start), count: count, at: index)
                }
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
        try db.execute(Self.indexes)
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
