/// Finds blocks (headings, numbered items, body) and sentences in normalised text, with the
/// section path above each. Headings glued into running text (seed 000 has no line breaks)
/// are split out onto lines of their own, so the returned text may hold a few more "\n".
public struct StructureParser: Sendable {
    /// A parser; it holds no state.
    public init() {}

    /// Sentence ends: CJK and ASCII (bit tests, not hashed Sets: this runs on every scalar).
    static let enders = ScalarSet("。！？；!?;")
    /// Closing marks that belong to the sentence they follow (。” ）).
    static let closers = ScalarSet("”’」』）)》\"")
    /// What may directly follow a heading title without being body text glued to it.
    static let titleFollowers = ScalarSet("。，；：:,;（(、”）)")

    /// The result of parsing.
    public struct Result: Sendable {
        public var text: NormalizedText
        public var blocks: [TextBlock]
        public var sentences: [Sentence]
    }

    /// Splits glued headings, then reads blocks and sentences.
    /// `cellStarts` are source offsets where table cells begin (from the HTML reader), and
    /// `rowStarts` where each row's first cell does.
    public func parse(_ input: NormalizedText, cellStarts: Set<Int> = [], rowStarts: Set<Int> = []) -> Result {
        let text = splitInlineHeadings(input)
        let s = text.scalars
        let articleLevel = articleLevel(s)
        var blocks: [TextBlock] = []
        var sentences: [Sentence] = []
        var stack: [(level: Int, label: String)] = []
        // The labels of `stack`, rebuilt only when it changes: every block and sentence shares it.
        var section: [String] = []
        var start = 0
        let enders = Self.enders, closers = Self.closers
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            let r = start..<i
            start = i + 1
            guard !r.isEmpty else { continue }
            var block = TextBlock(range: r, kind: .paragraph)
            // (A cell after a row's first is never a heading of the notice, whatever it opens
            // with: 序号 | 项目 | 1.成长驿站：3月底前… | 责任单位.)
            let innerCell = !cellStarts.isEmpty && cellStarts.contains(text.sourceOffsets[r.lowerBound])
                && !rowStarts.contains(text.sourceOffsets[r.lowerBound])
            if !innerCell, let m = HeadingMarker.find(s, at: r.lowerBound, end: r.upperBound, articleLevel: articleLevel),
                r.count > m.length || m.level == 1
            {
                let label = headingLabel(s, r, marker: m)
                while let top = stack.last, top.level >= m.level { stack.removeLast() }
                stack.append((m.level, label))
                section = stack.map(\.label)
                block.kind = .heading
                block.level = m.level
                block.marker = String(scalars: s[r.lowerBound..<(r.lowerBound + m.length)])
            }
            if block.kind == .paragraph, !cellStarts.isEmpty, cellStarts.contains(text.sourceOffsets[r.lowerBound]) {
                block.kind = .tableCell
                block.rowStart = rowStarts.contains(text.sourceOffsets[r.lowerBound])
            }
            block.section = section
            blocks.append(block)
            let bi = blocks.count - 1
            var a = r.lowerBound
            var k = r.lowerBound
            while k < r.upperBound {
                if enders.contains(s[k]) {
                    var e = k + 1
                    while e < r.upperBound, closers.contains(s[e]) || enders.contains(s[e]) { e += 1 }
                    appendSentence(s, a..<e, bi, block.section, &sentences)
                    a = e
                    k = e
                } else {
                    k += 1
                }
            }
            appendSentence(s, a..<r.upperBound, bi, block.section, &sentences)
        }
        return Result(text: text, blocks: blocks, sentences: sentences)
    }

    private func appendSentence(_ s: [Unicode.Scalar], _ r: Range<Int>, _ block: Int, _ section: [String], _ out: inout [Sentence]) {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, s[a] == " " { a += 1 }
        while b > a, s[b - 1] == " " { b -= 1 }
        if a < b { out.append(Sentence(range: a..<b, block: block, section: section)) }
    }

    /// 第X条 sits under 第X章 and 第X节 when the document has them.
    private func articleLevel(_ s: [Unicode.Scalar]) -> Int {
        var hasChapter = false
        var hasSection = false
        var lineStart = true
        for (i, c) in s.enumerated() {
            if lineStart, c == "第", let m = HeadingMarker.find(s, at: i, end: min(s.count, i + 8)) {
                let kind = s[i + m.length - 1]
                if kind == "章" { hasChapter = true } else if kind == "节" { hasSection = true }
            }
            lineStart = c == "\n"
        }
        return hasSection ? 3 : hasChapter ? 2 : 1
    }

    /// The heading's title for section paths: the mark and the words up to the first sentence
    /// end or colon (at most 40 scalars), without trailing punctuation.
    func headingLabel(_ s: [Unicode.Scalar], _ r: Range<Int>, marker: HeadingMarker) -> String {
        var e = r.lowerBound + marker.length
        while e < r.upperBound, e - r.lowerBound < 40, !Self.enders.contains(s[e]),
            s[e] != "：" || marker.level == 1 && s[r.lowerBound] == "附"
        {
            e += 1
        }
        while e > r.lowerBound + marker.length, s[e - 1] == " " || s[e - 1] == "：" || s[e - 1] == ":" || s[e - 1] == "，" || s[e - 1] == ","
        { e -= 1 }
        return String(scalars: s[r.lowerBound..<e])
    }

    /// Whether the marker at `i` follows a ； that continues a list opened by a colon on its line,
    /// its first item numbered right after the colon.
    static func enumeratedAfterColon(_ b: UnsafeBufferPointer<Unicode.Scalar>, lineStart: Int, at i: Int) -> Bool {
        guard b[i - 1] == "；" || b[i - 1] == ";" else { return false }
        var k = i - 1
        while k > lineStart, b[k - 1] != "：" && b[k - 1] != ":" && b[k - 1] != "。" { k -= 1 }
        guard k > lineStart, b[k - 1] != "。" else { return false }
        return k + 1 < i && ListMarker.cn.contains(b[k]) && (b[k + 1] == "、" || b[k + 1] == "是")
    }

    /// Inserts a line break before a heading that follows a sentence end on the same line, and
    /// after a section title (一、指导思想) that body text is glued to.
    /// An arabic item number opening a line (12.), and where its dot is.
    static func itemNumber(_ b: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, end: Int) -> (Int, Int)? {
        var j = i
        var n = 0
        while j < end, j - i < 2, ("0"..."9").contains(b[j]) {
            n = n * 10 + Int(b[j].value - 48)
            j += 1
        }
        guard j > i, j < end, b[j] == "." || b[j] == "．" else { return nil }
        return (n, j)
    }

    func splitInlineHeadings(_ input: NormalizedText) -> NormalizedText {
        let s = input.scalars
        var breaks: [Int] = []
        // Item numbers glued to a figure (1.加装电梯… then 2.50个小区…): a space after the mark.
        var spaces: [Int] = []
        // Read once: a static is a lazy global, and its access check ran on every character.
        let enders = Self.enders, closers = Self.closers, titleFollowers = Self.titleFollowers
        s.withUnsafeBufferPointer { b in
            var lineStart = 0
            var lastItem: Int? = nil
            while lineStart < b.count {
                var lineEnd = lineStart
                while lineEnd < b.count, b[lineEnd] != "\n" { lineEnd += 1 }
                if let (n, dot) = Self.itemNumber(b, at: lineStart, end: lineEnd) {
                    if dot + 1 < lineEnd, CharacterClass.isDigit(b[dot + 1].value) {
                        // (2.50 after item 1. is item 2 and 50; after anything else a decimal.)
                        if lastItem == n - 1 {
                            spaces.append(dot + 1)
                            lastItem = n
                        }
                    } else {
                        lastItem = n
                    }
                }
                var blockStart = lineStart
                var i = lineStart
                while i < lineEnd {
                    var startsHere = i == blockStart
                    if !startsHere,
                        enders.contains(b[i - 1])
                            || (closers.contains(b[i - 1]) && i - 2 >= lineStart && enders.contains(b[i - 2])),
                        let m = HeadingMarker.find(s, at: i, end: lineEnd), m.level <= 4, b[i] != "第", b[i] != "附",
                        i + m.length < lineEnd, !titleFollowers.contains(b[i + m.length]),
                        // (Not an enumeration inside a sentence, after its colon: 报告共分四个部分：
                        // 一、…回顾；二、…；四、2026年政府工作任务。)
                        !Self.enumeratedAfterColon(b, lineStart: lineStart, at: i)
                    {
                        breaks.append(i)
                        blockStart = i
                        startsHere = true
                    }
                    if startsHere, let m = HeadingMarker.find(s, at: i, end: lineEnd), m.level <= 2,
                        let e = HeadingLexicon.end(in: s, from: i + m.length, limit: lineEnd), e < lineEnd,
                        !titleFollowers.contains(b[e]),
                        // Only a title glued to body text is cut off (附件：重点任务分工表 stays whole).
                        lineEnd - e >= 12
                    {
                        breaks.append(e)
                        blockStart = e
                        i = e
                        continue
                    }
                    i += 1
                }
                lineStart = lineEnd + 1
            }
        }
        guard !breaks.isEmpty || !spaces.isEmpty else { return input }
        // (Both lists are in text order; a break and a space never share a position.)
        let inserts: [(at: Int, scalar: Unicode.Scalar)] = (breaks.map { ($0, "\n") } + spaces.map { ($0, " ") }).sorted { $0.0 < $1.0 }
        let total = s.count + inserts.count
        var offs: [Int] = []
        let out = s.withUnsafeBufferPointer { src in
            input.sourceOffsets.withUnsafeBufferPointer { srcOffs in
                [Unicode.Scalar](unsafeUninitializedCapacity: total) { o, outCount in
                    offs = [Int](unsafeUninitializedCapacity: total) { f, offCount in
                        var w = 0
                        var bi = 0
                        for k in 0..<src.count {
                            if bi < inserts.count, inserts[bi].at == k {
                                o[w] = inserts[bi].scalar
                                f[w] = srcOffs[k]
                                w += 1
                                bi += 1
                            }
                            o[w] = src[k]
                            f[w] = srcOffs[k]
                            w += 1
                        }
                        offCount = w
                    }
                    outCount = offs.count
                }
            }
        }
        return NormalizedText(scalars: out, sourceOffsets: offs)
    }
}
