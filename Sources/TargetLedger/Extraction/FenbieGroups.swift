/// `分别` lists (化学需氧量、氨氮排放总量分别下降8%、10%): the values after 分别 are distributed
/// over the items of the subject before it, sharing the comparator and change word.
struct FenbieGroups {
    struct Group {
        var members: [Int]
        var indicators: [String]
        var comparator: Comparator?
        /// 分别 with no subject of its own ((分别比上年增加1.3万亩、1万吨) after two figures):
        /// the members belong to the figures read just before the first.
        var subjectless = false
    }
    private(set) var groupOf: [Int: Int] = [:]
    private(set) var groups: [Group] = []

    /// `skip`: figures read as the starting levels of others; `baselineAt`: where the 由 of a
    /// figure's starting level stands (分别由…的A、B下降到C、D: 分别 stands before the 由).
    init(ctx: DocumentContext, sentence: Range<Int>, quantities: [Quantity], skip: Set<Int> = [], baselineAt: [Int: Int] = [:]) {
        let s = ctx.index.scalars
        var qi = 0
        while qi < quantities.count {
            if skip.contains(qi) {
                qi += 1
                continue
            }
            let q = quantities[qi]
            // 分别 within a few characters before the first number (分别达到, 力争分别达到), or
            // before the 由 of its starting level.
            let anchor = baselineAt[qi] ?? q.numberRange.lowerBound
            let lookStart = max(sentence.lowerBound, anchor - 8)
            // Scanned in the scalars: searching a String built for it cost more than the rest.
            let marked = (lookStart..<max(lookStart, anchor - 1)).first(where: { s[$0] == "分" && s[$0 + 1] == "别" })
            // Without 分别, only a figure right after its verb can open a list (checked before
            // any list is gathered: most figures open none).
            let verb = marked == nil ? Self.verbStart(ctx: ctx, before: q.numberRange.lowerBound, sentence: sentence) : nil
            if marked == nil && verb == nil {
                qi += 1
                continue
            }
            var members = [qi]
            var j = qi + 1
            while j < quantities.count {
                let gapStart = quantities[members[members.count - 1]].range.upperBound
                // A quantity inside the last member (the 10万 of a rate written 10/10万) is part
                // of it, not the next item.
                if quantities[j].numberRange.lowerBound < gapStart {
                    j += 1
                    continue
                }
                let gap = gapStart..<quantities[j].numberRange.lowerBound
                if gap.count <= 6 && gap.allSatisfy({ Self.listGlue.contains(s[$0]) }) {
                    members.append(j)
                    j += 1
                } else {
                    break
                }
            }
            guard members.count >= 2 else {
                qi += 1
                continue
            }
            // Without 分别, a list of values distributes only over a list of as many items right
            // before its verb (化学需氧量、氨氮…减排量达到1.83万吨、0.13万吨…).
            let fenbieAt = marked ?? verb!
            // The subject: from the clause start to 分别, without a period word of every member
            // before it (…一般公共预算收入年均分别增长: 年均 is each one's period, no part of a name).
            var cs = fenbieAt
            while cs > sentence.lowerBound {
                // (A code in brackets glosses its item: 二氧化硫(SO2)、氮氧化物(NOX)排放总量.)
                if let open = Self.codeGlossStart(s, closingAt: cs - 1, from: sentence.lowerBound) {
                    cs = open
                    continue
                }
                if SentenceReader.softEnds.contains(s[cs - 1]) { break }
                cs -= 1
            }
            var subjectEnd = fenbieAt
            if let b = baselineAt[qi], b < subjectEnd { subjectEnd = b }
            if let p = ctx.periods(in: cs..<fenbieAt).last, p.range.upperBound == fenbieAt, p.range.lowerBound > cs {
                subjectEnd = p.range.lowerBound
            }
            var subject = IndicatorTrimmer(ctx: ctx).trim(cs..<subjectEnd)
            // …分别增长12%和13%，分别达43366元和13835元: a second 分别 right after a first one
            // is over the same items (their measures, not their growth).
            // (…and so is one whose clause opens with the base it counts from: …控制在84.4万吨、
            // 57.7万吨以内，比2010年的92.7万吨、62.0万吨分别减少9%、7%.)
            let fromBase = cs < fenbieAt && (s[cs] == "比" || s[cs] == "较") && !ctx.dateMentions(in: cs..<fenbieAt).isEmpty
            if subject.isEmpty || fromBase, let last = groups.last, last.members.count == members.count, !last.subjectless,
                let lastEnd = last.members.last.map({ quantities[$0].range.upperBound }), cs - lastEnd <= (fromBase ? 4 : 2)
            {
                for (k, m) in members.enumerated() { groupOf[m] = groups.count; _ = k }
                let measures = last.indicators.map { i in ["增长", "下降", "降低", "提高"].first(where: i.hasSuffix).map { String(i.dropLast($0.count)) } ?? i }
                var cmp: Comparator? = nil
                if let c = ctx.rules.comparators.match(s, endingAt: q.numberRange.lowerBound, from: fenbieAt + 2), c.payload.before { cmp = c.payload.comparator }
                groups.append(Group(members: members, indicators: measures, comparator: cmp))
                qi = members[members.count - 1] + 1
                continue
            }
            if subject.isEmpty && cs > sentence.lowerBound + 1 {
                // 企业、机构数量在2022年的基础上实现“双倍增”，分别超过90家和870家: the list
                // opens the clause before, up to its first verb or base.
                var ps = cs - 1
                while ps > sentence.lowerBound, !SentenceReader.softEnds.contains(s[ps - 1]) { ps -= 1 }
                var pe = ps
                while pe < cs - 1, !Self.listEnds.contains(s[pe]) { pe += 1 }
                let list = IndicatorTrimmer(ctx: ctx).trim(ps..<pe)
                if Self.splitList(list).count == members.count { subject = list }
            }
            // (城、乡居民 is 城乡居民 written as a list.)
            if subject.includes("城、乡居民") { subject = subject.replacingOccurrences(of: "城、乡居民", with: "城乡居民") }
            subject = Self.withoutClass(subject)
            var parts = Self.splitList(subject, count: members.count)
            // 城乡居民…分别 with two values is a list contracted into one word: 城镇居民… then 农村居民….
            // (Not when the values go to two dates: 到2022年和2030年，城乡居民…分别不少于….)
            // (…and 城乡常住居民 is 城镇常住居民 and 农村常住居民.)
            // (…and 城乡低保 is 城市低保 and 农村低保, as their programmes are named.)
            // (Not a scheme that is one for both: 城乡居民医保, 城乡居民基本养老保险.)
            if marked != nil, members.count == 2, parts.count == 1, subject.includes("城乡"), ctx.deadlines(in: sentence.lowerBound..<fenbieAt).count < 2,
                !["医保", "医疗保险", "养老保险", "一体化"].contains(where: subject.includes)
            {
                let town = subject.includes("城乡低保") || subject.includes("城乡最低生活保障") ? "城市" : "城镇"
                parts = [subject.replacingOccurrences(of: "城乡", with: town), subject.replacingOccurrences(of: "城乡", with: "农村")]
            }
            // 一二三产业增加值分别增长…: the three sectors contracted into one word.
            if members.count == 3, let r = ["第一、二、三产业", "一、二、三产业", "第一二三产业", "一二三产业", "三次产业"].lazy.compactMap({ subject.range(of: $0) }).first {
                parts = ["第一产业", "第二产业", "第三产业"].map { String(subject[..<r.lowerBound]) + $0 + String(subject[r.upperBound...]) }
            }
            if marked == nil, parts.count != members.count {
                qi = j
                continue
            }
            var cmp: Comparator? = nil
            let between = marked == nil ? fenbieAt : fenbieAt + 2
            if let c = ctx.rules.comparators.match(s, endingAt: q.numberRange.lowerBound, from: between), c.payload.before {
                cmp = c.payload.comparator
            }
            var indicators: [String]
            if parts.count == members.count {
                indicators = Self.distribute(parts)
                // 粮食面积、产量分别…: a measure alone measures the thing the first item names (粮食产量).
                let cues = ctx.rules.cues
                let first = Array(indicators[0].unicodeScalars)
                if let pm = cues.measure.match(first, endingAt: first.count), first.count - pm.length >= 2 {
                    let thing = String(scalars: first[..<(first.count - pm.length)])
                    for k in indicators.indices.dropFirst() {
                        let sc = Array(indicators[k].unicodeScalars)
                        if let m = cues.measure.match(sc, at: 0), m.length == sc.count { indicators[k] = thing + indicators[k] }
                    }
                }
            } else {
                indicators = Array(repeating: subject, count: members.count)
            }
            for (k, m) in members.enumerated() { groupOf[m] = groups.count; _ = k }
            groups.append(Group(members: members, indicators: indicators, comparator: cmp, subjectless: subject.isEmpty))
            qi = j
        }
    }

    func indicator(for qi: Int) -> String? {
        guard let g = groupOf[qi] else { return nil }
        let group = groups[g]
        guard let k = group.members.firstIndex(of: qi), k < group.indicators.count else { return nil }
        let ind = group.indicators[k]
        return ind.isEmpty ? nil : ind
    }

    /// For a member of a group with no subject: its place in the group, the group's size and
    /// its first member.
    func position(of qi: Int) -> (k: Int, n: Int, first: Int)? {
        guard let g = groupOf[qi], groups[g].subjectless, let k = groups[g].members.firstIndex(of: qi) else { return nil }
        return (k, groups[g].members.count, groups[g].members[0])
    }

    /// The first member of the group `qi` belongs to.
    func firstMember(of qi: Int) -> Int? {
        groupOf[qi].map { groups[$0].members[0] }
    }

    /// The comparator a later member takes from the words before the first (分别达到36%左右和8% → 8% >=).
    /// The last member of the group `qi` belongs to.
    func lastMember(of qi: Int) -> Int? {
        groupOf[qi].flatMap { groups[$0].members.last }
    }

    func sharedComparator(for qi: Int) -> Comparator? {
        guard let g = groupOf[qi], groups[g].members.first != qi else { return nil }
        return groups[g].comparator
    }

    /// Words that open the measure a list's items share, after their own names.
    static let tailStarts: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in [
            "重点工程", "排放", "减排", "浓度", "总量", "比例", "比重", "占比", "覆盖率", "达标率", "合格率", "普及率", "利用率", "处理率", "收集率",
            "入学率", "参保率", "增加值", "产值", "产量", "面积", "规模", "投资", "人数", "数量", "收入", "平均",
        ] { l.insert(w, true) }
        return l
    }()

    /// Last characters that mark an item's kind (places, bodies): 呼和浩特市、包头市.
    static let kindEndings = ScalarSet("市县区省州盟旗镇乡村局委厅")

    /// What may stand between the values of a list (、 和 以上 左右 …).
    static let listGlue = ScalarSet("、和及与,，;；左右以上以下以内 ".unicodeScalars)

    /// Last characters of a whole measure (…死亡率, …总量, …比重).
    static let measureEndings = ScalarSet("率量额数值度重例比")

    /// Where a list that opens a clause ends: a verb or a base of comparison after it.
    static let listEnds = ScalarSet("在比较实达将要")

    /// Where the comparator or change word right before `number` starts, for a list of values
    /// with no 分别: nil when no such word stands there.
    static func verbStart(ctx: DocumentContext, before number: Int, sentence: Range<Int>) -> Int? {
        let lo = max(sentence.lowerBound, number - 8)
        if let c = ctx.rules.comparators.match(ctx.index.scalars, endingAt: number, from: lo), c.payload.before { return number - c.length }
        if let c = ctx.rules.changes.match(ctx.index.scalars, endingAt: number, from: lo) { return number - c.length }
        return nil
    }

    /// Splits a subject list into `count` items if it can: on 、, and where that gives one item
    /// too few, on a last 和/及/与 as well (新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率).
    static func splitList(_ subject: String, count: Int) -> [String] {
        let parts = splitList(subject)
        guard parts.count == count - 1, subject.unicodeScalars.contains("、"), let last = parts.last else { return parts }
        let tail = splitList(last, separators: ["和", "及", "与"])
        return tail.count == 2 ? parts.dropLast() + tail : parts
    }

    /// Splits a subject list on 、/和/及/与 outside brackets.
    static func splitList(_ subject: String) -> [String] {
        // With 、 in the list only 、 separates (呼和浩特市、包头市); otherwise 和/及/与 do (A和B).
        splitList(subject, separators: subject.unicodeScalars.contains("、") ? ["、"] : ["和", "及", "与"])
    }

    static func splitList(_ subject: String, separators: ScalarSet) -> [String] {
        var parts: [String] = []
        var cur = String.UnicodeScalarView()
        var depth = 0
        let sc = Array(subject.unicodeScalars)
        for (i, c) in sc.enumerated() {
            if c == "（" || c == "(" { depth += 1 }
            if c == "）" || c == ")" { depth = max(0, depth - 1) }
            // 及以上, 及以下: a bound, no second item (重度及以上污染天数比率).
            if c == "及" || c == "和" || c == "与", i + 2 < sc.count, sc[i + 1] == "以", sc[i + 2] == "上" || sc[i + 2] == "下" {
                cur.append(c)
                continue
            }
            if depth == 0 && separators.contains(c) {
                parts.append(String(cur))
                cur = String.UnicodeScalarView()
            } else {
                cur.append(c)
            }
        }
        parts.append(String(cur))
        return parts.filter { !$0.isEmpty }
    }

    /// ICU's word boundaries of `text` as scalar offsets (every offset where ICU is unavailable).
    /// Asked only of a list's words in the rare cases below, so the iterator is opened per call.
    static func wordBoundaries(_ text: [Unicode.Scalar]) -> Set<Int> {
        let index = TextIndex(text)
        guard let wb = try? ICUWordBreaker(locale: "zh"), let cuts = try? wb.boundaries(index.utf16) else { return Set(0...text.count) }
        return Set(cuts.map(index.scalar))
    }

    /// Where a bracketed code that closes at `close` opens ((SO2), （VOCs）, (PM2.5)), if one does.
    static func codeGlossStart(_ s: [Unicode.Scalar], closingAt close: Int, from lo: Int) -> Int? {
        guard close > lo, s[close] == ")" || s[close] == "）" else { return nil }
        var k = close - 1
        while k > lo, close - k <= 8, s[k].isASCII, s[k] != "(" { k -= 1 }
        guard k < close - 1, s[k] == "(" || s[k] == "（", k > lo, (k + 1..<close).contains(where: { ("A"..."Z").contains(s[$0]) || ("a"..."z").contains(s[$0]) })
        else { return nil }
        return k
    }

    /// A list without the class 等 sums it up in before the shared measure (二氧化硫、氮氧化物等
    /// 主要污染物排放总量 → 二氧化硫、氮氧化物排放总量): the class is no part of each item's name.
    static func withoutClass(_ subject: String) -> String {
        let sc = Array(subject.unicodeScalars)
        guard let i = sc.lastIndex(of: "等"), i >= 2, sc[..<i].contains(where: { $0 == "、" || $0 == "和" }), i + 2 < sc.count,
            let p = ((i + 1)..<min(sc.count - 1, i + 10)).first(where: { tailStarts.match(sc, at: $0) != nil }),
            !sc[i..<p].contains("、"),
            // (…a word of its own: 高等教育毛入学率 holds no class.)
            case let cuts = wordBoundaries(sc), cuts.contains(i), cuts.contains(i + 1)
        else { return subject }
        return String(scalars: sc[..<i]) + String(scalars: sc[p...])
    }

    /// Restores the tail the items share (交通、水利、能源领域投资额 → 交通领域投资额 …).
    static func distribute(_ parts: [String]) -> [String] {
        guard let last = parts.last, parts.count >= 2 else { return parts }
        let lastSc = Array(Self.stripBrackets(last).unicodeScalars)
        let earlier = parts.dropLast().map { Array(Self.stripBrackets($0).unicodeScalars) }
        // Items that each end in the last one's measure (婴儿死亡率、5岁以下儿童死亡率) are whole.
        if let end = lastSc.last, Self.measureEndings.contains(end), earlier.allSatisfy({ $0.last == end }) { return parts }
        // So are items that each name a measure of their own (地区生产总值、固定资产投资、社会消费品
        // 零售总额、一般公共预算收入): no tail of the last one is theirs.
        if earlier.allSatisfy({ e in
            e.count >= 4 && (e.last.map(Self.measureEndings.contains) ?? false || Self.tailStarts.match(e, endingAt: e.count) != nil)
        }) {
            return parts
        }
        // Items of one length (交通、水利、能源) say how long the last one's own head is; items
        // of one kind (呼和浩特市、包头市、乌海市…) end where the last one's first such ending is.
        let lengths = Set(earlier.map(\.count))
        var headLen: Int? = lengths.count == 1 ? lengths.first : nil
        // Where ICU's segmentation of the last item has word boundaries (segmented once, if asked).
        var cuts: Set<Int>? = nil
        func isWordBoundary(_ at: Int) -> Bool {
            guard at > 0, at < lastSc.count else { return true }
            if cuts == nil { cuts = Self.wordBoundaries(lastSc) }
            return cuts!.contains(at)
        }
        // (…unless that length cuts a word of the last one: 二氧化硫、氮氧化物和挥发性有|机物.)
        if let h = headLen, !isWordBoundary(h) { headLen = nil }
        if let end = earlier.first?.last, earlier.allSatisfy({ $0.last == end }), let k = lastSc.firstIndex(of: end), k + 1 < lastSc.count {
            if headLen == nil, Self.kindEndings.contains(end) {
                headLen = k + 1
            } else if k + 1 != headLen, !Self.kindEndings.contains(end), isWordBoundary(k + 1) {
                // (…and items of one kind of thing, 可吸入颗粒物、细颗粒物平均浓度, end where the
                // last one's first word with their ending does, whatever their lengths.)
                headLen = k + 1
            }
        }
        // Else the first word in the last item that opens a measure (…有机物[重点工程减排量],
        // 氮氧化物[排放总量]).
        if headLen == nil {
            headLen = (2..<max(2, lastSc.count - 1)).first { p in Self.tailStarts.match(lastSc, at: p) != nil }
        }
        // An earlier item found inside the last one marks where the shared tail begins.
        for e in earlier where !e.isEmpty && e.count < lastSc.count {
            for i in 0...(lastSc.count - e.count) where Array(lastSc[i..<i + e.count]) == e {
                headLen = i + e.count
                break
            }
        }
        // Items of different lengths (化学需氧量、氨氮、氮氧化物排放总量) leave it unknown
        // where the shared tail begins: the items stay as written rather than cut mid-word.
        guard var headLen, headLen < lastSc.count else { return parts }
        // (A cut inside a code or a figure, PM2|.5, moves to its end: PM10和PM2.5平均浓度.)
        func inToken(_ c: Unicode.Scalar) -> Bool { c.isASCII && (CharacterClass.isDigit(c.value) || c == "." || ("A"..."Z").contains(c) || ("a"..."z").contains(c)) }
        while headLen > 0, headLen < lastSc.count, inToken(lastSc[headLen - 1]), inToken(lastSc[headLen]) { headLen += 1 }
        // A cut inside quotes (农村“千吨万人”集中式…) moves past the closing quote: the quoted
        // name belongs to the last item's head.
        let head = lastSc[..<min(headLen, lastSc.count)]
        if head.filter({ $0 == "“" }).count > head.filter({ $0 == "”" }).count {
            guard let close = lastSc[headLen...].firstIndex(of: "”") else { return parts }
            headLen = close + 1
        }
        guard lastSc.count > headLen + 1 else { return parts }
        var tail = String.UnicodeScalarView()
        tail.append(contentsOf: lastSc[headLen...])
        let t = String(tail)
        return earlier.map { e in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: e)
            return String(v) + t
        } + [last]
    }

    static func stripBrackets(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var depth = 0
        for c in s.unicodeScalars {
            if c == "（" || c == "(" { depth += 1; continue }
            if c == "）" || c == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return String(out)
    }
}
