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

    /// `joinProse`: whether lines may be prose broken off in mid-sentence (plain text; an HTML
    /// page's lines are its elements).
    static func reflow(_ text: NormalizedText, cellStarts: Set<Int> = [], joinProse: Bool = false) -> NormalizedText {
        let s = text.scalars
        // Too few lines to tell a layout from chance: most documents stop here, but for the
        // prose lines broken off in mid-sentence (…年进出口 / 总额保持在…).
        var breaks = 0
        for c in s where c == "\n" { breaks += 1 }
        guard breaks + 1 >= minLines else { return joinProse ? joinBrokenProse(text, cellStarts: cellStarts) : text }
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        // Lines that are paragraphs end a sentence: unless enough long lines break off in
        // mid-sentence, no width is measured at all.
        let brokenOff = lines.filter { $0.count >= 8 && !sentenceEnds.contains(s[$0.upperBound - 1]) }.count
        guard brokenOff >= minLines / 2 else { return joinProse ? joinBrokenProse(text, cellStarts: cellStarts) : text }
        let widths = lines.map { width(s, $0) }
        let measured = widths.filter { $0 >= 16 }
        guard measured.count >= minLines else { return joinProse ? joinBrokenProse(text, cellStarts: cellStarts) : text }
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
        guard bestCount * 5 >= measured.count * 2 else { return joinProse ? joinBrokenProse(text, cellStarts: cellStarts) : text }
        // Full: at most three CJK characters short of the printed width (a line that ends
        // before a word too long to fit, or holds narrow digits).
        let full = lines.indices.filter { widths[$0] >= best - 6 && widths[$0] <= best + 1 }
        let ended = full.filter { !lines[$0].isEmpty && sentenceEnds.contains(s[lines[$0].upperBound - 1]) }.count
        guard ended * 2 < full.count else { return joinProse ? joinBrokenProse(text, cellStarts: cellStarts) : text }
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

    /// Joins a figure broken off at the end of a line to its magnitude or unit on the next
    /// (…金融资产总量达6.5万 / 亿元，…): a page too short to measure its layout (a document
    /// site's wrapped copy) still shows this. Only a figure's end: a line of prose may end
    /// without punctuation for many reasons, a figure cannot end before its unit.
    static func joinBrokenProse(_ text: NormalizedText, cellStarts: Set<Int>) -> NormalizedText {
        let s = text.scalars
        // (Most texts hold no such line: they are looked at, not copied.)
        guard s.indices.contains(where: { i in
            i > 0 && i + 1 < s.count && s[i] == "\n"
                && (unitOpeners.contains(s[i + 1]) && endsInFigure(s, max(0, i - 8)..<i) || measureEnds.contains(s[i - 1]) && opensPredicate(s, i + 1))
        })
        else { return text }
        var out: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var joined = false
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            let r = start..<i
            out.append(contentsOf: s[r])
            offsets.append(contentsOf: text.sourceOffsets[r])
            start = i + 1
            guard i < s.count else { break }
            // (…or a measure from the verb that sets it: …污染地块安全利用率 / 达到90%以上。)
            if r.count >= 8, i + 1 < s.count, !cellStarts.contains(text.sourceOffsets[i + 1]),
                endsInFigure(s, r) && Self.unitOpeners.contains(s[i + 1]) || Self.measureEnds.contains(s[i - 1]) && Self.opensPredicate(s, i + 1),
                s[r].contains(where: { $0 == "，" || $0 == "," })
            {
                joined = true
                continue
            }
            out.append("\n")
            offsets.append(text.sourceOffsets[i])
        }
        return joined ? NormalizedText(scalars: out, sourceOffsets: offsets) : text
    }

    /// Whether a line ends in a figure, its magnitude word included (…6.5万).
    static func endsInFigure(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var k = r.upperBound - 1
        if "万亿千百".unicodeScalars.contains(s[k]) { k -= 1 }
        return k >= r.lowerBound && CharacterClass.isDigit(s[k].value)
    }
    /// Last characters of a measure's name (…利用率, …总量, …金额).
    static let measureEnds = ScalarSet("率量额数")
    /// Verbs that set a measure's level, opening the rest of its sentence on the next line.
    static let predicateOpeners: [[Unicode.Scalar]] = ["达到", "提高到", "提高至", "提升至", "提升到", "下降到", "下降", "降低", "降至", "控制在", "保持在", "稳定在", "不低于", "不少于", "不超过", "不高于", "增长", "超过"].map { Array($0.unicodeScalars) }
    static func opensPredicate(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        predicateOpeners.contains { u in
            i + u.count + 1 < s.count && s[i..<(i + u.count)].elementsEqual(u) && (CharacterClass.isDigit(s[i + u.count].value) || s[i + u.count] == "到")
        }
    }

    /// What opens the rest of a figure on the next line (亿元, 万吨, 元/人, %).
    static let unitOpeners = ScalarSet("万亿元吨亩人户家个%％千米平公")

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
