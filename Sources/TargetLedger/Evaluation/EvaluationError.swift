/// Why a gold folder or ledger could not be scored; the message names the file (and line).
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file could not be read or is not UTF-8.
    case unreadable(path: String, reason: String)
    /// A line is not JSON (1-based line number).
    case notJSON(path: String, line: Int, reason: String)

    /// The message, `path:line: …` as score.py words it.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .notJSON(let path, let line, let reason): "\(path):\(line): not JSON: \(reason)"
        }
    }
}
