import Foundation

/// Reads indicator tables: rows written as text with `|` between cells, flattened with spaces,
/// or an HTML table's rows (cells that are lines of their own, each row's first one marked):
/// the indicator tables of five-year plans (指标 | 2020年 | 2025年 | 年均增速/累计 | 属性) and
/// year-by-year tables (年份 | 面积 | 占比).
/// A bracketed unit in a header or indicator cell (万吨标准煤, %) gives the unit, its 万/亿
/// multiplied out; the latest year column is the target, an earlier one the baseline; a 年均/累计
/// column gives the change ([2.6] is a cumulative change, in 百分点 for a share).
struct PipeTableReader {
    let ctx: DocumentContext
    private var cached: [[Row]] = []

    init(ctx: DocumentContext) {
        self.ctx = ctx
        cached = findTables()
    }

    struct Row {
        var block: Int
        var cells: [(text: String, range: Range<Int>)]
        /// Cells set apart by spaces (a table flattened into text), not by `|`.
        var spaced = false
        /// The last block of a row whose cells are blocks of their own (an HTML table's `tr`).
        var lastBlock: Int? = nil

        /// Every block the row takes.
        var blocks: ClosedRange<Int> { block...(lastBlock ?? block) }
    }

    /// The tables, found once per document.
    func tables() -> [[Row]] { cached }

    /// Consecutive blocks with two or more `|`, as tables of rows (header first); and runs of
    /// rows flattened into text with spaces between the cells (see `spacedCells`).
    private func findTables() -> [[Row]] {
        var out: [[Row]] = []
        var cur: [Row] = []
        func close() {
            if cur.count >= 2 && (!cur[0].spaced || Self.isSpacedTable(cur)) { out.append(cur) }
            cur = []
        }
        let blocks = ctx.document.blocks
        var bi = 0
        while bi < blocks.count {
            let b = blocks[bi]
            defer { bi += 1 }
            // An HTML table's row: its cells are blocks of their own, the first marked. Only an
            // indicator table (指标 | 2020年 | 2025年 | 属性) is read here; other tables stay with
            // the task-table readers and the prose.
            if b.kind == .tableCell, b.rowStart {
                var j = bi + 1
                while j < blocks.count, blocks[j].kind == .tableCell, !blocks[j].rowStart { j += 1 }
                let cells = blocks[bi..<j].map { (ctx.index.string($0.range), $0.range) }
                if cur.first?.lastBlock == nil { close() }
                if !cur.isEmpty || (cells.count >= 3 && isCellHeader(cells)) {
                    cur.append(Row(block: bi, cells: cells, lastBlock: j - 1))
                }
                bi = j - 1
                continue
            }
            if cur.first?.lastBlock != nil { close() }
            let cells = split(b.range)
            if cells.count >= 3 {
                if cur.first?.spaced == true { close() }
                cur.append(Row(block: bi, cells: cells))
                continue
            }
            let spaced = spacedCells(b.range)
            if spaced.count >= 2 {
                if cur.first?.spaced == false { close() }
                // A header row starts a table of its own.
                if isSpacedHeader(spaced) { close() }
                cur.append(Row(block: bi, cells: spaced, spaced: true))
            } else {
                close()
            }
        }
        close()
        return out
    }

    /// Flattened rows count as a table under a header with a year, or three rows or more.
    private static func isSpacedTable(_ rows: [Row]) -> Bool {
        rows.count >= 3 || rows[0].cells.contains { $0.text.hasSuffix("年") }
    }

    /// 指标 2025年 属性: a flattened header names its indicator column and a year.
    private func isSpacedHeader(_ cells: [(text: String, range: Range<Int>)]) -> Bool {
        cells.contains { Self.headerWords.contains($0.text) } && cells.contains { yearOf($0.text) != nil && $0.text.hasSuffix("年") }
    }

    /// An HTML table's header row: real cells, so a year may start a longer header (2025年目标值),
    /// and a column of target values may carry no year at all (目标值, 绩效参考值).
    private func isCellHeader(_ cells: [(text: String, range: Range<Int>)]) -> Bool {
        cells.contains { Self.headerWords.contains($0.text) || $0.text.includes("指标") }
            && cells.contains { yearOf($0.text) != nil || Self.isValueHeader($0.text) }
    }

    /// A header of a column of target values that names no year (目标值, 绩效参考值, 预期目标).
    static func isValueHeader(_ t: String) -> Bool {
        t.count <= 8 && (t.hasSuffix("目标值") || t.hasSuffix("参考值") || t.hasSuffix("指标值") || t == "目标" || t.hasSuffix("预期目标") || t.hasSuffix("规划目标"))
    }

    static let headerWords: Set<String> = ["指标", "指标名称", "项目", "名称", "序号", "属性", "单位", "目标值", "目标"]
    static let headerStarts = ScalarSet(headerWords.compactMap { $0.unicodeScalars.first })
    static let attributeWords: Set<String> = ["预期性", "约束性", "预期", "约束", "―", "—", "-", "－", "/", "无"]

    /// A table row flattened into text, its cells set apart by spaces (1.城乡残疾人职业技能培训
    /// 人数(万人) >4 预期性; 6 火灾十万人口死亡率 0.06 ≤0.17 ―): an indicator with Han in it,
    /// then only figures (>7.5, ≤0.17, [20], 100), dashes and attribute words. The row's own
    /// number before the indicator is dropped. A header (指标 2025年 属性) is a row too.
    private func spacedCells(_ r: Range<Int>) -> [(text: String, range: Range<Int>)] {
        let s = ctx.index.scalars
        guard r.count >= 4 else { return [] }
        // A row ends in a figure, a dash or an attribute word (预期性), a header in 属性 or a
        // year: prose with a space ends otherwise (。), told before anything else is looked at.
        var lastSpace = r.upperBound - 1
        while lastSpace > r.lowerBound, s[lastSpace] != " " { lastSpace -= 1 }
        guard lastSpace > r.lowerBound, Self.mayEndARow(s[(lastSpace + 1)..<r.upperBound]) else { return [] }
        // Token ranges first: strings are made only for a row that qualifies (most blocks
        // with a space are prose).
        var ranges: [Range<Int>] = []
        var start = r.lowerBound
        for i in r.lowerBound...r.upperBound where i == r.upperBound || s[i] == " " {
            if i > start { ranges.append(start..<i) }
            start = i + 1
        }
        guard ranges.count >= 2 else { return [] }
        func text(_ q: Range<Int>) -> String { ctx.index.string(q) }
        // A header holds a year (2025年) and a word such as 指标: checked on scalars first.
        if ranges.count <= 8, s[r].contains("年"), s[r].contains(where: { Self.headerStarts.contains($0) }) {
            let tokens = ranges.map { (text($0), $0) }
            if isSpacedHeader(tokens) { return tokens }
        }
        guard let k = ranges.indices.first(where: { $0 >= 1 && Self.isFigure(s[ranges[$0]]) }) else { return [] }
        guard k == 1 || (k == 2 && s[ranges[0]].allSatisfy({ CharacterClass.isDigit($0.value) })) else { return [] }
        guard s[ranges[k - 1]].contains(where: { CharacterClass.isHan($0.value) }) else { return [] }
        let cells = ranges[(k - 1)...].map { (text($0), $0) }
        guard cells.dropFirst().allSatisfy({ Self.isFigure(s[$0.1]) || Self.attributeWords.contains($0.0) || Self.isChange($0.0) })
        else { return [] }
        return cells
    }

    /// Whether a last cell could close a table row: its last character is a digit, %, ], a
    /// dash, 性 (预期性, 约束性), 年, 上, 下 (以上, 以下) or the end of a header word.
    static func mayEndARow(_ cell: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = cell.last else { return false }
        return CharacterClass.isDigit(last.value) || rowEnds.contains(last)
    }

    static let rowEnds = ScalarSet("%]］―—-－/无性年上下内右标目称号位")

    /// A change column's cell (下降23%以上, 增长10%左右): kept in the row, not read as its level.
    static func isChange(_ t: String) -> Bool {
        guard let w = ["下降", "降低", "减少", "增长", "提高", "增加"].first(where: { t.hasPrefix($0) }) else { return false }
        var rest = String(t.dropFirst(w.count))
        for tail in ["以上", "以下", "以内", "左右"] where rest.hasSuffix(tail) { rest = String(rest.dropLast(tail.count)) }
        return isFigure(rest)
    }

    /// A cell that is a figure alone: a number with a sign before it or % after it, or bracketed.
    static func isFigure(_ t: String) -> Bool { isFigure(Array(t.unicodeScalars)[...]) }

    static func isFigure(_ t: ArraySlice<Unicode.Scalar>) -> Bool {
        var sc = t
        while let f = sc.first, figureOpeners.contains(f) { sc.removeFirst() }
        while let l = sc.last, figureClosers.contains(l) { sc.removeLast() }
        guard let f = sc.first, CharacterClass.isDigit(f.value) else { return false }
        return sc.allSatisfy { CharacterClass.isDigit($0.value) || $0 == "." }
    }

    static let figureOpeners = ScalarSet("<>≤≥＜＞=[［")
    static let figureClosers = ScalarSet("%]］")

    /// The blocks of the tables this reader reads; a table with no column of targets (工作内容 |
    /// 当前工作进展 | 形象进度) is left to the prose reader, row by row.
    func tableBlocks() -> Set<Int> { Set(tables().filter(reads).flatMap { $0.flatMap(\.blocks) }) }

    /// Whether `read` takes the table: rows without a header, a year-by-year table, or a header
    /// that names a target column by its year or as a column of target values.
    private func reads(_ t: [Row]) -> Bool {
        if t[0].spaced && !isSpacedHeader(t[0].cells) { return true }
        let header = t[0].cells.map(\.text)
        if let first = header.first, first.includes("年份") || first.includes("年度") || first.includes("时间") { return true }
        return header.contains { yearOf($0) != nil || Self.isValueHeader($0) }
    }

    private func split(_ r: Range<Int>) -> [(text: String, range: Range<Int>)] {
        (RoleColumnReader.pipeCells(ctx.index.scalars, r) ?? []).map { (ctx.index.string($0), $0) }
    }

    func read() -> [ExtractedRecord] {
        var out: [ExtractedRecord] = []
        for t in tables() where reads(t) {
            if t[0].spaced && !isSpacedHeader(t[0].cells) {
                out += readHeaderlessRows(t)
                continue
            }
            let header = t[0].cells.map(\.text)
            if let first = header.first, first.includes("年份") || first.includes("年度") || first.includes("时间") {
                out += readYearRows(t)
            } else {
                out += readIndicatorRows(t)
            }
        }
        return out
    }

    /// A unit written in brackets (万吨标准煤) → its magnitude and base unit; the text without it.
    static func bracketUnit(_ text: String) -> (text: String, unit: String?, magnitude: Double) {
        guard let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }),
            let close = text.lastIndex(where: { $0 == "）" || $0 == ")" }), open < close
        else { return (text, nil, 1) }
        var unit = String(text[text.index(after: open)..<close])
        let name = String(text[..<open]) + String(text[text.index(after: close)...])
        var mag: Double = 1
        if unit.hasPrefix("万") && unit.count > 1 {
            mag = 1e4; unit.removeFirst()
        } else if unit.hasPrefix("亿") && unit.count > 1 {
            mag = 1e8; unit.removeFirst()
        }
        return (name.trimming(" "), unit, mag)
    }

    private func yearOf(_ header: String) -> Int? {
        let sc = Array(header.unicodeScalars)
        // 08年: a year of the 2000s written with two digits.
        if sc.count >= 3, sc[0] == "0", CharacterClass.isDigit(sc[1].value), sc[2] == "年", let d = Int(String(sc[1])) { return 2000 + d }
        guard sc.count >= 4, let y = Int(String(String.UnicodeScalarView(sc[0..<4]))), (1990...2100).contains(y) else { return nil }
        return y
    }

    /// One number in a cell, with a comparator written before it (>21.5) or after it (52以上), and
    /// whether it is bracketed ([2.6], 〔18〕).
    /// Whether a change cell agrees with its row's base and target (54 | 60 | [6], or 2.1 a year):
    /// a misread or mistyped cell ((9) under 54 → 60) gives no target. Rows that are changes
    /// themselves (…降低, …增长) or lack either figure are not checked.
    private func changeFits(
        _ v: (hit: NumberHit, comparator: Comparator?, bracketed: Bool), row: Row, name: String, base: (Int, Int?)?, target: (column: Int, year: Int?)
    ) -> Bool {
        guard let base, row.cells.count > max(base.0, target.column),
            !["降低", "下降", "减少", "增长", "增速", "增幅", "提高"].contains(where: name.includes),
            let b = cellValue(row.cells[base.0]), !b.bracketed, let t = cellValue(row.cells[target.column]), !t.bracketed,
            b.hit.value > 0, t.hit.value > 0
        else { return true }
        let c = v.hit.value
        let years = Double(max(1, (target.year ?? ctx.plan?.end ?? 0) - (base.1 ?? ctx.plan.map { $0.start - 1 } ?? 0)))
        let span = years >= 1 && years <= 15 ? years : 5
        let total = t.hit.value - b.hit.value
        var readings = [abs(total)]
        if !v.bracketed { readings += [abs(pow(t.hit.value / b.hit.value, 1 / span) - 1) * 100, abs(total) / span] }
        return readings.contains { abs(abs(c) - $0) <= max(0.5, 0.25 * $0) }
    }

    private func cellValue(_ cell: (text: String, range: Range<Int>)) -> (hit: NumberHit, comparator: Comparator?, bracketed: Bool)? {
        let t = cell.text
        // (一 alone is a dash for an empty cell, as — and - are.)
        if t.trimming(" ") == "一" { return nil }
        // (较2022年下降3%: the year of a base in the cell is no value.)
        let bases = ctx.dateMentions(in: cell.range).filter { ctx.isBaselineYear($0) }.map(\.range)
        guard let hit = NumberBridge.scan(ctx.index.scalars, in: cell.range).first(where: { h in !bases.contains { $0.overlaps(h.range) } })
        else { return nil }
        var cmp: Comparator? = nil
        if t.hasPrefix(">=") || t.hasPrefix("≥") {
            cmp = .atLeast
        } else if t.hasPrefix("<=") || t.hasPrefix("≤") {
            cmp = .atMost
        } else if t.hasPrefix(">") || t.hasPrefix("＞") {
            cmp = .greater
        } else if t.hasPrefix("<") || t.hasPrefix("＜") {
            cmp = .less
        } else if hit.range.upperBound < cell.range.upperBound,
            let c = ctx.rules.comparators.match(ctx.index.scalars, at: hit.range.upperBound, limit: cell.range.upperBound), !c.payload.before
        {
            // …or a word after it (52以上, 79左右, 10以内).
            cmp = c.payload.comparator
        }
        return (hit, cmp, t.hasPrefix("[") || t.hasPrefix("［") || t.hasPrefix("〔") || t.hasPrefix("【"))
    }

    /// A change written in a value's cell (较2022年 下降3%), with the cell's base year.
    private func cellChange(_ cell: (text: String, range: Range<Int>), _ hit: NumberHit) -> Change? {
        let s = ctx.index.scalars
        var end = hit.range.lowerBound
        while end > cell.range.lowerBound, s[end - 1] == " " { end -= 1 }
        guard let c = ctx.rules.changes.match(s, endingAt: end, from: cell.range.lowerBound) else { return nil }
        let base = ctx.dateMentions(in: cell.range.lowerBound..<end).first { ctx.isBaselineYear($0) }
        return Change(direction: c.payload.direction, baselineYear: base?.year)
    }

    private func record(
        _ indicator: String, hit: NumberHit, unit: String?, magnitude: Double, comparator: Comparator?, change: Change?,
        baseline: Baseline?, period: String?, year: Int?, row: Row, rule: String
    ) -> ExtractedRecord {
        let s = ctx.index.scalars
        var unitText = unit
        if hit.isPercent { unitText = "%" }
        let dim: UnitDimension? = unitText.flatMap { u in ctx.rules.units.match(Array(u.unicodeScalars), at: 0)?.payload.dimension }
        let rowRange = ctx.document.blocks[row.block].range.lowerBound..<ctx.document.blocks[row.blocks.upperBound].range.upperBound
        let rec = TargetRecord(
            docId: ctx.document.record.docId, kind: .target, indicator: indicator, value: hit.value * magnitude,
            valueMax: hit.valueMax.map { $0 * magnitude }, valueText: ctx.index.string(hit.range), unit: unitText,
            dimension: dim?.rawValue, comparator: comparator ?? .equal, change: change, baseline: baseline, period: period,
            deadline: year.map { Deadline(date: String($0), text: "\($0)年", source: .inherited) },
            section: ctx.document.blocks[row.block].section,
            evidence: row.lastBlock == nil ? ctx.index.string(rowRange) : row.cells.map(\.text).joined(separator: " | "),
            span: [hit.range.lowerBound, hit.range.upperBound], rule: rule)
        _ = s
        return ExtractedRecord(record: rec, fired: [rule], tokens: [], block: row.block)
    }

    /// Flattened rows without their header (the page began below it): the last figure is the
    /// target, dated by the plan's end; a figure before it is the baseline.
    private func readHeaderlessRows(_ t: [Row]) -> [ExtractedRecord] {
        var out: [ExtractedRecord] = []
        for row in t {
            let (name, unit, mag) = Self.bracketUnit(indicatorName(row.cells[0].text))
            guard name.unicodeScalars.count >= 2 else { continue }
            let figures = row.cells.dropFirst().filter { Self.isFigure($0.text) }
            guard let last = figures.last, let v = cellValue(last) else { continue }
            let baseline = figures.count >= 2 ? cellValue(figures[figures.count - 2]).map { Baseline(value: $0.hit.value * mag, year: nil) } : nil
            out.append(
                record(
                    name, hit: v.hit, unit: unit, magnitude: mag, comparator: v.comparator, change: nil, baseline: baseline,
                    period: nil, year: ctx.plan?.end, row: row, rule: "table.indicators"))
        }
        return out
    }

    /// The unit written after a cell's figure: the rest of the cell when it opens with a known
    /// unit and is short (吨标准煤/万元), else nothing.
    private func cellUnit(after hit: NumberHit, in cell: Range<Int>) -> String? {
        let s = ctx.index.scalars
        var a = hit.range.upperBound
        while a < cell.upperBound, s[a] == " " { a += 1 }
        var b = cell.upperBound
        while b > a, s[b - 1] == " " { b -= 1 }
        guard b > a, b - a <= 10, ctx.rules.units.match(s, at: a, limit: b) != nil,
            !s[a..<b].contains(where: { CharacterClass.isDigit($0.value) })
        else { return nil }
        return ctx.index.string(a..<b)
    }

    /// An indicator cell without the row's own number (1.城乡残疾人职业技能培训人数).
    private func indicatorName(_ text: String) -> String {
        let sc = Array(text.unicodeScalars)
        guard let n = ListMarker.length(sc, at: 0, limit: sc.count), n < sc.count else { return text }
        return String(String.UnicodeScalarView(sc[n...]))
    }

    private func readYearRows(_ t: [Row]) -> [ExtractedRecord] {
        let header = t[0].cells.map(\.text)
        var out: [ExtractedRecord] = []
        for row in t.dropFirst() {
            guard let year = row.cells.first.flatMap({ yearOf($0.text) }) else { continue }
            for c in 1..<min(header.count, row.cells.count) {
                guard let v = cellValue(row.cells[c]) else { continue }
                let (name, unit, mag) = Self.bracketUnit(header[c])
                out.append(
                    record(
                        name, hit: v.hit, unit: unit, magnitude: mag, comparator: v.comparator, change: nil, baseline: nil,
                        period: nil, year: year, row: row, rule: "table.year-rows"))
            }
        }
        return out
    }

    private func readIndicatorRows(_ t: [Row]) -> [ExtractedRecord] {
        let header = t[0].cells.map(\.text)
        let years = header.enumerated().compactMap { (i, h) in yearOf(h).map { (i, $0) } }
        // The target column: the latest year's, else one headed 目标值 (dated as the text's other
        // undated targets are: by the plan period, if any).
        let target: (column: Int, year: Int?)
        if let latest = years.max(by: { $0.1 < $1.1 }) {
            target = (latest.0, latest.1)
        } else if let column = header.firstIndex(where: Self.isValueHeader) {
            target = (column, nil)
        } else {
            return []
        }
        // Two or more year columns of targets (基期水平 | 2022年目标值 | 2030年目标值) give a target
        // each; the baseline is then a year column that is no target, or the 基期/现状 column.
        // (…and so do the year columns a plan looks ahead to, 2023年 | 2025年 | 2027年 in a notice
        // of 2025: every year from the notice's own on, unless its header says it is a result.)
        var targetYears = years.filter { header[$0.0].includes("目标") }
        if targetYears.count < 2, let now = ctx.publishedYear ?? ctx.plan?.start {
            let ahead = years.filter { y in
                y.1 >= now && !["实际", "现状", "基期", "基数", "完成", "基准"].contains { header[y.0].includes($0) }
            }
            if ahead.count >= 2 { targetYears = ahead }
        }
        let targets: [(column: Int, year: Int?)] = targetYears.count >= 2 ? targetYears.map { ($0.0, $0.1) } : [target]
        var base: (Int, Int?)? = years.filter { y in y.1 < target.year ?? Int.max && !targets.contains { $0.column == y.0 } }
            .max(by: { $0.1 < $1.1 }).map { ($0.0, $0.1) }
        if base == nil, targets.count >= 2, let b = header.firstIndex(where: { $0.includes("基期") || $0.includes("现状") || $0.includes("基数") }) {
            base = (b, nil)
        }
        let changeCol = header.firstIndex { $0.includes("年均") || $0.includes("累计") || $0.includes("增速") || $0.includes("增幅") }
        // The indicator column: headed 指标/项目/名称, else the last text column before the first year.
        let indicatorCol =
            header.firstIndex { $0.includes("指标") || $0.includes("项目") || $0.includes("名称") } ?? max(0, (years.first?.0 ?? 1) - 1)
        // A 单位 column of its own (指标 | 单位 | 2020年 | 2025年): the unit when the name has none.
        let unitCol = header.firstIndex { $0 == "单位" || $0 == "计量单位" }
        var out: [ExtractedRecord] = []
        // Rows and header line up at their right edge: a row under a merged cell (a rowspan
        // over 类别) lacks its first cells, and a header flattened from two lines (序号 | on a
        // line of its own) lacks the row number's.
        // (Empty cells at a row's end are dropped first: scrapers write a merged cell's row
        // with its cells moved left and empty ones after them.)
        let rows = t.dropFirst().map { row -> Row in
            var r = row
            while r.cells.count > 1, let last = r.cells.last, last.text.trimming(" ").isEmpty { r.cells.removeLast() }
            return r
        }
        let width = rows.map(\.cells.count).max() ?? header.count
        let shift = max(0, width - header.count)
        for var row in rows {
            // (The header again, where a long table went over a page: no row of figures.)
            if row.cells.map(\.text) == header { continue }
            if row.cells.count < width, row.lastBlock != nil || shift > 0 || row.cells.count < header.count {
                let missing = width - row.cells.count
                let at = row.cells.first?.range.lowerBound ?? 0
                row.cells = Array(repeating: ("", at..<at), count: missing) + row.cells
            }
            if shift > 0 { row.cells.removeFirst(shift) }
            guard row.cells.count > target.column && row.cells.count > indicatorCol else { continue }
            let cellText = indicatorName(row.cells[indicatorCol].text)
            var (name, unit, mag) = Self.bracketUnit(cellText)
            // A bracket that holds no unit (当量值; 工程中心、重点实验室等) is part of the name.
            if let u = unit, u != "%", u != "‰", ctx.rules.units.match(Array(u.unicodeScalars), at: 0) == nil {
                (name, unit, mag) = (cellText, nil, 1)
            }
            if unit == nil, let uc = unitCol, row.cells.count > uc, !row.cells[uc].text.isEmpty {
                (_, unit, mag) = Self.bracketUnit("(" + row.cells[uc].text + ")")
            }
            guard name.unicodeScalars.count >= 2 else { continue }
            let plan = ctx.plan?.end ?? target.year
            for tc in targets where row.cells.count > tc.column {
                guard let v = cellValue(row.cells[tc.column]) else { continue }
                // A unit written in the value's cell (≤0.35吨标准煤/万元).
                var (u, m) = (unit, mag)
                if u == nil, !v.hit.isPercent, let cu = cellUnit(after: v.hit, in: row.cells[tc.column].range) {
                    (u, m) = (cu, 1)
                }
                let baseline = base.flatMap { b in
                    row.cells.count > b.0 ? cellValue(row.cells[b.0]).map { Baseline(value: $0.hit.value * m, year: b.1) } : nil
                }
                out.append(
                    record(
                        name, hit: v.hit, unit: u, magnitude: m, comparator: v.comparator, change: cellChange(row.cells[tc.column], v.hit),
                        baseline: baseline, period: nil, year: tc.year, row: row, rule: "table.indicators"))
            }
            if let cc = changeCol, row.cells.count > cc, let v = cellValue(row.cells[cc]), changeFits(v, row: row, name: name, base: base, target: target) {
                // 3.6% a year, or [2.6]: the change over the plan (百分点 for a share written in %).
                let cumulativeUnit: String? = v.bracketed ? (unit == "%" ? "百分点" : unit) : "%"
                let direction: Change.Direction = name.includes("降低") || name.includes("下降") || name.includes("减少") ? .decrease : .increase
                var ind = name
                for w in ["降低", "下降", "减少"] where ind.hasSuffix(w) { ind = String(ind.dropLast(w.count)) }
                let label = ind + (direction == .increase ? (v.bracketed ? "提高" : "增长") : "降低")
                var hit = v.hit
                hit.isPercent = false
                out.append(
                    record(
                        // (A bracketed total is in the row's unit, its magnitude too: [2.75] under 亿亩.)
                        label, hit: hit, unit: v.hit.isPercent ? "%" : cumulativeUnit, magnitude: v.bracketed && unit != "%" ? mag : 1,
                        comparator: v.comparator,
                        change: Change(direction: direction, baselineYear: base?.1), baseline: nil,
                        period: v.bracketed ? nil : "年均", year: plan, row: row, rule: "table.indicators.change"))
            }
        }
        return out
    }
}
