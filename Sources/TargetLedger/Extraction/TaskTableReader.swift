/// Reads task tables flattened one cell per line (任务 | 重点任务 | 2024年工作项目 | 2025年计划 |
/// 2026年计划 | 牵头部门 | 配合部门 | 实施主体): each row starts at a numbered task cell （1）,
/// its year cells are dated by their column, and the unit cells after them name the row's
/// responsible units (a row with none shares the units of the row above: merged cells).
struct TaskTableReader {
    let ctx: DocumentContext
    /// The layout, found once per document.
    private var cached: Layout?

    init(ctx: DocumentContext) {
        self.ctx = ctx
        cached = nil
        cached = findLayout()
    }

    struct Layout {
        var headerEnd: Int
        var years: [Int]
        var roles: [ResponsibleRole]
    }

    /// The table's column layout (computed once).
    func layout() -> Layout? { cached }

    /// The table's column layout, found from a run of year column headers (2024年工作项目, 2025年计划 …).
    private func findLayout() -> Layout? {
        let blocks = ctx.document.blocks
        var i = 0
        while i < blocks.count {
            var years: [Int] = []
            var j = i
            while j < blocks.count, let y = yearHeader(blocks[j].range) {
                years.append(y)
                j += 1
            }
            if years.count >= 2 {
                // Role headers follow (牵头 部门 配合 部门 实施 主体), possibly split over cells.
                var roles: [ResponsibleRole] = []
                var k = j
                while k < blocks.count, blocks[k].range.count <= 6 {
                    let t = ctx.index.string(blocks[k].range)
                    if t.includes("牵头") {
                        roles.append(.lead)
                    } else if t.includes("配合") || t.includes("协同") {
                        roles.append(.support)
                    } else if t.includes("实施") || t.includes("责任") {
                        roles.append(.responsible)
                    }
                    k += 1
                }
                return Layout(headerEnd: k, years: years, roles: roles)
            }
            i = j + 1
        }
        return nil
    }

    private func yearHeader(_ r: Range<Int>) -> Int? {
        // Cheap test on the scalars first: most blocks are no header (this runs on every block).
        let text = ctx.index.scalars
        guard r.count >= 5, r.count <= 12 else { return nil }
        let y0 = r.lowerBound + (text[r.lowerBound] == " " ? 1 : 0)
        guard y0 + 4 < r.upperBound, text[y0 + 4] == "年", (y0..<(y0 + 4)).allSatisfy({ ("0"..."9").contains(text[$0]) }) else { return nil }
        let t = ctx.index.string(r).trimming(" ")
        guard t.unicodeScalars.count <= 10, t.unicodeScalars.count >= 5 else { return nil }
        let sc = Array(t.unicodeScalars)
        guard sc[4] == "年", let y = Int(String(t.prefix(4))), (1990...2100).contains(y) else { return nil }
        let rest = String(t.dropFirst(5))
        return ["计划", "工作", "目标", "任务", "项目", "安排"].contains(where: rest.includes) ? y : nil
    }

    /// Blocks that belong to the table (read here, not as prose).
    func tableBlocks() -> Set<Int> {
        guard let l = layout() else { return [] }
        return Set(l.headerEnd..<ctx.document.blocks.count)
    }

    static let bodyEndings = ResponsibilityReader.bodyEndings + ["区", "市", "县", "委员会"]

    private func isUnitCell(_ r: Range<Int>) -> Bool {
        // The rejections that need no string first: a sentence mark or a digit anywhere.
        let s = ctx.index.scalars
        for i in r where s[i] == "。" || s[i] == "，" || ("0"..."9").contains(s[i]) { return false }
        let t = ctx.index.string(r).trimming(" ")
        if t.isEmpty || t.unicodeScalars.count > 40 { return false }
        if t.includes("。") || t.includes("，") || t.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { return false }
        let parts = t.split(whereSeparator: { "、,，;；".contains($0) }).map(String.init)
        return !parts.isEmpty && parts.allSatisfy { p in Self.bodyEndings.contains { p.hasSuffix($0) } || p.hasSuffix("）") }
    }

    private func isRowAnchor(_ r: Range<Int>) -> Bool {
        let s = ctx.index.scalars
        guard r.count >= 3 else { return false }
        let c = s[r.lowerBound]
        guard c == "（" || c == "(" else { return false }
        return ("0"..."9").contains(s[r.lowerBound + 1])
    }

    /// The table's records, and each task row's units by its number.
    func read() -> (records: [ExtractedRecord], units: [Int: [ResponsibleUnit]]) {
        guard let layout = layout() else { return ([], [:]) }
        var rowUnits: [Int: [ResponsibleUnit]] = [:]
        let blocks = ctx.document.blocks
        var out: [ExtractedRecord] = []
        var reader = SentenceReader(ctx: ctx)
        var lastUnits: [ResponsibleUnit] = []
        let bodyRecords = tableFreeValues(before: layout.headerEnd)
        var i = layout.headerEnd
        while i < blocks.count {
            guard isRowAnchor(blocks[i].range) else {
                i += 1
                continue
            }
            var rowRecords: [ExtractedRecord] = []
            // Figures of a cell that name nothing themselves (200辆) take the task's words.
            reader.indicatorFallback = ItemNumber.taskWords(blocks[i].range, ctx: ctx)
            defer { reader.indicatorFallback = nil }
            // The task cell: its figures span the whole plan; a restatement of the body is skipped.
            for r in reader.records(of: i, deadline: nil) where !bodyRecords.contains("\(r.record.value ?? -1)|\(r.record.unit ?? "")") {
                rowRecords.append(r)
            }
            var j = i + 1
            for year in layout.years {
                guard j < blocks.count, !isRowAnchor(blocks[j].range), !isUnitCell(blocks[j].range) else { break }
                let d = Deadline(date: String(year), text: "\(year)年", source: .inherited)
                rowRecords += reader.records(of: j, deadline: d)
                j += 1
            }
            var units: [ResponsibleUnit] = []
            var col = 0
            while j < blocks.count, isUnitCell(blocks[j].range) {
                let role = col < layout.roles.count ? layout.roles[col] : .responsible
                units += ResponsibilityReader.split(ctx.index.scalars, blocks[j].range, role: role)
                col += 1
                j += 1
            }
            if units.isEmpty { units = lastUnits } else { lastUnits = units }
            var seen = Set<String>()
            units = units.filter { seen.insert($0.name).inserted }
            for k in rowRecords.indices {
                rowRecords[k].record.responsible = units
                rowRecords[k].fired.append("table.task-row")
            }
            if let n = ItemNumber.parse(blocks[i].range, ctx: ctx) { rowUnits[n] = units }
            out += rowRecords
            i = max(j, i + 1)
        }
        return (out, rowUnits)
    }

    /// Value|unit pairs already stated in the prose before the table.
    private func tableFreeValues(before end: Int) -> Set<String> {
        var reader = SentenceReader(ctx: ctx)
        var set = Set<String>()
        for bi in 0..<min(end, ctx.document.blocks.count) {
            for r in reader.records(of: bi, deadline: nil) { set.insert("\(r.record.value ?? -1)|\(r.record.unit ?? "")") }
        }
        return set
    }
}
