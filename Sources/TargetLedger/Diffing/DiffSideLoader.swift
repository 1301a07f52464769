import Foundation

/// Turns a `diff` argument into one document's ledger records: a ledger file (JSON Lines), a
/// `run` output folder holding `ledger.jsonl`, or a document to extract with the current rules.
public struct DiffSideLoader: Sendable {
    /// What a path names.
    public enum Source: Sendable, Equatable {
        /// A ledger file.
        case ledger(URL)
        /// A notice to read and extract.
        case document(URL)
    }

    /// A loader (it holds no state).
    public init() {}

    /// Whether `path` is a ledger (a `.jsonl` file, a folder with `ledger.jsonl`, or a file whose
    /// first line is a ledger record) or a document.
    public func classify(_ path: String) throws(DiffError) -> Source {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound(path) }
        let url = URL(fileURLWithPath: path)
        if isDir.boolValue {
            let ledger = url.appendingPathComponent("ledger.jsonl")
            guard FileManager.default.fileExists(atPath: ledger.path) else { throw .noLedgerInFolder(path) }
            return .ledger(ledger)
        }
        if url.pathExtension.lowercased() == "jsonl" { return .ledger(url) }
        // A ledger saved under another name still starts with a document record.
        if let h = FileHandle(forReadingAtPath: path) {
            defer { try? h.close() }
            let head = String(decoding: h.readData(ofLength: 4096), as: UTF8.self)
            if let first = head.split(separator: "\n").first, first.hasPrefix("{"),
                first.contains("\"record\""), first.contains("\"document\"")
            {
                return .ledger(url)
            }
        }
        return .document(url)
    }

    /// The one document of a ledger that `selector` names (doc_id, path, file name or stem);
    /// with no selector the ledger must hold exactly one document.
    public func loadLedger(_ url: URL, selector: String?) throws(DiffError) -> DocumentResult {
        let docs: [DocumentResult]
        do {
            docs = try JSONLines.readLedger(String(decoding: try Data(contentsOf: url), as: UTF8.self))
        } catch {
            throw .unreadable(url.path, "\(error)")
        }
        guard !docs.isEmpty else { throw .emptyLedger(url.path) }
        guard let selector else {
            if docs.count == 1 { return docs[0] }
            throw .ambiguous(url.path, docs.map(\.document.path))
        }
        let hits = docs.filter { Self.matches($0.document, selector) }
        switch hits.count {
        case 1: return hits[0]
        case 0: throw .noSuchDocument(url.path, selector)
        default: throw .ambiguous(url.path, hits.map(\.document.path))
        }
    }

    /// Reads and extracts a document with `pipeline`.
    public func loadDocument(_ url: URL, pipeline: Pipeline) throws(DiffError) -> DocumentResult {
        do {
            let bytes = Array(try Data(contentsOf: url))
            return try pipeline.process(bytes: bytes, path: url.relativePath)
        } catch {
            throw .unreadable(url.path, "\(error)")
        }
    }

    /// Exact doc_id or path first; then a path ending in the selector; then file name or stem.
    static func matches(_ d: DocumentRecord, _ selector: String) -> Bool {
        if d.docId == selector || d.path == selector { return true }
        if d.path.hasSuffix("/" + selector) { return true }
        let name = (d.path as NSString).lastPathComponent
        return name == selector || name.split(separator: ".").first.map(String.init) == selector
    }
}
