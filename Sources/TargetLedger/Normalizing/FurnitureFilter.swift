/// Removes site furniture from normalised text, line by line, with the rules of
/// `FurnitureRules` compiled once per process (ICU patterns; each line rule is tried only on
/// the short lines its `needs` characters let through, which keeps this stage fast). A line is dropped only
/// for what it says, never because it repeats: a notice may close every item with the same
/// 责任单位 line.
public struct FurnitureFilter: Sendable {
    /// What filtering found besides the clean text.
    public struct Result: Sendable {
        public var text: NormalizedText
        /// Lines (or line pieces) removed, by rule id.
        public var removed: [String: Int]
        /// Metadata read off furniture lines (标题: …).
        public var hints: SourceHints
        /// How many lines or pieces were removed in all.
        public var removedCount: Int { removed.values.reduce(0, +) }
    }

    let rules: [FurnitureRule]
    let linePattern: ICUPattern
    let lineRules: [FurnitureRule]
    let edgePattern: ICUPattern
    let edgeRules: [FurnitureRule]
    let inlinePattern: ICUPattern
    let inlineRules: [FurnitureRule]
    let containingPattern: ICUPattern
    let containingRules: [FurnitureRule]
    /// Each line and edge rule on its own, anchored to a whole line: tried only on the lines
    /// its `needs` and `maxLength` let through.
    let singleLinePatterns: [ICUPattern]
    let singleLineRules: [FurnitureRule]
    let singleNeeds: [[Unicode.Scalar]]
    /// For each code point below its count, a bit per single-line rule whose `needs` hold it
    /// (nil when there are more rules than bits): one pass over a line tells every rule.
    let needMask: [UInt64]?
    /// The code points with a bit in `needMask`, as a bitset: most characters need no rule, and
    /// this test stays in the cache where the table does not.
    let needBits: [UInt64]
    let singleMaxLength: [Int]
    let singleIsEdge: [Bool]
    /// Each single-line rule's `starts`, empty when it has none.
    let singleStarts: [[Unicode.Scalar]]
    /// Words one of which a line must hold to be searched for `containing` and `inline` rules.
    let containingWords: WordSet
    let inlineWords: WordSet

    /// The filter over the built-in rules, compiled once for the process.
    public static let shared: FurnitureFilter = try! FurnitureFilter(rules: FurnitureRules.all)

    /// Compiles `rules`; a bad pattern is reported with its rule id.
    public init(rules: [FurnitureRule]) throws {
        self.rules = rules
        func compile(_ scope: FurnitureRule.Scope) throws -> (ICUPattern, [FurnitureRule]) {
            let rs = rules.filter { $0.scope == scope }
            for r in rs {
                do { _ = try ICUPattern(r.pattern) } catch { throw ReadError(path: "furniture rule \(r.id)", message: error.description) }
            }
            let body = rs.isEmpty ? "(?!)" : rs.map { "(" + $0.pattern + ")" }.joined(separator: "|")
            let anchored = scope == .inline || scope == .containing ? "(?m)" + body : "(?m)^(?:" + body + ")$"
            return (try ICUPattern(anchored), rs)
        }
        (linePattern, lineRules) = try compile(.line)
        (edgePattern, edgeRules) = try compile(.edgeLine)
        (inlinePattern, inlineRules) = try compile(.inline)
        (containingPattern, containingRules) = try compile(.containing)
        singleLineRules = rules.filter { $0.scope == .line || $0.scope == .edgeLine }
        singleLinePatterns = try singleLineRules.map { try ICUPattern("(?m)^(?:" + $0.pattern + ")$") }
        singleNeeds = singleLineRules.map { Array(($0.needs ?? "").unicodeScalars) }
        singleMaxLength = singleLineRules.map { $0.maxLength ?? Int.max }
        singleIsEdge = singleLineRules.map { $0.scope == .edgeLine }
        singleStarts = singleLineRules.map { Array(($0.starts ?? "").unicodeScalars) }
        containingWords = WordSet(rules.filter { $0.scope == .containing })
        inlineWords = WordSet(rules.filter { $0.scope == .inline })
        if singleNeeds.count <= 64 {
            let top = singleNeeds.joined().map(\.value).max() ?? 0
            var mask = [UInt64](repeating: 0, count: Int(top) + 1)
            for (j, needs) in singleNeeds.enumerated() {
                for c in needs { mask[Int(c.value)] |= 1 << UInt64(j) }
            }
            needMask = mask
            var bits = [UInt64](repeating: 0, count: mask.count / 64 + 1)
            for (v, m) in mask.enumerated() where m != 0 { bits[v >> 6] |= 1 << UInt64(v & 63) }
            needBits = bits
        } else {
            needMask = nil
            needBits = []
        }
    }

    /// The id of the first line rule that matches all of `line`, if any (for tests and `read`).
    public func lineRule(matching line: String) -> String? {
        let units = Array(line.utf16)
        for (pattern, rs) in [(linePattern, lineRules), (edgePattern, edgeRules)] {
            if let g = pattern.matcher(units).matches(0..<units.count), let k = (1..<g.count).first(where: { g[$0] != nil }),
                line.unicodeScalars.count <= rs[k - 1].maxLength ?? Int.max
            {
                return rs[k - 1].id
            }
        }
        if let g = containingPattern.allMatches(in: units).first, let k = (1..<g.count).first(where: { g[$0] != nil }),
            line.unicodeScalars.count <= containingRules[k - 1].maxLength ?? Int.max
        {
            return containingRules[k - 1].id
        }
        return nil
    }

    /// `text` without its furniture.
    public func clean(_ text: NormalizedText) -> Result {
        let s = text.scalars
        var lines: [Range<Int>] = []
        s.withUnsafeBufferPointer { b in
            var start = 0
            for i in 0..<b.count where b[i] == "\n" {
                lines.append(start..<i)
                start = i + 1
            }
            lines.append(start..<b.count)
        }
        var dropLine = Array(repeating: false, count: lines.count)
        var listStart = Array(repeating: false, count: lines.count)
        var trailStart = Array(repeating: false, count: lines.count)
        var cut = Array(repeating: false, count: s.count)
        var removed: [String: Int] = [:]
        var hints = SourceHints()
        var documentSite = false
        var postLines: [Int] = []

        func apply(_ rule: FurnitureRule, line: Int) {
            guard !dropLine[line], !lines[line].isEmpty else { return }
            dropLine[line] = true
            removed[rule.id, default: 0] += 1
            if rule.startsList { listStart[line] = true }
            if rule.startsTrail { trailStart[line] = true }
            if rule.documentSite { documentSite = true }
            if ["post-info", "publication-line", "timestamp-line"].contains(rule.id) { postLines.append(line) }
            // (A header line of fields with a counter among them: 作者:未知 访问量:30 发表时间:2020-05-21 11:06:30.)
            if rule.id == "counter", line < FurnitureRules.edgeLines, PostLine.date(in: Array(s[lines[line]])) != nil { postLines.append(line) }
            if let label = rule.hint {
                let t = String(scalars: s[lines[line]])
                if let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                    hints.set(label: label, value: String(t[t.index(after: colon)...]))
                }
            }
        }
        /// Appends the UTF-16 of `r` (ICU's text) to `units`.
        func appendUTF16(_ r: Range<Int>, to units: inout [UInt16]) {
            for i in r {
                let v = s[i].value
                if v > 0xFFFF {
                    units.append(UInt16(0xD800 + ((v - 0x10000) >> 10)))
                    units.append(UInt16(0xDC00 + ((v - 0x10000) & 0x3FF)))
                } else {
                    units.append(UInt16(v))
                }
            }
        }

        // Line rules are tried once per line, anchored to it (a search over the whole text
        // would try the whole alternation at every character: 50x slower). Only the lines some
        // rule's length, position, `starts` and `needs` let through are copied for ICU, and a
        // region match sees nothing outside its line, so the copy holds just those lines.
        var candidates: [(line: Int, units: Range<Int>, rules: Range<Int>)] = []
        var candidateRules: [Int] = []
        var candidateUnits: [UInt16] = []
        for k in lines.indices where !lines[k].isEmpty && (lines[k].count <= Self.shortLine || Self.mayBeLongFurniture(s, lines[k])) {
            let line = lines[k]
            let edge = k < FurnitureRules.edgeLines || k >= lines.count - FurnitureRules.edgeLines
            // The rules whose needs this line meets, from one pass over it.
            var met: UInt64 = 0
            if let needMask {
                s.withUnsafeBufferPointer { b in
                    needMask.withUnsafeBufferPointer { m in
                        needBits.withUnsafeBufferPointer { bits in
                            for i in line {
                                let v = Int(b[i].value)
                                if v < m.count, bits[v >> 6] & (1 << UInt64(v & 63)) != 0 { met |= m[v] }
                            }
                        }
                    }
                }
            }
            let first = candidateRules.count
            for j in singleLineRules.indices {
                if singleIsEdge[j] && !edge { continue }
                if line.count > singleMaxLength[j] { continue }
                if !singleStarts[j].isEmpty && !singleStarts[j].contains(s[line.lowerBound]) { continue }
                let needs = singleNeeds[j]
                if !needs.isEmpty {
                    if needMask != nil {
                        if met & (1 << UInt64(j)) == 0 { continue }
                    } else if !s[line].contains(where: { needs.contains($0) }) {
                        continue
                    }
                }
                candidateRules.append(j)
            }
            guard candidateRules.count > first else { continue }
            let u = candidateUnits.count
            appendUTF16(line, to: &candidateUnits)
            candidates.append((k, u..<candidateUnits.count, first..<candidateRules.count))
        }
        // Matchers are made on first use: most documents need few of them.
        var matchers = [ICUMatcher?](repeating: nil, count: singleLineRules.count)
        for c in candidates {
            for j in candidateRules[c.rules] {
                if matchers[j] == nil { matchers[j] = singleLinePatterns[j].matcher(candidateUnits) }
                if matchers[j]!.matches(c.units) != nil {
                    apply(singleLineRules[j], line: c.line)
                    break
                }
            }
        }
        // Short lines that hold a footer or counter word anywhere: one search over the short
        // lines only (body paragraphs are longer than any such rule allows, and most of the text),
        // and of those only the lines holding a word some match must start with.
        if !containingRules.isEmpty {
            let longest = containingRules.map { $0.maxLength ?? Int.max }.max() ?? Int.max
            var shortUnits: [UInt16] = []
            var shortLine: [Int32] = []
            let holding = containingWords.lines(of: s, lines) { !$0.isEmpty && $0.count <= longest }
            for k in lines.indices where !lines[k].isEmpty && lines[k].count <= longest && !dropLine[k] && holding[k] {
                let u = shortUnits.count
                appendUTF16(lines[k], to: &shortUnits)
                shortUnits.append(0x0A)
                shortLine.append(contentsOf: repeatElement(Int32(k), count: shortUnits.count - u))
            }
            if !shortUnits.isEmpty {
                for g in containingPattern.allMatches(in: shortUnits) {
                    guard let whole = g[0], let j = (1..<g.count).first(where: { g[$0] != nil }) else { continue }
                    let k = Int(shortLine[min(whole.lowerBound, shortLine.count - 1)])
                    if lines[k].count <= containingRules[j - 1].maxLength ?? Int.max { apply(containingRules[j - 1], line: k) }
                }
            }
        }
        // Inline notices are searched only in lines holding one of their words.
        let inlineHolding = inlineWords.lines(of: s, lines) { _ in true }
        for k in lines.indices where !dropLine[k] && inlineHolding[k] {
            let r = lines[k]
            var lineUnits: [UInt16] = []
            appendUTF16(r, to: &lineUnits)
            // Each UTF-16 offset's scalar index (the line's end for its end).
            var scalarAt: [Int] = []
            scalarAt.reserveCapacity(lineUnits.count + 1)
            for i in r {
                scalarAt.append(i)
                if s[i].value > 0xFFFF { scalarAt.append(i) }
            }
            scalarAt.append(r.upperBound)
            for g in inlinePattern.allMatches(in: lineUnits) {
                guard let whole = g[0], !whole.isEmpty, (1..<g.count).contains(where: { g[$0] != nil }) else { continue }
                let j = (1..<g.count).first { g[$0] != nil }!
                let a = scalarAt[min(whole.lowerBound, scalarAt.count - 1)]
                let b = scalarAt[min(whole.upperBound, scalarAt.count - 1)]
                for i in a..<b { cut[i] = true }
                removed[inlineRules[j - 1].id, default: 0] += 1
            }
        }

        // Bullet lines after a related-articles heading are link titles; a bulleted line that
        // holds a sentence is notice text that a scraper glued to the list.
        var inList = false
        for (k, r) in lines.enumerated() {
            if listStart[k] {
                inList = true
                continue
            }
            guard inList, !r.isEmpty else { continue }
            let first = s[r.lowerBound]
            if Self.bullets.contains(first) {
                if s[r].contains("。") {
                    cut[r.lowerBound] = true
                    var j = r.lowerBound + 1
                    while j < r.upperBound, s[j] == " " {
                        cut[j] = true
                        j += 1
                    }
                    inList = false
                } else {
                    dropLine[k] = true
                    removed["related", default: 0] += 1
                }
            } else if !dropLine[k] {
                inList = false
            }
        }

        // Breadcrumb steps on their own lines: short, no digits, no punctuation of a sentence.
        var k = 0
        while k < lines.count {
            if trailStart[k] {
                var j = k + 1
                while j < lines.count, lines[j].count <= 6,
                    !s[lines[j]].contains(where: {
                        CharacterClass.isDigit($0.value) || StructureParser.enders.contains($0) || $0 == "，" || $0 == ","
                    })
                {
                    if !dropLine[j] {
                        dropLine[j] = true
                        removed["breadcrumb", default: 0] += 1
                    }
                    j += 1
                }
                k = j
            } else {
                k += 1
            }
        }

        // A news page's post line (来源: … 发布时间:2021-11-5 16:33 …) dates the page, and the
        // short line above it is the headline.
        // (The topmost: line rules run before the containing ones, and a 责任编辑 line at the
        // foot is no post line.)
        if let k = postLines.min() {
            // (Its date may stand on a line of its own below: 来源:台海网 | ⏎ 时间:2023-05-27 11:34:39.)
            for p in postLines.sorted() where p - k <= 3 {
                if let date = PostLine.date(in: Array(s[lines[p]])) {
                    hints.posted = date
                    break
                }
            }
            if hints.title == nil {
                var j = k - 1
                // (Over label lines between them: 提供者:气象局.)
                while j >= 0, dropLine[j] || lines[j].isEmpty || PostLine.opensWithLabel(Array(s[lines[j]])) { j -= 1 }
                if j >= 0, k - j <= 3, let headline = PostLine.headline(Array(s[lines[j]])) { hints.title = headline }
            }
        }

        // A document-sharing site starts each page with its number (1、 2、 …) in the middle of a
        // word: the marker goes and the page is joined to the one before.
        var joinToPrevious = Array(repeating: false, count: lines.count)
        if documentSite {
            var expected = 1
            for (k, r) in lines.enumerated() where !dropLine[k] {
                guard let (n, len) = Self.pageMarker(s, r), n == expected else { continue }
                for i in r.lowerBound..<(r.lowerBound + len) { cut[i] = true }
                if n > 1 { joinToPrevious[k] = true }
                removed["page-marker", default: 0] += 1
                expected += 1
            }
        }

        // A printed page's number on a line of its own (- 2 -) breaks a sentence, even a figure
        // (改造危桥4 ⏎ - 2 - ⏎ 5座): it goes, and a figure it split is joined again.
        for (k, r) in lines.enumerated() where !dropLine[k] && Self.isPageNumberLine(s, r) {
            dropLine[k] = true
            removed["page-number", default: 0] += 1
            var p = k - 1
            while p >= 0, dropLine[p] || lines[p].isEmpty { p -= 1 }
            var n = k + 1
            while n < lines.count, dropLine[n] || lines[n].isEmpty { n += 1 }
            guard p >= 0, n < lines.count else { continue }
            var e = lines[p].upperBound
            while e > lines[p].lowerBound, s[e - 1] == " " { e -= 1 }
            // (Only a figure the break splits is joined here: wrapped lines are the reflow's to join,
            // which reads the lines' widths.)
            var b = lines[n].lowerBound
            while b < lines[n].upperBound, s[b] == " " { b += 1 }
            if e > lines[p].lowerBound, b < lines[n].upperBound, CharacterClass.isDigit(s[e - 1].value), CharacterClass.isDigit(s[b].value) {
                joinToPrevious[n] = true
            }
        }

        // The kept lines, trimmed and without their cut pieces, one "\n" between lines (mapped
        // to the source offset of the scalar before the line's first).
        // Written through raw buffers: at most one scalar out per scalar in, since a "\n" is
        // written only where one stood between two lines.
        let offsets = text.sourceOffsets
        var offs: [Int] = []
        var written = 0
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: s.count) { o, count in
            offs = [Int](unsafeUninitializedCapacity: s.count) { f, offCount in
                var w = 0
                var first = true
                for (k, r) in lines.enumerated() where !dropLine[k] {
                    var a = r.lowerBound
                    var b = r.upperBound
                    while a < b, cut[a] || s[a] == " " { a += 1 }
                    while b > a, cut[b - 1] || s[b - 1] == " " { b -= 1 }
                    guard a < b else { continue }
                    if !first && !joinToPrevious[k] {
                        o[w] = "\n"
                        f[w] = offsets[a > 0 ? a - 1 : 0]
                        w += 1
                    }
                    first = false
                    for i in a..<b where !cut[i] {
                        o[w] = s[i]
                        f[w] = offsets[i]
                        w += 1
                    }
                }
                written = w
                offCount = w
            }
            count = written
        }
        return Result(text: NormalizedText(scalars: out, sourceOffsets: offs), removed: removed, hints: hints)
    }

    /// Lines up to this long are tried against every rule; body paragraphs are mostly longer.
    static let shortLine = 160

    /// The only furniture that runs longer than `shortLine`: a breadcrumb trail, a document
    /// site's uploader line or its 《…》由会员分享 blurb.
    static func mayBeLongFurniture(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        let head = s[r.lowerBound..<min(r.upperBound, r.lowerBound + 14)]
        if let p = head.firstIndex(of: "位"), p + 1 < r.upperBound, s[p + 1] == "置" { return true }
        if head.starts(with: ["上", "传", "人"]) { return true }
        return s[r.lowerBound] == "《"
    }

    static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "●", "◆", "■", "□", "►", "-", "*", "◇", "○"]

    /// `N、` at the start of a line: the number and the marker's length.
    /// Whether a line is a printed page number alone (- 2 -, —3—).
    static func isPageNumberLine(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.count <= 12 else { return false }
        let t = s[r].filter { $0 != " " }
        guard t.count >= 3, let f = t.first, let l = t.last, Self.pageDashes.contains(f), Self.pageDashes.contains(l) else { return false }
        let mid = t.dropFirst().dropLast()
        return !mid.isEmpty && mid.count <= 3 && mid.allSatisfy { CharacterClass.isDigit($0.value) }
    }
    static let pageDashes = ScalarSet("-－—–")

    static func pageMarker(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (Int, Int)? {
        var i = r.lowerBound
        var n = 0
        while i < r.upperBound, i - r.lowerBound < 3, CharacterClass.isDigit(s[i].value) {
            n = n * 10 + Int(s[i].value - 48)
            i += 1
        }
        guard i > r.lowerBound, i < r.upperBound, s[i] == "、" else { return nil }
        return (n, i + 1 - r.lowerBound)
    }
}

/// The `words` of some rules: whether a line holds one of them, by a scan that looks further
/// only at a word's first character. A rule without words lets every line through.
struct WordSet: Sendable {
    let everyLine: Bool
    /// The words end to end, sorted so that words with the same first character are together.
    let flat: [Unicode.Scalar]
    let bounds: [Range<Int>]
    /// For each code point below the count, the first word (in `bounds`) it starts, or -1.
    let firstWord: [Int32]
    /// The same as bits (4 KB, where the table above is 128 KB): most characters start no word,
    /// and a test that stays in the cache tells them apart.
    let starts: [UInt64]

    init(_ rules: [FurnitureRule]) {
        everyLine = rules.contains { $0.words.isEmpty }
        let words = rules.flatMap { $0.words.map { Array($0.unicodeScalars) } }.filter { !$0.isEmpty }
            .sorted { $0[0].value < $1[0].value }
        var flat: [Unicode.Scalar] = []
        var bounds: [Range<Int>] = []
        var t = [Int32](repeating: -1, count: Int(words.map { $0[0].value }.max() ?? 0) + 1)
        for (k, w) in words.enumerated() {
            if t[Int(w[0].value)] < 0 { t[Int(w[0].value)] = Int32(k) }
            bounds.append(flat.count..<(flat.count + w.count))
            flat.append(contentsOf: w)
        }
        self.flat = flat
        self.bounds = bounds
        firstWord = t
        var bits = [UInt64](repeating: 0, count: t.count / 64 + 1)
        for (v, w) in t.enumerated() where w >= 0 { bits[v >> 6] |= 1 << UInt64(v & 63) }
        starts = bits
    }

    /// For each of `lines` that `include` lets through, whether it holds a word (false for the
    /// others): one call for the whole text.
    func lines(of s: [Unicode.Scalar], _ lines: [Range<Int>], include: (Range<Int>) -> Bool) -> [Bool] {
        if everyLine { return lines.map(include) }
        var out = [Bool](repeating: false, count: lines.count)
        s.withUnsafeBufferPointer { b in
            flat.withUnsafeBufferPointer { f in
                firstWord.withUnsafeBufferPointer { t in
                    bounds.withUnsafeBufferPointer { wb in
                        starts.withUnsafeBufferPointer { bits in
                            for (k, r) in lines.enumerated() where include(r) {
                                out[k] = Self.holds(b, r, f, t, wb, bits)
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    @inline(__always)
    private static func holds(
        _ b: UnsafeBufferPointer<Unicode.Scalar>, _ r: Range<Int>, _ f: UnsafeBufferPointer<Unicode.Scalar>,
        _ t: UnsafeBufferPointer<Int32>, _ wb: UnsafeBufferPointer<Range<Int>>, _ bits: UnsafeBufferPointer<UInt64>
    ) -> Bool {
        for i in r {
            let v = Int(b[i].value)
            guard v < t.count, bits[v >> 6] & (1 << UInt64(v & 63)) != 0 else { continue }
            var w = Int(t[v])
            while w < wb.count, f[wb[w].lowerBound] == b[i] {
                let len = wb[w].count
                if i + len <= r.upperBound {
                    var m = 1
                    while m < len, b[i + m] == f[wb[w].lowerBound + m] { m += 1 }
                    if m == len { return true }
                }
                w += 1
            }
        }
        return false
    }

    func occurs(in s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        if everyLine { return true }
        return s.withUnsafeBufferPointer { b in
            flat.withUnsafeBufferPointer { f in
                firstWord.withUnsafeBufferPointer { t in
                    bounds.withUnsafeBufferPointer { wb in
                        starts.withUnsafeBufferPointer { bits in Self.holds(b, r, f, t, wb, bits) }
                    }
                }
            }
        }
    }
}
