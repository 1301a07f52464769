/// Why a side of a diff could not be loaded; every message names the path.
public enum DiffError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing at the path.
    case notFound(String)
    /// A folder without `ledger.jsonl`.
    case noLedgerInFolder(String)
    /// A file that could not be read, decoded or extracted.
    case unreadable(String, String)
    /// A ledger without document records.
    case emptyLedger(String)
    /// A ledger holding several documents (or several matching `--doc`), listed.
    case ambiguous(String, [String])
    /// No document of the ledger matches `--doc`.
    case noSuchDocument(String, String)

    /// The message for stderr.
    public var description: String {
        switch self {
        case .notFound(let p): "\(p): no such file or folder"
        case .noLedgerInFolder(let p):
            "\(p): folder holds no ledger.jsonl (give a run output folder, a ledger or a document)"
        case .unreadable(let p, let why): "\(p): \(why)"
        case .emptyLedger(let p): "\(p): ledger holds no document"
        case .ambiguous(let p, let docs):
            "\(p): holds several documents; pick one with --doc (doc_id, path or file name): "
                + docs.prefix(10).joined(separator: ", ") + (docs.count > 10 ? ", …" : "")
        case .noSuchDocument(let p, let sel): "\(p): no document matches --doc '\(sel)'"
        }
    }
}
