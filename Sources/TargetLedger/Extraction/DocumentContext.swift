/// Everything the extractor computes once per document before it reads sentences: the text in
/// both encodings, the spans that are never values, the dates, and the document's reference years.
final class DocumentContext {
    let document: ReadDocument
    let rules: RuleSet
    let index: TextIndex
    /// Spans no number may be read from: filters, date expressions, periods.
    let blocked: SpanSet
    let dates: [DateMention]
    let notTargetSpans: SpanSet
    let periodSpans: [(range: Range<Int>, rule: String)]
    /// Spans of cited titles 《…》.
    let titleSpans: SpanSet
    /// Every number of the text, scanned once: sentences take theirs from here.
    let numberHits: [NumberHit]
    let publishedYear: Int?
    /// The year a work report sets its expected figures for (2019年经济社会发展主要预期目标):
    /// where the notice gives no date, a year before it is the year the report looks back on.
    /// (Only 预期目标 of a year not set as a horizon: 到2021年底…工作目标 and 2035年远景目标 are a
    /// plan's, whose earlier years are steps.)
    static func goalsYear(in s: [Unicode.Scalar]) -> Int? {
        var best: Int? = nil
        var i = 3
        while i < s.count {
            if s[i] == "标", s[i - 1] == "目", s[i - 2] == "期", s[i - 3] == "预" {
                var k = i - 4
                while k >= 4, i - k <= 18, !"。；;，,\n".unicodeScalars.contains(s[k]) {
                    if s[k] == "年", let y = firstYear(in: Array(s[(k - 4)...k])) {
                        if k < 5 || !"到至".unicodeScalars.contains(s[k - 5]) { best = max(best ?? y, y) }
                        break
                    }
                    k -= 1
                }
            }
            i += 1
        }
        return best
    }

    /// The year a text names as its own: 今年 glossed with its year (今年(2024年), 今年（2024年）),
    /// or 今年 said to be the first or last year of a named plan (今年是“十四五”规划收官之年).
    static func yearOfToday(in s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i + 3 < s.count {
            defer { i += 1 }
            guard s[i] == "今", s[i + 1] == "年" else { continue }
            let after = Array(s[(i + 2)..<min(s.count, i + 24)])
            if let open = after.first, open == "(" || open == "（", after.count >= 7, after[5] == "年", after[6] == ")" || after[6] == "）",
                let y = firstYear(in: Array(after[1...5]))
            {
                return y
            }
            guard after.first == "是" else { continue }
            let text = String(scalars: after)
            for (word, start) in MetadataExtractor.fiveYear where word.hasPrefix("十") {
                guard let r = text.range(of: word) else { continue }
                let rest = String(text[r.upperBound...].prefix(10))
                if rest.contains("收官") || rest.contains("最后一年") { return start + 4 }
                if rest.contains("开局") || rest.contains("起步") || rest.contains("第一年") { return start }
            }
        }
        return nil
    }

    /// The first year written 19xx年 or 20xx年 in `t`.
    static func firstYear(in t: [Unicode.Scalar]) -> Int? {
        guard t.count >= 5 else { return nil }
        for i in 0...(t.count - 5) where t[i + 4] == "年" && (t[i] == "1" || t[i] == "2") {
            let digits = t[i..<(i + 4)].compactMap { ChineseNumber.asciiDigit($0) }
            guard digits.count == 4, i == 0 || !CharacterClass.isDigit(t[i - 1].value) else { continue }
            let y = digits.reduce(0) { $0 * 10 + Int($1) }
            if (1900...2100).contains(y) { return y }
        }
        return nil
    }

    /// The year a report's title names (乡镇2017年脱贫攻坚工作整改情况报告 → 2017): the year it looks
    /// back on where the notice gives no date.
    let titleYear: Int?
    /// The latest year the notice sets goals for (`goalsYear(in:)`).
    let goalsYear: Int?
    /// Whether that year is the page's post date (a repost may carry an older plan).
    let postedYear: Bool
    let plan: PlanPeriod?
    /// Whether the notice reports rather than plans (通报, 总结, 报告 in its title).
    let isReport: Bool
    /// For every block, the indices of the heading blocks above it (itself included), outermost first.
    let headingChain: [[Int]]
    /// What each heading's title says of its section: a review (工作回顾), goals or tasks
    /// (主要目标, 重点工作), and the year it names. Computed once per heading.
    /// (`goals`: a review of the goals it names, 各项目标任务完成情况: a goal restated under it
    /// with its bound, 不少于3个, stays a goal.)
    private(set) var headingCues: [Int: (fact: Bool, forward: Bool, year: Int?, goals: Bool)] = [:]
    /// The plan's overall goal year where the notice states no plan period (到2029年,我市实现…
    /// under a 目标 heading): the fallback deadline, if the goals name one horizon only.
    private(set) var goalYear: Int? = nil

    /// Blocks under an unnumbered review line (回顾2023年工作成果, …要点之一：2022年工作回顾) up
    /// to the next heading or goals line: a review as its numbered heading's section is.
    private(set) var underReviewLine = Set<Int>()

    /// For each block holding a goal's lead-in (…目标是：, 主要任务为：), where its colon stands:
    /// found in one pass over the text's colons, since every undated figure asks.
    private(set) var goalLeadIns: [Int: Int] = [:]

    /// For each block asked about, the time limits written for its item (where each date starts,
    /// and the deadline): found once per block, since every undated figure of it asks.
    var timeLimits: [Int: [(at: Int, deadline: Deadline)]] = [:]

    /// Words that make an unnumbered line head a review (2022年工作回顾, 回顾2023年工作成果).
    static let reviewWords: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["回顾", "回头看", "总结", "过去", "成效", "成绩", "成就"] { l.insert(w, true) }
        return l
    }()

    /// Marks that end a sentence: a line ending so is prose, not a heading line.
    static let sentenceEnders = ScalarSet("。；;，,！？!?")

    /// What 年度 qualifies when it names a plan's year rather than a recurrence (年度目标, 年度任务).
    static let niandu: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["目标", "任务", "方案", "计划", "工作"] { l.insert(w, true) }
        return l
    }()

    /// How a heading that reports ends, whatever goals it names (各项目标任务完成情况).
    static let reviewEnds = ["完成情况", "进展情况", "执行情况", "实施情况", "落实情况", "工作情况"]

    /// The year in a document number's brackets (〔2014〕, [2023], （2021）).
    static func docNumberYear(_ n: String) -> Int? {
        let u = Array(n.unicodeScalars)
        guard let open = u.firstIndex(where: { "〔[［(（【".unicodeScalars.contains($0) }), open + 5 < u.count else { return nil }
        let digits = u[(open + 1)..<(open + 5)]
        guard digits.allSatisfy({ CharacterClass.isDigit($0.value) }), let y = Int(String(scalars: digits)), (1990...2100).contains(y) else { return nil }
        return y
    }

    /// Title words of a notice that reports rather than plans.
    static let reportGenres = ["通报", "总结", "报告", "公报", "情况的", "完成情况", "进展情况"]

    /// Characters that make 年度 name one year (上年度, 本年度, 当年度).
    static let yearPointers: ScalarSet = ["上", "本", "当", "该", "下", "前"]

    init(document: ReadDocument, rules: RuleSet) {
        self.document = document
        self.rules = rules
        let index = TextIndex(document.text.scalars)
        self.index = index
        var blocked: [Range<Int>] = []
        // Filters only matter where a number is: they search the lines that hold one.
        let hits = NumberBridge.scan(index.scalars, in: 0..<index.scalars.count)
        numberHits = hits
        let numberLines = Self.linesWithNumbers(index.scalars, hits: hits)
        let numberMasks = index.prefilterMasks(numberLines, table: rules.prefilterTable)
        for pr in rules.filterPatterns {
            for g in index.matches(pr, inScalarRegions: numberLines, masks: numberMasks) { if let r = g[0], !r.isEmpty { blocked.append(r) } }
        }
        for m in rules.filterWords.allMatches(index.scalars, in: 0..<index.scalars.count) { blocked.append(m.range) }
        let dateRegions = DeadlineScanner.regions(index.scalars)
        let dateMasks = index.prefilterMasks(dateRegions, table: rules.datePrefilterTable)
        let dates = DeadlineScanner(rules: rules).scan(index, regions: dateRegions, masks: dateMasks)
        self.dates = dates
        blocked += dates.map(\.range)
        var periods: [(Range<Int>, String)] = []
        // Period patterns all hold 年 (5年不少于, 连续3年, 每个聘期(3年)): the date regions cover them.
        for pr in rules.periodPatterns {
            for g in index.matches(pr, inScalarRegions: dateRegions, masks: dateMasks) {
                if let r = g[0], !r.isEmpty { periods.append((r, pr.rule.id)); blocked.append(r) }
            }
        }
        for m in rules.periodWords.allMatches(index.scalars, in: 0..<index.scalars.count) {
            // 上年度, 本年度: which year a base is taken from, no recurrence.
            if m.range.lowerBound > 0, Self.yearPointers.contains(index.scalars[m.range.lowerBound - 1]) { continue }
            // 2004年度各项经营目标, 各年度视情提出, 达到年度目标考核要求: 年度 names one year or
            // qualifies a plan's goals; it is no recurrence of a figure.
            if m.range.count == 2, index.scalars[m.range.lowerBound] == "年", index.scalars[m.range.lowerBound + 1] == "度" {
                let before = m.range.lowerBound > 0 ? index.scalars[m.range.lowerBound - 1] : " "
                if CharacterClass.isDigit(before.value) || before == "各" || before == "跨" || Self.niandu.match(index.scalars, at: m.range.upperBound) != nil { continue }
            }
            periods.append((m.range, m.payload))
        }
        periodSpans = periods.sorted { $0.0.lowerBound < $1.0.lowerBound }
        var titles: [Range<Int>] = []
        var open: Int? = nil
        for (i, c) in index.scalars.enumerated() {
            if c == "《" {
                open = i
            } else if c == "》", let o = open {
                titles.append(o..<(i + 1)); open = nil
            } else if c == "\n" {
                open = nil
            }
        }
        titleSpans = SpanSet(titles)
        self.blocked = SpanSet(blocked)
        var nt: [Range<Int>] = []
        for pr in rules.cuePatterns["not_target"] ?? [] {
            for g in index.matches(pr, inScalarRegions: numberLines, masks: numberMasks) { if let r = g[0], !r.isEmpty { nt.append(r) } }
        }
        notTargetSpans = SpanSet(nt)
        postedYear = document.record.warnings.contains(PostLine.dateWarning)
        // A one-year plan a portal posted years later (2007年…目标管理工作方案, 发布时间:2009/02/04)
        // speaks from its own year: its targets are not facts of the year it was posted in.
        let posted = document.record.published.flatMap { Int($0.prefix(4)) }
        let titleText = document.record.title ?? ""
        if postedYear, let p = document.record.planPeriod, p.start == p.end, let y = posted, p.end < y,
            !Self.reportGenres.contains(where: { titleText.includes($0) })
        {
            publishedYear = p.end
        } else if postedYear, let y = posted, let own = document.record.docNumber.flatMap(Self.docNumberYear), own < y {
            // …and so does a notice whose own number names an earlier year (鲁政发〔2014〕20号
            // posted in 2016).
            publishedYear = own
        } else {
            // (A page without a date may say which year it speaks in: 今年(2024年), 今年是“十四五”
            // 规划收官之年.)
            publishedYear = posted ?? Self.yearOfToday(in: index.scalars)
        }
        plan = document.record.planPeriod
        let title = document.record.title ?? ""
        titleYear = Self.firstYear(in: Array(title.unicodeScalars))
        goalsYear = publishedYear == nil ? Self.goalsYear(in: index.scalars) : nil
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
        // A notice that splits a report's tasks among units (政府工作报告重点工作责任分解) assigns
        // work to come: it is no report.
        isReport = Self.reportGenres.contains { title.includes($0) }
            && !["方案", "规划", "谋划", "分解", "分工", "清单", "责任", "要点", "计划", "思路"].contains { title.includes($0) }
        if document.record.planPeriod == nil { goalYear = findGoalYear() }
        var bi = 0
        let blocks = document.blocks
        for (k, c) in index.scalars.enumerated() where c == "：" || c == ":" {
            while bi < blocks.count, blocks[bi].range.upperBound <= k { bi += 1 }
            guard bi < blocks.count, blocks[bi].range.contains(k), goalLeadIns[bi] == nil else { continue }
            let start = blocks[bi].range.lowerBound
            if MilestoneFinder.leadInEnds.contains(where: { w in
                let n = w.unicodeScalars.count
                return k - n >= start && index.string((k - n)..<k) == w
            }) {
                goalLeadIns[bi] = k
            }
        }
        var review = false
        for (bi, b) in document.blocks.enumerated() {
            if b.kind == .heading {
                review = false
            } else if b.kind == .paragraph, b.range.count <= 30, let last = b.range.last, !Self.sentenceEnders.contains(index.scalars[last]) {
                // (Only words of a review: 进展情况, 落实情况 head a table's column as often. The
                // lexicon first: most short lines hold none, and the cue is a pattern.)
                if Self.reviewWords.occurs(in: index.scalars, b.range), cueMatches("fact_heading", b.range) {
                    review = true
                    continue
                }
                if review, cueMatches("forward_heading", b.range) { review = false }
            }
            if review { underReviewLine.insert(bi) }
        }
        for (bi, b) in document.blocks.enumerated() where b.kind == .heading {
            let r = titleRange(ofHeading: bi)
            let year = deadlines(in: r).first.flatMap { resolve($0, sentenceStart: r.lowerBound)?.date }.flatMap { Int($0.prefix(4)) }
            // (一)各项目标任务完成情况: a heading that ends as a review reports on the goals it names.
            let fact = cueMatches("fact_heading", r)
            let endsAsReview = fact && Self.reviewEnds.contains(where: { index.string(r).trimmingSpaces.hasSuffix($0) })
            let forward = cueMatches("forward_heading", r)
            headingCues[bi] = (fact, !endsAsReview && forward, year, endsAsReview && forward)
        }
    }

    /// Whether the words or patterns of cue `name` occur in `r`.
    func cueMatches(_ name: String, _ r: Range<Int>) -> Bool {
        if rules.cue(name).occurs(in: index.scalars, r) { return true }
        // Searched as a region of the text (opaque bounds, as if the title stood alone).
        return (rules.cuePatterns[name] ?? []).contains { !index.matches($0, inScalarRegions: [r]).isEmpty }
    }

    /// Where the filter patterns can matter: around every number, from the clause delimiter
    /// before it (kept in the region, so that a look-behind sees it) to a little after it,
    /// merged and never across a line break.
    static let clauseMarks = ScalarSet("，,。；;：:")

    static func linesWithNumbers(_ s: [Unicode.Scalar], hits: [NumberHit]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let clauseMarks = Self.clauseMarks
        for hit in hits {
            var lo = hit.range.lowerBound
            while lo > 0, hit.range.lowerBound - lo < 80, s[lo - 1] != "\n" {
                lo -= 1
                if clauseMarks.contains(s[lo]) { break }
            }
            var hi = hit.range.upperBound
            while hi < s.count, hi - hit.range.upperBound < 24, s[hi] != "\n" { hi += 1 }
            if let last = out.last, last.upperBound >= lo {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, hi)
            } else {
                out.append(lo..<hi)
            }
        }
        return out
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
        // Whether each heading's title names goals, computed once per heading, not per block below it.
        let goal: [Unicode.Scalar] = ["目", "标"]
        var namesGoal: [Int: Bool] = [:]
        for (bi, b) in document.blocks.enumerated() where b.kind == .heading {
            let r = titleRange(ofHeading: bi)
            namesGoal[bi] = r.count >= 2 && (r.lowerBound..<(r.upperBound - 1)).contains { index.scalars[$0] == goal[0] && index.scalars[$0 + 1] == goal[1] }
        }
        for (bi, b) in document.blocks.enumerated() {
            let underGoal = headingChain[bi].contains { h in namesGoal[h] ?? false }
            guard underGoal else { continue }
            var lo = b.range.lowerBound
            if let n = ListMarker.length(index.scalars, at: lo, limit: b.range.upperBound) { lo += n }
            guard let m = dateMentions(in: lo..<(lo + 4)).first(where: { $0.range.upperBound <= b.range.upperBound }),
                index.string(lo..<m.range.lowerBound).allSatisfy({ "到至力争在 ".contains($0) }),
                case .date = m.kind, let y = m.year
            else { continue }
            years.insert(y)
        }
        return years.count == 1 ? years.first : nil
    }

    func isBlocked(_ r: Range<Int>) -> Bool { blocked.overlaps(r) }

    /// The numbers lying wholly inside `r`, found by binary search.
    func numbers(in r: Range<Int>) -> ArraySlice<NumberHit> {
        var lo = 0
        var hi = numberHits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if numberHits[mid].range.lowerBound < r.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < numberHits.count, numberHits[end].range.upperBound <= r.upperBound { end += 1 }
        return numberHits[lo..<end]
    }

    /// Every date mention (deadline or not) starting inside `r`, found by binary search.
    func dateMentions(in r: Range<Int>) -> ArraySlice<DateMention> {
        let lo = dates.firstIndex(startingAtOrAfter: max(0, r.lowerBound))
        let hi = dates.firstIndex(startingAtOrAfter: max(r.lowerBound, r.upperBound))
        return dates[lo..<max(lo, hi)]
    }

    /// Period spans starting inside `r`.
    func periods(in r: Range<Int>) -> ArraySlice<(range: Range<Int>, rule: String)> {
        func first(_ p: Int) -> Int {
            var lo = 0
            var hi = periodSpans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if periodSpans[mid].range.lowerBound < p { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let a = first(max(0, r.lowerBound))
        let b = first(max(r.lowerBound, r.upperBound))
        return periodSpans[a..<max(a, b)]
    }

    /// Date mentions that are real deadlines inside `range`, in text order (never inside a
    /// cited title: 《…方案（2024-2026年）》).
    func deadlines(in range: Range<Int>) -> [DateMention] {
        var out: [DateMention] = []
        var i = dates.firstIndex(startingAtOrAfter: range.lowerBound)
        // Most sentences hold no date: no arrays for them.
        if i >= dates.count || dates[i].range.lowerBound >= range.upperBound { return [] }
        while i < dates.count, dates[i].range.lowerBound < range.upperBound {
            out.append(dates[i])
            i += 1
        }
        return out.filter { m in
            if titleSpans.contains(m.range.lowerBound) { return false }
            if case .notDeadline = m.kind { return false }
            // 一年内停电次数: N年内 before a noun is the period of a count, not a deadline.
            // (2年内完成…建设: before a verb it is a deadline.)
            if case .relative = m.kind, m.text.hasSuffix("内"), m.range.upperBound < index.scalars.count,
                !"，,：:；; ".unicodeScalars.contains(index.scalars[m.range.upperBound]),
                rules.cues.stepVerb.match(index.scalars, at: m.range.upperBound) == nil,
                rules.cues.milestoneVerb.match(index.scalars, at: m.range.upperBound) == nil
            {
                return false
            }
            return !isBaselineYear(m)
        }
    }

    /// A named plan that ended before the notice's own years (巩固“十三五”…成果 in a 2022 plan,
    /// 打赢…“十三五”… in a 十四五 one): the notice looks back on it, so it dates none of its goals.
    /// (Only where the words up to the figure commit to something: “十一五”时期，…稳定在1.8以下
    /// tells that plan's results, and its date makes them facts.)
    func isPastPlan(_ m: DateMention, committedIn range: Range<Int>) -> Bool {
        guard case .planEnd(let p?) = m.kind, let ref = plan?.start ?? publishedYear ?? titleYear, p.end < ref else { return false }
        return FactClassifier.strongLexicon.occurs(in: index.scalars, range) || FactClassifier.speaksOfFuture(index.scalars, range)
    }

    /// 比2020年 / 较2020年 name the base of a change, not a deadline.
    func isBaselineYear(_ m: DateMention) -> Bool {
        let s = index.scalars
        let i = m.range.lowerBound
        guard i > 0 else { return false }
        if "比较同与".unicodeScalars.contains(s[i - 1]) || (i > 1 && index.string(i - 2..<i) == "相比") { return true }
        // 高于2021年, 低于上年: the level a comparison is made against.
        if i > 1, s[i - 1] == "于", Self.comparisonFirsts.contains(s[i - 2]) { return true }
        // 相对于2005年, 相较于2020年: the base, like 比.
        if i > 2, s[i - 1] == "于", ["相对于", "相较于"].contains(index.string(i - 3..<i)) { return true }
        // 从2015年的73.25岁增长到74岁: the starting level's year.
        if "从由".unicodeScalars.contains(s[i - 1]), m.range.upperBound < s.count, s[m.range.upperBound] == "的" { return true }
        // 以2010年省控考核指标为基数, 在2022年的基础上, 在“十五”末的基础上: the year the change is
        // counted from.
        let opener = s[i - 1] == "“" && i > 1 ? s[i - 2] : s[i - 1]
        guard "以在".unicodeScalars.contains(opener) else { return false }
        var j = m.range.upperBound
        while j < s.count, j - m.range.upperBound < 16, !Self.baseEnds.contains(s[j]) { j += 1 }
        let rest = index.string(m.range.upperBound..<j)
        return Self.baseWords.contains { rest.includes($0) }
    }

    /// First characters of the comparisons ending in 于 whose year is a base (高于2021年, 低于上年).
    static let comparisonFirsts = ScalarSet("高低快优好慢")

    /// Words that make a year after 以/在 the base of a change.
    static let baseWords = ["为基数", "为基准", "为基期", "基础上", "为基础"]
    static let baseEnds = ScalarSet("，,。；;：:\n")

    /// The date a mention gives, with the year from context where the text has none.
    func resolve(_ m: DateMention, sentenceStart: Int) -> Deadline? {
        var contextYear: Int? = nil
        if case .date(_, _, true) = m.kind {
            // The nearest year written before it in the sentence, else the year of a one-year
            // plan, else the publication year.
            contextYear =
                dateMentions(in: sentenceStart..<m.range.lowerBound).last {
                    $0.range.upperBound <= m.range.lowerBound && $0.year != nil && !isBaselineYear($0)
                }?
                .year
                // A one-year plan's own year (2023年度…工作方案) before the day it was put online.
                ?? plan.flatMap { $0.start == $0.end ? $0.start : nil } ?? publishedYear
        }
        var from = plan
        if case .relative = m.kind,
            let start = dateMentions(in: sentenceStart..<m.range.lowerBound).last(where: { $0.isStart && $0.year != nil })?.year
        {
            // 自2021年起，利用3年时间: the years count from the start the sentence names.
            from = PlanPeriod(start: start, end: start)
        }
        let (date, source) = DeadlineScanner.resolve(m, contextYear: contextYear, plan: from, published: publishedYear)
        if case .notDeadline = m.kind { return nil }
        if date == nil, case .planEnd = m.kind { return nil }
        return Deadline(date: date, text: m.text, source: source)
    }
}
