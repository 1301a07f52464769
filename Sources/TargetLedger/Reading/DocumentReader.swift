/// Why a file could not be read; the message names the file.
public struct ReadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}

/// Chooses a reader by sniffing the bytes and turns them into a `ReadDocument`.
/// (Placeholder: UTF-8 plain text split into lines; the readers of issue 3 replace it.)
public struct DocumentReader: Sendable {
    public init() {}

    public func read(bytes: [UInt8], path: String) throws(ReadError) -> ReadDocument {
        if bytes.isEmpty { throw ReadError(path: path, message: "empty file") }
        let text = NormalizedText(String(decoding: bytes, as: UTF8.self))
        var blocks: [TextBlock] = []
        var sentences: [Sentence] = []
        var start = 0
        for i in 0...text.count where i == text.count || text.scalars[i] == "\n" {
            if i > start {
                blocks.append(TextBlock(range: start..<i, kind: .paragraph))
                sentences.append(Sentence(range: start..<i, block: blocks.count - 1, section: []))
            }
            start = i + 1
        }
        let record = DocumentRecord(docId: ContentHash.hex(bytes), path: path, reader: .text, encoding: "UTF-8", chars: text.count)
        return ReadDocument(record: record, text: text, blocks: blocks, sentences: sentences)
    }
}
