/// Finds milestones (dated commitments without a number): dated stage headings and each numbered
/// step under them, and clauses that a written date governs within its sentence and that carry
/// a predicate of achievement (基本消除薄弱学校). The plan period never makes a milestone.
struct MilestoneFinder {
    let ctx: DocumentContext

    func find(excluding: Set<Int>, targets: [ExtractedRecord]) -> [ExtractedRecord] {
        let s = ctx.index.scalars
        let blocks = ctx.document.blocks
        let numberSpans = SpanSet(targets.map { $0.record.span[0]..<$0.record.span[1] })
        var out: [ExtractedRecord] = []
        var stageDeadline: Deadline? = nil
        var stageLevel = Int.max
        let stages = stageSpans()
        for (bi, b) in blocks.enumerated() where !excluding.contains(bi) {
            // A dated stage heading: a milestone itself, and it dates the steps under it.
            var consumedTo = b.range.lowerBound
            // (A stage whose name runs past its block is none: the name must end on its line.)
            for st in stages where b.range.contains(st.name.lowerBound) && st.name.upperBound <= b.range.upperBound {
                guard let d = ctx.deadlines(in: st.name.upperBound..<min(b.range.upperBound, st.name.upperBound + 30)).first,
                    let dl = ctx.resolve(d, sentenceStart: b.range.lowerBound), dl.date != nil
                else { continue }
                let name = IndicatorTrimmer(ctx: ctx).trim(st.name.lowerBound..<st.name.upperBound).trimming(":：(（ ")
                out.append(record(name, deadline: dl, span: st.name.lowerBound..<d.range.upperBound, block: b, rule: "milestone.stage"))
                stageDeadline = dl
                stageLevel = b.kind == .heading ? b.level : Int.max
                consumedTo = d.range.upperBound
            }
            if b.kind == .heading, b.level <= stageLevel, consumedTo == b.range.lowerBound, stageDeadline != nil {
                stageDeadline = nil
                stageLevel = Int.max
            }
            // A numbered step under a stage: its first action, dated by its own date or the stage's.
            if let sd = stageDeadline, consumedTo == b.range.lowerBound,
                ListMarker.length(s, at: b.range.lowerBound, limit: b.range.upperBound) != nil,
                b.kind != .heading || b.level > stageLevel
            {
                if let step = stepMilestone(b, stage: sd) { out.append(step) }
                continue
            }
            out += sentenceMilestones(b, bi: bi, numberSpans: numberSpans, from: consumedTo)
        }
        return out
    }

    /// A date that governs what follows (到2025年, / 2029年9月前, / 确保2011年通过…) rather than
    /// naming a thing (2026年投产机组): it opens its clause, ends in 前/底/末, or a comma follows.
    private func governs(_ m: DateMention, sentence: Range<Int>) -> Bool {
        let s = ctx.index.scalars
        if m.text.hasSuffix("前") || m.text.hasSuffix("底") || m.text.hasSuffix("末") || m.text.hasSuffix("内") || m.text.hasSuffix("起") {
            return true
        }
        if case .relative = m.kind { return true }
        let end = m.range.upperBound
        // A named plan used as a time word (“十四五”期间重点建设…, “十五五”建设…) governs, unless it is
        // the topic of a description (“十五五”时期是…关键时期, …时期经济社会发展的主要目标是).
        if case .planEnd = m.kind {
            var j = end
            while j < sentence.upperBound, j - end < 14, !"，,：:；;".unicodeScalars.contains(s[j]) {
                if s[j] == "是" || s[j] == "为" { return false }
                j += 1
            }
            return true
        }
        if end < sentence.upperBound, "，,：:".unicodeScalars.contains(s[end]) { return true }
        // 2021年组织开展…: a date right before an action governs it (also with a manner word
        // between, 2024年7月全面开工); 2026年新投产机组 or “十五五”时期是… names a thing or a time.
        var act = end
        if let w = Self.mannerWords.match(s, at: end, limit: sentence.upperBound) { act = end + w.length }
        if ctx.rules.cues.stepVerb.match(s, at: act, limit: sentence.upperBound) != nil
            || ctx.rules.cues.milestoneVerb.match(s, at: act, limit: sentence.upperBound) != nil
        {
            return true
        }
        var k = m.range.lowerBound
        while k > sentence.lowerBound, "到至在于".unicodeScalars.contains(s[k - 1]) { k -= 1 }
        if k < m.range.lowerBound { return true }
        // 确保2011年通过督导验收 / 力争2025年实现… / 计划7月份全面开工
        let before = ctx.index.string(max(sentence.lowerBound, m.range.lowerBound - 2)..<m.range.lowerBound)
        return before == "确保" || before == "力争" || before == "争取" || before == "计划"
    }

    private func stageSpans() -> [(name: Range<Int>, rule: String)] {
        var out: [(Range<Int>, String)] = []
        let s = ctx.index.scalars
        for pr in ctx.rules.cuePatterns["stage"] ?? [] {
            for g in ctx.index.matches(pr.pattern) {
                guard let r = g[0] else { continue }
                // The stage's name: the Han characters (and 、) right before 阶段, at most 16.
                var lo = r.lowerBound
                while lo > 0, r.lowerBound - lo < 16, (0x4E00...0x9FFF).contains(s[lo - 1].value) || s[lo - 1] == "、" { lo -= 1 }
                guard r.lowerBound - lo >= 2 else { continue }
                out.append((lo..<r.upperBound, pr.rule.id))
            }
        }
        return out
    }

    private func stepMilestone(_ b: TextBlock, stage: Deadline) -> ExtractedRecord? {
        let s = ctx.index.scalars
        var end = b.range.lowerBound
        while end < b.range.upperBound, !"。；;".unicodeScalars.contains(s[end]) { end += 1 }
        let first = b.range.lowerBound..<end
        var deadline = stage
        if let d = ctx.deadlines(in: first).first, let dl = ctx.resolve(d, sentenceStart: b.range.lowerBound), dl.date != nil {
            deadline = dl
        }
        // The step's first action: from the first step verb to the end of its clause.
        let verbs = ctx.rules.cues.stepVerb
        var i = first.lowerBound
        while i < first.upperBound {
            if verbs.match(s, at: i, limit: first.upperBound) != nil {
                var j = i
                while j < first.upperBound, !SentenceReader.softEnds.contains(s[j]) { j += 1 }
                let text = IndicatorTrimmer(ctx: ctx, cue: "trim_milestone").trim(i..<j)
                if text.unicodeScalars.count >= 3 { return record(text, deadline: deadline, span: i..<j, block: b, rule: "milestone.step") }
                break
            }
            i += 1
        }
        let text = IndicatorTrimmer(ctx: ctx, cue: "trim_milestone").trim(first)
        guard text.unicodeScalars.count >= 3 else { return nil }
        return record(text, deadline: deadline, span: first, block: b, rule: "milestone.step")
    }

    static let leadWords = ScalarSet("到至在于力争确保展望 ")
    /// What 通过 passes when it names a goal (通过督导验收, 通过国家…评估), not a means.
    static let passedThings = ["验收", "评估", "认定", "考核", "审核", "审查", "评审", "检查", "复核", "复审", "督导", "国家", "省级", "省", "市级", "第三方", "达标", "创建", "认证", "初审", "终审", "技术", "竣工"]

    /// How a clause naming a focus or a means ends (以…为重点, 以…为抓手).
    static let focusEnds = ["为重点", "为抓手", "为导向", "为核心", "为主线", "为引领", "为突破口", "为载体", "为依托", "为基础", "为保障", "为目标", "为动力", "为支撑", "为统领", "为牵引", "为方向", "为指导"]
    /// Classifiers that make a figure in a subject a count (8家, 3个, 5所).
    static let countClassifiers = ScalarSet("个家所项座条户人名台辆套间处万")
    /// Words that open a principle or an effort rather than a result (坚持…, 着力…).
    static let principleOpeners = ["坚持", "始终", "着力", "着眼", "注重", "紧紧围绕", "围绕", "深入学习", "深入贯彻", "认真贯彻", "全面贯彻", "学习贯彻"]
    /// 解决 (…问题): a goal only in the clause of its date.
    static let solveWords: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        l.insert("解决", true)
        return l
    }()
    /// Words of an outcome a clause states (安全生产状况明显好转, 事故总量下降, 水质稳中向好).
    static let outcomeWords: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["好转", "下降", "稳定", "平衡", "改善", "减少", "向好", "降低", "无劣", "明显", "显著", "大幅", "有效控制", "得到", "满足", "削减", "进一步提高", "不断提高", "构建", "重回", "同步", "零容忍", "全覆盖"] { l.insert(w, true) }
        return l
    }()
    /// Manner words between a date and its act (2024年7月全面开工, 2025年基本建成).
    static let mannerWords: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["全面", "基本", "全部", "正式", "如期", "顺利", "率先", "初步", "将", "普遍"] { l.insert(w, true) }
        return l
    }()
    /// How a clause opened by 在 ends when it frames the next one (…的城市, …领导下, …过程中).
    static let frameEnds = ["城市", "地区", "区域", "下", "中", "内", "期间"]
    static let commas = ScalarSet("，,")
    static let clauseBreaks = ScalarSet("，,；;")

    private func sentenceMilestones(_ b: TextBlock, bi: Int, numberSpans: SpanSet, from: Int) -> [ExtractedRecord] {
        let s = ctx.index.scalars
        let verbs = ctx.rules.cues.milestoneVerb
        var out: [ExtractedRecord] = []
        var start = from
        let sentenceEnds = SentenceReader.sentenceEnds
        let clauseBreaks = Self.clauseBreaks
        for i in from...b.range.upperBound where i == b.range.upperBound || sentenceEnds.contains(s[i]) {
            defer { start = i + 1 }
            guard i > start else { continue }
            let sentence = start..<i
            let mentions = ctx.deadlines(in: sentence).filter { m in
                if case .planEnd(nil) = m.kind { return false }
                return !ctx.isPastPlan(m, committedIn: sentence)
            }
            let dates = mentions.filter { governs($0, sentence: sentence) }
            guard let first = dates.first else { continue }
            // A year that heads a target of its own (2022年增速实现10%) governs no goal clause, but it
            // moves the timeline on: a goal after it (…2023年增速实现9%，力争全国排名重回第6位) is dated
            // by it, not by the first year of the list.
            let timeline = mentions.filter { m in
                if dates.contains(where: { $0.range == m.range }) { return true }
                var end = m.range.upperBound
                while end < sentence.upperBound, !Self.clauseBreaks.contains(s[end]) { end += 1 }
                return numberSpans.overlaps(m.range.upperBound..<end)
            }
            // A report's dated sentences tell what happened unless a commitment word says otherwise.
            if ctx.isReport && !FactClassifier.strongLexicon.occurs(in: s, sentence) { continue }
            // 为指导…，建设…，实现…，制定本规划 / 为…，…提供坚实支撑: a sentence of purpose states
            // why the notice or the goals exist, no goal; nor does a copula (“十四五”时期，是…的关键阶段).
            let purposeFrom = purposeStart(sentence, after: first)
            if purposeFrom == sentence.lowerBound { continue }
            // A date that opens the sentence and a comma after it (到2035年，…) date a list of goals:
            // every clause after it is one, whatever its verb (生态环境质量根本好转).
            var lead = first.range.lowerBound
            while lead > sentence.lowerBound, Self.leadWords.contains(s[lead - 1]) { lead -= 1 }
            // (Also after a lead-in that states a plan's goals, 《方案》明确，到2027年，…; not after one
            // that reports a speech, 会议指出，2022年，…要…, whose clauses are tasks.)
            let leadIn =
                (lead > sentence.lowerBound + 2 && lead - sentence.lowerBound <= 16 && Self.commas.contains(s[lead - 1])
                    && s[lead] == "到" && Self.goalLeadIns.occurs(in: s, sentence.lowerBound..<(lead - 1)))
                || goalsLabel(before: lead, in: sentence)
            // (A bare year opening a plan's mission, 2026年，我局将紧紧围绕…，系统优化…, makes a goal
            // only of the clauses that state an act or an outcome: a date a goal is set by, 到2035年
            // or 2025年底前, makes one of every clause.)
            let setBy = "到至".unicodeScalars.contains(s[lead]) || "到至".unicodeScalars.contains(s[first.range.lowerBound])
                || first.text.hasSuffix("前") || first.text.hasSuffix("底") || first.text.hasSuffix("末") || lead < first.range.lowerBound
            let opensGoals =
                (lead == sentence.lowerBound || leadIn) && first.range.upperBound < sentence.upperBound
                && Self.commas.contains(s[first.range.upperBound])
            // Clauses after the first date, each dated by the nearest date before it.
            // Where the sentence's numbered items (一是…；二是…) start, found once for its clauses.
            let items = Self.itemStarts(s, in: sentence)
            // (A short subject right before the first date is the first clause's: 力争利咸高速2026年建成通车.)
            var cs = first.range.lowerBound
            if !opensGoals, let subject = subjectBefore(first, in: sentence) { cs = subject.lowerBound }
            var k = first.range.upperBound
            while k <= sentence.upperBound {
                // A comma after 的 (以居家为基础…的，功能完善…的养老服务体系) is inside one noun phrase.
                if k < sentence.upperBound, clauseBreaks.contains(s[k]), k > cs, s[k - 1] == "的" {
                    k += 1
                    continue
                }
                // 、 before a date of its own (2023年底前具备…、2024年底前完成…) parts two goals.
                let datedItem = k < sentence.upperBound && s[k] == "、" && dates.contains { $0.range.lowerBound == k + 1 }
                if k == sentence.upperBound || clauseBreaks.contains(s[k]) || datedItem {
                    let clause = cs..<k
                    cs = k + 1
                    defer { k += 1 }
                    // A sentence that ends on its clause break (…完成改造；) leaves an empty clause,
                    // at the very end of the text when no newline follows.
                    guard !clause.isEmpty, !numberSpans.overlaps(clause), clause.lowerBound < purposeFrom,
                        (opensGoals && (setBy || ctx.rules.cues.stepVerb.occurs(in: s, clause) || Self.outcomeWords.occurs(in: s, clause)))
                            || verbs.occurs(in: s, clause)
                            // (解决…问题 is a goal where its own clause holds its date: 2015年底前全面解决…问题.)
                            || (Self.solveWords.occurs(in: s, clause) && dates.contains { clause.contains($0.range.lowerBound) })
                    else { continue }
                    // (The clause from its break: 工程已于2014年5月30日通车 reports what its date starts after.)
                    var from = clause.lowerBound
                    while from > sentence.lowerBound, !clauseBreaks.contains(s[from - 1]) { from -= 1 }
                    guard FactClassifier(ctx: ctx).kind(sentence: sentence, clause: from..<clause.upperBound, block: bi) != .fact else { continue }
                    // A date governs to the end of its numbered item (…二是…力争6月底前全面开工；三是…).
                    let item = items.last(where: { $0 <= clause.lowerBound }) ?? sentence.lowerBound
                    guard
                        let m = timeline.last(where: {
                            $0.range.upperBound <= clause.upperBound && $0.range.lowerBound < clause.upperBound && $0.range.lowerBound >= item
                        }),
                        var dl = ctx.resolve(m, sentenceStart: sentence.lowerBound), dl.date != nil
                    else { continue }
                    if !clause.contains(m.range.lowerBound) && dl.source == .explicit { dl.source = .inherited }
                    guard !ctx.rules.cues.boilerplate.occurs(in: s, clause) else { continue }
                    // A clause of the base a change counts from (在“十五”末的基础上) states no goal.
                    guard !Self.endsWithBase(s, clause) else { continue }
                    var text = IndicatorTrimmer(ctx: ctx, cue: "trim_milestone").trim(clause)
                    // 利咸高速2026年建成通车, 351国道2027年完工: the date between a short subject and
                    // its act goes.
                    if clause.contains(m.range.lowerBound), let subject = subjectBefore(m, in: clause) {
                        text = IndicatorTrimmer(ctx: ctx, cue: "trim_milestone").trim(subject)
                            + IndicatorTrimmer(ctx: ctx, cue: "trim_milestone").trim(m.range.upperBound..<clause.upperBound)
                    }
                    // 科技创新的总体目标是：创新能力大幅跃升 — the goal is after its lead-in; a lead-in
                    // alone (重庆体育产业发展目标是：) states none.
                    if let colon = text.unicodeScalars.lastIndex(where: { $0 == "：" || $0 == ":" }) {
                        let lead = String(text.unicodeScalars[..<colon])
                        if Self.leadInEnds.contains(where: lead.hasSuffix) {
                            text = String(text.unicodeScalars[text.unicodeScalars.index(after: colon)...])
                            // …阶段性目标：一是速度明显加快 — the first goal's list word goes too.
                            let sc = Array(text.unicodeScalars)
                            if sc.count > 2, sc[1] == "是", "一二三四五六七八九十".unicodeScalars.contains(sc[0]) {
                                text = String(scalars: sc[2...])
                            }
                        }
                    } else if [clause.upperBound - 1, clause.upperBound].contains(where: { $0 < s.count && (s[$0] == "：" || s[$0] == ":") }),
                        Self.leadInEnds.contains(where: ctx.index.string(clause).trimming("：: ").hasSuffix)
                    {
                        continue
                    }
                    // 通过对灌区设施的改造, 在总结试点经验的基础上: the means to a goal, not a goal.
                    let sc = Array(text.unicodeScalars)
                    if ctx.rules.cues.means.match(sc, at: 0) != nil || (sc.first == "在" && text.hasSuffix("基础上")) { continue }
                    // (…and 通过 before anything but what is passed: 通过三年攻坚行动, 通过改造提升 are
                    // means; 通过督导验收, 通过国家评估 are goals. 争取…支持 seeks means too.)
                    if text.hasPrefix("通过"), sc.count > 3, !Self.passedThings.contains(where: { text.dropFirst(2).hasPrefix($0) }) { continue }
                    if ctx.index.string(clause).trimming(" ，,").hasPrefix("争取"), ["支持", "资源", "资金"].contains(where: text.hasSuffix) { continue }
                    // 在实施生活垃圾强制分类的城市, 在…的坚强领导下: a place or a frame of the next
                    // clause, no goal.
                    if let first = clause.first(where: { !clauseBreaks.contains(s[$0]) && s[$0] != " " }), s[first] == "在",
                        Self.frameEnds.contains(where: text.hasSuffix)
                    {
                        continue
                    }
                    // 为实现碳达峰目标奠定坚实基础, 为…作出青海贡献: the purpose of goals, no goal;
                    // 鼓励有条件的县城…: an encouragement, no commitment.
                    // (The clause may open before its date: 为确保完成2011年建设任务.)
                    var open = clause.lowerBound
                    while open > sentence.lowerBound, !clauseBreaks.contains(s[open - 1]) { open -= 1 }
                    if s[open] == "为" || s[clause.lowerBound] == "为" || sc.first == "为", Self.purposeEnds.contains(where: { text.hasSuffix($0) }) {
                        continue
                    }
                    if text.hasPrefix("鼓励") || text.hasPrefix("支持有条件") { continue }
                    // 坚持工程质量问题“零容忍”, 着力构建开放合作通道: a principle or an effort the year's
                    // work keeps to, no deliverable.
                    // (…unless it states a result: 坚持在经济增长的同时实现居民收入同步增长.)
                    if Self.principleOpeners.contains(where: text.hasPrefix), !["实现", "达到", "建成", "完成"].contains(where: text.contains) { continue }
                    // 以福清市…为重点, 以数字化为抓手: a focus or a means, no goal.
                    // (…also after its subject: 我县将以“四化同步”为引领.)
                    if let yi = text.unicodeScalars.prefix(9).firstIndex(of: "以"), Self.focusEnds.contains(where: text.hasSuffix),
                        text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: yi) == 0 || text.unicodeScalars[text.unicodeScalars.index(before: yi)] == "将" || text.unicodeScalars[text.unicodeScalars.index(before: yi)] == "要"
                    {
                        continue
                    }
                    // 结合实际，制定某市2022年度水污染防治工作方案: the notice making itself.
                    if let title = ctx.document.record.title, title.count >= 6, text.contains(title) { continue }
                    // 明确到2025年，…: the lead-in's verb and its date name no goal.
                    let rest = clause.filter { !m.range.contains($0) && !Self.leadWords.contains(s[$0]) && !clauseBreaks.contains(s[$0]) }
                    if rest.count <= 2 { continue }
                    guard text.unicodeScalars.count >= 4 else { continue }
                    out.append(record(text, deadline: dl, span: clause, block: b, rule: "milestone.dated-clause"))
                    continue
                }
                k += 1
            }
        }
        return out
    }

    /// Where a short subject right before a date starts (力争利咸高速|2026年建成通车), when a goal
    /// verb follows the date: a name of 2–12 characters after the clause's break and lead words,
    /// with no mark, digit of its own or function word at its end (…要于|2017年底前).
    /// The short subject right before a date whose act follows it (利咸高速2026年建成通车), without
    /// a plan word between them (城区学校计划7月份全面开工 → 城区学校).
    private func subjectBefore(_ date: DateMention, in range: Range<Int>) -> Range<Int>? {
        let s = ctx.index.scalars
        guard date.range.upperBound < range.upperBound,
            ctx.rules.cues.milestoneVerb.match(s, at: date.range.upperBound, limit: range.upperBound) != nil
                || ctx.rules.cues.milestoneVerb.match(s, at: date.range.upperBound + 2, limit: range.upperBound) != nil
        else { return nil }
        var a = date.range.lowerBound
        while a > range.lowerBound, !Self.clauseBreaks.contains(s[a - 1]), date.range.lowerBound - a < 14 { a -= 1 }
        guard a == range.lowerBound || Self.clauseBreaks.contains(s[a - 1]) else { return nil }
        if let n = ListMarker.length(s, at: a, limit: date.range.lowerBound) { a += n }
        while a < date.range.lowerBound, Self.leadWords.contains(s[a]) { a += 1 }
        // (力争, 确保 open the clause before the subject.)
        for w in ["力争", "确保", "争取"] where IndicatorTrimmer.starts(s, at: a, limit: date.range.lowerBound, with: Array(w.unicodeScalars)) {
            a += 2
        }
        // (A plan word, a modal or a preposition between them goes: 城区学校计划于7月…,
        // 工程要在2011年8月底前完成, 大桥将于…)
        var end = date.range.lowerBound
        var cut = true
        while cut, end - a >= 4 {
            cut = false
            for w in Self.subjectTails where end - a >= w.count + 2 && IndicatorTrimmer.starts(s, at: end - w.count, limit: end, with: w) {
                end -= w.count
                cut = true
                break
            }
        }
        let n = end - a
        // (A bare year after a name: 计划到2027年, 原则上2019年…, 剩余2022年… have no subject.)
        guard (3...12).contains(n), CharacterClass.isDigit(s[date.range.lowerBound].value),
            !"于在要将应须前分别的和及".unicodeScalars.contains(s[end - 1]),
            (a..<end).allSatisfy({ CharacterClass.isHan(s[$0].value) || CharacterClass.isDigit(s[$0].value) }),
            case let name = ctx.index.string(a..<end), !Self.notSubjects.contains(where: name.contains),
            // (A count in the subject is a figure of its own: 确保8家菜市场于9月30日前全面开工; a
            // road's number is a name: 242国道2026年全面贯通.)
            !(a..<(end - 1)).contains(where: { CharacterClass.isDigit(s[$0].value) && Self.countClassifiers.contains(s[$0 + 1]) })
        else { return nil }
        return a..<end
    }
    static let notSubjects = ["计划", "可以", "支持", "原则上", "要求", "剩余", "力争", "确保", "争取", "预计", "力求", "预期", "今年", "明年"]
    /// Words between a subject and its date that go with the date (计划于, 要在, 将于).
    static let subjectTails: [[Unicode.Scalar]] = ["计划", "于", "在", "要", "将", "应", "须", "需", "必"].map { Array($0.unicodeScalars) }

    /// Where the numbered items (一是…；二是…) of `sentence` start, in order.
    static func itemStarts(_ s: [Unicode.Scalar], in sentence: Range<Int>) -> [Int] {
        var out: [Int] = []
        var k = sentence.lowerBound + 1
        while k < sentence.upperBound {
            if s[k] == "是", itemNumbers.contains(s[k - 1]), k - 1 == sentence.lowerBound || itemBreaks.contains(s[k - 2]) {
                out.append(k - 1)
            }
            k += 1
        }
        return out
    }
    static let itemNumbers = ScalarSet("一二三四五六七八九十")
    static let itemBreaks = ScalarSet("；;。：:\n")

    /// Words of a lead-in that states a plan's goals before their date (《方案》明确，到2027年，…).
    /// Whether a label of goals and its colon (总体目标：, 主要目标：, 工作目标：) is all that stands
    /// before `lead` in its sentence.
    private func goalsLabel(before lead: Int, in sentence: Range<Int>) -> Bool {
        let s = ctx.index.scalars
        guard lead >= sentence.lowerBound + 2, lead - sentence.lowerBound <= 12 else { return false }
        // (The colon may be missing: 主要目标到2025年，…, 方案明确到2025年，…; the lead may
        // have run back into the label's last character, 确 of 明确.)
        if let to = (lead..<min(sentence.upperBound, lead + 3)).first(where: { s[$0] == "到" }), s[to - 1] != "：" && s[to - 1] != ":" {
            let label = ctx.index.string(sentence.lowerBound..<to).trimming(" ")
            return (label.hasSuffix("目标") || Self.goalLeadIns.match(s, endingAt: to, from: sentence.lowerBound) != nil)
                && !label.contains(where: { $0 == "，" || $0 == "," })
        }
        guard lead >= sentence.lowerBound + 3, lead - sentence.lowerBound <= 8, s[lead - 1] == "：" || s[lead - 1] == ":" else { return false }
        let label = ctx.index.string(sentence.lowerBound..<(lead - 1)).trimming(" ")
        return label.hasSuffix("目标") && !label.contains(where: { $0 == "，" || $0 == "," })
    }

    /// Whether `clause` ends in 基础上 (在2013年基础上, 在…的基础上).
    static func endsWithBase(_ s: [Unicode.Scalar], _ clause: Range<Int>) -> Bool {
        guard clause.count >= 3 else { return false }
        let (a, b, c) = (s[clause.upperBound - 3], s[clause.upperBound - 2], s[clause.upperBound - 1])
        // (…在去年增长16.8%的情况下 frames a goal the same way.)
        return (a == "基" && b == "础" && c == "上") || (a == "情" && b == "况" && c == "下")
    }

    static let goalLeadIns: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["明确", "提出", "目标是", "目标为"] { l.insert(w, true) }
        return l
    }()

    /// Last words of a goal's lead-in before its colon (…发展目标是：, 主要任务为：).
    static let leadInEnds = ["目标是", "目标为", "目标", "任务是", "任务为", "任务", "要求是", "如下"]

    /// Last words of a purpose clause (为…奠定基础, 为…作出贡献).
    static let purposeEnds = ["基础", "贡献", "保障", "保证", "支撑", "条件", "准备", "任务", "目标", "动力", "环境"]

    /// Acts by which a notice makes itself (制定本规划, 特制定本方案, 现提出如下意见).
    static let selfMaking = try! ICUPattern(#"(?:制定|编制|印发|提出|出台|制订)(?:本|如下|以下|此)?[^，,；;]{0,16}(?:规划|方案|意见|办法|计划|细则|要点|措施|通知|纲要)$"#)

    /// Where a dated sentence's purpose starts, its clauses stating no goal: the whole sentence
    /// for a copula after its date (…时期，是…的关键阶段) or one opened by 为 (after its date or a
    /// dateline, 中商情报网讯：为…) and closed by the notice making itself (制定本规划) or by what
    /// the goals provide (…提供坚实支撑); else the last clause opening with 为 before such a close
    /// (…，为高质量打造…先行区、…提供坚实支撑). The sentence's end where there is none.
    private func purposeStart(_ sentence: Range<Int>, after date: DateMention) -> Int {
        let s = ctx.index.scalars
        var k = date.range.upperBound
        while k < sentence.upperBound, Self.commas.contains(s[k]) || s[k] == " " { k += 1 }
        if k < sentence.upperBound, s[k] == "是", k > date.range.upperBound { return sentence.lowerBound }
        var lastStart = sentence.upperBound
        while lastStart > sentence.lowerBound, !Self.clauseBreaks.contains(s[lastStart - 1]) { lastStart -= 1 }
        let last = ctx.index.string(lastStart..<sentence.upperBound).trimming(" ")
        let provides = Self.purposeEnds.contains(where: last.hasSuffix) && ["提供", "奠定", "作出", "做出"].contains(where: last.contains)
        guard provides || !Self.selfMaking.allMatches(in: Array(last.utf16)).isEmpty else { return sentence.upperBound }
        var open = sentence.lowerBound
        if let colon = (open..<min(sentence.upperBound, open + 12)).first(where: { s[$0] == "：" || s[$0] == ":" }) { open = colon + 1 }
        while open < sentence.upperBound, s[open] == " " || s[open] == "　" { open += 1 }
        if open < sentence.upperBound, s[open] == "为" || (k < sentence.upperBound && s[k] == "为") { return sentence.lowerBound }
        guard provides else { return sentence.upperBound }
        // The last clause opening with 为: from there to the close is the purpose.
        var p = lastStart
        while p > sentence.lowerBound {
            if s[p] == "为", Self.clauseBreaks.contains(s[p - 1]) { return p }
            p -= 1
        }
        return s[sentence.lowerBound] == "为" ? sentence.lowerBound : sentence.upperBound
    }

    private func record(_ indicator: String, deadline: Deadline, span: Range<Int>, block: TextBlock, rule: String) -> ExtractedRecord {
        let sentence = sentenceRange(around: span.lowerBound, in: block.range)
        let r = TargetRecord(
            docId: ctx.document.record.docId, kind: .milestone, indicator: indicator, deadline: deadline,
            section: block.section, evidence: ctx.index.string(sentence), span: [span.lowerBound, span.upperBound], rule: rule)
        return ExtractedRecord(record: r, fired: [rule], tokens: [])
    }

    private func sentenceRange(around pos: Int, in r: Range<Int>) -> Range<Int> {
        let s = ctx.index.scalars
        var lo = pos
        while lo > r.lowerBound, !SentenceReader.sentenceEnds.contains(s[lo - 1]) { lo -= 1 }
        var hi = pos
        while hi < r.upperBound, !SentenceReader.sentenceEnds.contains(s[hi]) { hi += 1 }
        return lo..<hi
    }
}
