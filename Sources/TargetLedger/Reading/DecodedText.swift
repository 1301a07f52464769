/// Bytes turned into text: the scalars, the encoding that was used and what went wrong on the way.
public struct DecodedText: Sendable, Equatable {
    /// The decoded source; `NormalizedText.sourceOffsets` index into it.
    public var scalars: [Unicode.Scalar]
    /// The encoding the bytes were decoded from (UTF-8, UTF-16LE, UTF-16BE, GB18030).
    public var encoding: String
    /// The charset the document declared, if any (`<meta charset>`, `http-equiv`).
    public var declared: String?
    /// Invalid bytes replaced by U+FFFD.
    public var replacements: Int
    /// Problems that did not stop decoding (replaced bytes, a declaration the bytes contradict).
    public var warnings: [String]

    /// Decoded text with what is known of how it was decoded.
    public init(scalars: [Unicode.Scalar], encoding: String, declared: String? = nil, replacements: Int = 0, warnings: [String] = []) {
        self.scalars = scalars
        self.encoding = encoding
        self.declared = declared
        self.replacements = replacements
        self.warnings = warnings
    }
}
