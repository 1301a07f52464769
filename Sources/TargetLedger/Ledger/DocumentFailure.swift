/// One line of `errors.jsonl`: a document that could not be processed, and why.
public struct DocumentFailure: Codable, Sendable, Equatable {
    /// Path relative to the corpus root, as in the ledger.
    public var path: String
    /// Where it failed: `guard` (size, binary, line length), `read`, `extract`, `encode`.
    public var stage: String
    /// What went wrong, for a person.
    public var message: String

    /// A failure of `path` at `stage`.
    public init(path: String, stage: String, message: String) {
        self.path = path
        self.stage = stage
        self.message = message
    }
}
