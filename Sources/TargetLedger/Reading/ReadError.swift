/// Why a file could not be read; the message names the file.
public struct ReadError: Error, Sendable, CustomStringConvertible {
    /// The file as it was named.
    public var path: String
    /// What went wrong, in one line.
    public var message: String
    /// An error about the file at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    /// `path: message`, the one line the CLI prints.
    public var description: String { "\(path): \(message)" }
}
