/// Removes site furniture from normalised text, line by line, with the rules of
/// `FurnitureRules` compiled once into one ICU alternation per scope. A line is dropped only
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
            let anchored = scope == .inline ? "(?m)" + body : "(?m)^(?:" + body + ")$"
            return (try ICUPattern(anchored), rs)
        }
        (linePattern, lineRules) = try compile(.line)
        (edgePattern, edgeRules) = try compile(.edgeLine)
        (inlinePattern, inlineRules) = try compile(.inline)
    }

    /// The id of the first line rule that matches all of `line`, if any (for tests and `read`).
    public func lineRule(matching line: String) -> String? {
        let units = Array(line.utf16)
        for (pattern, rs) in [(linePattern, lineRules), (edgePattern, edgeRules)] {
            if let g = pattern.matcher(units).matches(0..<units.count), let k = (1..<g.count).first(where: { g[$0] != nil }) { return rs[k - 1].id }
        }
        return nil
    }

    /// `text` without its furniture.
    public func clean(_ text: NormalizedText) -> Result {
        let s = text.scalars
        // UTF-16 copy for ICU, with each UTF-16 index's scalar index.
        var units: [UInt16] = []
        units.reserveCapacity(s.count + s.count / 8)
        var scalarAt: [Int32] = []
        scalarAt.reserveCapacity(s.count + s.count / 8)
        for (i, c) in s.enumerated() {
            for u in UTF16.encode(c)! {
                units.append(u)
                scalarAt.append(Int32(i))
            }
        }
        scalarAt.append(Int32(s.count))
        func scalarIndex(_ u: Int) -> Int { Int(scalarAt[min(u, scalarAt.count - 1)]) }

        var lines: [Range<Int>] = []
        var start = 0
        for i in 0..<s.count where s[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<s.count)
        var lineOf: [Int] = Array(repeating: 0, count: s.count + 1)
        for (k, r) in lines.enumerated() {
            for i in r { lineOf[i] = k }
            if r.upperBound <= s.count { lineOf[r.upperBound] = k }
        }

        var dropLine = Array(repeating: false, count: lines.count)
        var listStart = Array(repeating: false, count: lines.count)
        var trailStart = Array(repeating: false, count: lines.count)
        var cut = Array(repeating: false, count: s.count)
        var removed: [String: Int] = [:]
        var hints = SourceHints()
        var documentSite = false

        func scan(_ pattern: ICUPattern, _ rs: [FurnitureRule], edgeOnly: Bool) {
            for g in pattern.allMatches(in: units) {
                guard let whole = g[0], let k = (1..<g.count).first(where: { g[$0] != nil }) else { continue }
                let rule = rs[k - 1]
                let a = scalarIndex(whole.lowerBound)
                let b = scalarIndex(whole.upperBound)
                let line = lineOf[a]
                if rule.scope == .inline {
                    if b > a {
                        for i in a..<b { cut[i] = true }
                        removed[rule.id, default: 0] += 1
                    }
                    continue
                }
                if edgeOnly, line >= FurnitureRules.edgeLines, line < lines.count - FurnitureRules.edgeLines { continue }
                guard !dropLine[line], !lines[line].isEmpty else { continue }
                dropLine[line] = true
                removed[rule.id, default: 0] += 1
                if rule.startsList { listStart[line] = true }
                if rule.startsTrail { trailStart[line] = true }
                if rule.documentSite { documentSite = true }
                if let label = rule.hint {
                    let t = String(String.UnicodeScalarView(s[lines[line]]))
                    if let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                        hints.set(label: label, value: String(t[t.index(after: colon)...]))
                    }
                }
            }
        }
        scan(linePattern, lineRules, edgeOnly: false)
        scan(edgePattern, edgeRules, edgeOnly: true)
        scan(inlinePattern, inlineRules, edgeOnly: false)

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
                      !s[lines[j]].contains(where: { CharacterClass.isDigit($0.value) || StructureParser.enders.contains($0) || $0 == "，" || $0 == "," }) {
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

        var out: [Unicode.Scalar] = []
        var offs: [Int] = []
        out.reserveCapacity(s.count)
        offs.reserveCapacity(s.count)
        for (k, r) in lines.enumerated() where !dropLine[k] {
            var a = r.lowerBound
            var b = r.upperBound
            while a < b, cut[a] || s[a] == " " { a += 1 }
            while b > a, cut[b - 1] || s[b - 1] == " " { b -= 1 }
            guard a < b else { continue }
            if !out.isEmpty && !joinToPrevious[k] {
                out.append("\n")
                offs.append(text.sourceOffsets[r.lowerBound > 0 ? r.lowerBound - 1 : 0])
            }
            for i in a..<b where !cut[i] {
                out.append(s[i])
                offs.append(text.sourceOffsets[i])
            }
        }
        return Result(text: NormalizedText(scalars: out, sourceOffsets: offs), removed: removed, hints: hints)
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
