/// Reads task-division tables flattened one cell per line whose columns are fixed (重点任务 |
/// 工作目标 | 完成时限 | 牵头部门 | 配合部门): the header names each column's part, and every
/// following group of as many cells is a row — its figures dated by the row's 时限 cell, its
/// units taken from the 牵头/配合/责任 cells.
struct ColumnTableReader {
    let ctx: DocumentContext
    private var cached: Layout?

    init(ctx: DocumentContext) {
        self.ctx = ctx
        cached = nil
        cached = findLayout()
    }

    enum Column: Equatable { case text, deadline, units(ResponsibleRole) }

    struct Layout {
        var start: Int
        var columns: [Column]
    }

    static let maxHeaderCell = 8
    static let columnLexicon: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in columnWords { l.insert(w, true) }
        return l
    }()
    static let columnWords = [
        "任务", "目标", "时限", "时间", "部门", "单位", "主体", "措施", "内容", "序号", "指标", "进度", "牵头", "配合", "责任", "事项", "工作", "协同", "参与",
    ]

    /// The layout, found once per document.
    func layout() -> Layout? { cached }

    /// The header: a run of at least three short cells, one naming a lead or responsible unit.
    private func findLayout() -> Layout? {
        let blocks = ctx.document.blocks
        var i = 0
        while i < blocks.count {
            var cols: [Column] = []
            var j = i
            while j < blocks.count, blocks[j].range.count <= Self.maxHeaderCell, blocks[j].range.count >= 2 {
                // Only words that name a column (…任务, …时限, …部门) make the header.
                guard Self.columnLexicon.occurs(in: ctx.index.scalars, blocks[j].range) else { break }
                let t = ctx.index.string(blocks[j].range)
                if t.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { break }
                if t.includes("牵头") {
                    cols.append(.units(.lead))
                } else if t.includes("配合") || t.includes("协同") || t.includes("参与") {
                    cols.append(.units(.support))
                } else if t.includes("责任") || t.includes("主体") {
                    cols.append(.units(.responsible))
                } else if t.includes("时限") || t.includes("时间") || t.includes("进度") {
                    cols.append(.deadline)
                } else {
                    cols.append(.text)
                }
                j += 1
            }
            let hasUnits = cols.contains { if case .units = $0 { return true } else { return false } }
            if cols.count >= 3 && hasUnits && cols.contains(.deadline) { return Layout(start: j, columns: cols) }
            i = max(j, i + 1)
        }
        return nil
    }

    /// Blocks the table covers.
    func tableBlocks() -> Set<Int> {
        guard let l = layout() else { return [] }
        let n = l.columns.count
        let rows = (ctx.document.blocks.count - l.start) / n
        return Set(l.start..<(l.start + rows * n))
    }

    func read() -> [ExtractedRecord] {
        guard let l = layout() else { return [] }
        let blocks = ctx.document.blocks
        let n = l.columns.count
        var reader = SentenceReader(ctx: ctx)
        var out: [ExtractedRecord] = []
        var row = l.start
        while row + n <= blocks.count {
            var deadline: Deadline? = nil
            var units: [ResponsibleUnit] = []
            for (c, col) in l.columns.enumerated() {
                let r = blocks[row + c].range
                switch col {
                case .deadline:
                    if let m = ctx.deadlines(in: r).first { deadline = ctx.resolve(m, sentenceStart: r.lowerBound) }
                case .units(let role):
                    units += ResponsibilityReader.split(ctx.index.scalars, r, role: role)
                case .text: break
                }
            }
            for (c, col) in l.columns.enumerated() where col == .text {
                for var rec in reader.records(of: row + c, deadline: deadline) {
                    rec.record.responsible = units
                    rec.fired.append("table.columns")
                    out.append(rec)
                }
            }
            row += n
        }
        return out
    }
}
