/// What happened to one document of a corpus run.
public enum DocumentOutcome: Sendable {
    /// Extracted now (`cached == false`) or taken from the cache.
    case done(LedgerEntry, cached: Bool)
    /// Unchanged since the last run, whose ledger lines and CSV rows are copied as they are
    /// (only while that run's `ledger.sqlite`, which holds its rows, is being patched).
    case copied(CopiedEntry)
    /// Failed; recorded in errors.jsonl.
    case failed(DocumentFailure)

    /// Whether the document has its outputs (extracted, cached or copied).
    public var isDone: Bool {
        if case .failed = self { return false }
        return true
    }
}
