/// One of N disjoint, stable slices of a corpus (`--shard I/N`, I from 0): a document belongs
/// to the slice its path hashes to, so that a slice never depends on which other files exist.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// This slice, 0 ..< count.
    public let index: Int
    /// How many slices.
    public let count: Int

    /// A slice; nil unless 0 <= index < count.
    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 0, index < count else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`, e.g. `0/4` (indices start at 0, like JOB_COMPLETION_INDEX).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: i, count: n)
    }

    /// Whether the document at `path` (relative to the corpus root) belongs to this slice.
    public func contains(path: String) -> Bool {
        Int(ContentHash.fnv1a(path.utf8) % UInt64(count)) == index
    }

    /// `I/N`.
    public var description: String { "\(index)/\(count)" }
}
