/// Cuts an indicator candidate down to the measured noun phrase: date expressions, leading
/// verbs and function words (确保, 力争, 使 — the `trim` cues), list numbering and brackets of
/// remarks at the ends go; the words in between stay as the document wrote them.
struct IndicatorTrimmer {
    let ctx: DocumentContext
    /// The cue whose words are cut from the front: `trim` for targets, `trim_milestone` for actions.
    var cue: String = "trim"

    static let edgePunctuation: ScalarSet = [
        "/", " ", "，", ",", "、", "：", ":", "；", ";", "“", "”", "\"", "的", "了", "是", "为", "和", "及", "与", "（", "）", "(", ")", "-", "—", ".",
        // Bullets of news pages (■规划建设…, ●一是…) and an item's star (1.*改建…).
        "■", "□", "●", "○", "◆", "◇", "▲", "△", "★", "☆", "▶", "►", "•", "*", "＊", "☑", "√", "✔",
        // (A cell's bar where a row was not read as a table: 3 | 实施农村公路大中修….)
        "|",
    ]

    /// Adverbs of going on after a base phrase (在2020年的基础上继续提高).
    static let goingOn = ["继续", "进一步", "持续", "再"]

    /// A trailing base of comparison, cut in this order.
    static let baseTails: [[Unicode.Scalar]] =
        (["较年初", "比年初", "较上一年度", "比上一年度", "较上一年", "比上一年", "较上年度", "比上年度", "较上年", "比上年", "较去年", "比去年"] + likeForLike)
        .map { Array($0.unicodeScalars) }
    /// Words of a change against the same period or on a like basis (同比, 同口径增长1.9%,
    /// 按可比价格计算增长5%): a base of comparison without a year, longest first.
    static let likeForLike = ["按可比价格计算", "按可比价计算", "可比价格计算", "可比价计算", "按可比价格", "按可比价", "按可比口径", "按同口径", "可比价格", "可比口径", "同口径", "同比"]
    static let likeForLikeScalars = likeForLike.map { Array($0.unicodeScalars) }
    /// Notes in brackets after a name that say how it is used further on (地区生产总值同比(下同)).
    static let usageNotes: [[Unicode.Scalar]] = ["(下同)", "（下同）", "(以下同)", "（以下同）", "(下同。)", "（下同。）"].map { Array($0.unicodeScalars) }
    /// Trailing modal words, cut in this order.
    /// (Time words, 控制 and 在 go first: the modal before them goes next, 经办机构应在 →
    /// 经办机构, 重庆外贸将在今年年内 → 重庆外贸.)
    static let modalTails: [[Unicode.Scalar]] = [
        "今年年内", "年内", "今年", "全年", "首次", "控制", "在", "必须", "完成", "逐步", "逐年", "稳步", "力争", "要", "将", "均", "都", "应", "须", "原则上", "确保", "争取", "可", "需", "预计", "总体", "共计", "共", "累计", "分别", "比上年", "同比", "实现", "提升至",
        "提高至", "能够", "能", "人民币",
        // 赤字率拟按4%左右安排, 支出规模将首次达到: a plan's modal and a first time.
        "拟按", "拟",
        // 高新技术企业数量至少达到34家: a bound's adverb before its verb.
        "至少", "最少", "最低",
        // 小学适龄儿童入学率已达100%: the aspect that makes it a fact (FactClassifier reads it).
        "已经", "已",
    ].map { Array($0.unicodeScalars) }

    /// Characters that make a word with a 能 after them (产能, 储能, 功能, 智能, 动能 …).
    static let nengWords = ScalarSet("产储功性技动职效节热电智体潜才本赋光风核势可机官")
    /// Characters that make a word with a 要 after them (纲要, 主要, 重要, 需要, 摘要 …).
    static let yaoWords = ScalarSet("纲主重需摘必只概提紧")
    /// Characters that make a word with a 应 after them (供应, 响应, 适应, 反应, 效应, 对应 …).
    static let yingWords = ScalarSet("供响适反效对相回感答呼顺照报")
    /// Characters that make a word with a 在 after them (所在, 存在, 现在, 正在, 潜在 …).
    static let zaiWords = ScalarSet("所存现正实潜自内外好")

    /// Words whose last character is also a function word of `edgePunctuation` (普及, 参与,
    /// 行为, 目的): at the end of an indicator they are kept whole, not cut to 普, 参, 行, 目.
    static let wholeWordEnds: Set<[Unicode.Scalar]> = Set(
        [
            "普及", "涉及", "惠及", "波及", "顾及", "危及", "遍及", "参与", "给与", "行为", "作为", "认为", "成为", "视为", "称为", "目的",
            "总和", "缓和", "温和", "饱和", "失和", "或是", "就是", "还是", "凡是", "但是", "为了", "除了",
        ].map { Array($0.unicodeScalars) })

    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["（": "）", "(": ")", "“": "”"]

    /// Whether `s[lo]` opens a bracket or quote that closes before `hi` (“三个课堂”覆盖率): the
    /// indicator keeps both marks rather than a lone closing one.
    static func opensPair(_ s: [Unicode.Scalar], lo: Int, hi: Int) -> Bool {
        guard let close = pairs[s[lo]] else { return false }
        return s[(lo + 1)..<hi].contains(close)
    }

    /// Whether `s[hi - 1]` closes a bracket or quote opened inside the range (县(市), 居民对改造
    ///工作的“认可度”): cutting it would leave the opening mark alone.
    static func closesPair(_ s: [Unicode.Scalar], lo: Int, hi: Int) -> Bool {
        let c = s[hi - 1]
        guard let open = pairs.first(where: { $0.value == c })?.key else { return false }
        var depth = 0
        for i in stride(from: hi - 2, through: lo, by: -1) {
            if s[i] == c { depth += 1 } else if s[i] == open {
                if depth == 0 { return true }
                depth -= 1
            }
        }
        return false
    }

    /// Words that open with a one-character cut word (到位资金, 在校学生, 共同富裕): at the front
    /// they stay whole.
    static let wholeWordStarts: [String] = [
        "到位", "到期", "到龄", "到岗", "到户", "到村", "到校", "在校", "在园", "在职", "在岗", "在建", "在编", "在读", "在册", "在线", "在营",
        "在库", "在网", "在养", "在保", "在院", "在押", "至今", "使用", "将来", "对外", "对口", "共享", "共建", "共同", "等级",
        "应届", "应急", "应用", "应收", "应缴", "应保", "应检", "要素", "并网", "并购",
        // (已 of a state, no aspect: 已建设施, 已有…)
        "已建设施", "已有", "已婚", "已知",
    ]
    /// Names of measures that open with a cut verb (完成投资, the statistics' "investment made").
    static let keptWholeAtFront: [[Unicode.Scalar]] = [
        "完成投资", "完成产值", "完成营业收入", "达标", "达成", "计划生育", "计划免疫", "计划单列",
        // Places whose names open with a function word (和田地区, 于田县, 于都县, 和县).
        "和田", "于田", "于都", "于洪", "和县", "和顺", "和龙", "和静", "和硕", "和布克赛尔",
    ].map { Array($0.unicodeScalars) }

    /// Words that close a list of fields (等关键领域, 等方面).
    static let fieldWords: [[Unicode.Scalar]] = ["领域", "方面", "行业"].map { Array($0.unicodeScalars) }

    /// The end of a dateline's filtered run from `b` (…1月2日电), just after its 电 or 讯; `b` if none.
    static func datelineEnd(_ s: [Unicode.Scalar], from b: Int, limit: Int, blocked: SpanSet) -> Int {
        var e = b
        while e < limit, e - b < 12, blocked.contains(e) {
            e += 1
            // (A dateline's 电 or 讯 follows its day or its paper: 5月27日电, 本报讯; not “外电入鲁”.)
            if s[e - 1] == "电" || s[e - 1] == "讯", e - 2 >= b, "日报社".unicodeScalars.contains(s[e - 2]) { return e }
        }
        return b
    }

    /// Where the act starts after a subject of at most eight Han characters and a modal
    /// (今年/明年 and 还 between them allowed), when the act opens with a verb of a result.
    func subjectBeforeModal(_ lo: Int, _ hi: Int) -> Int? {
        let s = ctx.index.scalars
        var j = lo
        // (A modal's first character may be a name's too: 昆明市将… runs past 明.)
        while j < min(hi, lo + 8), CharacterClass.isHan(s[j].value),
            !Self.actModalStarts.contains(s[j]) || !Self.subjectEnds(s, at: j, limit: hi)
        {
            j += 1
        }
        guard j > lo + 1, j < hi else { return nil }
        for time in ["今年", "明年", "年内", ""] where Self.starts(s, at: j, limit: hi, with: Array(time.unicodeScalars)) {
            var k = j + time.unicodeScalars.count
            if k < hi, s[k] == "还" { k += 1 }
            guard let m = Self.actModals.first(where: { Self.starts(s, at: k, limit: hi, with: $0) }) else { continue }
            let act = k + m.count
            // (完成 counts here too: 我镇计划完成双季稻3.6万亩. The act may be its verb alone, its
            // object after the figure: 昆明市将新建12个普通消防站.)
            guard hi - act >= 2,
                (2...4).contains(where: { n in act + n <= hi && ResultVerbs.verbs.contains(UTF8Key(ctx.index.string(act..<(act + n)))) })
            else { return nil }
            return act
        }
        return nil
    }
    /// Where a short name with its goal's date ends (山西到2025年|全省森林覆盖率), or nil.
    func nameWithGoalDate(_ lo: Int, _ hi: Int) -> Int? {
        let s = ctx.index.scalars
        guard hi - lo > 4, let d = ctx.dateMentions(in: (lo + 2)..<min(hi, lo + 7)).first(where: { $0.range.upperBound < hi - 1 }),
            d.isDeadline, s[d.range.lowerBound] == "到" || s[d.range.lowerBound - 1] == "到",
            (lo..<d.range.lowerBound).allSatisfy({ CharacterClass.isHan(s[$0].value) })
        else { return nil }
        return d.range.upperBound
    }

    /// Where a short lead-in that reports a goal ends (《规划》提出, 意见提出了, 该省明确), or nil.
    func leadInEnd(_ lo: Int, _ hi: Int) -> Int? {
        let s = ctx.index.scalars
        var j = lo
        while j < min(hi - 3, lo + 26) {
            if !CharacterClass.isHan(s[j].value) && !"《》“”".unicodeScalars.contains(s[j]) { return nil }
            // (The verbs within ten characters; a goal's label may close a longer lead:
            // 杭州市政府工作报告提到的全市发展主要预期目标是….)
            if j > lo, let w = (j < lo + 10 ? Self.leadInVerbs : []).first(where: { Self.starts(s, at: j, limit: hi, with: $0) })
                ?? Self.goalLabels.first(where: { Self.starts(s, at: j, limit: hi, with: $0) })
            {
                var k = j + w.count
                if k < hi, s[k] == "了" { k += 1 }
                return hi - k >= 2 ? k : nil
            }
            j += 1
        }
        return nil
    }
    /// Verbs of a lead-in that reports a plan's goals (《规划》提出, 意见明确), for the indicator's
    /// front here and for telling a restated milestone's lead-in (`TargetExtractor.withoutLeadIn`).
    /// (确定 only with 了: alone it is as often the act a goal counts, 每年确定30个重点项目.)
    static let reportingVerbs = ["提出", "明确", "要求", "指出", "强调", "表示", "确定了"]
    static let leadInVerbs: [[Unicode.Scalar]] = reportingVerbs.map { Array($0.unicodeScalars) }
    static let goalLabels: [[Unicode.Scalar]] = ["目标是", "目标为"].map { Array($0.unicodeScalars) }

    static let actModals: [[Unicode.Scalar]] = ["计划", "将", "拟", "要", "力争", "争取", "确保", "可"].map { Array($0.unicodeScalars) }
    /// Whether a time word or a modal of `actModals` starts at `j`.
    static func subjectEnds(_ s: [Unicode.Scalar], at j: Int, limit: Int) -> Bool {
        timeWords.contains { starts(s, at: j, limit: limit, with: $0) } || actModals.contains { starts(s, at: j, limit: limit, with: $0) }
    }
    static let timeWords: [[Unicode.Scalar]] = ["今年", "明年", "年内", "还"].map { Array($0.unicodeScalars) }
    static let actModalStarts: ScalarSet = ["计", "将", "拟", "要", "今", "明", "还", "力", "争", "确", "可"]

    /// Modal verbs after a subject (各县要, 各地应当).
    static let subjectModals: [[Unicode.Scalar]] = ["应当", "必须", "均要", "都要", "要", "应", "须", "将"].map { Array($0.unicodeScalars) }

    /// One-character measures that end a word (完成率, 完成额).
    static let measureSuffixes: ScalarSet = ["率", "值", "量", "额", "数", "度"]

    static func starts(_ s: [Unicode.Scalar], at lo: Int, limit: Int, with w: [Unicode.Scalar]) -> Bool {
        // (Callers look behind a position too: a word that would start before the text's start
        // or run past its end is simply not there.)
        guard lo >= 0, limit <= s.count, limit - lo >= w.count else { return false }
        for k in w.indices where s[lo + k] != w[k] { return false }
        return true
    }

    static let wordStarts: Set<[Unicode.Scalar]> = Set(wholeWordStarts.map { Array($0.unicodeScalars.prefix(2)) })

    /// Whether the last character before `hi` ends one of `wholeWordEnds`.
    static func endsWholeWord(_ s: [Unicode.Scalar], lo: Int, hi: Int) -> Bool {
        hi - lo >= 2 && wholeWordEnds.contains([s[hi - 2], s[hi - 1]])
    }

    /// Modal tails that are the verb of a milestone's action (各项目标任务全面实现).
    static let actionVerbTails: Set<[Unicode.Scalar]> = Set(["实现", "提升至", "提高至"].map { Array($0.unicodeScalars) })

    func trim(_ range: Range<Int>) -> String {
        let t = trimmedEnds(range)
        // 全省社会消费品零售总额(以下简称社零额)年均增速: a bracket that names the short form to
        // come is no part of the name.
        guard let open = t.range(of: "(以下简称") ?? t.range(of: "（以下简称"), open.lowerBound != t.startIndex,
            let close = t[open.upperBound...].firstIndex(where: { $0 == ")" || $0 == "）" })
        else { return t }
        return String(t[..<open.lowerBound]) + String(t[t.index(after: close)...])
    }

    private func trimmedEnds(_ range: Range<Int>) -> String {
        let cueWords = cue == "trim" ? ctx.rules.cues.trim : cue == "trim_milestone" ? ctx.rules.cues.trimMilestone : ctx.rules.cue(cue)
        let s = ctx.index.scalars
        var lo = range.lowerBound
        var hi = range.upperBound
        guard lo < hi else { return "" }
        let isTargetCue = cue == "trim"
        // Only a head that holds 电 or 讯 can open with a dateline (checked once, not per round).
        let mayHoldDateline = (lo..<min(hi, lo + 24)).contains { s[$0] == "电" || s[$0] == "讯" }
        // Date expressions at the front (到2025年, 2026年) are the deadline, not the indicator.
        var changed = true
        var rounds = 0
        while changed && lo < hi && rounds < 12 {
            changed = false
            rounds += 1
            if let p = ctx.periods(in: lo..<(lo + 1)).first(where: { $0.range.upperBound < hi }),
                ctx.rules.periodWords.match(s, at: lo, limit: hi) == nil
            {
                // A quota's span of years at the front (三年累计新增) is a period, not the indicator.
                lo = p.range.upperBound
                changed = true
                continue
            }
            if let d = ctx.dateMentions(in: max(0, lo - 40)..<(lo + 1)).first(where: { $0.range.upperBound > lo }) {
                lo = min(hi, d.range.upperBound)
                // (2023年度新建…: the 度 of the year goes with it.)
                if lo < hi - 1, s[lo] == "度", s[lo - 1] == "年" { lo += 1 }
                changed = true
                continue
            }
            // 预期 of a work report's expected figures (预期地区生产总值增长5%), not of 预期寿命.
            if hi - lo > 4, s[lo] == "预", s[lo + 1] == "期", !(s[lo + 2] == "寿" && s[lo + 3] == "命") {
                lo += 2
                changed = true
                continue
            }
            // A date in brackets at the front (今年(2024年)预期…) glosses a time word before it.
            if s[lo] == "(" || s[lo] == "（", let d = ctx.dateMentions(in: (lo + 1)..<(lo + 2)).first, d.range.lowerBound == lo + 1,
                d.range.upperBound < hi - 1, s[d.range.upperBound] == ")" || s[d.range.upperBound] == "）"
            {
                lo = d.range.upperBound + 1
                changed = true
                continue
            }
            if "到至在于".unicodeScalars.contains(s[lo]), let d = ctx.dateMentions(in: (lo + 1)..<(lo + 2)).first {
                lo = min(hi, d.range.upperBound)
                changed = true
                continue
            }
            // A class of bodies as the subject of a modal (各县（区）要储备…): the duty is the indicator.
            // (A milestone's action keeps its subject.)
            if isTargetCue, let m = ctx.rules.cues.classWords.match(s, at: lo, limit: hi) {
                var j = lo + m.length
                if j < hi, let close = Self.pairs[s[j]], let k = (j..<hi).first(where: { s[$0] == close }) { j = k + 1 }
                if let w = Self.subjectModals.first(where: { Self.starts(s, at: j, limit: hi, with: $0) }), j + w.count < hi - 1 {
                    lo = j + w.count
                    changed = true
                    continue
                }
            }
            // A short subject with a modal before the act (临安将新增…, 临安今年还将新建成…, 我省计划
            // 实施…): the act is the indicator. (Not a measure before its modal: 粮食产量将稳定在…)
            // A short name with its goal's date (山西到2025年全省森林覆盖率): the date and the name
            // before it go. A lead-in that reports the goal (《规划》提出, 意见提出了, 方案明确): the
            // words after it are the indicator.
            if isTargetCue, let cut = subjectBeforeModal(lo, hi) ?? nameWithGoalDate(lo, hi) ?? leadInEnd(lo, hi) {
                lo = cut
                changed = true
                continue
            }
            // A dateline at the front (中新社北京1月2日电: the agency and place, then the filtered
            // day) is no part of the indicator.
            if mayHoldDateline, let b = (lo..<min(hi, lo + 12)).first(where: { ctx.blocked.contains($0) }),
                (lo..<b).allSatisfy({ CharacterClass.isHan(s[$0].value) || ("0"..."9").contains(s[$0]) || s[$0] == "月" }),
                case let end = Self.datelineEnd(s, from: b, limit: hi, blocked: ctx.blocked), end > b, hi - end >= 2
            {
                lo = end
                changed = true
                continue
            }
            // A table row's number before its cell (33 新培育科技型中小企业…).
            if CharacterClass.isDigit(s[lo].value), case let d = (lo..<hi).first(where: { !CharacterClass.isDigit(s[$0].value) }) ?? hi,
                d - lo <= 3, d + 1 < hi, s[d] == " ", CharacterClass.isHan(s[d + 1].value)
            {
                lo = d + 1
                changed = true
                continue
            }
            // List numbering first, so that （一） is not half eaten as punctuation.
            if let n = ListMarker.length(s, at: lo, limit: hi), n < hi - lo {
                lo += n
                changed = true
                continue
            }
            if Self.edgePunctuation.contains(s[lo]) && s[lo] != "和" && !Self.opensPair(s, lo: lo, hi: hi) {
                lo += 1
                changed = true
                continue
            }
            if let m = cueWords.match(s, at: lo, limit: hi), lo + m.length >= hi || !Self.wordStarts.contains([s[lo], s[lo + 1]]),
                // (和 opening a place's name is no conjunction: 其中和平区30公里.)
                !(m.length == 1 && s[lo] == "和" && lo + 2 < hi && "区县市镇乡".unicodeScalars.contains(s[lo + 2])),
                // A measure's suffix is no indicator alone: 完成率 keeps its 完成.
                lo + m.length != hi - 1 || !Self.measureSuffixes.contains(s[hi - 1]), !Self.keptWholeAtFront.contains(where: { Self.starts(s, at: lo, limit: hi, with: $0) })
            {
                lo += m.length
                changed = true
                continue
            }
            // Words after an earlier number (以上, 左右) and list numbering left at the front (1. (2) ③).
            if let c = ctx.rules.comparators.match(s, at: lo, limit: hi), !c.payload.before, c.length < hi - lo {
                lo += c.length
                changed = true
                continue
            }
            if let n = ListMarker.length(s, at: lo, limit: hi) {
                lo += n
                changed = true
            }
        }
        while hi > lo, Self.edgePunctuation.contains(s[hi - 1]), !Self.endsWholeWord(s, lo: lo, hi: hi), !Self.closesPair(s, lo: lo, hi: hi) { hi -= 1 }
        // The fields a task covers, listed before its verb (…新一代信息技术等关键领域实施…): not the indicator.
        if isTargetCue, let d = (lo..<min(hi, lo + 20)).first(where: { s[$0] == "等" }) {
            for w in Self.fieldWords {
                // …when a verb follows the fields (等关键领域实施…); 等8个工贸行业事故死亡人数 names a scope.
                if let at = (d + 1..<min(hi, d + 6)).first(where: { Self.starts(s, at: $0, limit: hi, with: w) }), hi - (at + w.count) >= 2,
                    case let v = at + w.count, (2...4).contains(where: { n in v + n <= hi && ResultVerbs.verbs.contains(UTF8Key(String(scalars: s[v..<(v + n)]))) })
                {
                    lo = at + w.count
                    break
                }
            }
        }
        // A trailing base of comparison (…能耗比2020年, …较上年) belongs to `change`, not the indicator.
        if let d = ctx.dateMentions(in: (lo + 1)..<max(lo + 1, hi)).last(where: {
            $0.range.upperBound >= hi - 2 && $0.range.upperBound <= hi
        }), ctx.isBaselineYear(d) {
            hi = d.range.lowerBound - 1
            if hi > lo, s[hi - 1] == "相" { hi -= 1 }
            // (…增量高于2021年: the comparison word is two characters.)
            if hi > lo, s[hi] == "于", DocumentContext.comparisonFirsts.contains(s[hi - 1]) { hi -= 1 }
        }
        // …and so does a trailing base phrase (…经营点在2013年基础上, …人数在“十五”末的基础上),
        // with the adverb of going on after it (…在2020年的基础上继续).
        for adverb in Self.goingOn where hi - lo > 6 + adverb.count
            && String(String.UnicodeScalarView(s[(hi - adverb.count)..<hi])) == adverb
            && MilestoneFinder.endsWithBase(s, lo..<(hi - adverb.count))
        {
            hi -= adverb.count
            break
        }
        if hi - lo > 6, MilestoneFinder.endsWithBase(s, lo..<hi),
            let at = (max(lo + 2, hi - 20)..<(hi - 3)).last(where: { s[$0] == "在" })
        {
            hi = at
        }
        func ends(with t: [Unicode.Scalar]) -> Bool {
            var k = 0
            while k < t.count, s[hi - t.count + k] == t[k] { k += 1 }
            return k == t.count
        }
        for t in Self.usageNotes where hi - lo > t.count && ends(with: t) { hi -= t.count }
        for t in Self.baseTails where hi - lo >= t.count && ends(with: t) { hi -= t.count }
        // A date closing the indicator (我省人均预期寿命2030年) is the deadline's.
        if let d = ctx.dateMentions(in: (lo + 2)..<max(lo + 2, hi)).last(where: { $0.range.upperBound == hi && $0.isDeadline && $0.year != nil }),
            d.range.lowerBound - lo >= 2
        {
            hi = d.range.lowerBound
        }
        // Trailing modal words (…比例要, …力争). A milestone's action keeps its verb (全面实现).
        for t in Self.modalTails where hi - lo > t.count && ends(with: t) {
            if cue == "trim_milestone" && Self.actionVerbTails.contains(t) { continue }
            // 能 ends words of its own (产能, 储能, 功能, 智能): only after another word is it a modal.
            if t == ["能"], Self.nengWords.contains(s[hi - 2]) { continue }
            // …and so does 应 (供应, 响应, 适应, 效应): 新增供应100万套 keeps its 供应.
            if t == ["应"], Self.yingWords.contains(s[hi - 2]) { continue }
            // …and 在 (所在, 存在, 现在): 火灾死亡率在 loses it, 企业所在 keeps it.
            if t == ["在"], Self.zaiWords.contains(s[hi - 2]) { continue }
            // (…and 均 of 平均, 人均, 月均: 审批办理时限平均压缩30% keeps it.)
            if t == ["均"], "平人户亩日月".unicodeScalars.contains(s[hi - 2]) { continue }
            // (A milestone's state keeps its verb: 得到有效控制.)
            if t == ["控", "制"], cue == "trim_milestone" { continue }
            // (…and 完成 is a milestone's act, and an adverb's verb: 已完成, 顺利完成.)
            if t == ["完", "成"], cue == "trim_milestone" || (hi - 3 >= lo && "已未部本利均都经".unicodeScalars.contains(s[hi - 3])) { continue }
            hi -= t.count
        }
        // (A time word the modal followed goes too: 全省生产总值今年力争 → 全省生产总值.)
        for t in Self.modalTails.prefix(3) where hi - lo > t.count + 1 && ends(with: t) {
            hi -= t.count
            break
        }
        // …and a date the modal followed (…处理率2020年要达到87%).
        if hi < range.upperBound,
            let d = ctx.dateMentions(in: (lo + 2)..<max(lo + 2, hi)).last(where: { $0.range.upperBound == hi && $0.isDeadline && $0.year != nil }),
            d.range.lowerBound - lo >= 2
        {
            hi = d.range.lowerBound
        }
        // A deadline between a subject and its verb, after a modal (…专项资金须于2017年6月底前下达):
        // the modal and the date go, the subject and its verb stay.
        if isTargetCue, hi - lo > 8,
            let d = ctx.dateMentions(in: (lo + 2)..<(hi - 1)).last(where: {
                $0.isDeadline && (1...6).contains(hi - $0.range.upperBound) && !ctx.isBaselineYear($0)
            }),
            (d.range.upperBound..<hi).allSatisfy({ s[$0].properties.isIdeographic })
        {
            var cut = d.range.lowerBound
            // (A time word needs no modal before it: 全省生产总值今年增长.)
            let timeWord = ["今年", "明年", "年内", "本年"].contains(d.text)
            if cut > lo, "于在".unicodeScalars.contains(s[cut - 1]) { cut -= 1 }
            // (…but not the end of a word: 规划纲要2025年, 供应2025年.)
            if let m = Self.subjectModals.first(where: { cut - $0.count >= lo + 2 && Self.starts(s, at: cut - $0.count, limit: cut, with: $0) }),
                !(m == ["要"] && Self.yaoWords.contains(s[cut - 2])), !(m == ["应"] && Self.yingWords.contains(s[cut - 2]))
            {
                cut -= m.count
            }
            if cut < d.range.lowerBound || timeWord, cut - lo >= 2 {
                return ctx.index.string(lo..<cut) + ctx.index.string(d.range.upperBound..<hi)
            }
        }
        while hi > lo, Self.edgePunctuation.contains(s[hi - 1]), !Self.endsWholeWord(s, lo: lo, hi: hi), !Self.closesPair(s, lo: lo, hi: hi) { hi -= 1 }
        // A date right after the place it covers (全省2025年粮食产量; the places are the cue
        // `place`) is the deadline: the indicator keeps the place and the words after the date.
        if hi - lo > 4, let p = ctx.rules.cues.place.match(s, at: lo, limit: hi), case let at = lo + p.length,
            let d = ctx.dateMentions(in: at..<(at + 1)).first(where: { $0.range.lowerBound == at && $0.range.upperBound < hi }),
            !ctx.isBaselineYear(d), d.isDeadline
        {
            return ctx.index.string(lo..<at) + ctx.index.string(d.range.upperBound..<hi)
        }
        // 我市将力争外贸进口总额, 我县要确保…路率: the scope stays, the modals after it go.
        if isTargetCue, hi - lo > 5, Self.selfReference(s, at: lo) {
            var k = lo + 2
            while let m = Self.scopeModals.first(where: { Self.starts(s, at: k, limit: hi, with: $0) }), hi - (k + m.count) >= 2,
                !Self.keptWholeAtFront.contains(where: { Self.starts(s, at: k, limit: hi, with: $0) })
            {
                k += m.count
            }
            if k > lo + 2 { return ctx.index.string(lo..<(lo + 2)) + ctx.index.string(k..<hi) }
        }
        // 全国人均力争拥有…藏书: 力争 inside the words is a modal all the same.
        if isTargetCue, hi - lo > 6, let at = (lo + 2..<(hi - 3)).first(where: { s[$0] == "力" && s[$0 + 1] == "争" }) {
            return ctx.index.string(lo..<at) + ctx.index.string((at + 2)..<hi)
        }
        return ctx.index.string(lo..<hi)
    }

    /// Whether a self-reference or a whole area (我市, 本县, 该省, 全区) starts at `i`.
    static func selfReference(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        i + 1 < s.count && "我本该全".unicodeScalars.contains(s[i]) && "市县省区镇乡州旗".unicodeScalars.contains(s[i + 1])
    }
    /// Modals after such a subject, cut in a chain (将力争, 要确保).
    static let scopeModals: [[Unicode.Scalar]] = ["将", "要", "力争", "确保", "争取", "计划", "还将", "努力", "实现", "完成"].map {
        Array($0.unicodeScalars)
    }
}

/// List numbering at the start of an item: 一、 （一） (1) 1. 1、 ① 第一条.
enum ListMarker {
    static let cn = ScalarSet("一二三四五六七八九十".unicodeScalars)

    /// Length of a list marker at `i`, if one stands there.
    static func length(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard i < limit else { return nil }
        let c = s[i]
        if (0x2460...0x2473).contains(c.value) { return 1 }
        if c == "(" || c == "（" {
            var j = i + 1
            while j < limit, j - i <= 4, cn.contains(s[j]) || ("0"..."9").contains(s[j]) { j += 1 }
            if j > i + 1, j < limit, s[j] == ")" || s[j] == "）" { return j + 1 - i }
            return nil
        }
        if c == "第" {
            // 第四十九条 / 第三章 opening an article.
            var j = i + 1
            while j < limit, j - i <= 5, cn.contains(s[j]) || s[j] == "百" || s[j] == "零" || ("0"..."9").contains(s[j]) { j += 1 }
            if j > i + 1, j < limit, "条章节款".unicodeScalars.contains(s[j]) { return j + 1 - i }
            return nil
        }
        var j = i
        while j < limit, j - i <= 3, cn.contains(s[j]) || ("0"..."9").contains(s[j]) { j += 1 }
        if j > i, j < limit, s[j] == "、" || (s[j] == "." && (j + 1 >= limit || !("0"..."9").contains(s[j + 1]))) { return j + 1 - i }
        // 2.2019年…: a number, a point and a year (no decimal has 年 after four places).
        if j > i, j - i <= 2, j + 6 <= limit, s[j] == "." || s[j] == "．", s[j + 1] == "1" || s[j + 1] == "2",
            (j + 1..<j + 5).allSatisfy({ ("0"..."9").contains(s[$0]) }), s[j + 5] == "年", s[i] != "0"
        {
            return j + 1 - i
        }
        return nil
    }
}
