/// The normalised text that extraction reads and that `span` offsets count in (Unicode scalars),
/// with a map from each normalised scalar back to its offset in the decoded source text.
public struct NormalizedText: Sendable, Equatable {
    public var scalars: [Unicode.Scalar]
    /// `sourceOffsets[i]` is the scalar offset in the decoded source of normalised scalar `i`.
    public var sourceOffsets: [Int]

    public init(scalars: [Unicode.Scalar], sourceOffsets: [Int]) {
        self.scalars = scalars
        self.sourceOffsets = sourceOffsets
    }

    /// Text that is already normalised and is its own source.
    public init(_ string: String) {
        scalars = Array(string.unicodeScalars)
        sourceOffsets = Array(0..<scalars.count)
    }

    public var count: Int { scalars.count }

    /// The text of `range` (scalar offsets) as a String.
    public func slice(_ range: Range<Int>) -> String {
        String(scalars: scalars[range.clamped(to: 0..<scalars.count)])
    }

    public var string: String { slice(0..<scalars.count) }
}

/// What a line of the notice is to its structure.
public enum BlockKind: String, Codable, Sendable, Equatable {
    /// A heading or numbered item (一、 (一) 1. (1) ① 第一条 附件…): it opens a section.
    case heading
    /// Body text.
    case paragraph
    /// One cell of a table flattened into text (a row's cells follow one another).
    case tableCell
}

/// A paragraph-level piece of the normalised text: a heading, a numbered item, or body text.
public struct TextBlock: Sendable, Equatable {
    public var range: Range<Int>
    public var kind: BlockKind
    /// Nesting depth of a heading (1 = 一、, 2 = （一）, 3 = 1., 4 = (1), 5 = ①); 0 for body text.
    public var level: Int
    /// The numbering as written (一、, （二）, 3., ①, 第五条), if any.
    public var marker: String?
    /// Heading path above this block, outermost first (headings include themselves).
    public var section: [String]
    /// For a table cell: whether it opens its row.
    public var rowStart = false

    public init(range: Range<Int>, kind: BlockKind, level: Int = 0, marker: String? = nil, section: [String] = []) {
        self.range = range
        self.kind = kind
        self.level = level
        self.marker = marker
        self.section = section
    }
}

/// A sentence of the normalised text (split on 。！？； and line breaks) and where it sits.
public struct Sentence: Sendable, Equatable {
    public var range: Range<Int>
    /// Index into `ReadDocument.blocks` of the block it belongs to.
    public var block: Int
    /// Heading path above the sentence, outermost first.
    public var section: [String]

    public init(range: Range<Int>, block: Int, section: [String]) {
        self.range = range
        self.block = block
        self.section = section
    }
}

/// A notice after reading: its record, its clean normalised text and its structure.
public struct ReadDocument: Sendable {
    public var record: DocumentRecord
    public var text: NormalizedText
    public var blocks: [TextBlock]
    public var sentences: [Sentence]

    public init(record: DocumentRecord, text: NormalizedText, blocks: [TextBlock], sentences: [Sentence]) {
        self.record = record
        self.text = text
        self.blocks = blocks
        self.sentences = sentences
    }
}
