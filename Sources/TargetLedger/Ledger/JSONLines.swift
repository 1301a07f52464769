import Foundation

/// Encodes and decodes ledger lines as JSON Lines: keys sorted, slashes unescaped, one object
/// per line, so that the same records always give the same bytes.
public enum JSONLines {
    /// One line (without its newline) for `value`.
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The ledger lines of one document result: its document record, then its targets.
    public static func lines(of result: DocumentResult) throws -> [String] {
        var out = [LedgerJSONWriter.line(result.document)]
        out.reserveCapacity(result.targets.count + 1)
        for t in result.targets { out.append(LedgerJSONWriter.line(t)) }
        return out
    }

    /// The same lines as UTF-8, each followed by its newline: what `ledger.jsonl` holds for the
    /// result.
    public static func ledgerBytes(of result: DocumentResult) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(600 * (result.targets.count + 1))
        LedgerJSONWriter.append(result.document, to: &out)
        out.append(0x0A)
        for t in result.targets {
            LedgerJSONWriter.append(t, to: &out)
            out.append(0x0A)
        }
        return out
    }

    /// Parses one ledger line into a document or target record.
    public static func decodeLine(_ line: Substring) throws -> LedgerLine {
        let data = Data(line.utf8)
        struct Probe: Decodable { var record: String }
        let decoder = JSONDecoder()
        let probe = try decoder.decode(Probe.self, from: data)
        if probe.record == "document" { return .document(try decoder.decode(DocumentRecord.self, from: data)) }
        return .target(try decoder.decode(TargetRecord.self, from: data))
    }

    /// Groups a ledger file's lines back into document results, in file order.
    public static func readLedger(_ text: String) throws -> [DocumentResult] {
        var out: [DocumentResult] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            switch try decodeLine(line) {
            case .document(let d): out.append(DocumentResult(document: d, targets: []))
            case .target(let t):
                if let i = out.lastIndex(where: { $0.document.docId == t.docId }) {
                    out[i].targets.append(t)
                }
            }
        }
        return out
    }
}
