/// Everything the extractor computes once per document before it reads sentences: the text in
/// both encodings, the spans that are never values, the dates, and the document's reference years.
struct DocumentContext {
    let document: ReadDocument
    let rules: RuleSet
    let index: TextIndex
    /// Spans no number may be read from: filters, date expressions, periods.
    let blocked: [Range<Int>]
    let dates: [DateMention]
    let notTargetSpans: [Range<Int>]
    let periodSpans: [(range: Range<Int>, rule: String)]
    /// Spans of cited titles 《…》.
    let titleSpans: [Range<Int>]
    let publishedYear: Int?
    let plan: PlanPeriod?
    /// Whether the notice reports rather than plans (通报, 总结, 报告 in its title).
    let isReport: Bool
    /// For every block, the indices of the heading blocks above it (itself included), outermost first.
    let headingChain: [[Int]]
    /// The plan's overall goal year where the notice states no plan period (到2029年,我市实现…
    /// under a 目标 heading): the fallback deadline, if the goals name one horizon only.
    private(set) var goalYear: Int? = nil

    init(document: ReadDocument, rules: RuleSet) {
        self.document = document
        self.rules = rules
        let index = TextIndex(document.text.scalars)
        self.index = index
        var blocked: [Range<Int>] = []
        for pr in rules.filterPatterns {
            for g in index.matches(pr.pattern) { if let r = g[0], !r.isEmpty { blocked.append(r) } }
        }
        for m in rules.filterWords.allMatches(index.scalars, in: 0..<index.scalars.count) { blocked.append(m.range) }
        let dates = DeadlineScanner(rules: rules).scan(index)
        self.dates = dates
        blocked += dates.map(\.range)
        var periods: [(Range<Int>, String)] = []
        for pr in rules.periodPatterns {
            for g in index.matches(pr.pattern) { if let r = g[0], !r.isEmpty { periods.append((r, pr.rule.id)); blocked.append(r) } }
        }
        for m in rules.periodWords.allMatches(index.scalars, in: 0..<index.scalars.count) { periods.append((m.range, m.payload)) }
        periodSpans = periods.sorted { $0.0.lowerBound < $1.0.lowerBound }
        var titles: [Range<Int>] = []
        var open: Int? = nil
        for (i, c) in index.scalars.enumerated() {
            if c == "《" { open = i } else if c == "》", let o = open { titles.append(o..<(i + 1)); open = nil } else if c == "\n" { open = nil }
        }
        titleSpans = titles
        self.blocked = blocked.sorted { $0.lowerBound < $1.lowerBound }
        var nt: [Range<Int>] = []
        for pr in rules.cuePatterns["not_target"] ?? [] {
            for g in index.matches(pr.pattern) { if let r = g[0], !r.isEmpty { nt.append(r) } }
        }
        notTargetSpans = nt
        publishedYear = document.record.published.flatMap { Int($0.prefix(4)) }
        plan = document.record.planPeriod
        let title = document.record.title ?? ""
        var chain: [[Int]] = []
        var stack: [(level: Int, index: Int)] = []
        for (bi, b) in document.blocks.enumerated() {
            if b.kind == .heading {
                let level = max(1, b.level)
                while let top = stack.last, top.level >= level { stack.removeLast() }
                stack.append((level, bi))
            }
            chain.append(stack.map(\.index))
        }
        headingChain = chain
        isReport = ["通报", "总结", "报告", "公报", "情况的"].contains { title.contains($0) } && !title.contains("方案") && !title.contains("规划")
        if document.record.planPeriod == nil { goalYear = findGoalYear() }
    }

    /// The title of a heading block (its own words, without the item text that may follow
    /// inline: （四）在发展中增进民生福祉，…。人均可支配收入…).
    func titleRange(ofHeading h: Int) -> Range<Int> {
        let b = document.blocks[h]
        guard let title = b.section.last else { return b.range }
        let n = title.unicodeScalars.count
        return b.range.lowerBound..<min(b.range.upperBound, b.range.lowerBound + max(n, 1))
    }

    /// The single year that opens the goal paragraphs (到2029年,…) of sections headed 目标.
    private func findGoalYear() -> Int? {
        var years = Set<Int>()
        for (bi, b) in document.blocks.enumerated() {
            let underGoal = headingChain[bi].contains { h in
                let t = index.string(titleRange(ofHeading: h))
                return t.contains("目标")
            }
            guard underGoal else { continue }
            var lo = b.range.lowerBound
            if let n = ListMarker.length(index.scalars, at: lo, limit: b.range.upperBound) { lo += n }
            guard let m = dates.first(where: { $0.range.lowerBound >= lo && $0.range.lowerBound <= lo + 3 && $0.range.upperBound <= b.range.upperBound }),
                index.string(lo..<m.range.lowerBound).allSatisfy({ "到至力争在 ".contains($0) }),
                case .date = m.kind, let y = m.year
            else { continue }
            years.insert(y)
        }
        return years.count == 1 ? years.first : nil
    }

    func isBlocked(_ r: Range<Int>) -> Bool { blocked.contains { $0.overlaps(r) } }

    /// Date mentions that are real deadlines inside `range`, in text order (never inside a
    /// cited title: 《…方案（2024-2026年）》).
    func deadlines(in range: Range<Int>) -> [DateMention] {
        dates.filter { m in
            guard range.contains(m.range.lowerBound) else { return false }
            if titleSpans.contains(where: { $0.contains(m.range.lowerBound) }) { return false }
            if case .notDeadline = m.kind { return false }
            // 一年内停电次数: N年内 before a noun is the period of a count, not a deadline.
            if case .relative = m.kind, m.text.hasSuffix("内"), m.range.upperBound < index.scalars.count,
                !"，,：:；; ".unicodeScalars.contains(index.scalars[m.range.upperBound])
            {
                return false
            }
            return !isBaselineYear(m)
        }
    }

    /// 比2020年 / 较2020年 name the base of a change, not a deadline.
    func isBaselineYear(_ m: DateMention) -> Bool {
        let s = index.scalars
        let i = m.range.lowerBound
        guard i > 0 else { return false }
        return "比较同与".unicodeScalars.contains(s[i - 1]) || (i > 1 && index.string(i - 2..<i) == "相比")
    }

    /// The date a mention gives, with the year from context where the text has none.
    func resolve(_ m: DateMention, sentenceStart: Int) -> Deadline? {
        var contextYear: Int? = nil
        if case .date(_, _, true) = m.kind {
            // The nearest year written before it in the sentence, else the publication year.
            contextYear = dates.last { $0.range.upperBound <= m.range.lowerBound && $0.range.lowerBound >= sentenceStart && $0.year != nil }?.year
                ?? publishedYear
        }
        let (date, source) = DeadlineScanner.resolve(m, contextYear: contextYear, plan: plan, published: publishedYear)
        if case .notDeadline = m.kind { return nil }
        if date == nil, case .planEnd = m.kind { return nil }
        return Deadline(date: date, text: m.text, source: source)
    }
}
