/// Chooses a reader by sniffing the bytes and turns them into a `ReadDocument`: decode, read
/// the format (HTML, Markdown front matter, CSV export, text), normalise, remove site
/// furniture, find structure and metadata.
public struct DocumentReader: Sendable {
    /// A reader; it holds no state, so one can be shared by every task.
    public init() {}

    /// Reads one file's bytes; throws only for input that holds no text (empty, binary).
    public func read(bytes: [UInt8], path: String) throws(ReadError) -> ReadDocument {
        let prepared = try prepare(bytes: bytes, path: path)
        return prepared.document
    }

    /// Everything reading found, for `read` output and tests.
    public struct Prepared: Sendable {
        public var document: ReadDocument
        public var format: InputFormat
        /// Furniture lines removed, by rule id.
        public var furniture: [String: Int]
    }

    /// Reads one file and reports what the reader saw besides the document.
    public func prepare(bytes: [UInt8], path: String) throws(ReadError) -> Prepared {
        if bytes.isEmpty { throw ReadError(path: path, message: "empty file") }
        if Self.looksBinary(bytes) { throw ReadError(path: path, message: "binary file (not text or HTML)") }
        let declared = CharsetDeclaration.find(in: bytes)
        var decoded = ByteDecoder().decode(bytes, declared: declared)
        // Text garbled upstream (UTF-8 once read as GBK or Latin-1) is mended here, before
        // anything reads it; the file's bytes then no longer spell the text.
        var mended = false
        let garbling = MojibakeRepair.check(decoded.scalars)
        if let fix = garbling.fix {
            decoded.scalars = fix.scalars
            decoded.replacements += fix.lost
            decoded.warnings.append(fix.warning)
            mended = true
        } else if let doubt = garbling.warning {
            decoded.warnings.append(doubt)
        }
        let format = FormatSniffer.sniff(decoded.scalars, path: path)
        var warnings = decoded.warnings
        var input: ReaderInput
        switch format {
        case .html:
            let clean = !mended && decoded.encoding == "UTF-8" && decoded.replacements == 0
            let body = clean && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            if let r = HTMLReader().read(source: decoded.scalars, utf8: clean ? body : nil) {
                input = r
            } else {
                warnings.append("HTML did not parse; read as text")
                input = ReaderInput(
                    text: NormalizedText(scalars: decoded.scalars, sourceOffsets: Array(decoded.scalars.indices)), hints: SourceHints(),
                    format: .text)
            }
        case .markdown: input = FrontMatterReader().read(decoded.scalars)
        case .csv: input = CSVExportReader().read(decoded.scalars)
        case .text:
            input = ReaderInput(
                text: NormalizedText(scalars: decoded.scalars, sourceOffsets: Array(decoded.scalars.indices)), hints: SourceHints(),
                format: .text)
        }
        // A task table written with | between its cells reads as an HTML table does.
        if format != .html, let t = PipeTaskTable.split(input.text) {
            input.text = t.text
            input.cellStarts.formUnion(t.cellStarts)
            input.rowStarts.formUnion(t.rowStarts)
        }
        var normalized = TextNormalizer().normalize(input.text)
        if let stripped = PinyinGloss.strip(normalized) { normalized = stripped }
        if let folded = LetterZero.fold(normalized) { normalized = folded }
        var hints = input.hints
        if let folded = TraditionalChinese.fold(normalized) {
            normalized = folded
            hints = SourceHints(
                title: hints.title.map(TraditionalChinese.fold), docNumber: hints.docNumber.map(TraditionalChinese.fold),
                issuer: hints.issuer.map(TraditionalChinese.fold), published: hints.published)
            warnings.append("traditional Chinese characters read as simplified ones")
        }
        let cleaned = FurnitureFilter.shared.clean(normalized)
        var reflowed = LineReflow.reflow(cleaned.text, cellStarts: input.cellStarts, joinProse: format != .html)
        // (An HTML page's tables keep their cells; a page's text may list them one per line.)
        if format != .html { reflowed = CellTableJoiner.join(reflowed) }
        let structure = StructureParser().parse(reflowed, cellStarts: input.cellStarts, rowStarts: input.rowStarts)
        if structure.text.scalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw ReadError(path: path, message: "no text found")
        }
        hints.fill(from: cleaned.hints)
        let meta = MetadataExtractor().extract(text: structure.text, blocks: structure.blocks, hints: hints)
        let reader: ReaderKind = format == .html ? .html : cleaned.removedCount > 0 ? .scraped : .text
        if meta.postedDate { warnings.append(PostLine.dateWarning) }
        let record = DocumentRecord(
            docId: bytes.withUnsafeBufferPointer { ContentHash.hex($0) }, path: path, reader: reader, encoding: decoded.encoding,
            title: meta.title,
            docNumber: meta.docNumber, issuer: meta.issuer, published: meta.published, planPeriod: meta.planPeriod,
            cited: meta.cited, chars: structure.text.count, replacements: decoded.replacements, warnings: warnings)
        let doc = ReadDocument(record: record, text: structure.text, blocks: structure.blocks, sentences: structure.sentences)
        return Prepared(document: doc, format: format, furniture: cleaned.removed)
    }

    /// NUL bytes in the first 8 KB (outside UTF-16, which has a BOM) mean a binary file.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return false }
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { controls += 1 }
        }
        return controls * 10 > head.count
    }
}
