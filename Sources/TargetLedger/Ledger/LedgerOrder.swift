/// The one order of ledger documents: by path, compared as UTF-8 bytes, so that a run, a shard
/// and a merge agree on every machine whatever the locale.
public enum LedgerOrder {
    /// Whether path `a` comes before path `b` in the ledger.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
