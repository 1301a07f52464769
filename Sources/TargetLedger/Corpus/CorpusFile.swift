import Foundation

/// A document file found in a corpus folder.
public struct CorpusFile: Sendable, Equatable {
    /// Path relative to the corpus root with `/` separators: the ledger's `path` and sort key.
    public var path: String
    /// Where the file is.
    public var url: URL
    /// Its size in bytes when the folder was walked.
    public var size: Int

    /// A file at `url`, known in the ledger as `path`.
    public init(path: String, url: URL, size: Int) {
        self.path = path
        self.url = url
        self.size = size
    }
}
