/// Reads a Markdown export with a `---` YAML front matter: the header becomes hints, the body
/// becomes text with Markdown marks (#, >, **) taken off. Blockquotes are the crawler's own notes.
struct FrontMatterReader {
    func read(_ s: [Unicode.Scalar]) -> ReaderInput {
        let lines = Self.lines(s)
        var hints = SourceHints()
        var b = ReaderInput.Builder()
        var i = 0
        while i < lines.count, Self.isBlank(s, lines[i]) { i += 1 }
        if i < lines.count, Self.text(s, lines[i]).trimmingSpaces == "---" {
            i += 1
            while i < lines.count {
                let t = Self.text(s, lines[i])
                i += 1
                if t.trimmingSpaces == "---" { break }
                if let colon = t.firstIndex(where: { $0 == ":" || $0 == "：" }) {
                    var v = String(t[t.index(after: colon)...]).trimmingSpaces
                    if v.count >= 2, v.first == "\"" || v.first == "'", v.last == v.first { v = String(v.dropFirst().dropLast()) }
                    hints.set(label: String(t[..<colon]), value: v)
                }
            }
        }
        while i < lines.count {
            var r = lines[i]
            i += 1
            while r.lowerBound < r.upperBound, s[r.lowerBound] == " " { r = (r.lowerBound + 1)..<r.upperBound }
            if r.lowerBound < r.upperBound, s[r.lowerBound] == ">" { continue }
            var lo = r.lowerBound
            while lo < r.upperBound, s[lo] == "#" { lo += 1 }
            if lo > r.lowerBound, lo < r.upperBound, s[lo] == " " { lo += 1 } else { lo = r.lowerBound }
            b.breakLine(at: lo)
            var k = lo
            while k < r.upperBound {
                if s[k] == "*", k + 1 < r.upperBound, s[k + 1] == "*" { k += 2; continue }
                b.append(s[k], at: k)
                k += 1
            }
        }
        return ReaderInput(text: b.text, hints: hints, format: .markdown)
    }

    static func lines(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in 0..<s.count where s[i] == "\n" {
            out.append(start..<(i > start && s[i - 1] == "\r" ? i - 1 : i))
            start = i + 1
        }
        if start < s.count { out.append(start..<s.count) }
        return out
    }

    static func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String { String(scalars: s[r]) }

    static func isBlank(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool { s[r].allSatisfy { $0.properties.isWhitespace } }
}
