import Foundation

/// What `target-ledger read` prints for one file: the document record, the normalised text,
/// its blocks and sentences with their section paths — what the extractor sees.
public struct ReadReport: Encodable, Sendable {
    /// A block as printed: its scalar range, kind, level, marker, section path and text.
    public struct Block: Encodable, Sendable {
        public var range: [Int]
        public var kind: String
        public var level: Int
        public var marker: String?
        public var section: [String]
        public var text: String
        /// True for a table cell that opens its row (absent otherwise).
        public var rowStart: Bool?
    }

    /// A sentence as printed.
    public struct Line: Encodable, Sendable {
        public var range: [Int]
        public var block: Int
        public var section: [String]
        public var text: String
    }

    public var document: DocumentRecord
    public var format: String
    public var furniture: [String: Int]
    public var text: String
    public var blocks: [Block]
    public var sentences: [Line]

    /// The report of a read document.
    public init(_ prepared: DocumentReader.Prepared) {
        let d = prepared.document
        document = d.record
        format = prepared.format.rawValue
        furniture = prepared.furniture
        text = d.text.string
        blocks = d.blocks.map {
            Block(
                range: [$0.range.lowerBound, $0.range.upperBound], kind: $0.kind.rawValue, level: $0.level, marker: $0.marker,
                section: $0.section, text: d.text.slice($0.range), rowStart: $0.rowStart ? true : nil)
        }
        sentences = d.sentences.map {
            Line(range: [$0.range.lowerBound, $0.range.upperBound], block: $0.block, section: $0.section, text: d.text.slice($0.range))
        }
    }

    /// The report as one line of JSON (or indented with `pretty`), keys sorted for stable output.
    public func json(pretty: Bool = false) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try e.encode(self), as: UTF8.self)
    }

    /// Reads each file and calls `emit` with its JSON or `fail` with a one-line error naming it;
    /// returns how many files failed. One bad file never stops the others.
    public static func run(paths: [String], pretty: Bool, emit: (String) -> Void, fail: (String) -> Void) -> Int {
        var failed = 0
        for path in paths {
            do {
                let url = URL(fileURLWithPath: path)
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                    throw ReadError(path: path, message: "is a directory")
                }
                let bytes: [UInt8]
                do { bytes = Array(try Data(contentsOf: url)) } catch {
                    throw ReadError(path: path, message: "cannot read file (\(error.localizedDescription))")
                }
                let prepared = try DocumentReader().prepare(bytes: bytes, path: path)
                emit(try ReadReport(prepared).json(pretty: pretty))
            } catch let e as ReadError {
                failed += 1
                fail("target-ledger: \(e.description)")
            } catch {
                failed += 1
                fail("target-ledger: \(path): \(error)")
            }
        }
        return failed
    }
}
