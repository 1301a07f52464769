/// Finds the deadline that governs a position, as TARGETS.md orders the rules: a date earlier in
/// the same sentence (never a later one), a date opening the paragraph, a dated list lead-in, a
/// dated heading above, and last the plan period.
struct DeadlineFinder {
    let ctx: DocumentContext

    func deadline(at pos: Int, sentence: Range<Int>, block bi: Int, allowPlan: Bool) -> Deadline? {
        let blocks = ctx.document.blocks
        let block = blocks[bi]
        // 1. The nearest date before it in the sentence.
        if let m = ctx.deadlines(in: sentence.lowerBound..<pos).last(where: { $0.range.upperBound <= pos && !ctx.isPastPlan($0, committedIn: sentence.lowerBound..<pos) }),
            var d = ctx.resolve(m, sentenceStart: sentence.lowerBound)
        {
            let between = ctx.index.string(m.range.upperBound..<pos)
            // (The first figure after its date is the date's own, 力争到2011年，小学…入学率达到100%;
            // one after another figure and a clause mark inherits it, …，初中入学率达到99%.)
            if d.source == .explicit && between.unicodeScalars.contains(where: { "，,；;".unicodeScalars.contains($0) })
                && between.unicodeScalars.contains(where: { CharacterClass.isDigit($0.value) })
            {
                d.source = .inherited
            }
            // 年末 with no year in the sentence or the publication date: the year of the list
            // lead-in or heading above it (一、2010年…主要指标 / 1、全市年末城镇登记失业率…).
            if d.date == nil, case .date(_, _, true) = m.kind, let y = sectionDate(bi)?.date.flatMap({ Int($0.prefix(4)) }) {
                d.date = DeadlineScanner.resolve(m, contextYear: y, plan: ctx.plan, published: ctx.publishedYear).date
            }
            return d
        }
        // 1b. A sentence that runs on over a line break after ； (web copies break lines there:
        // 到2022年底,…全覆盖;⏎市民…参与率达到60%以上) is still the date's sentence.
        if let d = runOnDate(into: bi, sentence: sentence) { return d }
        // 1c. The item's own time limit after it, in brackets or on its units' lines
        // (…200名。(2019年10月底前完成), （责任单位:…；完成时限:2023年12月底前）).
        if let d = timeLimit(ofItem: bi, after: pos) { return d }
        // 2. A date that opens the paragraph governs the paragraph. (A date opening a later
        // sentence of it governs that sentence only: TARGETS.md, and the seeds' gold, where
        // 到2011年末，… mid-paragraph does not date 新增图书15万册 after it.)
        if let d = openingDate(of: block.range, before: pos) { return d }
        // 3. A dated lead-in ending with ： before it in the same section, and dated headings above.
        if let d = sectionDate(bi, before: pos) { return d }
        // 4. The plan period, for targets only (standing rules take none: 任期原则上不超过五年).
        if allowPlan, let p = ctx.plan {
            return Deadline(date: String(p.end), text: "\(p.start)—\(p.end)", source: .planPeriod)
        }
        if allowPlan, let y = ctx.goalYear {
            return Deadline(date: String(y), text: "\(y)年", source: .planPeriod)
        }
        return nil
    }

    /// The date of a lead-in ending with ： before block `bi` in its section, else of the nearest
    /// dated heading above it (the block itself, if a heading, only for what follows its date).
    private func sectionDate(_ bi: Int, before pos: Int = Int.max) -> Deadline? {
        let blocks = ctx.document.blocks
        let block = blocks[bi]
        let chain = ctx.headingChain[bi]
        // A numbered item is a heading of its own: its lead-in (2024年主要目标是：) stands in the
        // section around it, before its sibling items.
        let parent = chain.last == bi ? chain.dropLast().last : chain.last
        let sectionStart = parent.map { $0 + 1 } ?? 0
        var k = bi - 1
        while k >= sectionStart && k >= 0 && bi - k <= 40 {
            let b = blocks[k]
            if b.kind != .heading, let last = lastNonSpace(b.range), last == "：" || last == ":",
                let d = firstDate(in: b.range)
            {
                return Deadline(date: d.date, text: d.text, source: .inherited)
            }
            // A dated label on a line of its own (2021年主要目标, — 2021年主要目标 —) heads what follows.
            if b.kind != .heading, isDatedLabel(b.range), let d = firstDate(in: b.range) {
                return Deadline(date: d.date, text: d.text, source: .inherited)
            }
            // …and so does a short lead-in that opens with its year and ends unpunctuated, right
            // above the numbered items (2017年,我市将办好“十件实事” ⏎ 1.…).
            if b.kind != .heading, b.range.count <= 60, blocks[k + 1].kind == .heading,
                ((k + 1)...bi).allSatisfy({ blocks[$0].kind == .heading || !ctx.headingChain[$0].isEmpty }),
                let last = lastNonSpace(b.range), !DocumentContext.sentenceEnders.contains(last),
                let m = ctx.deadlines(in: b.range.lowerBound..<min(b.range.upperBound, b.range.lowerBound + 8)).first,
                ctx.resolve(m, sentenceStart: b.range.lowerBound)?.date != nil, var d = ctx.resolve(m, sentenceStart: b.range.lowerBound)
            {
                d.source = .inherited
                return d
            }
            // 到2020年，科技创新的总体目标是：创新能力大幅跃升。 over 一是…，二是… paragraphs: a goal's
            // lead-in dates the list after it even when its first goal follows on its line.
            if b.kind != .heading, let colon = ctx.goalLeadIns[k], let d = firstDate(in: b.range.lowerBound..<colon) {
                return Deadline(date: d.date, text: d.text, source: .inherited)
            }
            k -= 1
        }
        for h in chain.reversed() where h != bi || block.kind == .heading {
            let title = ctx.titleRange(ofHeading: h)
            // (The figure's own numbered line dates only what follows its date: 一、新建学校3所，
            // 计划7月份开工 leaves the 3 schools to the rules above.)
            if let d = firstDate(in: h == bi ? title.lowerBound..<min(title.upperBound, pos) : title) {
                return Deadline(date: d.date, text: d.text, source: .inherited)
            }
            // (二)发展目标。到2025年全市初步形成…。 over ——基础设施更加完善。…: a goals heading whose own
            // paragraph opens with a date dates its section.
            if h != bi, ctx.headingCues[h]?.forward == true, title.upperBound < blocks[h].range.upperBound,
                let d = openingDate(of: title.upperBound..<blocks[h].range.upperBound, before: blocks[h].range.upperBound)
            {
                return d
            }
        }
        return nil
    }

    private func openingDate(of r: Range<Int>, before pos: Int) -> Deadline? {
        // (Further after a cited plan: 根据《…》，到2025年.)
        let reach = r.count > 3 && ctx.index.scalars[r.lowerBound + 2] == "《" ? 96 : 30
        guard let m = ctx.deadlines(in: r.lowerBound..<min(r.upperBound, r.lowerBound + reach)).first(where: { !ctx.isPastPlan($0, committedIn: r.lowerBound..<pos) }),
            m.range.upperBound <= pos
        else {
            return nil
        }
        // Only when the date stands at the front (after list numbering, 到, 力争 …), or opens the
        // clause after a lead-in that states the goal (《方案》明确工作目标是，到2025年，…).
        let s = ctx.index.scalars
        let lead = r.lowerBound..<m.range.lowerBound
        if lead.count > 8 {
            // …or after the goal's own headline: ——人才供给规模持续提升。到2027年，…
            // (…or after a run-in heading: (二)发展目标。到2025年，…)
            let dashed = s[lead.lowerBound] == "—"
            let runIn = ListMarker.length(s, at: lead.lowerBound, limit: lead.upperBound) != nil
            // (…or after the plan it follows: 根据《福建省…实施方案》，到2025年，…; the title makes
            // the lead-in long.)
            let cites = lead.count <= 90 && ["根据", "按照", "依据"].contains { IndicatorTrimmer.starts(s, at: lead.lowerBound, limit: lead.upperBound, with: Array($0.unicodeScalars)) }
                && lead.lowerBound + 3 < lead.upperBound && s[lead.lowerBound + 2] == "《"
                && lead.suffix(8).contains { s[$0] == "》" }
            if cites, let d = ctx.resolve(m, sentenceStart: r.lowerBound) {
                var d = d
                d.source = .inherited
                return d
            }
            guard lead.count <= 24,
                let cut = lead.last(where: { Self.leadInEnds.contains(s[$0]) || ((dashed || runIn) && s[$0] == "。") }),
                lead.upperBound - cut <= 4,
                dashed || (runIn && s[cut] == "。") || Self.leadInWords.occurs(in: s, lead.lowerBound..<cut)
            else { return nil }
        }
        guard var d = ctx.resolve(m, sentenceStart: r.lowerBound) else { return nil }
        d.source = .inherited
        return d
    }

    /// Marks that end a lead-in before its dated clause.
    static let leadInEnds: ScalarSet = ["，", ",", "：", ":"]
    /// Words of a lead-in that states goals (提出, 明确, 目标是).
    static let leadInWords: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        // (据…介绍，2016年，… and 记者获悉，…: a report's source before the date.)
        for w in ["提出", "明确", "要求", "目标是", "目标为", "指出", "强调", "规定", "表示", "确定", "按照", "根据", "依据", "介绍", "获悉", "透露"] {
            l.insert(w, true)
        }
        return l
    }()

    private func firstDate(in r: Range<Int>) -> Deadline? {
        for m in ctx.deadlines(in: r) where !ctx.isPastPlan(m, committedIn: r) {
            if let d = ctx.resolve(m, sentenceStart: r.lowerBound), d.date != nil { return d }
        }
        return nil
    }

    /// Whether a short line without punctuation ends in a label of goals or tasks.
    private func isDatedLabel(_ r: Range<Int>) -> Bool {
        // (Checked per figure over the blocks above it: the scalars first, a string only then.)
        guard r.count <= 24, let last = lastNonSpace(r), "标务排—–-－·•".unicodeScalars.contains(last) else { return false }
        let t = ctx.index.string(r).trimming(" —–-－·•")
        return !t.contains(where: { "，,。；;：:".contains($0) }) && Self.labelEnds.contains(where: t.hasSuffix)
    }
    static let labelEnds = ["目标", "主要目标", "预期目标", "目标任务", "重点任务", "工作任务", "工作安排", "主要指标"]

    /// A time limit written for the item of block `bi` after `pos`: a date labelled 完成时限 /
    /// 时限 / 完成时间, or alone in brackets (with 前, 底, 完成), in the block or on the label lines
    /// right after it (责任单位：… ⏎ 完成时限：…).
    private func timeLimit(ofItem bi: Int, after pos: Int) -> Deadline? {
        if ctx.timeLimits[bi] == nil { ctx.timeLimits[bi] = timeLimits(ofItem: bi) }
        return ctx.timeLimits[bi]?.first(where: { $0.at >= pos })?.deadline
    }

    /// Every time limit of block `bi`'s item, in order (see `timeLimit(ofItem:after:)`).
    private func timeLimits(ofItem bi: Int) -> [(at: Int, deadline: Deadline)] {
        let blocks = ctx.document.blocks
        let s = ctx.index.scalars
        var out: [(at: Int, deadline: Deadline)] = []
        var regions = [blocks[bi].range]
        var k = bi + 1
        while k < blocks.count, k - bi <= 5, blocks[k].kind != .heading {
            let r = blocks[k].range
            guard let first = r.first(where: { s[$0] != " " }),
                s[first] == "(" || s[first] == "（" || Self.itemLabels.match(s, at: first, limit: r.upperBound) != nil
            else { break }
            regions.append(r)
            k += 1
        }
        for r in regions {
            for m in ctx.deadlines(in: r) where !ctx.isPastPlan(m, committedIn: r) {
                let labelled = Self.limitLabels.occurs(in: s, max(r.lowerBound, m.range.lowerBound - 7)..<m.range.lowerBound)
                var a = m.range.lowerBound
                while a > r.lowerBound, s[a - 1] == " " { a -= 1 }
                var b = m.range.upperBound
                while b < r.upperBound, Self.limitTails.contains(s[b]) { b += 1 }
                let bracketed = a > r.lowerBound && (s[a - 1] == "(" || s[a - 1] == "（") && b < r.upperBound && (s[b] == ")" || s[b] == "）")
                guard labelled || bracketed, var d = ctx.resolve(m, sentenceStart: r.lowerBound), d.date != nil else { continue }
                d.source = .explicit
                out.append((m.range.lowerBound, d))
            }
        }
        return out
    }
    /// Labels of a time limit.
    static let limitLabels: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["时限", "完成时间", "时间节点", "完成期限"] { l.insert(w, true) }
        return l
    }()
    /// Labels that open an item's lines of units and time limits.
    static let itemLabels: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["责任单位", "牵头单位", "配合单位", "协办单位", "责任部门", "牵头部门", "配合部门", "完成时限", "时限", "完成时间", "责任领导", "责任人"] { l.insert(w, true) }
        return l
    }()
    /// What may follow a bracketed time limit's date inside its bracket.
    static let limitTails = ScalarSet("前底末完成之以 ")

    /// The nearest date of the sentence that block `bi`'s first sentence continues, where the
    /// lines before it end with ； and no list marker opens it.
    private func runOnDate(into bi: Int, sentence: Range<Int>) -> Deadline? {
        let blocks = ctx.document.blocks
        let s = ctx.index.scalars
        guard bi > 0, sentence.lowerBound == blocks[bi].range.lowerBound,
            ListMarker.length(s, at: sentence.lowerBound, limit: sentence.upperBound) == nil
        else { return nil }
        var k = bi - 1
        while k >= 0, bi - k <= 8 {
            let b = blocks[k]
            guard b.kind != .heading, let last = lastNonSpace(b.range), last == "；" || last == ";" else { return nil }
            var start = b.range.upperBound - 1
            while start > b.range.lowerBound, !SentenceReader.sentenceEnds.contains(s[start - 1]) { start -= 1 }
            let run = start..<b.range.upperBound
            if let m = ctx.deadlines(in: run).last(where: { !ctx.isPastPlan($0, committedIn: run) }), var d = ctx.resolve(m, sentenceStart: start) {
                d.source = .inherited
                return d
            }
            // (The run's sentence opened in that block, or that line is an item of its own.)
            if start > b.range.lowerBound || ListMarker.length(s, at: start, limit: b.range.upperBound) != nil { return nil }
            k -= 1
        }
        return nil
    }

    private func lastNonSpace(_ r: Range<Int>) -> Unicode.Scalar? {
        var k = r.upperBound - 1
        while k >= r.lowerBound {
            if ctx.index.scalars[k] != " " { return ctx.index.scalars[k] }
            k -= 1
        }
        return nil
    }
}
