/// What happened to one document of a corpus run.
public enum DocumentOutcome: Sendable {
    /// Extracted now (`cached == false`) or taken from the cache.
    case done(LedgerEntry, cached: Bool)
    /// Failed; recorded in errors.jsonl.
    case failed(DocumentFailure)
}
