import Foundation
import GRDB

/// Reads a ledger.sqlite back: rows of a query as strings, for tests, scripts and `merge` checks
/// without making callers depend on GRDB.
public struct LedgerSQLiteReader: Sendable {
    private let queue: DatabaseQueue

    /// Opens `url` read-only.
    public init(url: URL) throws {
        var config = Configuration()
        config.readonly = true
        queue = try DatabaseQueue(path: url.path, configuration: config)
    }

    /// Every row of `sql` (with `?` bound to `arguments`), each column as text (NULL as nil).
    public func rows(_ sql: String, _ arguments: [String] = []) throws -> [[String?]] {
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
            return rows.map { row in
                row.databaseValues.map { v -> String? in
                    switch v.storage {
                    case .null: return nil
                    case .int64(let i): return String(i)
                    case .double(let d): return String(d)
                    case .string(let s): return s
                    case .blob(let b): return b.base64EncodedString()
                    }
                }
            }
        }
    }
}
