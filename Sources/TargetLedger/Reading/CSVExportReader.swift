/// Reads a crawler CSV export: a header row, then rows whose notice text is one quoted field.
/// The other columns (title, publish_date …) become hints.
struct CSVExportReader {
    /// Column names that hold the notice text, most specific first.
    static let textColumns = ["full_text", "content", "text", "body", "正文", "全文", "内容"]

    func read(_ source: [Unicode.Scalar]) -> ReaderInput {
        let rows = parse(source)
        guard let header = rows.first else { return ReaderInput(text: NormalizedText(""), hints: SourceHints(), format: .csv) }
        let names = header.map { String(scalars: source[$0]).trimmingSpaces.lowercased() }
        let textColumn =
            Self.textColumns.lazy.compactMap { names.firstIndex(of: $0) }.first
            ?? (rows.count > 1 ? rows[1].indices.max { rows[1][$0].count < rows[1][$1].count } : nil)
        var b = ReaderInput.Builder()
        var hints = SourceHints()
        for row in rows.dropFirst() {
            for (c, range) in row.enumerated() where c < names.count {
                if c == textColumn {
                    b.breakLine(at: range.lowerBound)
                    appendField(source, range, into: &b)
                } else {
                    hints.set(label: names[c], value: unquote(source, range))
                }
            }
        }
        return ReaderInput(text: b.text, hints: hints, format: .csv)
    }

    /// Field ranges (quotes included) of every record, honouring quoted line breaks.
    private func parse(_ s: [Unicode.Scalar]) -> [[Range<Int>]] {
        var rows: [[Range<Int>]] = []
        var row: [Range<Int>] = []
        var i = 0
        var start = 0
        var quoted = false
        while i < s.count {
            let c = s[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < s.count, s[i + 1] == "\"" { i += 2; continue }
                    quoted = false
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(start..<i)
                start = i + 1
            } else if c == "\n" {
                let end = i > start && s[i - 1] == "\r" ? i - 1 : i
                row.append(start..<end)
                rows.append(row)
                row = []
                start = i + 1
            }
            i += 1
        }
        if start < s.count || !row.isEmpty {
            row.append(start..<s.count)
            rows.append(row)
        }
        return rows.filter { !($0.count == 1 && $0[0].isEmpty) }
    }

    private func appendField(_ s: [Unicode.Scalar], _ r: Range<Int>, into b: inout ReaderInput.Builder) {
        var lo = r.lowerBound
        var hi = r.upperBound
        let quoted = hi - lo >= 2 && s[lo] == "\"" && s[hi - 1] == "\""
        if quoted { lo += 1; hi -= 1 }
        var i = lo
        while i < hi {
            if quoted, s[i] == "\"", i + 1 < hi, s[i + 1] == "\"" {
                b.append("\"", at: i)
                i += 2
                continue
            }
            b.append(s[i], at: i)
            i += 1
        }
    }

    private func unquote(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var b = ReaderInput.Builder()
        appendField(s, r, into: &b)
        return String(scalars: b.scalars)
    }
}
