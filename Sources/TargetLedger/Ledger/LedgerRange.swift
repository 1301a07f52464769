/// Where one document's lines sit in a `ledger.jsonl`: the byte offset of its document line and
/// the length of its lines with their newlines. The run manifest keeps one per document, so that
/// the next run can read a document's result back from the ledger instead of extracting it again.
public struct LedgerRange: Codable, Sendable, Equatable {
    /// Byte offset of the first line.
    public var offset: Int
    /// Bytes of the lines, newlines included.
    public var length: Int

    /// A range of `length` bytes at `offset`.
    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }

    /// The offset just past the range.
    public var end: Int { offset + length }
}
