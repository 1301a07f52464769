/// Reads responsible units from 责任单位/牵头单位/配合单位 lines and brackets and from 由X牵头/负责,
/// and splits the names as TARGETS.md says.
struct ResponsibilityReader {
    let rules: RuleSet

    /// A unit line or bracket found in a block.
    struct Assignment {
        var range: Range<Int>
        var units: [ResponsibleUnit]
        var rule: String
        /// True when the marker opens its own line (it closes the item above it).
        var standsAlone: Bool
    }

    static let colon: ScalarSet = [":", "："]
    static let segmentBreaks = ScalarSet("，,；;")
    static let closers: ScalarSet = ["）", ")", "】", "]", "。", "\n"]
    static let nameSeparators: ScalarSet = ["、", "，", ",", "；", ";", "/", " "]

    /// Every unit line or bracket in `range` of the text.
    func assignments(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Assignment] {
        var out: [Assignment] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let m = rules.responsibility.match(s, at: i, limit: range.upperBound) else {
                i += 1
                continue
            }
            var j = i + m.length
            while j < range.upperBound, s[j] == " " { j += 1 }
            // 责任单位：X, and 责任单位为X where the marker is a label (…单位, …部门), not a verb
            // (负责为群众… names no one).
            let labelled = Self.endsLikeALabel(s, at: i + m.length)
            guard j < range.upperBound, Self.colon.contains(s[j]) || (labelled && (s[j] == "为" || s[j] == "是")) else {
                i += m.length
                continue
            }
            // 责任单位为区经信局；服务业增加值：… — a label inside a sentence ends at its clause.
            let inline = !Self.colon.contains(s[j])
            j += 1
            var units: [ResponsibleUnit] = []
            var k = j
            var role = m.payload.role
            var depth = 0
            var segStart = j
            // Read names up to the closing bracket or the line end; a second marker switches the role.
            while k <= range.upperBound {
                if k < range.upperBound, let next = rules.responsibility.match(s, at: k, limit: range.upperBound),
                    k + next.length < range.upperBound,
                    Self.colon.contains(s[k + next.length])
                        || ((s[k + next.length] == "为" || s[k + next.length] == "是") && Self.endsLikeALabel(s, at: k + next.length))
                {
                    units += Self.split(s, segStart..<k, role: role)
                    role = next.payload.role
                    k += next.length + 1
                    segStart = k
                    continue
                }
                if k == range.upperBound { break }
                let c = s[k]
                if c == "（" || c == "(" {
                    depth += 1
                } else if (c == "）" || c == ")") && depth > 0 {
                    depth -= 1
                } else if depth == 0 && (Self.closers.contains(c) || (inline && Self.segmentBreaks.contains(c))) {
                    break
                } else if depth == 0 && c == " " && Self.labelFollows(s, after: k, limit: range.upperBound) {
                    // 责任单位:市公安局 项目责任人:王伟 实际完成情况:… — fields run on in one line.
                    break
                }
                k += 1
            }
            // 部门分工：省发展改革委牵头，各地、各部门配合。 — the roles are in the verbs.
            if m.payload.rule == Self.divisionRule, let (named, _) = verbSegments(String(scalars: s[segStart..<k])) {
                units += named
            } else {
                units += Self.split(s, segStart..<k, role: role)
            }
            let before = s[range.lowerBound..<i].filter { !" （(【[".unicodeScalars.contains($0) }
            out.append(Assignment(range: i..<k, units: units, rule: m.payload.rule, standsAlone: before.isEmpty))
            i = max(k, i + 1)
        }
        return out
    }

    /// Brackets that assign units by verbs alone (（市发展改革委牵头，各区政府按职责分工负责）).
    func verbBrackets(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Assignment] {
        var out: [Assignment] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // 〔市经信局、市发改委负责，…等参与〕 is a bracket of units too.
            guard s[i] == "（" || s[i] == "(" || s[i] == "〔" || s[i] == "[" else { i += 1; continue }
            var j = i + 1
            var depth = 1
            while j < range.upperBound, depth > 0 {
                if s[j] == "（" || s[j] == "(" || s[j] == "〔" || s[j] == "[" {
                    depth += 1
                } else if s[j] == "）" || s[j] == ")" || s[j] == "〕" || s[j] == "]" {
                    depth -= 1
                }
                if depth > 0 { j += 1 }
            }
            guard j < range.upperBound, j - i <= 80 else { i += 1; continue }
            // Every segment must end in a marker word, the last one too: most brackets
            // (（2023-2025年）, （以下简称…）) fail that here, before any string is built.
            if j > i + 1, !Self.segmentBreaks.contains(s[j - 1]), rules.responsibility.match(s, endingAt: j, from: i + 1) == nil,
                !(j - i > 3 && s[j - 2] == "下" && s[j - 1] == "同")
            {
                // …but a bracket of bodies alone closing an item names its units too
                // (完成宝电库区3所小学改扩建工程(市教育局)。).
                if let units = bodiesClosingItem(s, open: i, close: j, in: range) {
                    out.append(Assignment(range: i..<(j + 1), units: units, rule: "resp.bracket-bodies", standsAlone: false))
                }
                i = j + 1
                continue
            }
            let content = String(scalars: s[(i + 1)..<j])
            // A bracket that already has a marker (责任单位：…) is read by `assignments`.
            if rules.responsibility.occurs(in: Array(content.unicodeScalars), 0..<content.unicodeScalars.count) && content.contains("：") {
                i = j + 1
                continue
            }
            if let (units, rule) = verbSegments(content) {
                out.append(Assignment(range: i..<(j + 1), units: units, rule: rule, standsAlone: false))
            }
            i = j + 1
        }
        return out
    }

    /// The bodies of a bracket that holds names of bodies only (市教育局, 市发改委、市财政局) and
    /// closes its item: at the end of the block or of a sentence.
    func bodiesClosingItem(_ s: [Unicode.Scalar], open i: Int, close j: Int, in range: Range<Int>) -> [ResponsibleUnit]? {
        guard j - i >= 4, j - i <= 40 else { return nil }
        var k = j + 1
        while k < range.upperBound, s[k] == " " { k += 1 }
        guard k >= range.upperBound || "。；;".unicodeScalars.contains(s[k]) else { return nil }
        // (Before it, a figure's sentence: not a name's gloss, 市教育局(以下简称…); and no label or
        // marker inside, which `assignments` reads: （责任单位：…）.)
        // (…nor a source credit after a sentence, …办实事。(四川省成都市文明办).)
        guard i > range.lowerBound, !"（(。！？!?".unicodeScalars.contains(s[i - 1]),
            !((i + 1)..<j).contains(where: { s[$0] == "：" || s[$0] == ":" }), !rules.responsibility.occurs(in: s, (i + 1)..<j)
        else { return nil }
        let names = Self.split(s, (i + 1)..<j, role: .responsible)
        // (Places in brackets, 建设3个示范点(江北区、渝中区), say where, not who.)
        // (…nor a gloss, 供养服务机构(敬老院): only the endings of offices of government.)
        guard !names.isEmpty,
            names.allSatisfy({ n in
                (3...16).contains(n.name.count) && !n.name.contains("简称") && !n.name.contains(where: { "。，,0123456789".contains($0) })
                    && Self.officeEndings.contains(where: n.name.hasSuffix)
            })
        else { return nil }
        return names
    }

    /// Endings of offices of government, the only names a bracket of bodies alone may hold.
    static let officeEndings = ["局", "委", "办", "厅", "政府", "委员会", "办公室", "管委会"]

    /// Sentences that do nothing but assign units by verbs, closing an item as a bracket would
    /// (…处置率达到90%以上。市生态环境局牵头，市水务局、市住建局配合。 / 市发改局、市住建局分别负责。).
    func verbSentences(_ s: [Unicode.Scalar], in range: Range<Int>) -> [Assignment] {
        var out: [Assignment] = []
        var start = range.lowerBound
        for i in range.lowerBound...range.upperBound where i == range.upperBound || s[i] == "。" {
            defer { start = i + 1 }
            // (Short, and ending in a marker word: most sentences fail that before any string.)
            guard i > start, i - start <= 60, rules.responsibility.match(s, endingAt: i, from: start) != nil else { continue }
            var a = start
            while a < i, s[a] == " " { a += 1 }
            // (Not a numbered item's own words: 1.市教育局负责。 opens an item.)
            guard a < i, ListMarker.length(s, at: a, limit: i) == nil else { continue }
            if let (units, rule) = verbSegments(String(scalars: s[a..<i])) {
                // (A sentence that is its whole line stands alone, as a 责任单位 line does.)
                out.append(Assignment(range: a..<min(i + 1, range.upperBound), units: units, rule: rule, standsAlone: a == range.lowerBound && i + 1 >= range.upperBound))
            }
        }
        return out
    }

    /// Units named by segments that each end in a marker word (省发展改革委牵头，省财政厅配合),
    /// with the first marker's rule; nil when a segment names no body.
    func verbSegments(_ content: String) -> ([ResponsibleUnit], String)? {
        var units: [ResponsibleUnit] = []
        var rule = ""
        // (Names before a comma that ends in no marker belong to the next segment's marker:
        // 省发展改革委牵头;省水利厅,省林业厅配合.)
        var carried = ""
        for part in content.split(whereSeparator: { "，,；;。".contains($0) }) {
            var seg = carried.isEmpty ? String(part) : carried + "、" + part
            // A closing note (下同, 以下同) names no one.
            if Self.closingNotes.contains(seg) { continue }
            // The segment ends with a marker word of the rules (牵头, 配合, 负责 …), which gives the role.
            let sc = Array(seg.unicodeScalars)
            guard let m = rules.responsibility.match(sc, endingAt: sc.count), m.length < sc.count else {
                if carried.isEmpty, !sc.isEmpty, sc.count <= 16, !seg.hasSuffix("办") {
                    carried = seg
                    continue
                }
                return nil
            }
            carried = ""
            let role = m.payload.role
            seg = String(String.UnicodeScalarView(sc[0..<(sc.count - m.length)]))
            // 负责落实, 结合实际落实, 按职责分工负责: the words before the marker that are no name.
            var trimmed = true
            while trimmed {
                trimmed = false
                for filler in Self.fillers where seg.hasSuffix(filler) && seg.count > filler.count {
                    seg.removeLast(filler.count)
                    trimmed = true
                }
            }
            // 由省财政厅牵头，会同省民政厅、物价局等单位负责落实: 由 and 会同 open the names.
            for opener in Self.openers where seg.hasPrefix(opener) && seg.count > opener.count {
                seg.removeFirst(opener.count)
                break
            }
            // 分管副省长、协管副秘书长负责: the leaders in charge are people, no units; the
            // bodies after them still are.
            if Self.leaderEndings.contains(where: { seg.hasSuffix($0) }) { continue }
            if rule.isEmpty { rule = m.payload.rule }
            let names = Self.split(Array(seg.unicodeScalars), 0..<seg.unicodeScalars.count, role: role)
            // A class of bodies (各地配合, 领导小组各成员单位) takes no unit of its own but spoils no other.
            if !names.isEmpty, names.allSatisfy({ Self.isClass($0.name) }) { continue }
            // (A city or county named with a verb is its government: 自治区交通运输厅牵头，银川市配合.)
            guard !names.isEmpty,
                names.allSatisfy({ n in Self.bodyEndings.contains(where: n.name.hasSuffix) || SentenceReader.placeEndings.contains(where: n.name.hasSuffix) })
            else { units = []; break }
            units += names
        }
        guard carried.isEmpty else { return nil }
        return units.isEmpty ? nil : (units, rule)
    }

    /// Names in `range`, split on 、，；/ and on 和/及 between two whole names, never inside brackets.
    static func split(_ s: [Unicode.Scalar], _ range: Range<Int>, role: ResponsibleRole) -> [ResponsibleUnit] {
        var parts: [[Unicode.Scalar]] = []
        var cur: [Unicode.Scalar] = []
        var depth = 0
        for i in range {
            let c = s[i]
            if c == "（" || c == "(" { depth += 1 }
            if c == "）" || c == ")" { depth = max(0, depth - 1) }
            if depth == 0 && nameSeparators.contains(c) {
                parts.append(cur)
                cur = []
            } else {
                cur.append(c)
            }
        }
        parts.append(cur)
        var names: [String] = []
        for p in parts {
            // A note closing the list (以下均需各县区人民政府落实，不再列出) names no more units; in
            // brackets after the last name (市税务局(列第一位者为牵头单位,下同)) it leaves that name.
            let text = String(scalars: p)
            // 市轨道交通工程建设指挥部项目责任人：尹文德… — another field run on after the last name
            // (a page that lists its fields in one line): the name ends with its body.
            if let c = p.firstIndex(where: { colon.contains($0) }) {
                if c >= 2, let end = (2...c).reversed().first(where: { bodyEndingLexicon.match(p, endingAt: $0) != nil }) {
                    names.append(String(scalars: p[..<end]))
                }
                break
            }
            if let note = noteStart(p) {
                let t = String(scalars: p[..<note]).trimming(" 。.：:")
                if isWholeName(t) { names.append(t) }
                break
            }
            if text.includes("以下均") || text.includes("不再列出") || text.includes("下同") { break }
            var t = dropOpenEnd(String(scalars: p).trimming(" 。.：:"))
            // 责任单位及责任人：…、市公安消防支队主要领导: the persons named after the last body
            // are that list's 责任人, not part of the body's name.
            if t.unicodeScalars.count > 3, let person = personSuffixes.first(where: { t.hasSuffix($0) }) { t.removeLast(person.count) }
            if t.isEmpty { continue }
            names += splitConjunction(t).flatMap(splitRunTogether)
        }
        // 市直有关部门、单位: a bare class noun after 、 shares the qualifier before it (市直有关单位).
        for i in names.indices.dropFirst() where bareKinds.contains(names[i]) {
            if let kind = bareKinds.first(where: { names[i - 1].hasSuffix($0) && names[i - 1].count > $0.count }) {
                names[i] = String(names[i - 1].dropLast(kind.count)) + names[i]
            }
        }
        // 临汾、侯马、洪洞经济开发区管委会: places that share the last one's body.
        if names.count >= 2, let last = names.last, isWholeName(last), !names.dropLast().contains(where: isWholeName),
            !names.contains(where: isClass)
        {
            let restored = FenbieGroups.distribute(names)
            if restored.allSatisfy(isWholeName) { names = restored }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }.map { ResponsibleUnit(name: $0, role: role) }
    }

    /// Where a bracketed note opens after a name (…局(列第一位者为工作牵头单位或汇总单位，下同)).
    static func noteStart(_ p: [Unicode.Scalar]) -> Int? {
        guard let open = p.firstIndex(where: { $0 == "(" || $0 == "（" }), open > 0 else { return nil }
        let inside = String(scalars: p[(open + 1)...])
        return notes.contains(where: inside.includes) ? open : nil
    }
    static let notes = ["下同", "以下均", "不再列出", "列第一位", "排第一位", "排在第一位", "列首位"]
    /// Nouns of a kind of body that stand alone only after a qualified one (市直有关部门、单位).
    static let bareKinds = ["单位", "部门", "机构", "企业"]
    /// Persons written after a body in a line of 责任单位及责任人 (市财政局主要领导).
    static let personSuffixes = ["主要负责同志", "主要负责人", "主要领导", "分管领导", "负责同志", "负责人"]

    /// Words between names and their marker that name no one (按职责分工负责, 负责落实).
    static let fillers = ["按职责分工", "按职能分工", "按职责", "分别", "共同", "具体", "结合实际", "负责", "抓好", "组织"]
    /// Whether a label of another field (项目责任人：, 完成时限：) follows the spaces at `k`.
    static func labelFollows(_ s: [Unicode.Scalar], after k: Int, limit: Int) -> Bool {
        var i = k
        while i < limit, s[i] == " " { i += 1 }
        let start = i
        while i < limit, i - start <= 8, (0x4E00...0x9FFF).contains(s[i].value) { i += 1 }
        return i - start >= 2 && i < limit && colon.contains(s[i])
    }

    /// Whether the marker ending at `end` labels names (责任单位为区发改委): it ends in 单位, 部门
    /// or 主体. (Told on scalars: every marker match, 负责 and 落实 in prose too, asks.)
    static func endsLikeALabel(_ s: [Unicode.Scalar], at end: Int) -> Bool {
        guard end >= 2 else { return false }
        switch (s[end - 2], s[end - 1]) {
        case ("单", "位"), ("部", "门"), ("主", "体"): return true
        default: return false
        }
    }

    /// The rule of markers whose names carry their roles in verbs (部门分工：X牵头，Y配合).
    static let divisionRule = "resp.division"
    /// Words that open the names of a segment (由X牵头, 会同X负责).
    static let openers = ["由", "并会同", "会同"]
    /// Endings of the titles of people in charge (分管副省长, 协管副秘书长, 市长).
    static let leaderEndings = ["省长", "市长", "县长", "区长", "秘书长", "书记", "主任", "领导"]
    /// Notes that close a bracket of units (…，下同).
    static let closingNotes: Set<String> = ["下同", "以下同", "下同。", "以下均同"]

    /// Whether `name` is a class of bodies (各地, 各县市区) rather than one body.
    static func isClass(_ name: String) -> Bool {
        name.hasPrefix("各") || name.hasPrefix("有关") || name.hasPrefix("相关") || name.hasSuffix("成员单位")
    }

    /// What may follow the last name of an open list (省财政厅等, 市教育局等有关部门).
    static let openEnds: Set<String> = ["", "单位", "部门", "相关单位", "相关部门", "有关单位", "有关部门"]

    /// The last name of an open list without its 等 (省住房城乡建设厅等 → 省住房城乡建设厅).
    static func dropOpenEnd(_ name: String) -> String {
        let sc = Array(name.unicodeScalars)
        guard let k = sc.lastIndex(of: "等") else { return name }
        let head = String(scalars: sc[..<k])
        guard openEnds.contains(String(scalars: sc[(k + 1)...])), isWholeName(head) else { return name }
        return head
    }

    /// Splits on 和/及 only where both sides are whole names (each ends like a body: 局, 委, 办 …).
    /// Characters a unit's name opens with when it names its own level (市, 县, 各).
    static let levelStarts: ScalarSet = ScalarSet("各市县区省镇乡州旗")

    /// Two names a table cell held apart by a space the normaliser closed (县教体局 各相关乡镇政府):
    /// a whole name, then one that opens with its own level. (A part of a body, 市公安局交警支队,
    /// names no level and stays whole.)
    static func splitRunTogether(_ name: String) -> [String] {
        let sc = Array(name.unicodeScalars)
        guard sc.count >= 6 else { return [name] }
        for k in 3...(sc.count - 3) where levelStarts.contains(sc[k]) && bodyEndingLexicon.match(sc, endingAt: k) != nil {
            let left = String(scalars: sc[..<k])
            let right = String(scalars: sc[k...])
            if isWholeName(left), isWholeName(right) { return [left] + splitRunTogether(right) }
        }
        return [name]
    }

    static func splitConjunction(_ name: String) -> [String] {
        let sc = Array(name.unicodeScalars)
        for conj: Unicode.Scalar in ["和", "及", "与"] {
            guard let k = sc.firstIndex(of: conj) else { continue }
            let left = String(scalars: sc[..<k])
            let right = String(scalars: sc[(k + 1)...])
            if isWholeName(left) && isWholeName(right) { return splitConjunction(left) + splitConjunction(right) }
        }
        return [name]
    }

    static let bodyEndings: [String] = [
        "局", "委", "办", "厅", "部", "院", "会", "府", "中心", "处", "室", "站", "所", "队", "司", "公司", "集团", "联", "行", "团", "社", "馆", "校", "协会", "街道",
        "乡镇", "单位", "部门", "政府", "机构", "管委会",
    ]

    /// The body endings as a lexicon, for matching on scalars without building strings.
    static let bodyEndingLexicon: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for e in bodyEndings { l.insert(e, true) }
        return l
    }()

    static func isWholeName(_ s: String) -> Bool {
        s.count >= 3 && bodyEndings.contains { s.hasSuffix($0) }
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimming(_ chars: String) -> String {
        let set = chars.unicodeScalars
        let v = unicodeScalars
        var lo = v.startIndex
        var hi = v.endIndex
        while lo < hi, set.contains(v[lo]) { lo = v.index(after: lo) }
        while hi > lo, set.contains(v[v.index(before: hi)]) { hi = v.index(before: hi) }
        if lo == v.startIndex && hi == v.endIndex { return self }
        return String(v[lo..<hi])
    }
}
