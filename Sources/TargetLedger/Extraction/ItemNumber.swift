/// The number of a numbered item （三）/(3)/3、 and the words of a task cell, used to tie a
/// plan's annexed task list to the items of its text.
enum ItemNumber {
    /// The number in a bracketed marker at the start of `r` （十二）, (12).
    static func parse(_ r: Range<Int>, ctx: DocumentContext) -> Int? {
        let s = ctx.index.scalars
        guard r.count >= 3, s[r.lowerBound] == "（" || s[r.lowerBound] == "(" else { return nil }
        var j = r.lowerBound + 1
        var digits = String.UnicodeScalarView()
        while j < r.upperBound, j - r.lowerBound <= 5, s[j] != "）", s[j] != ")" {
            digits.append(s[j])
            j += 1
        }
        guard j < r.upperBound else { return nil }
        let t = String(digits)
        if let n = Int(t) { return n }
        return DateNumber.value(t)
    }

    /// The item number governing a block: the block's own marker, else its innermost numbered heading.
    static func of(block bi: Int, ctx: DocumentContext) -> Int? {
        guard bi >= 0, bi < ctx.document.blocks.count else { return nil }
        if let n = parse(ctx.document.blocks[bi].range, ctx: ctx) { return n }
        for h in ctx.headingChain[bi].reversed() {
            if let n = parse(ctx.document.blocks[h].range, ctx: ctx) { return n }
        }
        return nil
    }

    /// A task cell's words up to its first number or clause end, without its marker ((12)每年投运中小车型公交车200辆 → 每年投运中小车型公交车).
    static func taskWords(_ r: Range<Int>, ctx: DocumentContext) -> String? {
        let s = ctx.index.scalars
        var i = r.lowerBound
        if let n = ListMarker.length(s, at: i, limit: r.upperBound) { i += n }
        // The clause holding the first figure, up to the figure (强化车辆投放，每年投运中小车型公交车200辆).
        var j = i
        while j < r.upperBound, !("0"..."9").contains(s[j]) { j += 1 }
        if j == r.upperBound {
            j = i
            while j < r.upperBound, !SentenceReader.clauseEnds.contains(s[j]) { j += 1 }
        } else {
            var k = j
            while k > i, !SentenceReader.clauseEnds.contains(s[k - 1]) { k -= 1 }
            i = k
        }
        let t = IndicatorTrimmer(ctx: ctx).trim(i..<j)
        return t.unicodeScalars.count >= 2 ? t : nil
    }
}
