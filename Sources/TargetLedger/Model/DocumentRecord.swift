/// Which reader turned the raw bytes into text (the schema's `reader`).
public enum ReaderKind: String, Codable, Sendable, Equatable {
    case html, text, scraped
}

/// A plan's span of years, e.g. 2021–2025 for 十四五.
public struct PlanPeriod: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// The `document` line of the ledger: where a notice came from and what it says of itself.
public struct DocumentRecord: Codable, Sendable, Equatable {
    public var record: String = "document"
    public var docId: String
    public var path: String
    public var reader: ReaderKind
    public var encoding: String?
    public var title: String?
    public var docNumber: String?
    public var issuer: String?
    public var published: String?
    public var planPeriod: PlanPeriod?
    public var cited: [String]
    public var chars: Int
    /// Bytes that could not be decoded and were replaced by U+FFFD.
    public var replacements: Int
    /// Problems met while reading that did not stop it (replaced bytes, a lying charset).
    public var warnings: [String]

    public init(
        docId: String, path: String, reader: ReaderKind, encoding: String? = nil, title: String? = nil,
        docNumber: String? = nil, issuer: String? = nil, published: String? = nil,
        planPeriod: PlanPeriod? = nil, cited: [String] = [], chars: Int = 0, replacements: Int = 0,
        warnings: [String] = []
    ) {
        self.docId = docId
        self.path = path
        self.reader = reader
        self.encoding = encoding
        self.title = title
        self.docNumber = docNumber
        self.issuer = issuer
        self.published = published
        self.planPeriod = planPeriod
        self.cited = cited
        self.chars = chars
        self.replacements = replacements
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case record, path, reader, encoding, title, issuer, published, cited, chars, replacements, warnings
        case docId = "doc_id"
        case docNumber = "doc_number"
        case planPeriod = "plan_period"
    }

    // Nulls are written out, so that every line carries every field (easier for jq and pandas).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(record, forKey: .record)
        try c.encode(docId, forKey: .docId)
        try c.encode(path, forKey: .path)
        try c.encode(reader, forKey: .reader)
        try c.encodeIfPresent(encoding, forKey: .encoding)  // the schema wants a string when present
        try c.encode(title, forKey: .title)
        try c.encode(docNumber, forKey: .docNumber)
        try c.encode(issuer, forKey: .issuer)
        try c.encode(published, forKey: .published)
        try c.encode(planPeriod, forKey: .planPeriod)
        try c.encode(cited, forKey: .cited)
        try c.encode(chars, forKey: .chars)
        try c.encode(replacements, forKey: .replacements)
        try c.encode(warnings, forKey: .warnings)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        docId = try c.decode(String.self, forKey: .docId)
        path = try c.decode(String.self, forKey: .path)
        reader = try c.decode(ReaderKind.self, forKey: .reader)
        encoding = try c.decodeIfPresent(String.self, forKey: .encoding)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        docNumber = try c.decodeIfPresent(String.self, forKey: .docNumber)
        issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
        published = try c.decodeIfPresent(String.self, forKey: .published)
        planPeriod = try c.decodeIfPresent(PlanPeriod.self, forKey: .planPeriod)
        cited = try c.decodeIfPresent([String].self, forKey: .cited) ?? []
        chars = try c.decodeIfPresent(Int.self, forKey: .chars) ?? 0
        replacements = try c.decodeIfPresent(Int.self, forKey: .replacements) ?? 0
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }
}
