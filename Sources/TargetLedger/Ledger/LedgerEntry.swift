/// One document's share of the ledger: its result and the exact JSONL lines that encode it,
/// kept together so that cached or merged documents are copied byte for byte.
public struct LedgerEntry: Sendable, Equatable {
    /// The document record and its targets.
    public var result: DocumentResult
    /// The ledger lines (document line first, no trailing newlines), as `JSONLines` wrote them.
    public var lines: [String]

    /// An entry from lines already encoded (a cache hit, a shard's ledger).
    public init(result: DocumentResult, lines: [String]) {
        self.result = result
        self.lines = lines
    }

    /// An entry for a freshly extracted result, encoded once here.
    public init(result: DocumentResult) throws {
        self.result = result
        self.lines = try JSONLines.lines(of: result)
    }

    /// The document's path, the ledger's sort key.
    public var path: String { result.document.path }

    /// Parses the lines of one document (a document line, then its target lines).
    public init(lines: [String]) throws(LedgerFormatError) {
        guard let first = lines.first else { throw LedgerFormatError(message: "no lines") }
        var result: DocumentResult?
        for line in lines {
            let parsed: LedgerLine
            do { parsed = try JSONLines.decodeLine(Substring(line)) } catch {
                throw LedgerFormatError(message: "bad ledger line: \(error)")
            }
            switch parsed {
            case .document(let d):
                guard result == nil else { throw LedgerFormatError(message: "two document lines in one entry") }
                result = DocumentResult(document: d, targets: [])
            case .target(let t):
                guard result != nil else { throw LedgerFormatError(message: "target line before its document: \(first.prefix(80))") }
                result!.targets.append(t)
            }
        }
        self.result = result!
        self.lines = lines
    }

    /// Splits ledger text into entries: each document line opens a new entry.
    public static func entries(inLedger text: String, file: String) throws(LedgerFormatError) -> [LedgerEntry] {
        var out: [LedgerEntry] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            lineNumber += 1
            let parsed: LedgerLine
            do { parsed = try JSONLines.decodeLine(line) } catch {
                throw LedgerFormatError(message: "\(file):\(lineNumber): bad ledger line: \(error)")
            }
            switch parsed {
            case .document(let d):
                out.append(LedgerEntry(result: DocumentResult(document: d, targets: []), lines: [String(line)]))
            case .target(let t):
                guard !out.isEmpty else {
                    throw LedgerFormatError(message: "\(file):\(lineNumber): target line before any document line")
                }
                out[out.count - 1].result.targets.append(t)
                out[out.count - 1].lines.append(String(line))
            }
        }
        return out
    }
}

/// A ledger file that does not follow the ledger format; the message names the file.
public struct LedgerFormatError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, and where.
    public var message: String
    /// An error with its message.
    public init(message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
