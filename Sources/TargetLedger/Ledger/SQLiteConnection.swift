import GRDBSQLite

/// A write connection to one SQLite file, driven through the C API. The ledger writer inserts
/// every target of a corpus run on the run's serial path; GRDB's `StatementArguments` and
/// `execute(arguments:)` cost more there than SQLite's own inserts, so the writer binds values
/// itself. Owns the `sqlite3` handle; every status goes through `check`.
final class SQLiteConnection {
    private var handle: OpaquePointer?
    /// The file, for error messages.
    let path: String

    /// Opens (creating it if needed) the database at `path`.
    init(path: String) throws {
        self.path = path
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
        handle = db
        if code != SQLITE_OK {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close_v2(db)
            handle = nil
            throw LedgerWriteError(path: path, message: "SQLite: \(message)")
        }
    }

    /// Runs one or more SQL statements that return no rows.
    func execute(_ sql: String) throws {
        try check(sqlite3_exec(handle, sql, nil, nil, nil), sql)
    }

    /// Prepares one statement for repeated use.
    func prepare(_ sql: String) throws -> SQLiteStatement {
        var stmt: OpaquePointer?
        try check(sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil), sql)
        guard let stmt else { throw LedgerWriteError(path: path, message: "SQLite: empty statement \(sql)") }
        return SQLiteStatement(handle: stmt, connection: self)
    }

    /// Closes the file; statements must be finalized first.
    func close() throws {
        guard let h = handle else { return }
        try check(sqlite3_close(h), "close")
        handle = nil
    }

    /// Turns a status other than OK or DONE into an error naming the file and the statement.
    func check(_ code: Int32, _ what: @autoclosure () -> String) throws {
        guard code != SQLITE_OK, code != SQLITE_DONE else { return }
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "error \(code)"
        throw LedgerWriteError(path: path, message: "SQLite: \(message) (in \(what().prefix(120)))")
    }

    deinit {
        // close_v2 defers the close until any statement still alive is finalized.
        if let h = handle { sqlite3_close_v2(h) }
    }
}

/// One prepared statement, bound and stepped once per row; owns the `sqlite3_stmt` handle.
final class SQLiteStatement {
    private var handle: OpaquePointer?
    private let connection: SQLiteConnection

    fileprivate init(handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    /// Binds SQL NULL to parameter `index` (1-based).
    @inline(__always) func bindNull(_ index: Int32) {
        sqlite3_bind_null(handle, index)
    }

    /// Binds an integer to parameter `index`.
    @inline(__always) func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(handle, index, value)
    }

    /// Binds a float to parameter `index`.
    @inline(__always) func bind(_ value: Double, at index: Int32) {
        sqlite3_bind_double(handle, index, value)
    }

    /// Binds UTF-8 text without copying it: `bytes` must stay valid until the statement has been
    /// stepped (the caller binds and steps inside one `withUnsafeBufferPointer`), and must not be
    /// nil — a nil pointer would bind NULL instead of an empty string.
    @inline(__always) func bindText(_ bytes: UnsafePointer<UInt8>, count: Int32, at index: Int32) {
        _ = bytes.withMemoryRebound(to: CChar.self, capacity: Int(count)) { sqlite3_bind_text(handle, index, $0, count, nil) }
    }

    /// Runs a query bound beforehand and returns the integer columns of its rows (NULL as 0),
    /// then resets it.
    func integerRows(columns: Int32) throws -> [[Int64]] {
        var rows: [[Int64]] = []
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_ROW {
                rows.append((0..<columns).map { sqlite3_column_int64(handle, $0) })
                continue
            }
            sqlite3_reset(handle)
            try connection.check(code, String(cString: sqlite3_sql(handle)))
            return rows
        }
    }

    /// Binds a Swift string (copied by SQLite) to parameter `index`.
    func bind(_ value: String, at index: Int32) {
        // SQLITE_TRANSIENT: SQLite copies the text before this call returns.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        sqlite3_bind_text(handle, index, value, -1, transient)
    }

    /// Runs the statement, which returns no rows, and resets it for the next row.
    func step() throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        try connection.check(code, String(cString: sqlite3_sql(handle)))
    }

    /// Forgets bound values, so that no pointer into a freed buffer stays behind.
    func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// Releases the statement; required before the connection closes.
    func finalize() {
        sqlite3_finalize(handle)
        handle = nil
    }

    deinit { sqlite3_finalize(handle) }
}
