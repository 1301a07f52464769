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
    let singleMaxLength: [Int]
    let singleIsEdge: [Bool]

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
        if singleNeeds.count <= 64 {
            let top = singleNeeds.joined().map(\.value).max() ?? 0
            var mask = [UInt64](repeating: 0, count: Int(top) + 1)
            for (j, needs) in singleNeeds.enumerated() {
                for c in needs { mask[Int(c.value)] |= 1 << UInt64(j) }
            }
            needMask = mask
        } else {
            needMask = nil
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
        // UTF-16 copy for ICU, with each UTF-16 index's scalar index.
        // Filled through raw buffers: appending element by element costs a uniqueness check
        // per scalar, which showed as the largest cost of this stage.
        let unitCount = s.reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
        var scalarAt = [Int32](repeating: 0, count: unitCount + 1)
        let units = [UInt16](unsafeUninitializedCapacity: unitCount) { buf, n in
            scalarAt.withUnsafeMutableBufferPointer { at in
                var u = 0
                for (i, c) in s.enumerated() {
                    if c.value > 0xFFFF {
                        let v = c.value - 0x10000
                        buf[u] = UInt16(0xD800 + (v >> 10))
                        buf[u + 1] = UInt16(0xDC00 + (v & 0x3FF))
                        at[u] = Int32(i)
                        at[u + 1] = Int32(i)
                        u += 2
                    } else {
                        buf[u] = UInt16(c.value)
                        at[u] = Int32(i)
                        u += 1
                    }
                }
                at[u] = Int32(s.count)
            }
            n = unitCount
        }
        func scalarIndex(_ u: Int) -> Int { Int(scalarAt[min(u, scalarAt.count - 1)]) }

        var lines: [Range<Int>] = []
        var start = 0
        for i in 0..<s.count where s[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<s.count)
        var dropLine = Array(repeating: false, count: lines.count)
        var listStart = Array(repeating: false, count: lines.count)
        var trailStart = Array(repeating: false, count: lines.count)
        var cut = Array(repeating: false, count: s.count)
        var removed: [String: Int] = [:]
        var hints = SourceHints()
        var documentSite = false

        func apply(_ rule: FurnitureRule, line: Int) {
            guard !dropLine[line], !lines[line].isEmpty else { return }
            dropLine[line] = true
            removed[rule.id, default: 0] += 1
            if rule.startsList { listStart[line] = true }
            if rule.startsTrail { trailStart[line] = true }
            if rule.documentSite { documentSite = true }
            if let label = rule.hint {
                let t = String(scalars: s[lines[line]])
                if let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                    hints.set(label: label, value: String(t[t.index(after: colon)...]))
                }
            }
        }
        // Line rules are tried once per line, anchored at its start (a search over the whole
        // text would try the whole alternation at every character: 50x slower).
        var utf16Start: [Int] = []
        utf16Start.reserveCapacity(lines.count + 1)
        do {
            var u = 0
            var k = 0
            for (i, c) in s.enumerated() {
                while k < lines.count, lines[k].lowerBound == i {
                    utf16Start.append(u)
                    k += 1
                }
                u += c.value > 0xFFFF ? 2 : 1
            }
            while utf16Start.count < lines.count { utf16Start.append(u) }
        }
        func utf16Range(_ k: Int) -> Range<Int> {
            let a = utf16Start[k]
            let r = lines[k]
            var n = 0
            for c in s[r] { n += c.value > 0xFFFF ? 2 : 1 }
            return a..<(a + n)
        }
        // Matchers are made on first use: most documents need few of them.
        var matchers = [ICUMatcher?](repeating: nil, count: singleLineRules.count)
        for k in lines.indices where !lines[k].isEmpty && (lines[k].count <= Self.shortLine || Self.mayBeLongFurniture(s, lines[k])) {
            let line = lines[k]
            let edge = k < FurnitureRules.edgeLines || k >= lines.count - FurnitureRules.edgeLines
            var r: Range<Int>? = nil
            // The rules whose needs this line meets, from one pass over it.
            var met: UInt64 = 0
            if let needMask {
                s.withUnsafeBufferPointer { b in
                    needMask.withUnsafeBufferPointer { m in
                        for i in line {
                            let v = Int(b[i].value)
                            if v < m.count { met |= m[v] }
                        }
                    }
                }
            }
            for j in singleLineRules.indices {
                if singleIsEdge[j] && !edge { continue }
                if line.count > singleMaxLength[j] { continue }
                let needs = singleNeeds[j]
                if !needs.isEmpty {
                    if needMask != nil {
                        if met & (1 << UInt64(j)) == 0 { continue }
                    } else if !s[line].contains(where: { needs.contains($0) }) {
                        continue
                    }
                }
                if r == nil { r = utf16Range(k) }
                if matchers[j] == nil { matchers[j] = singleLinePatterns[j].matcher(units) }
                if matchers[j]!.matches(r!) != nil {
                    apply(singleLineRules[j], line: k)
                    break
                }
            }
        }
        // Short lines that hold a footer or counter word anywhere: one search over the short
        // lines only (body paragraphs are longer than any such rule allows, and most of the text).
        if !containingRules.isEmpty {
            let longest = containingRules.map { $0.maxLength ?? Int.max }.max() ?? Int.max
            var shortUnits: [UInt16] = []
            var shortLine: [Int32] = []
            for k in lines.indices where !lines[k].isEmpty && lines[k].count <= longest && !dropLine[k] {
                let r = utf16Range(k)
                shortUnits.append(contentsOf: units[r])
                shortUnits.append(0x0A)
                shortLine.append(contentsOf: repeatElement(Int32(k), count: r.count + 1))
            }
            if !shortUnits.isEmpty {
                for g in containingPattern.allMatches(in: shortUnits) {
                    guard let whole = g[0], let j = (1..<g.count).first(where: { g[$0] != nil }) else { continue }
                    let k = Int(shortLine[min(whole.lowerBound, shortLine.count - 1)])
                    if lines[k].count <= containingRules[j - 1].maxLength ?? Int.max { apply(containingRules[j - 1], line: k) }
                }
            }
        }
        // Inline notices are searched only in lines holding one of their characters.
        let inlineMarked = s.withUnsafeBufferPointer { b in
            lines.map { r in
                for i in r where b[i] == "略" || b[i] == "未" || b[i] == "【" { return true }
                return false
            }
        }
        for k in lines.indices where !dropLine[k] && inlineMarked[k] {
            let r = utf16Range(k)
            let lineUnits = Array(units[r])
            for g in inlinePattern.allMatches(in: lineUnits) {
                guard let whole = g[0], !whole.isEmpty, (1..<g.count).contains(where: { g[$0] != nil }) else { continue }
                let j = (1..<g.count).first { g[$0] != nil }!
                let a = scalarIndex(r.lowerBound + whole.lowerBound)
                let b = scalarIndex(r.lowerBound + whole.upperBound)
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

        var keep = [Bool](repeating: false, count: s.count)
        var breakBefore = [Bool](repeating: false, count: s.count)
        var kept = 0
        var first = true
        for (k, r) in lines.enumerated() where !dropLine[k] {
            var a = r.lowerBound
            var b = r.upperBound
            while a < b, cut[a] || s[a] == " " { a += 1 }
            while b > a, cut[b - 1] || s[b - 1] == " " { b -= 1 }
            guard a < b else { continue }
            if !first && !joinToPrevious[k] {
                breakBefore[a] = true
                kept += 1
            }
            first = false
            for i in a..<b where !cut[i] {
                keep[i] = true
                kept += 1
            }
        }
        let offsets = text.sourceOffsets
        var offs = [Int](repeating: 0, count: kept)
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: kept) { buf, n in
            offs.withUnsafeMutableBufferPointer { o in
                var w = 0
                for i in 0..<s.count where keep[i] {
                    if breakBefore[i] {
                        buf[w] = "\n"
                        o[w] = offsets[i > 0 ? i - 1 : 0]
                        w += 1
                    }
                    buf[w] = s[i]
                    o[w] = offsets[i]
                    w += 1
                }
                n = w
            }
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
