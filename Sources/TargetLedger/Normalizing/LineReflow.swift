/// Joins the lines that a PDF's layout broke in mid-sentence (…服务能力和水平明 / 显提升;…):
/// text taken from a PDF keeps one printed line per line, so a sentence, a date (2025 年 /
/// 底前) or a word would be cut into blocks that each hold part of it.
///
/// A text counts as hard-wrapped when at least `minLines` lines are long and 40% of them share
/// one printed width (CJK characters count two), and most of those full lines end in mid-sentence.
/// A full line then runs on into the next, unless it ends a sentence (。！？：) or the next line
/// opens a list item or a table cell. Ordinary text, whose lines are paragraphs, is left alone.
struct LineReflow {
    static let minLines = 12
    static let sentenceEnds = ScalarSet("。！？：:!?")

    static func reflow(_ text: NormalizedText, cellStarts: Set<Int> = []) -> NormalizedText {
        let s = text.scalars
        // Too few lines to tell a layout from chance: most documents stop here.
        var breaks = 0
        for c in s where c == "\n" { breaks += 1 }
        guard breaks + 1 >= minLines else { return text }
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        // Lines that are paragraphs end a sentence: unless enough long lines break off in
        // mid-sentence, no width is measured at all.
        let brokenOff = lines.filter { $0.count >= 8 && !sentenceEnds.contains(s[$0.upperBound - 1]) }.count
        guard brokenOff >= minLines / 2 else { return text }
        let widths = lines.map { width(s, $0) }
        let measured = widths.filter { $0 >= 16 }
        guard measured.count >= minLines else { return text }
        let widest = min(measured.max() ?? 0, 400)
        var histogram = [Int](repeating: 0, count: widest + 1)
        for w in measured where w <= widest { histogram[w] += 1 }
        // The printed width: the band of four widths that holds most lines (digits and Latin
        // letters are narrower than two, so a justified line's count varies a little).
        var best = 0
        var bestCount = 0
        for w in 16...max(16, widest) {
            let c = (max(0, w - 3)...w).reduce(0) { $0 + (w <= widest ? histogram[$1] : 0) }
            if c >= bestCount && c > 0 { (best, bestCount) = (w, c) }
        }
        guard bestCount * 5 >= measured.count * 2 else { return text }
        // Full: at most three CJK characters short of the printed width (a line that ends
        // before a word too long to fit, or holds narrow digits).
        let full = lines.indices.filter { widths[$0] >= best - 6 && widths[$0] <= best + 1 }
        let ended = full.filter { !lines[$0].isEmpty && sentenceEnds.contains(s[lines[$0].upperBound - 1]) }.count
        guard ended * 2 < full.count else { return text }
        let isFull = Set(full)
        var out: [Unicode.Scalar] = []
        var offsets: [Int] = []
        out.reserveCapacity(s.count)
        offsets.reserveCapacity(s.count)
        for (i, r) in lines.enumerated() {
            out.append(contentsOf: s[r])
            offsets.append(contentsOf: text.sourceOffsets[r])
            guard i + 1 < lines.count else { break }
            let next = lines[i + 1]
            let runsOn =
                isFull.contains(i) && !r.isEmpty && !sentenceEnds.contains(s[r.upperBound - 1]) && !next.isEmpty
                && ListMarker.length(s, at: next.lowerBound, limit: next.upperBound) == nil
                && !cellStarts.contains(text.sourceOffsets[next.lowerBound])
            if !runsOn {
                out.append("\n")
                offsets.append(text.sourceOffsets[r.upperBound])
            }
        }
        return NormalizedText(scalars: out, sourceOffsets: offsets)
    }

    /// Printed width of a line: CJK, full-width characters and Chinese quotes two, others one.
    static func width(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Int {
        var w = 0
        for i in r {
            let v = s[i].value
            w += v >= 0x2E80 || (0x2018...0x201D).contains(v) ? 2 : 1
        }
        return w
    }
}
