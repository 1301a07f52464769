import Foundation
import GRDB

/// Writes `ledger.sqlite`: tables `documents`, `targets`, `responsible` (one row per target and
/// unit) and `errors`, indexes on indicator key, deadline and unit name, and an FTS5 trigram
/// index over evidence and indicator that finds Chinese substrings.
public final class LedgerSQLiteWriter {
    private let queue: DatabaseQueue
    private var pending: [DocumentResult] = []
    private var nextTargetRow: Int64 = 1

    /// Creates the database at `url` (which must not exist yet) with its tables.
    public init(url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        var config = Configuration()
        config.prepareDatabase { db in
            // The file is a temporary one until it is renamed into place, so durability during
            // the build buys nothing; the rename happens after the file is synced.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        }
        queue = try DatabaseQueue(path: url.path, configuration: config)
        try queue.write { db in try db.execute(sql: Self.schema) }
    }

    /// The tables; indexes come after the rows, which is faster than keeping them up to date.
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
            span_start INTEGER, span_end INTEGER, rule TEXT NOT NULL);
        CREATE TABLE responsible (
            target INTEGER NOT NULL REFERENCES targets(id), target_id TEXT NOT NULL,
            name TEXT NOT NULL, role TEXT NOT NULL);
        CREATE TABLE errors (path TEXT NOT NULL, stage TEXT NOT NULL, message TEXT NOT NULL);
        """

    /// Indexes and the full-text table, built once every row is in.
    public static let indexes = """
        CREATE INDEX targets_key ON targets(key);
        CREATE INDEX targets_deadline ON targets(deadline_date);
        CREATE INDEX targets_doc ON targets(doc_id);
        CREATE INDEX responsible_name ON responsible(name);
        CREATE INDEX responsible_target ON responsible(target);
        CREATE VIRTUAL TABLE targets_fts USING fts5(
            evidence, indicator, content='targets', content_rowid='id', tokenize='trigram');
        INSERT INTO targets_fts(targets_fts) VALUES('rebuild');
        """

    /// Queues one document's rows; they are inserted in batches, each in one transaction.
    public func append(_ result: DocumentResult) throws {
        pending.append(result)
        if pending.count >= 512 { try flush() }
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        var row = nextTargetRow
        try queue.write { db in
            let doc = try db.cachedStatement(sql: "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            let tgt = try db.cachedStatement(
                sql: "INSERT INTO targets VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            let unit = try db.cachedStatement(sql: "INSERT INTO responsible VALUES (?,?,?,?)")
            for r in batch {
                let d = r.document
                try doc.execute(arguments: [
                    d.path, d.docId, d.reader.rawValue, d.encoding, d.title, d.docNumber, d.issuer,
                    d.published, d.planPeriod?.start, d.planPeriod?.end, Self.json(d.cited), d.chars,
                    d.replacements, Self.json(d.warnings),
                ])
                for t in r.targets {
                    try tgt.execute(arguments: [
                        row, d.path, t.docId, t.targetId, t.key, t.kind.rawValue, t.indicator, t.value,
                        t.valueMax, t.valueText, t.unit, t.dimension, t.comparator?.rawValue,
                        t.change?.direction.rawValue, t.change?.baselineYear, t.baseline?.value,
                        t.baseline?.year, t.period, t.deadline?.date, t.deadline?.text,
                        t.deadline?.source.rawValue, Self.json(t.section), t.evidence, t.span.first,
                        t.span.count > 1 ? t.span[1] : nil, t.rule,
                    ])
                    for u in t.responsible {
                        try unit.execute(arguments: [row, t.targetId, u.name, u.role.rawValue])
                    }
                    row += 1
                }
            }
        }
        nextTargetRow = row
    }

    /// Inserts the failures, builds indexes and the full-text table, and closes the file.
    public func finish(failures: [DocumentFailure]) throws {
        try flush()
        try queue.write { db in
            let st = try db.cachedStatement(sql: "INSERT INTO errors VALUES (?,?,?)")
            for f in failures { try st.execute(arguments: [f.path, f.stage, f.message]) }
            try db.execute(sql: Self.indexes)
        }
        try queue.close()
    }

    /// A string list as a JSON array, the way SQLite's json functions read it. Written by hand:
    /// a JSONEncoder per target row cost more than the inserts themselves.
    static func json(_ list: [String]) -> String {
        var out = "["
        for (i, item) in list.enumerated() {
            if i > 0 { out += "," }
            out += "\""
            for scalar in item.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
        }
        return out + "]"
    }
}
