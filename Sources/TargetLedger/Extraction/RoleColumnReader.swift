/// Reads the role columns of a table under a header row, written with `|` between cells or as an
/// HTML table's cells (序号 | 工作任务 | 责任单位; 项目内容 | 进展情况 | 牵头单位 | 配合单位):
/// a unit column names each row's responsible units, and the figures of a progress column
/// (进展情况, 完成情况) report what was done rather than set a goal.
/// The rows' own words are read as prose; this only tells their records whose they are.
struct RoleColumnReader {
    /// One body row: where each of its cells is, and what the role columns say.
    struct Row {
        var range: Range<Int>
        var units: [ResponsibleUnit]
        var progress: [Range<Int>]
    }

    enum Column: Equatable, Sendable {
        case unit(ResponsibleRole)
        case progress
        case other
    }

    let rows: [Row]

    init(ctx: DocumentContext) {
        rows = Self.findRows(ctx)
    }

    /// Figures in a progress cell become facts; records in a row take the row's units when
    /// nothing nearer named any.
    func apply(to records: inout [ExtractedRecord]) {
        guard !rows.isEmpty else { return }
        for k in records.indices {
            let start = records[k].record.span[0]
            guard let row = Self.row(containing: start, in: rows) else { continue }
            // (A dated plan for what remains, 剩余预计11月底前完成, stays a milestone.)
            if row.progress.contains(where: { $0.contains(start) }) {
                if records[k].record.kind == .target {
                    records[k].record.kind = .fact
                    records[k].fired.append("table.progress-column")
                }
                continue
            }
            if records[k].record.responsible.isEmpty, !row.units.isEmpty {
                records[k].record.responsible = row.units
                records[k].fired.append("table.unit-column")
            }
        }
    }

    private static func row(containing p: Int, in rows: [Row]) -> Row? {
        var lo = 0
        var hi = rows.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rows[mid].range.upperBound <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo < rows.count && rows[lo].range.contains(p) ? rows[lo] : nil
    }

    /// What a header cell names, if it names a role (a short cell: 责任单位, 牵头部门, 进展情况).
    static func column(_ header: String) -> Column {
        let h = header.filter { $0 != " " && $0 != "\u{3000}" }
        guard h.count <= 8, !h.isEmpty else { return .other }
        if ["进展情况", "完成情况", "推进情况", "落实情况", "工作进展", "进展", "进度情况", "完成进度", "实施进度"].contains(where: h.hasPrefix) {
            return .progress
        }
        guard ["单位", "部门", "主体"].contains(where: h.hasSuffix) else { return .other }
        if h.includes("牵头") { return .unit(.lead) }
        if h.includes("配合") || h.includes("协办") || h.includes("协同") || h.includes("参与") { return .unit(.support) }
        if h.includes("责任") || h.includes("实施") || h.includes("承办") || h.includes("主责") || h.includes("负责") { return .unit(.responsible) }
        return .other
    }

    /// Tables as rows of cell ranges: runs of blocks with two or more `|`, and an HTML table's
    /// cells grouped at each row's first.
    static func tables(_ ctx: DocumentContext) -> [[[Range<Int>]]] {
        let s = ctx.index.scalars
        let blocks = ctx.document.blocks
        var out: [[[Range<Int>]]] = []
        var cur: [[Range<Int>]] = []
        var bi = 0
        while bi < blocks.count {
            let b = blocks[bi]
            if b.kind == .tableCell {
                var j = bi + 1
                while j < blocks.count, blocks[j].kind == .tableCell, !blocks[j].rowStart { j += 1 }
                if b.rowStart || cur.isEmpty {
                    cur.append(blocks[bi..<j].map(\.range))
                } else {
                    cur[cur.count - 1] += blocks[bi..<j].map(\.range)
                }
                bi = j
                continue
            }
            if let cells = pipeCells(s, b.range) {
                cur.append(cells)
            } else {
                if cur.count >= 2 { out.append(cur) }
                cur = []
            }
            bi += 1
        }
        if cur.count >= 2 { out.append(cur) }
        return out
    }

    /// The cells of a line with two or more `|`, trimmed of spaces (a leading or trailing bar
    /// leaves no cell); `PipeTableReader` splits its rows with it too.
    static func pipeCells(_ s: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>]? {
        var bars = 0
        for i in r where s[i] == "|" {
            bars += 1
            if bars == 2 { break }
        }
        guard bars >= 2 else { return nil }
        var cells: [Range<Int>] = []
        var start = r.lowerBound
        for i in r.lowerBound...r.upperBound where i == r.upperBound || s[i] == "|" {
            var lo = start
            var hi = i
            while lo < hi, s[lo] == " " { lo += 1 }
            while hi > lo, s[hi - 1] == " " { hi -= 1 }
            cells.append(lo..<hi)
            start = i + 1
        }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    private static func findRows(_ ctx: DocumentContext) -> [Row] {
        let s = ctx.index.scalars
        var out: [Row] = []
        // (An empty cell is kept as a space.)
        func blank(_ r: Range<Int>) -> Bool { r.allSatisfy { s[$0] == " " } }
        for table in tables(ctx) {
            // The header: a row with a role column. Rows of a page's metadata may stand above it
            // (索引号 | … , 发布单位 | 区政府), and a long table repeats it after a page break.
            var header: [String] = []
            var columns: [Column] = []
            var numbered = false
            var lastUnits: [ResponsibleUnit] = []
            for cells in table {
                guard !cells.isEmpty else { continue }
                let kinds = cells.map { column(ctx.index.string($0)) }
                // (A body row may name 各责任单位 in a cell of its own; it is numbered, a header is not.)
                if kinds.contains(where: { $0 != .other }), !(cells[0].first.map { CharacterClass.isDigit(s[$0].value) } ?? false) {
                    header = cells.map { ctx.index.string($0).filter { $0 != " " } }
                    columns = kinds
                    numbered = header.first.map { $0.includes("序号") || $0 == "编号" } ?? false
                    lastUnits = []
                    continue
                }
                guard !header.isEmpty else { continue }
                var row = cells.map { Optional($0) }
                let startsWithNumber = !blank(cells[0]) && cells[0].allSatisfy { CharacterClass.isDigit(s[$0].value) || s[$0] == "." }
                // A row under merged cells lacks cells: its number's, when it has none (a
                // continuation of the row above: 新增托位500个。 | 新增托位600个。 | ||), and the
                // last ones (a merged unit cell).
                if numbered, !startsWithNumber { row = [nil] + row }
                while row.count > header.count, let last = row.last, last.map(blank) ?? true { row.removeLast() }
                if row.count < header.count { row += Array(repeating: nil, count: header.count - row.count) }
                var units: [ResponsibleUnit] = []
                var progress: [Range<Int>] = []
                for (c, cell) in zip(columns, row) {
                    guard let cell, !blank(cell) else { continue }
                    switch c {
                    case .unit(let role):
                        // (A row that lacks its unit cell moves the next column's words into it: 已完成。
                        // 数据采集只到市级 — a sentence, no name.)
                        units += ResponsibilityReader.split(s, cell, role: role).filter { u in
                            u.name.unicodeScalars.count >= 2 && !u.name.unicodeScalars.contains { CharacterClass.isDigit($0.value) }
                                && !u.name.unicodeScalars.contains { "。；;！？".unicodeScalars.contains($0) }
                                && (ResponsibilityReader.isWholeName(u.name) || ResponsibilityReader.isClass(u.name) || u.name.unicodeScalars.count <= 6)
                        }
                    case .progress: progress.append(cell)
                    case .other: break
                    }
                }
                // A row whose unit cells are empty or merged shares the units of the row above.
                if units.isEmpty, columns.contains(where: { if case .unit = $0 { return true } else { return false } }) {
                    units = lastUnits
                } else {
                    lastUnits = units
                }
                var seen = Set<String>()
                units = units.filter { seen.insert($0.name).inserted }
                let range = cells.first!.lowerBound..<max(cells.last!.upperBound, cells.first!.lowerBound + 1)
                out.append(Row(range: range, units: units, progress: progress))
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
