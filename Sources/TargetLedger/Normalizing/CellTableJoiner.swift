/// Joins an indicator table that a page flattened one cell per line back into rows, so that the
/// table reader sees `指标|2020年|2025年|属性` and `森林覆盖率(%)|50|52左右|预期性`.
///
/// A table starts with a run of header cells, each on its own line: an indicator column (指标,
/// 指标名称), at least one column of values (a year, 目标值, 基期值) and optional others (序号,
/// 单位, 属性). Every following group of as many lines is a row while its cells fit their columns:
/// values hold a digit or a dash, 属性 holds 约束性/预期性. The line breaks inside a row become
/// `|`, one scalar for one, so every offset stays the source's.
enum CellTableJoiner {
    /// What a header cell may say, and what its column holds.
    enum Column: Equatable { case name, value, kind, other }

    static func join(_ text: NormalizedText) -> NormalizedText {
        let s = text.scalars
        // Cheap refusal: a header needs 指标 on a line of its own.
        guard s.count > 20, hasIndicatorHeader(s) else { return text }
        // Each line's content, without the spaces and the | a page may close each cell with.
        var lines: [Range<Int>] = []
        var ends: [Int] = []
        var start = 0
        for i in 0...s.count where i == s.count || s[i] == "\n" {
            var e = i
            while e > start, s[e - 1] == " " || s[e - 1] == "|" { e -= 1 }
            lines.append(start..<e)
            ends.append(i)
            start = i + 1
        }
        var out = s
        var changed = false
        var k = 0
        while k < lines.count {
            guard let columns = header(at: k, lines: lines, s: s) else {
                k += 1
                continue
            }
            let n = columns.count
            var rows = 0
            var r = k + n
            while r + n <= lines.count, (0..<n).allSatisfy({ fits(lines[r + $0], columns[$0], s) }) {
                rows += 1
                r += n
            }
            guard rows >= 2 else {
                k += 1
                continue
            }
            // The header and each row become one line each (a cell already closed by | gets a space).
            var line = k
            while line < r {
                for c in line..<(line + n - 1) where ends[c] < out.count { out[ends[c]] = ends[c] > lines[c].upperBound ? " " : "|" }
                line += n
            }
            changed = true
            k = r
        }
        return changed ? NormalizedText(scalars: out, sourceOffsets: text.sourceOffsets) : text
    }

    /// Whether 指标 or 指标名称 stands alone on a line.
    static func hasIndicatorHeader(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i + 1 < s.count {
            if s[i] == "指", s[i + 1] == "标", i == 0 || s[i - 1] == "\n" {
                var j = i + 2
                while j < s.count, s[j] == " " || s[j] == "名" || s[j] == "称" || s[j] == "|" { j += 1 }
                if j == s.count || s[j] == "\n" { return true }
            }
            i += 1
        }
        return false
    }

    /// The columns of a header run starting at line `k`, if one does.
    static func header(at k: Int, lines: [Range<Int>], s: [Unicode.Scalar]) -> [Column]? {
        var columns: [Column] = []
        var j = k
        while j < lines.count, columns.count < 8, let c = headerCell(lines[j], s) {
            columns.append(c)
            j += 1
        }
        guard columns.count >= 3, columns.contains(.value) else { return nil }
        // The indicator column first, or after a 序号 column.
        guard let name = columns.firstIndex(of: .name), name <= 1, columns.filter({ $0 == .name }).count == 1 else { return nil }
        return columns
    }

    static func headerCell(_ r: Range<Int>, _ s: [Unicode.Scalar]) -> Column? {
        // (A value column's head may carry a note: 2020年基期值(起始日期用作比较的数据).)
        guard !r.isEmpty, r.count <= 30 else { return nil }
        let t = String(scalars: s[r].filter { $0 != " " })
        if ["指标", "指标名称", "主要指标", "指标名"].contains(t) { return .name }
        if ["属性", "指标属性", "指标性质", "性质", "类型"].contains(t) { return .kind }
        if ["序号", "单位", "类别", "领域", "备注", "计量单位"].contains(t) { return .other }
        guard t.count <= 12 || t.first.map({ CharacterClass.isDigit($0.unicodeScalars.first!.value) }) == true else { return nil }
        if ["目标值", "基期值", "基准值", "现状值", "规划值", "预期值", "年均增", "累计"].contains(where: t.hasPrefix) { return .value }
        // 2020年, 2025年目标, 2025年(目标值), 2020年基期值
        let u = Array(t.unicodeScalars)
        if u.count >= 5, u.prefix(4).allSatisfy({ CharacterClass.isDigit($0.value) }), u[4] == "年" { return .value }
        return nil
    }

    /// Whether a line fits as a cell of its column.
    static func fits(_ r: Range<Int>, _ column: Column, _ s: [Unicode.Scalar]) -> Bool {
        guard !r.isEmpty, r.count <= 40, !"。；;".unicodeScalars.contains(s[r.upperBound - 1]) else { return false }
        switch column {
        case .name:
            return r.count >= 2 && !r.allSatisfy { CharacterClass.isDigit(s[$0].value) || s[$0] == "." }
        case .value:
            return r.count <= 16 && (r.contains { CharacterClass.isDigit(s[$0].value) } || r.allSatisfy { "-—－–/一 ".unicodeScalars.contains(s[$0]) })
        case .kind:
            let t = String(scalars: s[r].filter { $0 != " " })
            return t.hasSuffix("性") || ["-", "—", "/", "－"].contains(t)
        case .other:
            return r.count <= 12
        }
    }
}
