/// Tells a figure that reports what already happened (kind `fact`) from a commitment: by the
/// years the sentence names against the publication year, by the section's heading (工作回顾
/// against 主要目标), by aspect words (已, 累计, 同比) and by the notice's genre (通报, 报告).
struct FactClassifier {
    let ctx: DocumentContext

    /// Words of a commitment strong enough to hold even under a review heading.
    static let strongForward = ["力争", "确保", "预期目标", "目标是", "目标为", "计划到", "将达到", "要达到"]
    /// Words that lean forward where nothing else decides (a report's undated sentences).
    static let weakForward = strongForward + ["争取", "目标任务为", "目标任务是", "任务目标为", "不低于", "不超过", "不少于", "原则上", "应当", "必须", "不得", "控制在", "以内", "左右", "安排", "将", "要"]

    /// Words of time to come (将, 计划, 争取): a report's lead does not speak for their sentence.
    static let future = strongForward + ["争取", "计划", "还将", "将", "要", "预计", "拟", "力求", "预期", "下一步"]
    static let futureLexicon: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in future { l.insert(w, true) }
        return l
    }()

    /// The two word lists as lexicons, built once (String.contains is slow on long text).
    static let strongLexicon: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in strongForward { l.insert(w, true) }
        return l
    }()
    static let weakLexicon: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in weakForward { l.insert(w, true) }
        return l
    }()

    static let clauseEnds = ScalarSet("，,；;。！？!?\n")

    /// Words of a year's estimated outcome (预计全年, 预计到年末): a review's, not a goal's.
    static let estimates: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["预计全年", "全年预计", "预计到年末", "预计到年底", "预计年末", "预计年底", "预计到今年底", "预计今年"] { l.insert(w, true) }
        return l
    }()


    /// `figure`: where the figure's number starts, for a figure (milestones have none).
    func kind(sentence: Range<Int>, clause: Range<Int>, block bi: Int, figure: Int? = nil) -> TargetKind {
        let s = ctx.index.scalars
        // Years named in the sentence up to the clause's end (a baseline 比2020年 does not count).
        var years: [Int] = []
        // A year a commitment is set for (到2017年底) stays a commitment in a page that reposts the
        // plan later (its date is the page's post date; a notice's own date decides as before).
        var setFor = false
        // (Set for a date at all, posted page or not: 到2018年, 至2023年6月.)
        var setAnyFor = false
        var monthDates: [String] = []
        for m in ctx.deadlines(in: sentence.lowerBound..<clause.upperBound) {
            if let d = ctx.resolve(m, sentenceStart: sentence.lowerBound)?.date, let y = Int(d.prefix(4)) {
                years.append(y)
                if d.count >= 7 { monthDates.append(String(d.prefix(7))) }
                let lead = m.range.lowerBound > 0 ? s[m.range.lowerBound - 1] : " "
                // (到 only: 降至2023年的14.4% reports a level.)
                // (…nor the 到 of a change verb: 由2015年的1288亿元增加到2019年的2470亿元 tells the level
                // a year reached, set for that year only when it is still to come.)
                let changeTo = lead == "到" && m.range.lowerBound >= 3
                    && ctx.rules.changes.match(s, endingAt: m.range.lowerBound - 1, from: m.range.lowerBound - 3) != nil
                let setsIt = (s[m.range.lowerBound] == "到" || lead == "到") && !changeTo
                if ctx.postedYear, setsIt { setFor = true }
                if setsIt || m.text.hasSuffix("前") { setAnyFor = true }
            }
        }
        let upTo = sentence.lowerBound..<clause.upperBound
        let forward = Self.strongLexicon.occurs(in: s, upTo)
        let leaning = Self.weakLexicon.occurs(in: s, upTo)
        // 已 in the figure's own clause reports, whatever year it names (年内已完成…).
        if !forward, clause.contains(where: { s[$0] == "已" && !Self.attributive(s, at: $0, limit: clause.upperBound) }) { return .fact }
        // 目前均已完工。其中，完成…建设1229米: a breakdown that 其中 opens tells the parts of what the
        // sentence before it reported done.
        if !forward, sentence.count > 2, s[sentence.lowerBound] == "其", s[sentence.lowerBound + 1] == "中",
            let before = previousSentence(before: sentence, block: bi), !Self.strongLexicon.occurs(in: s, before),
            before.contains(where: { s[$0] == "已" && !Self.attributive(s, at: $0, limit: before.upperBound) }),
            !Self.speaksOfFuture(s, before)
        {
            return .fact
        }
        // …and so does a completed act (出台了24项, 抢救疏散了…人), where no goal's date stands before it.
        if !forward, clause.contains(where: { Self.perfective(s, at: $0, from: sentence.lowerBound, limit: clause.upperBound) }),
            !Self.speaksOfFuture(s, upTo), !setsAGoal(upTo)
        {
            return .fact
        }
        // …and in an earlier clause of its sentence, for the figures that follow it (已实现生产总值
        // 163亿元，比上年增长13%，财政收入8亿元), unless a date or a word of time to come stands
        // between (已建成10个，到2025年新建20个).
        if !forward, let k = reportingAlready(before: clause, in: sentence),
            !Self.speaksOfFuture(s, k..<clause.upperBound), ctx.deadlines(in: (k + 1)..<clause.upperBound).isEmpty
        {
            return .fact
        }
        // 预计全年…, 预计到年末…: a year's estimated outcome, told in its review, reports it.
        if !forward, Self.estimates.occurs(in: s, upTo) { return .fact }
        // 去年 opening the sentence (去年德州渔业…, 去年，全省…) reports last year's figures.
        if !forward, sentence.count > 2, s[sentence.lowerBound] == "去", s[sentence.lowerBound + 1] == "年",
            !Self.speaksOfFuture(s, upTo), !setsAGoal(upTo)
        {
            return .fact
        }
        // A part of the publication year that ended before it (2023年上半年 in an August report) reports it.
        if let pub = ctx.document.record.published, pub.count >= 7, !forward, !setAnyFor,
            let latest = monthDates.max(), latest.count >= 7, latest < String(pub.prefix(7)), latest.hasPrefix(pub.prefix(4)),
            !Self.speaksOfFuture(s, upTo)
        {
            return .fact
        }
        if let pub = ctx.publishedYear, let maxYear = years.max() {
            if maxYear < pub && !setFor { return .fact }
            // A review of the year the notice is published in (一、2020年预算执行情况 in a report
            // of December 2020) reports that year: its heading decides.
            if maxYear == pub, !forward, !setFor, let h = ctx.headingChain[bi].last(where: { ctx.headingCues[$0] != nil }),
                ctx.headingCues[h]?.fact == true
            {
                return .fact
            }
            // (A report of the year it is published in, 2023年民政局民生工程进展情况汇报, reports
            // that year's figures where nothing leans forward.)
            if maxYear == pub, ctx.isReport, !setAnyFor, !forward, !leaning, !headingsForward(bi) { return .fact }
            if maxYear >= pub || setFor { return .target }
        }
        // Undated, a year before the one the notice sets goals for is the year it looks back on
        // (2018年…达到379.95亿元 over 2019年主要预期目标), unless the figure is set for it (到2018年).
        if ctx.publishedYear == nil, let goals = ctx.goalsYear, let maxYear = years.max(), maxYear < goals, !forward, !setAnyFor,
            !Self.speaksOfFuture(s, upTo)
        {
            return .fact
        }
        // Undated, a plan's own period still tells its past (“十三五”期间… in a 十四五 plan).
        if ctx.publishedYear == nil, let plan = ctx.plan, let maxYear = years.max(), maxYear < plan.start, !forward, !setFor {
            return .fact
        }
        // A section dated before the notice (（一）“十三五”时期住房发展成效 in a 2021 plan) reports;
        // undated, one dated before the plan's first year does.
        if let ref = ctx.publishedYear ?? ctx.plan?.start, !forward {
            for h in ctx.headingChain[bi].reversed() {
                guard let y = ctx.headingCues[h]?.year else { continue }
                if y < ref { return .fact }
                break
            }
        }
        // The innermost heading that speaks decides for the section, unless the figure's own
        // words plan a year after the one the notice looks back on (一、基本情况 … 2018年全镇计划减少…).
        for h in ctx.headingChain[bi].reversed() {
            guard let cues = ctx.headingCues[h] else { continue }
            if cues.forward { break }
            if cues.fact {
                if let y = years.max(), let ref = ctx.publishedYear ?? ctx.titleYear, y > ref, Self.speaksOfFuture(s, upTo) { return .target }
                // (A goal restated with its bound under a review of the goals: 不少于3个, 达80%.)
                if cues.goals, leaning, !ctx.rules.cues.fact.occurs(in: s, upTo), !ctx.rules.cues.factLead.occurs(in: s, upTo) { return .target }
                return forward ? .target : .fact
            }
        }
        // …and an unnumbered review line above it does the same (2022年工作回顾).
        if ctx.underReviewLine.contains(bi) { return forward ? .target : .fact }
        // Aspect words in the clause, or opening the sentence (过去一年，…).
        let opening = sentence.lowerBound..<min(clause.lowerBound, sentence.lowerBound + 6)
        // Words in the figure's own clause decide; words opening the sentence, or a report's
        // lead earlier in it (截至…，据统计…), only where nothing leans forward (将, 计划, 争取).
        // (Words are looked for first; only a clause that holds one is gone over word by word.)
        var aspect = ctx.rules.cues.fact.occurs(in: s, clause) && ctx.rules.cues.fact.allMatches(s, in: clause).contains { m in
            let a = m.range.lowerBound
            if m.range.count == 1 && s[a] == "已" && Self.attributive(s, at: a, limit: clause.upperBound) { return false }
            // 由目前的800所调整到700所: the starting level of a change, not a report.
            if m.range.count == 2 && s[a] == "目" && a > 0 && (s[a - 1] == "由" || s[a - 1] == "从") { return false }
            // (…and 项目前期 holds no 目前.)
            if m.range.count == 2 && s[a] == "目" && a > 0 && s[a - 1] == "项" { return false }
            return true
        }
        // (A lead is looked for in the clause and the five before it, and the clause after: a
        // whole long sentence's prefix, per figure, cost more than the rest of this.)
        // (…and opening the sentence, however long: 初步核算，全省生产总值…；…；城镇登记失业率3.7%.)
        if !aspect,
            ctx.rules.cues.fact.occurs(in: s, opening)
                || ctx.rules.cues.factLead.occurs(in: s, sentence.lowerBound..<min(clause.lowerBound, sentence.lowerBound + 12))
                || ctx.rules.cues.factLead.occurs(in: s, leadWindow(before: clause, in: sentence))
                || ctx.rules.cues.factLead.occurs(in: s, nextClause(after: clause.upperBound, in: sentence))
        {
            aspect = !Self.speaksOfFuture(s, upTo) && !setsAGoal(upTo)
        }
        if aspect && !forward { return .fact }
        // 由2012年的18%降至2023年的14.4%: a figure that is a year's own level reports it.
        if !forward, let f = figure, levelOfAYear(at: f, in: sentence) { return .fact }
        // Completion words after the figure, in its clause (318件建议提案办理完毕).
        var end = clause.upperBound
        while end < sentence.upperBound, !Self.clauseEnds.contains(s[end]) { end += 1 }
        if !forward && end > clause.upperBound && ctx.rules.cues.factAfter.occurs(in: s, clause.upperBound..<end) { return .fact }
        if ctx.isReport && !leaning && !headingsForward(bi) { return .fact }
        return .target
    }

    /// Whether a goal's date (到2025年, 至2027年底) stands in `range`: a report's opening words do not
    /// speak past it (全市已建成5G基站1000个，到2025年新建5000个).
    private func setsAGoal(_ range: Range<Int>) -> Bool {
        let s = ctx.index.scalars
        return ctx.deadlines(in: range).contains { m in
            let a = m.range.lowerBound
            // (至 inside a span of months, 1至9月, closes a period reported on, no goal.)
            if a >= 2, s[a - 1] == "至", CharacterClass.isDigit(s[a - 2].value) { return false }
            return s[a] == "到" || s[a] == "至" || (a > 0 && (s[a - 1] == "到" || s[a - 1] == "至"))
        }
    }

    /// Where 已 of a completed act (已实现, 已建成; not 已有基础, 而已, 不得已) stands in the five
    /// clauses before `clause`.
    private func reportingAlready(before clause: Range<Int>, in sentence: Range<Int>) -> Int? {
        let s = ctx.index.scalars
        let window = leadWindow(before: clause, in: sentence)
        guard window.lowerBound < clause.lowerBound else { return nil }
        for k in stride(from: clause.lowerBound - 1, through: window.lowerBound, by: -1)
        where s[k] == "已" || Self.perfective(s, at: k, from: sentence.lowerBound, limit: clause.lowerBound) {
            if s[k] == "已" {
                if k > sentence.lowerBound, s[k - 1] == "而" || s[k - 1] == "得" { continue }
                // (已有 reports only a count right after it: 目前已有5家基本建成，7家正式开工.)
                if k + 1 < sentence.upperBound, s[k + 1] == "有", !(k + 2 < clause.lowerBound && CharacterClass.isDigit(s[k + 2].value)) { continue }
                if Self.attributive(s, at: k, limit: clause.lowerBound) { continue }
            }
            // Only an 已 that reports a figure of its own clause (已实现生产总值163亿元): one that
            // describes a thing (已征用地块, 8项指标已纳入考核) reports none.
            var e = k + 1
            while e < clause.lowerBound, !Self.clauseEnds.contains(s[e]) { e += 1 }
            return (k + 1..<e).contains { CharacterClass.isDigit(s[$0].value) } ? k : nil
        }
        return nil
    }

    /// Whether 了 at `k` closes a completed act (出台了, 创建了, 抢救疏散了), not 为了, 除了, 到了,
    /// 了解 or 了结.
    static func perfective(_ s: [Unicode.Scalar], at k: Int, from lower: Int, limit: Int) -> Bool {
        guard s[k] == "了", k > lower, CharacterClass.isHan(s[k - 1].value), !perfectiveNot.contains(s[k - 1]) else { return false }
        if k + 1 < limit, "解结".unicodeScalars.contains(s[k + 1]) { return false }
        // (确定了…的目标, 提出了…, 印发了…清单: setting a goal is no report of its figures.)
        return !(k - 2 >= lower && goalSetting.contains { $0[0] == s[k - 2] && $0[1] == s[k - 1] })
    }
    static let perfectiveNot = ScalarSet("为除到罢免不得")
    static let goalSetting: [[Unicode.Scalar]] = ["提出", "明确", "确定", "制定", "设定", "下达", "印发", "部署", "要求", "发布", "通过"].map {
        Array($0.unicodeScalars)
    }

    /// Whether 已 at `k` opens a modifier (对已建成的高标准农田, 已脱贫的村, 已婚): a 的 within four
    /// characters, before any digit or clause mark, makes it describe a thing, not report a figure;
    /// not when the figure itself is what it describes (已划定的80万亩).
    static func attributive(_ s: [Unicode.Scalar], at k: Int, limit: Int) -> Bool {
        // 已婚育龄妇女, 已故, 已知: words of their own that describe.
        if k + 1 < limit, "婚故知".unicodeScalars.contains(s[k + 1]) { return true }
        var j = k + 1
        while j < min(limit, k + 6) {
            if s[j] == "的" { return !(j + 1 < limit && CharacterClass.isDigit(s[j + 1].value)) }
            if CharacterClass.isDigit(s[j].value) || clauseEnds.contains(s[j]) { return false }
            j += 1
        }
        return false
    }

    /// Whether a word of time to come stands in `range`; 预计 of a report's preliminary
    /// estimate (初步预计, 经初步预计全年实现…) is none.
    static func speaksOfFuture(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        futureLexicon.occurs(in: s, range) && futureLexicon.allMatches(s, in: range).contains { m in
            !(s[m.range.lowerBound] == "预" && m.range.lowerBound >= 2 && s[m.range.lowerBound - 2] == "初" && s[m.range.lowerBound - 1] == "步")
        }
    }

    /// The figure's clause and the five clauses before it.
    private func leadWindow(before clause: Range<Int>, in sentence: Range<Int>) -> Range<Int> {
        let s = ctx.index.scalars
        var a = clause.lowerBound
        var marks = 0
        while a > sentence.lowerBound {
            if Self.clauseEnds.contains(s[a - 1]) {
                marks += 1
                if marks > 5 { break }
            }
            a -= 1
        }
        return a..<clause.upperBound
    }

    /// The clause after the one that ends at or after `end` (…1.96万亿元，[总量居全国第5位]).
    private func nextClause(after end: Int, in sentence: Range<Int>) -> Range<Int> {
        let s = ctx.index.scalars
        var a = end
        while a < sentence.upperBound, !Self.clauseEnds.contains(s[a]) { a += 1 }
        var b = min(a + 1, sentence.upperBound)
        while b < sentence.upperBound, !Self.clauseEnds.contains(s[b]) { b += 1 }
        return min(a + 1, sentence.upperBound)..<b
    }

    /// Whether a date and 的 stand right before the figure starting at `f` (2023年的14.4%).
    /// Not when the sentence sets that year as its goal's (到2025年，…由2020年的2.1%提高到2025年的2.8%).
    private func levelOfAYear(at f: Int, in sentence: Range<Int>) -> Bool {
        let s = ctx.index.scalars
        guard f - 1 > sentence.lowerBound, s[f - 1] == "的" else { return false }
        guard let level = ctx.dateMentions(in: max(sentence.lowerBound, f - 13)..<(f - 1)).first(where: { $0.range.upperBound == f - 1 })
        else { return false }
        let goal = ctx.deadlines(in: sentence.lowerBound..<level.range.lowerBound).contains { m in
            let lead = m.range.lowerBound > 0 ? s[m.range.lowerBound - 1] : " "
            return (s[m.range.lowerBound] == "到" || lead == "到") && m.year != nil && m.year == level.year
        }
        return !goal
    }

    private func headingsForward(_ bi: Int) -> Bool {
        ctx.headingChain[bi].contains { ctx.headingCues[$0]?.forward == true }
    }

    /// The sentence before `sentence` in its block, cut where the reader cuts sentences.
    private func previousSentence(before sentence: Range<Int>, block bi: Int) -> Range<Int>? {
        let s = ctx.index.scalars
        let ends = SentenceReader.sentenceEnds
        let blockStart = ctx.document.blocks[bi].range.lowerBound
        var end = sentence.lowerBound
        while end > blockStart, s[end - 1] == " " { end -= 1 }
        guard end > blockStart, ends.contains(s[end - 1]) else { return nil }
        end -= 1
        var start = end
        while start > blockStart, end - start < 160, !ends.contains(s[start - 1]) { start -= 1 }
        return start < end ? start..<end : nil
    }
}
