import Foundation

/// The result of one document through the whole pipeline.
public struct DocumentResult: Codable, Sendable, Equatable {
    public var document: DocumentRecord
    public var targets: [TargetRecord]
    public init(document: DocumentRecord, targets: [TargetRecord]) {
        self.document = document
        self.targets = targets
    }
}

/// Reads, normalises and extracts one document with one rule set. Cheap to copy and share.
public struct Pipeline: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) {
        self.rules = rules
    }

    /// Reads raw bytes into clean structured text (throws a `ReadError` naming the file).
    public func read(bytes: [UInt8], path: String) throws -> ReadDocument {
        try DocumentReader().read(bytes: bytes, path: path)
    }

    /// Every target, milestone and fact of a read document, in text order.
    public func extract(_ document: ReadDocument) -> [TargetRecord] {
        TargetExtractor(rules: rules).extract(document)
    }

    /// The whole pipeline for one document.
    public func process(bytes: [UInt8], path: String) throws -> DocumentResult {
        let doc = try read(bytes: bytes, path: path)
        return DocumentResult(document: doc.record, targets: extract(doc))
    }
}
