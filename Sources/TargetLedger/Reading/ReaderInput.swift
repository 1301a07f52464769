/// What a format reader hands on: the notice's raw text with each scalar's offset in the
/// decoded source, the hints found beside the text, and the lines it already knows are not text.
struct ReaderInput {
    var text: NormalizedText
    var hints: SourceHints
    var format: InputFormat
    /// Source offsets where a table cell's text starts (HTML `td`/`th`), so that its block can
    /// be marked a table cell.
    var cellStarts: Set<Int> = []
    /// Source offsets of the first cell of each table row (HTML `tr`).
    var rowStarts: Set<Int> = []

    /// Builds raw text piece by piece, keeping each scalar's source offset.
    struct Builder {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []

        mutating func append(_ s: Unicode.Scalar, at offset: Int) {
            scalars.append(s)
            offsets.append(offset)
        }

        /// The scalars of `t`, the j-th mapped to `base + j` clamped to `0...last`.
        mutating func append(_ t: ArraySlice<Unicode.Scalar>, base: Int, last: Int) {
            scalars.append(contentsOf: t)
            let n = t.count
            offsets.reserveCapacity(offsets.count + n)
            for j in 0..<n { offsets.append(min(max(base + j, 0), last)) }
        }

        /// A line break, unless the text already ends with one; mapped to `offset`.
        mutating func breakLine(at offset: Int) {
            if let last = scalars.last, last != "\n" { append("\n", at: offset) }
        }

        var text: NormalizedText { NormalizedText(scalars: scalars, sourceOffsets: offsets) }
    }
}
