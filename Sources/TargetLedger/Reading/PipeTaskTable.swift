/// A task table written in text with `|` between its cells (序号 | 工作任务 | 牵头单位 | 责任单位 |
/// 完成时限), as pages copied to text and converted documents carry it: its cells are put one
/// per line and marked as cells, so that the task-table readers see it as they see an HTML table.
/// Indicator tables in `|` rows are left to `PipeTableReader`.
enum PipeTaskTable {
    /// Words of a header cell that names who does a task.
    static let unitWords = ["牵头", "责任", "配合", "主体", "协同"]
    /// Words of a header cell that names the task or its term.
    static let taskWords = ["任务", "事项", "工作", "内容", "措施", "目标", "时限", "时间"]

    /// `text` with its task tables' cells on lines of their own, and the source offsets of the
    /// cells and of each row's first; nil when it holds no such table.
    static func split(_ text: NormalizedText) -> (text: NormalizedText, cellStarts: Set<Int>, rowStarts: Set<Int>)? {
        let s = text.scalars
        // Cheap first: most texts hold no | at all.
        guard s.contains("|") else { return nil }
        var lines: [Range<Int>] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        func cells(_ r: Range<Int>) -> [Range<Int>] {
            var out: [Range<Int>] = []
            var a = r.lowerBound
            for i in r where s[i] == "|" {
                out.append(a..<i)
                a = i + 1
            }
            out.append(a..<r.upperBound)
            return out.map { c in
                var lo = c.lowerBound, hi = c.upperBound
                while lo < hi, s[lo] == " " || s[lo] == "\t" { lo += 1 }
                while hi > lo, s[hi - 1] == " " || s[hi - 1] == "\t" { hi -= 1 }
                return lo..<hi
            }
        }
        func isHeader(_ cs: [Range<Int>]) -> Bool {
            let texts = cs.map { String(scalars: s[$0]) }
            return cs.count >= 3 && texts.allSatisfy { $0.unicodeScalars.count <= 10 }
                && texts.contains(where: { t in unitWords.contains(where: t.contains) })
                && texts.contains(where: { t in taskWords.contains(where: t.contains) })
        }
        var tableRows: [Int: [Range<Int>]] = [:]
        var k = 0
        while k < lines.count {
            // Only a line holding two | or more can be a header: cells are built for those only.
            guard lines[k].count <= 120, lines[k].filter({ s[$0] == "|" }).count >= 2, case let head = cells(lines[k]), isHeader(head) else {
                k += 1
                continue
            }
            var j = k + 1
            while j < lines.count, case let row = cells(lines[j]), row.count == head.count { j += 1 }
            if j > k + 1 {
                for r in k..<j { tableRows[r] = cells(lines[r]) }
            }
            k = j
        }
        guard !tableRows.isEmpty else { return nil }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var cellStarts = Set<Int>()
        var rowStarts = Set<Int>()
        scalars.reserveCapacity(s.count)
        offsets.reserveCapacity(s.count)
        for (li, line) in lines.enumerated() {
            if li > 0 {
                scalars.append("\n")
                offsets.append(text.sourceOffsets[max(0, line.lowerBound - 1)])
            }
            guard let row = tableRows[li] else {
                scalars += s[line]
                offsets += text.sourceOffsets[line]
                continue
            }
            for (ci, c) in row.enumerated() {
                if ci > 0 {
                    scalars.append("\n")
                    offsets.append(text.sourceOffsets[max(0, c.lowerBound - 1)])
                }
                // An empty cell keeps its place in the row: a space stands for it.
                if c.isEmpty {
                    scalars.append(" ")
                    offsets.append(text.sourceOffsets[min(c.lowerBound, s.count - 1)])
                    cellStarts.insert(text.sourceOffsets[min(c.lowerBound, s.count - 1)])
                    if ci == 0 { rowStarts.insert(text.sourceOffsets[min(c.lowerBound, s.count - 1)]) }
                    continue
                }
                cellStarts.insert(text.sourceOffsets[c.lowerBound])
                if ci == 0 { rowStarts.insert(text.sourceOffsets[c.lowerBound]) }
                scalars += s[c]
                offsets += text.sourceOffsets[c]
            }
        }
        return (NormalizedText(scalars: scalars, sourceOffsets: offsets), cellStarts, rowStarts)
    }
}
