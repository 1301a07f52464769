/// A record with the trace of how it was read: the rules that fired, for `--explain` and for
/// the rule-example runner.
public struct ExtractedRecord: Sendable {
    public var record: TargetRecord
    /// Ids of every rule that took part (unit, comparator, change, deadline, cue …).
    public var fired: [String]
    /// The tokens of the indicator, as the tokenizer segmented them.
    public var tokens: [String]
    /// The block the record was read from.
    var block: Int = -1
}

/// Pulls targets, milestones and facts out of a read document with one rule set.
public struct TargetExtractor: Sendable {
    public let rules: RuleSet
    public init(rules: RuleSet) { self.rules = rules }

    /// The ledger records of a document, in text order, with stable ids.
    public func extract(_ document: ReadDocument) -> [TargetRecord] {
        extractWithTrace(document).map(\.record)
    }

    /// The records with the rules that fired for each.
    public func extractWithTrace(_ document: ReadDocument) -> [ExtractedRecord] {
        let ctx = DocumentContext(document: document, rules: rules)
        var reader = SentenceReader(ctx: ctx)
        var out: [ExtractedRecord] = []
        let tables = TaskTableReader(ctx: ctx)
        let columnTable = ColumnTableReader(ctx: ctx)
        let pipeTables = PipeTableReader(ctx: ctx)
        let tableBlocks = tables.tableBlocks().union(columnTable.tableBlocks()).union(pipeTables.tableBlocks())
        for (bi, block) in document.blocks.enumerated() {
            if tableBlocks.contains(bi) { continue }
            reader.read(blockIndex: bi, block: block)
        }
        reader.flush()
        var prose = reader.records
        let (tableRecords, rowUnits) = tables.read()
        // A task list annexed to the plan names the units of the body's numbered tasks: task (3)
        // of the list is item （三） of the text.
        if !rowUnits.isEmpty {
            for k in prose.indices where prose[k].record.responsible.isEmpty && prose[k].record.kind != .fact {
                if let n = ItemNumber.of(block: prose[k].block, ctx: ctx), let units = rowUnits[n] {
                    prose[k].record.responsible = units
                    prose[k].fired.append("table.task-list-units")
                }
            }
        }
        out += prose
        out += tableRecords
        out += columnTable.read()
        out += pipeTables.read()
        var milestones = MilestoneFinder(ctx: ctx).find(excluding: tableBlocks, targets: out)
        Self.attachUnits(&milestones, ctx: ctx)
        out += milestones
        RoleColumnReader(ctx: ctx).apply(to: &out)
        return Self.finish(out, ctx: ctx)
    }

    /// Milestones take the units of their numbered item as its targets do: a bracket or 责任单位
    /// line in their block, else a 责任单位 line standing after it before the next item.
    static func attachUnits(_ milestones: inout [ExtractedRecord], ctx: DocumentContext) {
        let blocks = ctx.document.blocks
        let s = ctx.index.scalars
        let reader = ResponsibilityReader(rules: ctx.rules)
        for k in milestones.indices where milestones[k].record.responsible.isEmpty {
            let start = milestones[k].record.span[0]
            guard let bi = MetadataExtractor.block(containing: start, in: blocks) else { continue }
            var found = (reader.assignments(s, in: blocks[bi].range) + reader.verbBrackets(s, in: blocks[bi].range) + reader.verbSentences(s, in: blocks[bi].range))
                .filter { $0.range.lowerBound >= start }.flatMap(\.units)
            var j = bi + 1
            while found.isEmpty, j < blocks.count, j - bi <= 3 {
                let b = blocks[j]
                if b.kind == .heading || ListMarker.length(s, at: b.range.lowerBound, limit: b.range.upperBound) != nil { break }
                found = reader.assignments(s, in: b.range).filter(\.standsAlone).flatMap(\.units)
                j += 1
            }
            if !found.isEmpty {
                milestones[k].record.responsible = found
                milestones[k].fired.append("resp.milestone")
            }
        }
    }

    /// A sentence without a lead-in that reports its goals before the date (卫生部明确总体目标是，
    /// 到2015年… → 到2015年…).
    static func withoutLeadIn(_ sentence: String) -> String {
        let sc = Array(sentence.unicodeScalars)
        guard let at = sc.prefix(40).indices.first(where: { i in
            sc[i] == "到" && i + 1 < sc.count && (CharacterClass.isDigit(sc[i + 1].value) || "“\"十".unicodeScalars.contains(sc[i + 1]))
        }), at > 0, "，,：:是".unicodeScalars.contains(sc[at - 1]) || IndicatorTrimmer.reportingVerbs.contains(where: { w in
            at >= w.count && Array(w.unicodeScalars) == Array(sc[(at - w.count)..<at])
        }) else { return sentence }
        let lead = String(String.UnicodeScalarView(sc[..<at]))
        return IndicatorTrimmer.reportingVerbs.contains(where: lead.contains) || lead.contains("目标")
            ? String(String.UnicodeScalarView(sc[at...])) : sentence
    }

    /// Assigns units, drops restatements, sorts by position and gives every record its id and key.
    static func finish(_ records: [ExtractedRecord], ctx: DocumentContext) -> [ExtractedRecord] {
        var recs = records.sorted {
            ($0.record.span[0], $0.record.span[1], $0.record.indicator) < ($1.record.span[0], $1.record.span[1], $1.record.indicator)
        }
        // The same target restated later (same indicator, value, deadline) is recorded once.
        for i in recs.indices { recs[i].record.key = TargetKey.key(for: recs[i].record.indicator) }
        struct Restatement: Hashable {
            var kind: TargetKind
            var key: UTF8Key
            var value: Double?
            var unit: UTF8Key
            var date: String?
            /// Where it starts, for records that only repeat at the same place.
            var start: Int?
            /// The whole sentence, for milestones: the same act may be set for another scope.
            var sentence = UTF8Key("")
            /// The units a figure was allotted to (其中省卫生厅负责3万户，省住建厅负责3万户).
            var units = ""
        }
        var seen = Set<Restatement>()
        // Keys of the dated targets kept, by value, unit and date: a restatement may word its
        // subject a little differently (江苏将实现… / 江苏要实现…).
        var keysByFigure: [Restatement: [String]] = [:]
        recs = recs.filter { r in
            let t = r.record
            var k = Restatement(
                kind: t.kind, key: UTF8Key(t.key), value: t.value, unit: UTF8Key(t.unit ?? ""), date: t.deadline?.date, start: t.span[0])
            // (Shares of a total allotted to different bodies are different targets.)
            if r.fired.contains("indicator.allocation") { k.units = t.responsible.map(\.name).joined(separator: "、") }
            // A restated milestone (a page repeating its summary, a news story restating its lead)
            // is recorded once too: a long act by the same date, wherever it is restated; a short
            // act only in the same sentence up to it, but for a lead-in before its date
            // (…总体目标是，到2015年，…). (So two scopes of one short act stay two; a long act's
            // scope missing from its words — 年度双边协商交易 and 年度绿电双边协商交易 each by 12月30日
            // — is one row.)
            if t.kind == .milestone {
                if t.key.unicodeScalars.count >= 5, t.deadline?.date != nil {
                    k.start = nil
                    // (Items of their own units stay apart: 1.…配套完成消防车辆装备建设 and 2.…, each
                    // under its 责任单位 line.)
                    k.units = t.responsible.map(\.name).joined(separator: "、")
                    if t.key.unicodeScalars.count < 8 {
                        // (The sentence up to the act: a restating sentence may stop, or go on, after it.)
                        let upToAct = t.evidence.range(of: t.indicator).map { String(t.evidence[..<$0.upperBound]) } ?? t.evidence
                        k.sentence = UTF8Key(Self.withoutLeadIn(upToAct))
                    }
                }
                return seen.insert(k).inserted
            }
            // Only a dated target with an indicator long enough to be specific is a restatement;
            // standing rules repeat their wording for different acts.
            // (…but a whole sentence written twice is one statement, whatever its indicator.)
            if t.key.unicodeScalars.count < 5 || t.deadline == nil {
                var same = k
                same.start = nil
                same.sentence = UTF8Key(t.evidence)
                guard seen.insert(same).inserted else { return false }
                return seen.insert(k).inserted
            }
            k.start = nil
            guard seen.insert(k).inserted else { return false }
            var figure = k
            figure.key = ""
            if keysByFigure[figure, default: []].contains(where: { TargetKey.similar($0, t.key) }) { return false }
            keysByFigure[figure, default: []].append(t.key)
            return true
        }
        // A headline or subhead restating a dated target without its date (【实现人均体育场地
        // 面积3.6平方米】 over …“十四五”时期…达到3.6平方米) is that target once more.
        let dated = recs.filter { $0.record.kind == .target && $0.record.deadline?.date != nil }
        if !dated.isEmpty {
            recs = recs.filter { r in
                let t = r.record
                guard t.kind == .target, t.deadline == nil, t.key.unicodeScalars.count >= 4 else { return true }
                return !dated.contains { d in
                    d.record.value == t.value && d.record.unit == t.unit && TargetKey.similar(d.record.key, t.key)
                }
            }
        }
        for i in recs.indices {
            recs[i].record.targetId = TargetKey.id(for: recs[i].record, rulesHash: ctx.rules.hash)
        }
        return recs
    }
}

/// Reads the targets of one block's sentences: numbers with units, their comparator, change,
/// indicator, period, deadline and kind; units are attached from 责任单位 lines as blocks pass.
struct SentenceReader {
    let ctx: DocumentContext
    /// The document's scalars, held here: reading them through `ctx` on every access cost a
    /// retain and a release each time.
    let s: [Unicode.Scalar]
    /// Records of the current numbered item still waiting for a 责任单位 line.
    var pending: [Int] = []
    /// Units named by a line that opens a section before any of its figures (一、… / 由乡三农服务
    /// 中心承办，乡畜牧站配合。 / 牵头单位：…): the section's figures that no line of their own
    /// names take them, when their item ends.
    var leadingUnits: [ResponsibleUnit]? = nil
    /// The level of the heading above that line: a heading as high ends its reach.
    var leadingLevel = 0
    /// Records that took their units from the label line just read: a next line of labels only
    /// (协同责任单位：…, 配合单位：… under 牵头单位：…) adds its units to them.
    var labelled: [Int] = []
    /// A deadline that governs everything read (a dated column of a task table).
    var deadlineOverride: Deadline? = nil
    /// Words to use where a figure's own words name nothing (a task table's cell 200辆).
    var indicatorFallback: String? = nil
    /// The indicator and comparator of the last figure read in the current sentence.
    var lastIndicator: String? = nil
    /// The last figure of the sentence before, its unit and head, for a breakdown opening the
    /// next sentence (改造老旧燃气管网593公里。其中：大东区51.1公里…).
    var previousTotal: (unit: String, head: String)? = nil
    var lastUnit: String? = nil
    /// The indicators of the current sentence's figures so far, by quantity index.
    var sentenceIndicators: [(qi: Int, indicator: String)] = []
    /// The change and the kind of each 分别 group's first member, by its quantity index.
    var fenbieChange: [Int: Change] = [:]
    var fenbieKind: [Int: TargetKind] = [:]
    /// The period of a 分别 list's first member, which every member shares (年均分别增长6%、9%).
    var fenbiePeriod: [Int: String?] = [:]
    /// Whether a 分别 group's first member named a growth rate (…分别增长6.5%和7%).
    var fenbieGrowth: [Int: Bool] = [:]
    var lastComparator: Comparator? = nil
    /// The change of the last figure read in the sentence, and whether it named a growth rate.
    var lastChange: (Change, Bool)? = nil
    /// Quantities of the current sentence that became records.
    var accepted = Set<Int>()
    var records: [ExtractedRecord] = []
    /// The lead unit each heading names, if any (nil: not looked at yet).
    var headingLeads: [Int: ResponsibleUnit?] = [:]

    init(ctx: DocumentContext) {
        self.ctx = ctx
        s = ctx.index.scalars
    }

    /// Words of a standing rule (a duration capped or floored for every case).
    static let standingWords: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["原则上", "不得", "应当", "应于", "须在", "应在", "任期"] { l.insert(w, true) }
        return l
    }()

    static let sentenceEnds: ScalarSet = ["。", "！", "？", "!", "?", "\n"]
    /// One character of change, read as such only after a base of comparison (比上年增5%).
    static let shortChangeWords: ScalarSet = ["增", "减", "降", "升", "涨", "多", "少"]
    static let qizhong: [Unicode.Scalar] = ["其", "中"]
    /// Units that make a lone 十 ten: days, as time limits count them (十日内, 十个工作日).
    static let tenUnits: Set<String> = ["日", "工作日"]
    /// Last characters of a measure's name (死亡率, 死亡人数, 能耗总量).
    static let measureEnds: ScalarSet = ["率", "数", "量"]
    static let baseMarks: ScalarSet = ["比", "较"]
    /// Marks that join the members of a list of counted things (、 and commas).
    static let listJoins: ScalarSet = ["、", "，", ","]
    /// Words after a figure that say how it is planned, not what it counts (按增长5%安排).
    /// Nouns after a bound that name the goal itself (30%以上目标).
    static let goalNouns: Set<String> = ["目标", "水平"]
    static let planningVerbs: Set<String> = ["安排", "考虑", "掌握", "测算"]
    /// Modals that open a value of its own in a list (确保…、争取…, 力争…).
    static let stretchModals: [[Unicode.Scalar]] = ["争取", "力争", "确保", "努力"].map { Array($0.unicodeScalars) }
    /// Endings of indicators that are rates or shares themselves.
    static let rateEndings = ["率", "比重", "比例", "占比", "指数", "水平", "强度", "系数"]
    static let clauseEnds: ScalarSet = ["，", ",", "；", ";", "：", ":", "。", "！", "？", "\n", "、", "|"]
    /// Quotation marks, built once (a set literal in the loop was built per figure).
    static let openQuote: ScalarSet = ["“"], closeQuote: ScalarSet = ["”"]
    static let openBrackets: ScalarSet = ["(", "（"], closeBrackets: ScalarSet = [")", "）"]
    static let hardEnds: ScalarSet = ["，", ",", "；", ";", "：", ":", "。", "！", "？", "\n"]
    static let softEnds: ScalarSet = ["，", ",", "；", ";", "：", ":", "。", "！", "？", "\n", "（", "(", "）", ")", "|"]

    /// Reads one block into `records`, attaching units from a closing 责任单位 line to what is pending.
    mutating func read(blockIndex bi: Int, block: TextBlock) {
        let reader = ResponsibilityReader(rules: ctx.rules)
        let assignments = reader.assignments(s, in: block.range) + reader.verbBrackets(s, in: block.range) + reader.verbSentences(s, in: block.range)
        if block.kind == .heading && assignments.isEmpty {
            flush()
            if block.level <= leadingLevel { leadingUnits = nil }
        }
        // A heading that carries its units in a bracket ((一)强化科技创新(牵头单位:区科技局)) names
        // the units of its section, as a line right under it would.
        if block.kind == .heading, !assignments.isEmpty, assignments.allSatisfy({ !$0.standsAlone }),
            let last = assignments.map(\.range.upperBound).max(), block.range.upperBound - last <= 2,
            let first = assignments.map(\.range.lowerBound).min(),
            !(block.range.lowerBound..<first).contains(where: { CharacterClass.isDigit(s[$0].value) })
        {
            flush()
            leadingUnits = assignments.flatMap(\.units)
            leadingLevel = block.level
            return
        }
        var found: [ExtractedRecord] = []
        var start = block.range.lowerBound
        let sentenceEnds = Self.sentenceEnds
        for i in block.range.lowerBound...block.range.upperBound where i == block.range.upperBound || sentenceEnds.contains(s[i]) {
            if i > start { found += readSentence(start..<i, blockIndex: bi, block: block) }
            start = i + 1
        }
        // A named body as the subject of a sentence (市气象局要确保…) is responsible for its figures.
        for k in found.indices where found[k].record.responsible.isEmpty {
            if let unit = subjectUnit(sentenceStart(of: found[k].record.span[0], in: block.range)) {
                found[k].record.responsible = [unit]
                found[k].fired.append("resp.subject")
            }
        }
        // 由X牵头/负责 inside the block names units for the targets of that block.
        // (Not inside a bracket of units, which is read whole below: （由省财政厅牵头，会同…负责落实）.)
        let inline = inlineUnits(block.range, outside: assignments.filter { !$0.units.isEmpty }.map(\.range))
        for k in found.indices where found[k].record.responsible.isEmpty && !inline.isEmpty {
            found[k].record.responsible = inline
            found[k].fired.append("resp.by-subject")
        }
        // A section headed by its lead unit (一、县示范区管委会牵头工作(8项)) leads the targets in it.
        for k in found.indices where found[k].record.responsible.isEmpty && found[k].record.kind != .fact {
            if let unit = headingLead(bi) {
                found[k].record.responsible = [unit]
                found[k].fired.append("resp.heading")
            }
        }
        // A line of units right under a heading, before any figure of its section, names the
        // units of the section (a line after figures closes their item, as below).
        if found.isEmpty, pending.isEmpty, bi > 0, ctx.document.blocks[bi - 1].kind == .heading {
            let lineUnits = assignments.filter(\.standsAlone).flatMap(\.units)
            let units = lineUnits.isEmpty ? inline : lineUnits
            if !units.isEmpty {
                leadingUnits = units
                leadingLevel = ctx.document.blocks[bi - 1].level
            }
        }
        let firstNew = records.count
        records += found
        pending += Array(firstNew..<records.count)
        var assigned: [Int] = []
        // A bracket inside a numbered item of its own (二、培育…5个。（责任单位：…）) closes that item
        // only: the items before it that named no unit keep none.
        let ownItemOnly =
            !assignments.isEmpty && !assignments.contains(where: \.standsAlone)
            && ListMarker.length(s, at: block.range.lowerBound, limit: block.range.upperBound) != nil
        let recipients = ownItemOnly ? Array(firstNew..<records.count) : pending
        // Several inline labels in one block (…增长8%，责任单位为区经信局；服务业增加值…增长9%，责任单位为
        // 区发改委): each names the figures of this block between the one before it and itself.
        if assignments.count > 1 {
            var from = block.range.lowerBound
            for a in assignments.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !a.units.isEmpty {
                for p in recipients where records[p].record.responsible.isEmpty && records[p].record.kind != .fact {
                    let start = records[p].record.span[0]
                    guard start >= from, start < a.range.lowerBound else { continue }
                    records[p].record.responsible = a.units
                    records[p].fired.append(a.rule)
                    assigned.append(p)
                }
                from = a.range.upperBound
            }
        }
        for a in assignments where !a.units.isEmpty {
            for p in recipients where records[p].record.responsible.isEmpty && records[p].record.kind != .fact {
                records[p].record.responsible = a.units
                records[p].fired.append(a.rule)
                assigned.append(p)
            }
        }
        if found.isEmpty && assigned.isEmpty && !labelled.isEmpty {
            // A further label line: its units join those of the line before. (A bracket closing
            // an item of its own, 7.城乡居民收入…同步。(牵头单位:…), is that item's, not a label line.)
            for a in assignments where !a.units.isEmpty && a.standsAlone {
                for p in labelled {
                    let known = Set(records[p].record.responsible.map(\.name))
                    let more = a.units.filter { !known.contains($0.name) }
                    if more.isEmpty { continue }
                    records[p].record.responsible += more
                    records[p].fired.append(a.rule)
                }
            }
            assigned = labelled
        }
        labelled = assignments.isEmpty ? [] : assigned
        if !assignments.isEmpty { flush() }
    }

    /// The records of one block read on its own, with `deadline` governing them if given.
    mutating func records(of bi: Int, deadline: Deadline?) -> [ExtractedRecord] {
        let before = records.count
        deadlineOverride = deadline
        read(blockIndex: bi, block: ctx.document.blocks[bi])
        deadlineOverride = nil
        flush()
        return Array(records[before...])
    }

    /// `text` if it is a place word and nothing else (农村, 县(市), 各区), with 各 kept.
    func barePlace(_ text: String, named: Bool = false) -> String? {
        var sc = Array(text.unicodeScalars)
        if sc.first == "各" { sc.removeFirst() }
        if !sc.isEmpty, let m = ctx.rules.cues.place.match(sc, at: 0), m.length == sc.count { return text }
        // 洛阳市、南阳市不低于45%: named places alone, listed, stand for the measure before too.
        let items = FenbieGroups.splitList(String(scalars: sc), separators: ["、", "和", "及"])
        // (Short names only, and no 园区, 景区, 社区: those are things, not places.)
        func isName(_ item: String) -> Bool {
            let t = Array(item.unicodeScalars)
            return (2...4).contains(t.count) && t.allSatisfy { CharacterClass.isHan($0.value) } && Self.placeFinals.contains(t[t.count - 1])
                && !"园景社片厂校矿库营范".unicodeScalars.contains(t[t.count - 2])
        }
        return named && !items.isEmpty && items.allSatisfy(isName) ? text : nil
    }

    /// Last characters of an administrative place's name (洛阳市, 巩义县, 海淀区, 延边州, 青海省).
    static let placeFinals = ScalarSet(placeEndings.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil } + ["省"])

    /// Ends the current item: what is pending gets no more units but those of a line that
    /// opened its section.
    mutating func flush() {
        if let units = leadingUnits {
            for p in pending where records[p].record.responsible.isEmpty && records[p].record.kind != .fact {
                records[p].record.responsible = units
                records[p].fired.append("resp.section-line")
            }
        }
        pending.removeAll()
    }

    private func inlineUnits(_ range: Range<Int>, outside brackets: [Range<Int>] = []) -> [ResponsibleUnit] {
        // 由市财政局牵头负责 / 由各区负责: the body between 由 and the verb.
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == "由", !brackets.contains(where: { $0.contains(i) }) {
                var j = i + 1
                while j < range.upperBound, j - i < 40, !Self.softEnds.contains(s[j]) {
                    let two = j + 1 < range.upperBound ? (s[j], s[j + 1]) : (s[j], " ")
                    let lead = two == ("牵", "头")
                    if lead || two == ("负", "责") || two == ("会", "同") || two == ("承", "办") {
                        let role: ResponsibleRole = lead ? .lead : .responsible
                        let units = ResponsibilityReader.split(s, (i + 1)..<j, role: role)
                        if !units.isEmpty && units.allSatisfy({ ResponsibilityReader.isWholeName($0.name) && !isClass($0.name) }) {
                            return units + supportingUnits(after: j + 2, in: range)
                        }
                        break
                    }
                    j += 1
                }
            }
            i += 1
        }
        return []
    }

    /// The units of the clause after 由X负责 that ends in 配合/协办/参与 (，乡畜牧站、卫生院配合).
    private func supportingUnits(after j: Int, in range: Range<Int>) -> [ResponsibleUnit] {
        var a = j
        while a < range.upperBound, !Self.softEnds.contains(s[a]) { a += 1 }
        guard a < range.upperBound, s[a] == "，" || s[a] == "," else { return [] }
        a += 1
        var e = a
        while e < range.upperBound, !Self.softEnds.contains(s[e]) { e += 1 }
        guard e - a >= 4 else { return [] }
        let verb = ctx.index.string((e - 2)..<e)
        guard ["配合", "协办", "参与", "协助"].contains(verb) else { return [] }
        let units = ResponsibilityReader.split(s, a..<(e - 2), role: .support)
        return units.allSatisfy({ ResponsibilityReader.isWholeName($0.name) && !isClass($0.name) }) ? units : []
    }

    private func sentenceStart(of pos: Int, in r: Range<Int>) -> Int {
        var k = pos
        while k > r.lowerBound, !Self.sentenceEnds.contains(s[k - 1]) { k -= 1 }
        return k
    }

    /// The body that opens a sentence as its subject: a name ending like a body (局, 委, 厅 …)
    /// right before 要/将/应/负责/牵头/会同.
    /// The lead unit a heading above block `bi` names (县示范区管委会牵头工作), found once per heading.
    private mutating func headingLead(_ bi: Int) -> ResponsibleUnit? {
        for h in ctx.headingChain[bi].reversed() where h != bi {
            if let known = headingLeads[h] {
                if let u = known { return u }
                continue
            }
            let r = ctx.document.blocks[h].range
            let u = subjectUnit(r.lowerBound).flatMap { $0.role == .lead ? $0 : nil }
            headingLeads[h] = .some(u)
            if let u { return u }
        }
        return nil
    }

    private func subjectUnit(_ start: Int) -> ResponsibleUnit? {
        var i = start
        if let n = ListMarker.length(s, at: i, limit: min(s.count, i + 8)) { i += n }
        let limit = min(s.count, i + 20)
        var j = i + 3
        while j < limit, (0x4E00...0x9FFF).contains(s[j - 1].value) || "（）()".unicodeScalars.contains(s[j - 1]) {
            // A body ending right before a verb of duty: only then is a name built (this runs per record).
            // (负责人介绍, 负责同志表示 name the speaker: 广西电网计划部负责人介绍，…)
            if let v = Self.subjectVerbs.match(s, at: j, limit: limit),
                !(v.payload == "负责" && j + 2 < s.count && (s[j + 2] == "人" || s[j + 2] == "同")),
                ResponsibilityReader.bodyEndingLexicon.match(s, endingAt: j, from: i) != nil
            {
                var name = ctx.index.string(i..<j)
                // 强化科技创新(区科技局牵头): the body is the one in the bracket.
                if let open = name.lastIndex(where: { $0 == "(" || $0 == "（" }) { name = String(name[name.index(after: open)...]) }
                guard name.count >= 2 else { return nil }
                // 由市水利局负责 is read by the 由…负责 rule, with the name alone.
                if isClass(name) || name.hasPrefix("由") { return nil }
                let verb = Self.subjectVerbs.match(s, at: j, limit: limit)!.payload
                return ResponsibleUnit(name: name, role: verb == "牵头" ? .lead : .responsible)
            }
            j += 1
        }
        return nil
    }

    static let subjectVerbs: Lexicon<String> = {
        var l = Lexicon<String>()
        for v in ["要", "将", "应", "负责", "牵头", "会同", "须", "需"] { l.insert(v, v) }
        return l
    }()

    private func isClass(_ name: String) -> Bool {
        let sc = Array(name.unicodeScalars)
        return ctx.rules.cues.classWords.match(sc, at: 0) != nil || ctx.rules.cues.selfref.match(sc, at: 0) != nil
    }

    // MARK: - One sentence

    private mutating func readSentence(_ sentence: Range<Int>, blockIndex bi: Int, block: TextBlock) -> [ExtractedRecord] {
        let quantities = QuantityScanner(rules: ctx.rules).scan(
            ctx.index, in: sentence, blocked: ctx.blocked, numbers: ctx.numbers(in: sentence))
        if quantities.isEmpty { return [] }
        var out: [ExtractedRecord] = []
        var baselineOf: [Int: Baseline] = [:]
        var baselineAt: [Int: Int] = [:]
        var skip = Set<Int>()
        // 由现在的132所减少到109所: the first is the starting level of the second.
        // (分别由2020年的5.1‰、15/10万下降到4.5‰、12/10万: a list of levels, each the start of
        // the one in the same place of the list after 到.)
        var qi = 0
        while qi + 1 < quantities.count {
            let q = quantities[qi]
            let preStart = max(sentence.lowerBound, q.numberRange.lowerBound - 10)
            guard q.range.upperBound <= quantities[qi + 1].numberRange.lowerBound,
                (preStart..<q.numberRange.lowerBound).contains(where: { s[$0] == "由" || s[$0] == "从" })
            else {
                qi += 1
                continue
            }
            let n = listLength(from: qi, quantities: quantities)
            let last = qi + n - 1
            // The years of both levels may stand between them (由2020年的2.1%提高到2025年的2.8%).
            guard qi + 2 * n - 1 < quantities.count,
                case let mid = ctx.index.string(quantities[last].range.upperBound..<quantities[last + 1].numberRange.lowerBound)
                    .replacing(/(?:19|20)\d{2}年(?:底|末)?的?/, with: ""),
                mid.count <= 8, ["到", "至", "为"].contains(where: mid.contains),
                n == 1 || listLength(from: last + 1, quantities: quantities) == n
            else {
                qi += 1
                continue
            }
            // 由2020年的2.1%: the starting level's own year.
            let year = ctx.dateMentions(in: preStart..<q.numberRange.lowerBound)
                .last { m in m.range.upperBound + 1 == q.numberRange.lowerBound && s[m.range.upperBound] == "的" }?.year
            for k in 0..<n {
                skip.insert(qi + k)
                baselineOf[qi + n + k] = Baseline(value: quantities[qi + k].value, year: year)
            }
            if let off = Array(s[preStart..<q.numberRange.lowerBound]).lastIndex(where: { $0 == "由" || $0 == "从" }) {
                baselineAt[qi + n] = preStart + off
            }
            qi += 2 * n
        }
        let fenbie = FenbieGroups(ctx: ctx, sentence: sentence, quantities: quantities, skip: skip, baselineAt: baselineAt)
        if let u = lastUnit, let h = lastIndicator { previousTotal = (u, h) } else { previousTotal = nil }
        lastUnit = nil
        lastIndicator = nil
        lastComparator = nil
        lastChange = nil
        sentenceIndicators = []
        fenbieChange = [:]
        fenbieKind = [:]
        fenbieGrowth = [:]
        accepted = []
        var evidence: String? = nil
        for (qi, q) in quantities.enumerated() where !skip.contains(qi) {
            guard
                var rec = readQuantity(
                    q, qi: qi, quantities: quantities, sentence: sentence, blockIndex: bi, block: block, fenbie: fenbie,
                    baselineStart: baselineAt[qi])
            else { continue }
            if let b = baselineOf[qi] { rec.record.baseline = b }
            if evidence == nil { evidence = ctx.index.string(sentence) }
            rec.record.evidence = evidence!
            lastIndicator = rec.record.indicator
            lastUnit = rec.record.unit
            sentenceIndicators.append((qi, rec.record.indicator))
            if fenbie.firstMember(of: qi) == qi {
                if let change = rec.record.change { fenbieChange[qi] = change }
                fenbieKind[qi] = rec.record.kind
                fenbieGrowth[qi] = rec.fired.contains("indicator.growth")
                // (Only a word such as 年均: a period with a figure of its own, 连续17年, is a member's.)
                fenbiePeriod[qi] = rec.record.period.flatMap { p in
                    p.unicodeScalars.contains(where: { NumbersTables.classify($0).kind != .none }) ? nil : p
                }
            }
            lastComparator = rec.record.comparator == .equal ? nil : rec.record.comparator
            lastChange = rec.record.change.map { ($0, rec.fired.contains("indicator.growth")) }
            accepted.insert(qi)
            out.append(rec)
        }
        pairYearList(&out, sentence: sentence)
        return out
    }

    /// How many figures from `qi` on are one list: each joined to the one before by one 、/和/及/与.
    private func listLength(from qi: Int, quantities: [Quantity]) -> Int {
        var k = qi
        while k + 1 < quantities.count, case let gap = quantities[k].range.upperBound..<quantities[k + 1].numberRange.lowerBound,
            gap.count == 1, "、和及与".unicodeScalars.contains(s[gap.lowerBound])
        {
            k += 1
        }
        return k - qi + 1
    }

    /// 2025、2030年全市光伏装机力争达到407、700万千瓦: a list of years pairs with the list of values.
    private func pairYearList(_ recs: inout [ExtractedRecord], sentence: Range<Int>) {
        guard recs.count >= 2, let first = recs.first?.record.span.first else { return }
        // Dates joined by 、/和/及/与 (到2023年底和2030年，…分别不低于24%和30%): one per value.
        let ms = ctx.deadlines(in: sentence.lowerBound..<first)
        var run: [DateMention] = []
        for m in ms {
            if let last = run.last, m.range.lowerBound == last.range.upperBound + 1, "、和及与".unicodeScalars.contains(s[last.range.upperBound]) {
                run.append(m)
            } else {
                run = [m]
            }
        }
        if run.count >= 2, run.count == recs.count,
            case let dates = run.compactMap({ ctx.resolve($0, sentenceStart: sentence.lowerBound) }), dates.count == run.count,
            dates.allSatisfy({ $0.date != nil })
        {
            for k in recs.indices {
                recs[k].record.deadline = Deadline(date: dates[k].date, text: dates[k].text, source: .explicit)
                recs[k].fired.append("deadline.year-list")
            }
            return
        }
        let prefix = Array(s[sentence.lowerBound..<first])
        var years: [Int] = []
        var i = 0
        while i + 4 <= prefix.count {
            if ["1", "2"].contains(prefix[i]), i + 4 <= prefix.count, prefix[i..<i + 4].allSatisfy({ ("0"..."9").contains($0) }),
                let y = Int(String(String.UnicodeScalarView(prefix[i..<i + 4]))), (1990...2100).contains(y),
                i + 4 < prefix.count, prefix[i + 4] == "、" || prefix[i + 4] == "年"
            {
                years.append(y)
                i += 5
                // 2025、2030年 and 到2025年、2035年 both list years; a year without a 、 after it ends the list.
                if prefix[i - 1] == "年" {
                    if i < prefix.count, prefix[i] == "、" || prefix[i] == "和", i + 1 < prefix.count, ["1", "2"].contains(prefix[i + 1]) {
                        i += 1
                        continue
                    }
                    break
                }
                continue
            }
            if !years.isEmpty { years = [] }
            i += 1
        }
        guard years.count >= 2, years.count == recs.count else { return }
        for k in recs.indices {
            recs[k].record.deadline = Deadline(date: String(years[k]), text: "\(years[k])年", source: .explicit)
            recs[k].fired.append("deadline.year-list")
        }
    }

    private func readQuantity(
        _ q: Quantity, qi: Int, quantities: [Quantity], sentence: Range<Int>, blockIndex bi: Int, block: TextBlock, fenbie: FenbieGroups,
        baselineStart: Int?
    ) -> ExtractedRecord? {
        var fired: [String] = []
        if let r = q.unitRule { fired.append(r) }
        // Figures that define who a rule applies to (…10万吨以上的企业), and options/bans.
        if ctx.notTargetSpans.overlaps(q.range.lowerBound..<(q.range.upperBound + 5)) {
            return nil
        }
        // 建成20个年接待游客300万人次以上的大景区: a threshold between a count and the counted
        // thing defines what is counted; it is no target of its own.
        if qi > 0, Self.thresholdModifierEnd(s, from: q.numberRange.lowerBound, limit: sentence.upperBound) != nil,
            quantities[qi - 1].dimension == .count, quantities[qi - 1].range.upperBound <= q.numberRange.lowerBound,
            q.numberRange.lowerBound - quantities[qi - 1].range.upperBound <= 12,
            !s[quantities[qi - 1].range.upperBound..<q.numberRange.lowerBound].contains(where: { Self.clauseEnds.contains($0) || $0 == "、" }),
            ctx.rules.comparators.match(s, endingAt: q.numberRange.lowerBound, from: quantities[qi - 1].range.upperBound) == nil
        {
            return nil
        }
        // A figure inside a cited title (《2025年十五件民盼实事任务分解》) names the document.
        if ctx.titleSpans.contains(q.numberRange.lowerBound) { return nil }
        // 大于96小时(4天): the same amount again in another unit, in brackets right after it.
        if qi > 0, q.numberRange.lowerBound > 0, s[q.numberRange.lowerBound - 1] == "(" || s[q.numberRange.lowerBound - 1] == "（",
            quantities[qi - 1].range.upperBound == q.numberRange.lowerBound - 1, quantities[qi - 1].dimension == q.dimension,
            quantities[qi - 1].unit != q.unit, q.range.upperBound < sentence.upperBound, s[q.range.upperBound] == ")" || s[q.range.upperBound] == "）"
        {
            return nil
        }
        var clauseStart =
            lastIndex(before: q.numberRange.lowerBound, in: sentence, of: Self.clauseEnds).map { $0 + 1 } ?? sentence.lowerBound
        // A 、 inside a bracket closed before the figure (县(市、区)达50个) ends no clause.
        while clauseStart > sentence.lowerBound, s[clauseStart - 1] == "、",
            let open = lastIndex(before: clauseStart - 1, in: sentence, of: Self.openBrackets),
            lastIndex(before: clauseStart - 1, in: open..<(clauseStart - 1), of: Self.closeBrackets) == nil,
            lastIndex(before: q.numberRange.lowerBound, in: clauseStart..<q.numberRange.lowerBound, of: Self.closeBrackets) != nil
        {
            clauseStart = lastIndex(before: open, in: sentence, of: Self.clauseEnds).map { $0 + 1 } ?? sentence.lowerBound
        }
        // Inside a quoted standard (严格按照“一年内停电次数不超过5次”), the quote is the clause.
        if let open = lastIndex(before: q.numberRange.lowerBound, in: clauseStart..<q.numberRange.lowerBound, of: Self.openQuote),
            lastIndex(before: q.numberRange.lowerBound, in: open..<q.numberRange.lowerBound, of: Self.closeQuote) == nil
        {
            clauseStart = open + 1
        }
        // One value over a list (新建污水处理厂、再生水厂12座): the list is the indicator, unless
        // an earlier figure stands in it (新建10家中心、30家孵化器).
        if clauseStart > sentence.lowerBound, s[clauseStart - 1] == "、",
            // …but not after list numbering (四、各县（区）要储备…).
            case let segment = lastIndex(before: clauseStart - 1, in: sentence, of: Self.softEnds).map({ $0 + 1 }) ?? sentence.lowerBound,
            ListMarker.length(s, at: segment, limit: clauseStart) != clauseStart - segment
        {
            // (Searched from the 、 back: a bracket closed after it, 县(市、区), is the member's own.)
            let soft = softStart(before: clauseStart - 1, in: sentence)
            // (A figure read as one: 社零额's 零 is no figure.)
            if !(0..<qi).contains(where: { accepted.contains($0) && quantities[$0].range.upperBound > soft }) { clauseStart = soft }
        }
        // Comparator and change words right before the number, or earlier in the clause.
        var cursor = q.numberRange.lowerBound
        cursor = skipBack(cursor, from: clauseStart, over: " 的了分别")
        var comparator: Comparator? = nil
        var change: Change? = nil
        var wordStart = cursor
        var wordEnd = cursor
        var adjacent = true
        var beforeComparator = false
        // 地区生产总值增长5%: a growth rate with no base of comparison is named by its verb.
        var growthName = false
        // A negated bound before the number (不得预收超过一个季度以上) wins over 以上 after it.
        var negatedBefore = false
        if let c = ctx.rules.comparators.match(s, endingAt: cursor, from: clauseStart), c.payload.before,
            // (达 closing a verb of its own is no bound: 下达60%, 到达, 传达.)
            !(c.length == 1 && s[cursor - 1] == "达" && cursor - 2 >= clauseStart && "下到传转送抵表发".unicodeScalars.contains(s[cursor - 2]))
        {
            beforeComparator = true
            comparator = c.payload.comparator
            negatedBefore = s[cursor - c.length] == "不" || s[cursor - c.length] == "严" || s[cursor - c.length] == "禁"
            fired.append(c.payload.rule)
            wordStart = cursor - c.length
            cursor = skipBack(wordStart, from: clauseStart, over: " 分别")
        }
        // 改造提升21个医保服务站, 更新提升…: 提升 after an act names the act, no change of a level.
        if let ch = ctx.rules.changes.match(s, endingAt: cursor, from: clauseStart),
            !(cursor - ch.length - 2 >= clauseStart
                && Self.actsBeforeUpgrade.contains(ctx.index.string((cursor - ch.length - 2)..<(cursor - ch.length)))
                && ["提升", "提高"].contains(ctx.index.string((cursor - ch.length)..<cursor)))
        {
            change = Change(
                direction: ch.payload.direction,
                baselineYear: baselineYear(clauseStart..<cursor, sentence: sentence) ?? statedBase(before: clauseStart, in: sentence))
            fired.append(ch.payload.rule)
            // 降幅, 涨幅, 增速 are nouns: they stay in the indicator (居民消费价格涨幅).
            let word = ctx.index.string(cursor - ch.length..<cursor)
            if !["降幅", "涨幅", "增幅", "增速"].contains(word) { wordStart = cursor - ch.length }
            // 乡村旅游综合收入年增长30%: 年 before the growth word makes a yearly rate (the period
            // rule reads it), no part of the name; 2020年增长 and 今年增长 are dates.
            if ["增长", "递增"].contains(word), wordStart == cursor - ch.length, wordStart - 2 >= clauseStart, s[wordStart - 1] == "年",
                isHan(s[wordStart - 2]), !Self.yearWordFirsts.contains(s[wordStart - 2])
            {
                wordStart -= 1
            }
            growthName =
                ["增长", "年均增长", "递增", "年均递增", "每年增长", "每年递增"].contains(word) && change?.baselineYear == nil
                && lastIndex(before: cursor - ch.length, in: clauseStart..<(cursor - ch.length), of: Self.baseMarks) == nil
                && !IndicatorTrimmer.likeForLikeScalars.contains(where: { w in
                    (clauseStart..<max(clauseStart, cursor - ch.length - 1)).contains(where: { IndicatorTrimmer.starts(s, at: $0, limit: cursor - ch.length, with: w) })
                })
            // 至少翻一番: a bound before the change word bounds the change.
            if comparator == nil, let c = ctx.rules.comparators.match(s, endingAt: cursor - ch.length, from: clauseStart), c.payload.before,
                c.length >= 2
            {
                comparator = c.payload.comparator
                beforeComparator = true
                fired.append(c.payload.rule)
                if wordStart == cursor - ch.length { wordStart -= c.length }
            }
        }
        if change == nil, comparator == nil, cursor > clauseStart + 2, Self.shortChangeWords.contains(s[cursor - 1]),
            let base = lastIndex(before: cursor - 1, in: clauseStart..<cursor, of: Self.baseMarks), cursor - 1 - base <= 14
        {
            // 比“十三五”末增0.8亿元, 比上年增5%: one character of change after a base of comparison.
            let direction: Change.Direction = "增多升涨".unicodeScalars.contains(s[cursor - 1]) ? .increase : .decrease
            change = Change(direction: direction, baselineYear: baselineYear(base..<cursor, sentence: sentence))
            fired.append("change.after-base")
            wordStart = base
        }
        if comparator == nil && change == nil {
            // A comparator word further back in the clause (不低于年度公用经费预算总额的5%).
            var k = cursor
            while k > clauseStart {
                // (Not past a figure that qualifies a noun: 营业收入超过100亿元的企业5家 — 超过 bounds
                // the firms' revenue, which defines what is counted; 由2017年的…提高到2018年的77岁
                // crosses only years.)
                if s[k - 1] == "的", k - 2 > clauseStart {
                    var j = k - 2
                    while j > clauseStart, k - 2 - j < 4, !CharacterClass.isDigit(s[j].value), CharacterClass.isHan(s[j].value) || s[j].isASCII { j -= 1 }
                    if CharacterClass.isDigit(s[j].value), j + 1 == k - 1 || !"年月日号".unicodeScalars.contains(s[j + 1]) { break }
                }
                // Only words of two or more characters: single ones (近, 为, 超) hide inside names (习近平).
                if let c = ctx.rules.comparators.match(s, endingAt: k, from: clauseStart), c.payload.before, c.length >= 2 {
                    comparator = c.payload.comparator
                    fired.append(c.payload.rule)
                    wordStart = k - c.length
                    wordEnd = k
                    adjacent = false
                    break
                }
                k -= 1
            }
        }
        // Words after the number decide where two cues combine (提高到97.5%以上).
        var after = q.range.upperBound
        while after < sentence.upperBound, s[after] == " " { after += 1 }
        if let c = ctx.rules.comparators.match(s, at: after, limit: sentence.upperBound), !c.payload.before,
            // (内 opening a word after a count is none: 60条内街小巷, 1.5万亩内陆养殖; after a time it
            // bounds it: 5个工作日内提交.)
            !(c.length == 1 && s[after] == "内" && q.dimension != .time && after + 1 < sentence.upperBound && isHan(s[after + 1]))
        {
            if !negatedBefore { comparator = c.payload.comparator }
            fired.append(c.payload.rule)
            after += c.length
        }
        // 5300余万平方米: the number layer read 余 inside the number; it still means "more than".
        // (The more specific word decides: 达到600余家 is more than 600.)
        if q.over && (comparator == nil || comparator == .equal || comparator == .atLeast) {
            comparator = .greater
            fired.append("cmp.greater.after")
        }
        // 国家高新技术企业达到1.5万家、科技型中小企业3.2万家: a list after 、 shares the verb.
        // (Not past a stretch goal's own modal: 确保超过6000万元、争取7000万元; nor a bound written
        // after the figure before, which is that figure's: 300吨以上、处置率100%.)
        if comparator == nil, change == nil, clauseStart > sentence.lowerBound, s[clauseStart - 1] == "、", let prev = lastComparator,
            !Self.stretchModals.contains(where: { IndicatorTrimmer.starts(s, at: clauseStart, limit: q.numberRange.lowerBound, with: $0) }),
            !(qi > 0 && ctx.rules.comparators.match(s, at: quantities[qi - 1].range.upperBound, limit: clauseStart).map { !$0.payload.before } == true)
        {
            comparator = prev
            fired.append("cmp.list")
        }
        // 地区生产总值增长8%、力争9%: a value after 、 with no words of its own shares the change too
        // (…and one with a bound of its own: 增长7%以上、力争达到8%).
        if change == nil, clauseStart > sentence.lowerBound, s[clauseStart - 1] == "、", let (prev, growth) = lastChange,
            q.unit == quantities[max(0, qi - 1)].unit, trimIndicator(clauseStart..<q.numberRange.lowerBound).unicodeScalars.count < 2
        {
            change = prev
            growthName = growth
            fired.append("change.list")
        }
        if let shared = fenbie.sharedComparator(for: qi), comparator == nil || comparator == .equal {
            comparator = shared
        }
        // 分别稳定在50万吨、34万头以上: a bound after the list's last value bounds every value.
        if comparator == nil || comparator == .equal, let last = fenbie.lastMember(of: qi), last != qi,
            let c = ctx.rules.comparators.match(s, at: quantities[last].range.upperBound, limit: sentence.upperBound), !c.payload.before
        {
            comparator = c.payload.comparator
            fired.append("cmp.list-bound")
        }
        // 分别比上年增加1.3万亩、1万吨: the change word before the first member is every member's.
        if change == nil, let first = fenbie.firstMember(of: qi), first != qi, let shared = fenbieChange[first] {
            change = shared
            growthName = fenbieGrowth[first] ?? false
        }
        // Grades only count where a verb sets them (达到Ⅲ级以上, 保持Ⅱ类), not in names (二级及以上医院).
        let roman = q.text.unicodeScalars.contains(where: { (0x2160...0x217F).contains($0.value) })
        if q.dimension == .grade && !roman && !(beforeComparator && adjacent) { return nil }
        // Bare numbers need a comparator right before them (校际差异率低于0.15, 辍学率为零);
        // fractions may stand further from it (不超过原规模2/3).
        if q.unit == nil {
            // (…死亡率在0.18以内: 在 states a figure that the word after it bounds.)
            let boundAfterZai = comparator != nil && !beforeComparator && !q.chineseForm && q.numberRange.lowerBound > sentence.lowerBound
                && s[q.numberRange.lowerBound - 1] == "在"
            // (再减少农村贫困人口1000万以上: a count in 万 or 亿 after a change needs no unit.)
            // (Not before a noun it counts: 提升4.98万农村人口饮水质量 counts people.)
            let countOfMagnitude = !q.chineseForm && q.value >= 10_000 && q.numberRange.contains { s[$0] == "万" || s[$0] == "亿" }
                && (change != nil || ctx.rules.changes.occurs(in: s, clauseStart..<q.numberRange.lowerBound))
                && !(q.range.upperBound < sentence.upperBound && isHan(s[q.range.upperBound])
                    && ctx.rules.comparators.match(s, at: q.range.upperBound, limit: sentence.upperBound) == nil)
            // (死亡人数10以下, 死亡率0.130以内: a bound right after a figure that follows its
            // measure's name is one too.)
            let boundAfterMeasure = comparator != nil && !beforeComparator && !q.chineseForm && q.numberRange.lowerBound > sentence.lowerBound
                && Self.measureEnds.contains(s[q.numberRange.lowerBound - 1])
                && ctx.rules.comparators.match(s, at: q.range.upperBound, limit: sentence.upperBound).map { !$0.payload.before } == true
            guard comparator != nil || countOfMagnitude, adjacent || q.dimension == .ratio || boundAfterZai || countOfMagnitude || boundAfterMeasure,
                beforeComparator || q.dimension == .ratio || boundAfterZai || countOfMagnitude || boundAfterMeasure
            else { return nil }
            // …and are written in digits, or are zero (辍学率为零); 分为四步骤 is no target.
            // (A magnitude written in words is a number all the same: 总量超过五千亿规模.)
            if q.chineseForm && q.value != 0 && q.dimension != .ratio
                && !(q.value >= 10_000 && q.numberRange.contains { s[$0] == "万" || s[$0] == "亿" })
            {
                return nil
            }
        }
        // A lone magnitude character is a word, not a number (千人口, 百姓, 万户).
        // (十 alone before days is ten: 十日内作出决定, 延长十日; 十分, 水十条, 禁渔十年 are words.)
        if q.numberRange.count == 1 && "十百千万亿".unicodeScalars.contains(s[q.numberRange.lowerBound]),
            !(s[q.numberRange.lowerBound] == "十" && q.unit.map { Self.tenUnits.contains($0) } == true)
        {
            return nil
        }
        // Chinese numerals are values only where words make them one (不超过五年, 每天锻炼一小时,
        // 翻一番, 十五万册); elsewhere they are names and adjectives (九年义务教育, 一项工程).
        if q.chineseForm && comparator == nil && change == nil && q.value < 10 && q.dimension != .ratio {
            let hasPeriod = ctx.periods(in: clauseStart..<q.numberRange.lowerBound).contains {
                $0.range.upperBound <= q.numberRange.lowerBound
            }
            let prev = q.numberRange.lowerBound > 0 ? s[q.numberRange.lowerBound - 1] : " "
            if !hasPeriod && !"每翻".unicodeScalars.contains(prev) && q.dimension != .ratio { return nil }
        }
        // 一 as an article (培养一支队伍, 是一项惠民工程, 每一个孩子) is no value: a count of one
        // needs a real comparison (至少有一个统筹地区).
        // (…but a count of one per period is a rate: 每月每村放映一场电影.)
        if q.chineseForm && q.value == 1 && change == nil && q.dimension == .count && (comparator == nil || comparator == .equal),
            !(q.numberRange.lowerBound > 0 && s[q.numberRange.lowerBound - 1] != "每"
                && ctx.periods(in: clauseStart..<q.numberRange.lowerBound).contains { $0.range.upperBound <= q.numberRange.lowerBound })
        {
            return nil
        }
        // A figure that describes the subject (5岁以下儿童死亡率低于6‰, 公交站点500米覆盖率达到98%,
        // 10吨以上的重点单位) is no target: a comparison follows it in the clause, or 以上的/以下的 do.
        if isDescriptor(q, qi: qi, quantities: quantities, sentence: sentence) { return nil }
        // A clause that ends as a condition or definition (…及以上时, …未确认的) sets no target.
        var clauseEnd = q.range.upperBound
        while clauseEnd < sentence.upperBound, !Self.clauseEnds.contains(s[clauseEnd]) { clauseEnd += 1 }
        if clauseEnd < sentence.upperBound || clauseEnd == sentence.upperBound,
            let c = ctx.rules.cues.conditionEnd.match(s, endingAt: clauseEnd, from: q.range.upperBound),
            c.length < clauseEnd - q.range.upperBound || clauseEnd - q.range.upperBound <= 4,
            // …unless the word is part of a noun (交易标的): the tokenizer tells.
            ChineseTokenizer(rules: ctx.rules).tokens(ctx.index.string(q.range.upperBound..<clauseEnd)).last?.text
                == ctx.index.string(clauseEnd - c.length..<clauseEnd)
        {
            return nil
        }
        // A count of projects only pushed forward (加快建设5个风电项目) is no target.
        // (…through a 、 list: 推进40项专项、80项研发 pushes both.)
        let softStart = lastIndex(before: q.numberRange.lowerBound, in: sentence, of: Self.softEnds).map { $0 + 1 } ?? sentence.lowerBound
        if ctx.rules.cues.pushVerb.occurs(in: s, softStart..<q.numberRange.lowerBound) && comparator == nil && q.dimension == .count {
            return nil
        }

        // The indicator.
        var indicator: String
        // The verb that stood alone before the figure (完成583座), the indicator of last resort.
        var verbAlone: String? = nil
        var shortLimitAct = false
        if let fi = fenbie.indicator(for: qi) {
            indicator = fi
            fired.append("indicator.fenbie")
        } else if let (k, n, first) = fenbie.position(of: qi), case let before = sentenceIndicators.filter({ $0.qi < first }),
            before.count >= n
        {
            // …稳定在63万亩以上，总产稳定在29万吨以上(分别比上年增加1.3万亩、1万吨): the figures
            // just before, in order.
            indicator = before[before.count - n + k].indicator
            fired.append("indicator.fenbie")
        } else {
            // The clause starts after an earlier quantity of the same clause (新建10家中心、30家孵化器).
            var headStart = clauseStart
            var headEnd = wordStart
            if let b = baselineStart {
                // 全市村级小学将由现在的132所减少到109所: the indicator stands before 由, in the
                // clause of 由 where that is an earlier one (比率由2012年的18%，降至2023年的14.4%).
                if b < headStart { headStart = self.softStart(before: b, in: sentence) }
                headEnd = b
            } else if qi > 0, accepted.contains(qi - 1), quantities[qi - 1].range.upperBound > clauseStart,
                quantities[qi - 1].range.upperBound <= wordStart
            {
                // The earlier quantity's own noun (1990个[积水点改造]及28个…) is not ours.
                let prev = quantities[qi - 1]
                var p = prev.range.upperBound
                if let c = ctx.rules.comparators.match(s, at: p, limit: wordStart), !c.payload.before { p += c.length }
                headStart = min(wordStart, p + nounAfter(p, in: sentence).unicodeScalars.count)
            }
            var headText = trimIndicator(headStart..<headEnd)
            // 桥头跳车整治，完成48处: a verb alone before the figure (cut as a leading word) means
            // the clause before names the thing.
            // (Only asked where the trimmed head came out empty: it builds a string.)
            var verbOnly = false
            if headText.unicodeScalars.count < 2, headEnd - headStart <= 8 {
                let rawHead = ctx.index.string(headStart..<headEnd).trimming(" ，,、：:；;")
                verbOnly = ResultVerbs.verbs.contains(UTF8Key(rawHead))
                if verbOnly { verbAlone = rawHead }
            }
            if !adjacent {
                // 不低于年度公用经费预算总额的5%: where the words before it name no measured thing,
                // the base phrase between the comparator and the number does.
                let last = headText.unicodeScalars.last
                if headText.unicodeScalars.count < 3 || last.map({ "按以占为对".unicodeScalars.contains($0) }) == true {
                    headText = String(headText.unicodeScalars.dropLast(last.map { "按以占为对".unicodeScalars.contains($0) } == true ? 1 : 0))
                    headText += trimIndicator(wordEnd..<q.numberRange.lowerBound)
                }
            }
            // The counted thing after the number (新建10家[省级概念验证中心], 20%的[中青年教师…]);
            // a planning verb (按增长5%安排) is none.
            var tail = nounAfter(after, in: sentence)
            // 60%以上的县至少有1家联网医疗机构: the things the share counts reach a state that a
            // count of one per thing names; the noun runs through that count.
            if let each = perThingOne(after: q, qi: qi, quantities: quantities, sentence: sentence) {
                tail = ctx.index.string((s[after] == "的" ? after + 1 : after)..<each)
            }
            // (…加上债务转贷收入191亿元后，总收入…: 后 after a figure is a time, no noun.)
            if Self.planningVerbs.contains(tail) || tail == "后" { tail = "" }
            // 达到100万亩的目标: the goal itself is no part of what it measures.
            if after < sentence.upperBound, s[after] == "的", Self.goalNouns.contains(tail) { tail = "" }
            // 保洁频率提升至15天完成1次全线机械清理: a named frequency needs no act after it.
            if q.unit?.hasSuffix("/次") == true, headText.hasSuffix("频率") || headText.hasSuffix("频次") { tail = "" }
            indicator = headText + tail
            // 建筑面积不超过70平方米的小户型: a bare measure before the figure measures the thing after 的.
            if after < sentence.upperBound, s[after] == "的", case let headSc = Array(headText.unicodeScalars), headSc.count <= 4,
                (2...8).contains(tail.unicodeScalars.count), !Self.goalNouns.contains(where: { tail.hasSuffix($0) }),
                let m = ctx.rules.cues.measure.match(headSc, endingAt: headSc.count), m.length >= 2
            {
                indicator = tail + headText
            }
            // 应于5个工作日内提交同级财政部门: a time limit's indicator is the act it limits.
            // (A short act keeps its actor: 经办机构应在两个工作日内办结 → 经办机构办结.)
            let withinLimit = q.dimension == .time && after > q.range.upperBound && ctx.index.string(q.range.upperBound..<after).hasSuffix("内")
            if withinLimit, tail.unicodeScalars.count >= 4 {
                indicator = tail
            }
            // (对于咨询类事项，应在3个工作日内办结: a short act with no words of its own before the
            // figure is the topic clause's.)
            shortLimitAct = withinLimit && headText.isEmpty && (2..<4).contains(tail.unicodeScalars.count)
            // …增加值达到10000亿元，占GDP比重达56%; …企业数量达到2000家，与规模以上工业企业数量之比…:
            // a share of the figure before, or its ratio to another, is a measure of that figure's thing.
            if let prev = lastIndicator, headStart < headEnd, !indicator.isEmpty,
                let first = (headStart..<headEnd).first(where: { s[$0] != " " }), s[first] == "占" || (s[first] == "与" && indicator.includes("比")),
                case let subject = Self.measureOfRate(prev), subject.unicodeScalars.count >= 2,
                !indicator.hasPrefix(subject), !subject.hasSuffix("基础上")
            {
                indicator = subject + (s[first] == "与" && !indicator.hasPrefix("与") ? "与" : "") + indicator
                fired.append("indicator.share-of-previous")
            }
            // …收入完成86.2亿元，为预算的99.8%; …收入1928.9亿元，完成预算的100.2%: the share of a plan
            // or budget the figure before reached measures that figure's thing.
            if let prev = lastIndicator, q.unit == "%", headStart < headEnd, Self.planBases.contains(indicator),
                let first = (headStart..<headEnd).first(where: { s[$0] != " " }), s[first] == "为" || s[first] == "完" || s[first] == "达",
                case let subject = Self.measureOfRate(prev), subject.unicodeScalars.count >= 2, !subject.hasSuffix(indicator)
            {
                indicator = subject + (s[first] == "完" ? "完成" : "占") + indicator
                fired.append("indicator.share-of-previous")
            }
            // 新增规模工业企业24家，总数达到159家: a bare total counts the things the figure before
            // counted, without its act.
            if let prev = lastIndicator, Self.bareTotals.contains(indicator), qi > 0, accepted.contains(qi - 1),
                quantities[qi - 1].unit == q.unit, case let things = Self.withoutAct(prev), things.unicodeScalars.count >= 2,
                !Self.bareTotals.contains(where: { things.hasSuffix($0) })
            {
                indicator = things + indicator
                fired.append("indicator.total-of-previous")
            }
            // 既有多层住宅加装电梯新增400台、完工200台: a bare act after a figure whose name ends in
            // an act of its own names the same things.
            if let prev = lastIndicator, qi > 0, accepted.contains(qi - 1), quantities[qi - 1].unit == q.unit,
                ResultVerbs.verbs.contains(UTF8Key(indicator)) || ResultVerbs.states.contains(indicator),
                let act = (2...3).lazy.map({ n in String(prev.suffix(n)) }).first(where: { w in
                    w.count >= 2 && (ResultVerbs.verbs.contains(UTF8Key(w)) || ResultVerbs.states.contains(w))
                }), prev.count - act.count >= 2, act != indicator
            {
                indicator = String(prev.dropLast(act.count)) + indicator
                fired.append("indicator.act-of-previous")
            }
            // 15/30天, 407、700万千瓦: a member of a list of figures shares the first one's indicator.
            if headText.isEmpty, qi > 0, accepted.contains(qi - 1), let prev = lastIndicator,
                quantities[qi - 1].range.upperBound <= q.numberRange.lowerBound,
                ctx.index.string(quantities[qi - 1].range.upperBound..<q.numberRange.lowerBound).allSatisfy({ "、/和及与 ".contains($0) })
            {
                indicator = prev
            }
            // …能耗下降到0.83吨标准煤，比2010年的1吨标准煤降低17%: the base year's figure names
            // no measure; the subject carries on, as it does after a bare 比2020年.
            if case let sc = Array(indicator.unicodeScalars), sc.count > 4, sc[0] == "比" || sc[0] == "较",
                let d = ctx.dateMentions(in: clauseStart..<min(clauseStart + 8, q.numberRange.lowerBound)).first,
                d.range.upperBound < q.numberRange.lowerBound, s[d.range.upperBound] == "的"
            {
                indicator = ""
            }
            // 服务业增加值：增长9% — a label before a colon names the figure after it.
            if indicator.unicodeScalars.count < 2, clauseStart > sentence.lowerBound + 2, s[clauseStart - 1] == "：" || s[clauseStart - 1] == ":",
                let labelStart = lastIndex(before: clauseStart - 1, in: sentence, of: Self.clauseEnds).map({ $0 + 1 }) ?? Optional(sentence.lowerBound),
                !quantities.contains(where: { $0.numberRange.lowerBound >= labelStart && $0.numberRange.lowerBound < clauseStart })
            {
                let label = trimIndicator(labelStart..<(clauseStart - 1))
                if label.unicodeScalars.count >= 2 { indicator = label }
            }
            // (Not across a semicolon to a topic clause of its own: 一是新建研发中心10家；二是争取上级
            //资金支持，确保超过6000万元 — the topic names it, below.)
            // (Nor into a table cell that holds the figure alone: 新增4000张养老床位 | 4385 | 110% —
            // a column of results or shares, whose header is not read here.)
            if indicator.unicodeScalars.count < 2, !verbOnly, let prev = lastIndicator, !topicAfterSemicolon(clauseStart, quantities, sentence),
                !isBareCell(q, clauseStart: clauseStart, in: sentence)
            {
                // …综合机械化率达到99%，比2020年提高1.5个百分点: the subject carries on (the measure, not
                // the growth rate the figure before named: …开行量年均增长10%，力争突破1000列).
                indicator = lastChange?.1 == true && prev.hasSuffix("增长") ? String(prev.dropLast(2)) : prev
            }
            // 研发投入强度不低于2.6%，其中工业企业不低于3%: a part named after 其中 with no measure
            // of its own takes the measure of the figure before it.
            if let prev = lastIndicator, (2...8).contains(indicator.unicodeScalars.count), IndicatorTrimmer.starts(s, at: clauseStart, limit: q.numberRange.lowerBound, with: Self.qizhong),
                !indicator.unicodeScalars.contains(where: { Self.measureEnds.contains($0) }),
                !ctx.rules.cues.measure.occurs(in: Array(indicator.unicodeScalars), 0..<indicator.unicodeScalars.count),
                !prev.hasPrefix(indicator),
                // (Only a rate's part: 其中出口63亿美元 and 其中高铁2457公里 name parts of their own.)
                q.unit == "%", Self.rateEndings.contains(where: { prev.hasSuffix($0) }), !Self.rateEndings.contains(where: { indicator.hasSuffix($0) })
            {
                let prevSc = Array(prev.unicodeScalars)
                var k = 0
                if let m = ctx.rules.cues.place.match(prevSc, at: 0) { k = m.length }
                // (A part of the same kind as the whole's subject takes its place: 省属企业研发投入
                // 强度…，其中工业企业… → 工业企业研发投入强度.)
                let partSc = Array(indicator.unicodeScalars)
                if partSc.count >= 3, case let kind = Array(partSc.suffix(2)),
                    let at = (k..<max(k, prevSc.count - 3)).first(where: { prevSc[$0] == kind[0] && prevSc[$0 + 1] == kind[1] }), at + 2 - k <= 6
                {
                    k = at + 2
                }
                if prevSc.count - k >= 2 {
                    indicator += String(scalars: prevSc[k...])
                    fired.append("indicator.part-of-previous")
                }
            }
            // (Named places only where a bound stands right before the figure: 洛阳市、南阳市不低于45%.)
            if let prev = lastIndicator, let place = barePlace(indicator, named: beforeComparator && adjacent) {
                // 市区…入园率达到50%以上，县(市)达到30%以上: a place alone takes the measure of the
                // figure before it, without that figure's own place.
                let prevSc = Array(prev.unicodeScalars)
                var k: Int? = 0
                if let m = ctx.rules.cues.place.match(prevSc, at: 0) {
                    k = m.length
                } else if ctx.rules.cues.place.match(Array(place.unicodeScalars), at: 0) == nil {
                    // (…and named places only the measure of a named place's figure: 郑州市…分担率, 洛阳市、
                    // 南阳市 → 洛阳市、南阳市…分担率; 郑州市 ends at its 市, not its 州. Without a place
                    // opening the figure before, the words are no parallel place: 打造…高新区1个、超千亿元高新区15个.)
                    k = nil
                    if var end = prevSc.prefix(6).dropFirst().firstIndex(where: { Self.placeFinals.contains($0) }),
                        prevSc[..<end].allSatisfy({ CharacterClass.isHan($0.value) })
                    {
                        while end + 1 < min(prevSc.count, 6), Self.placeFinals.contains(prevSc[end + 1]) { end += 1 }
                        k = end + 1
                    }
                }
                if let k, prevSc.count - k >= 2 { indicator = place + String(scalars: prevSc[k...]) }
            }
            if let prev = lastIndicator {
                // 全省粮食播种面积稳定在…，产量稳定在…: a measure alone is a measure of the thing
                // the figure before it measured (全省粮食产量).
                let cues = ctx.rules.cues
                let sc = Array(indicator.unicodeScalars)
                let prevSc = Array(prev.unicodeScalars)
                if !sc.isEmpty, let m = cues.measure.match(sc, at: 0), m.length == sc.count,
                    let pm = cues.measure.match(prevSc, endingAt: prevSc.count), prevSc.count - pm.length >= 2
                {
                    var thing = prevSc[..<(prevSc.count - pm.length)]
                    // (粮食总播种面积…，总产…: the thing is 粮食, the 总 goes with each measure.)
                    if thing.last == "总", sc.first == "总", thing.count >= 3 { thing = thing.dropLast() }
                    indicator = String(scalars: thing) + indicator
                }
            }
            if indicator.unicodeScalars.count < 2 || ResultVerbs.verbs.contains(UTF8Key(indicator)) || shortLimitAct {
                // 人行道梗阻问题，不小于16处; 桥头跳车整治，完成48处: the clause before names the indicator.
                if let prevEnd = lastIndex(before: clauseStart - 1, in: sentence, of: Self.clauseEnds).map({ $0 + 1 })
                    ?? (clauseStart > sentence.lowerBound ? sentence.lowerBound : nil),
                    clauseStart - 1 > prevEnd,
                    // …a topic with no figure of its own (全市新增就业1万人，培训5000人次 is two targets).
                    !quantities.contains(where: { $0.numberRange.lowerBound >= prevEnd && $0.numberRange.lowerBound < clauseStart - 1 })
                {
                    // (A frame's figure, dropped as no target of its own, ends the topic: 在去年全省生产
                    // 总值增长16.8%的情况下，今年力争增长15% measures 全省生产总值增长.)
                    let figure = (prevEnd..<(clauseStart - 1)).first { ("0"..."9").contains(s[$0]) }
                    var prev = trimIndicator(prevEnd..<(figure.map { $0 - prevEnd >= 3 ? $0 : clauseStart - 1 } ?? (clauseStart - 1)))
                    // (…and the frame's time after its subject goes: 云南在去年进出口总额增长 → 云南进出口总额增长.)
                    if figure != nil, let r = prev.range(of: "在去年"), r.lowerBound > prev.startIndex { prev.removeSubrange(r) }
                    indicator = prev.unicodeScalars.count >= 2 && !shortLimitAct ? prev : prev + indicator
                }
            }
            // …资金须于6月底前下达60%以上、9月底前下达80%以上: the same verb again after 、, with a
            // figure of the same unit, measures the same thing.
            if let prev = lastIndicator, qi > 0, accepted.contains(qi - 1), q.unit == quantities[qi - 1].unit,
                case let n = indicator.unicodeScalars.count, (1...3).contains(n), prev.unicodeScalars.count >= n + 2, prev.hasSuffix(indicator),
                followsEnumerationComma(qi, q, quantities)
            {
                indicator = prev
                fired.append("indicator.same-verb-again")
            }
            // 新建10家省级概念验证中心、30家标杆孵化器; 撤并2所乡镇以上学校,12所村小: a later member
            // of a list of counted things restores the verb the first opened with (新建标杆孵化器).
            if let prev = lastIndicator, qi > 0, accepted.contains(qi - 1), change == nil, !beforeComparator,
                q.dimension != .money, q.dimension != .percent, quantities[qi - 1].range.upperBound <= q.numberRange.lowerBound,
                case let gap = s[quantities[qi - 1].range.upperBound..<q.numberRange.lowerBound],
                // One mark between the two (not a later clause of the sentence), and the figure
                // follows it directly unless it has words of its own (、30家…, ,12所…).
                // (A verb alone after a comma or in a bracket of 其中 takes the object too: 新开工…630万套，
                // 基本建成470万套; 提供公共租赁住房6000套(其中新建4200套).)
                case let bareVerb = ResultVerbs.verbs.contains(UTF8Key(indicator)) && !ResultVerbs.weak.contains(UTF8Key(indicator)),
                case let marks = gap.filter({ Self.clauseEnds.contains($0) }),
                // (…or 和 right before the figure: 新建150个智能工厂和10家智能制造标杆企业.)
                case let andNumber = marks.isEmpty && headText.isEmpty && gap.last.map({ "和及与".unicodeScalars.contains($0) }) == true,
                // (…or 和 right after the last figure, before the next item's noun: 新建学校12所和幼儿园8所.)
                case let andNoun = marks.isEmpty && !headText.isEmpty && gap.first.map({ "和及与".unicodeScalars.contains($0) }) == true,
                marks.count == 1 || andNumber || andNoun || (bareVerb && marks.isEmpty && gap.contains("其") && gap.contains(where: { $0 == "(" || $0 == "（" })),
                headText.isEmpty
                    ? andNumber || gap.lastIndex(where: { Self.listJoins.contains($0) }).map({ gap.endIndex - $0 <= 2 }) ?? false
                    : marks.first == "、" || andNoun || bareVerb || Self.sameHeadNoun(indicator, prev),
                let verb = ResultVerbs.listHead(of: prev), bareVerb || ResultVerbs.listHead(of: indicator) == nil,
                !indicator.hasPrefix(verb) || indicator == verb
            {
                let joined = !IndicatorTrimmer.wholeWordStarts.contains(where: { indicator.hasPrefix($0) })
                if indicator == verb {
                    // 新增高新技术企业50家，努力实现新增100家: the same verb again counts the same thing.
                    indicator = prev
                    fired.append("indicator.list-object")
                } else if joined, ResultVerbs.verbs.contains(UTF8Key(indicator)), !ResultVerbs.weak.contains(UTF8Key(indicator)) {
                    // 新增城市配送小型货运车辆1721辆、更新748辆: a verb of its own takes the first's object.
                    indicator += String(prev.unicodeScalars.dropFirst(verb.unicodeScalars.count))
                    fired.append("indicator.list-object")
                } else if joined, !ResultVerbs.verbs.contains(UTF8Key(indicator)) {
                    indicator = verb + indicator
                    fired.append("indicator.list-head")
                }
            }
        }
        // 打造市级示范夜商圈5个以上、示范夜街区5个以上: a later member of the same kind as the first
        // (示范…) shares the first one's level.
        if let prev = lastIndicator, qi > 0, accepted.contains(qi - 1), followsEnumerationComma(qi, q, quantities),
            case let verb = ResultVerbs.listHead(of: indicator) ?? "", case let cur = String(indicator.dropFirst(verb.count)),
            cur.count >= 3, !cur.contains("级"),
            let level = Self.levelQualifiers.lazy.compactMap({ prev.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
            prev[level.upperBound...].count >= 2, prev[level.upperBound...].prefix(2) == cur.prefix(2)
        {
            // (The first member's words up to its level: its verb, or its place and verb, come too.)
            indicator = (verb.isEmpty ? String(prev[..<level.upperBound]) : verb + String(prev[level])) + cur
            fired.append("indicator.list-level")
        }
        // 达标小区居民垃圾分类知晓率≥90%、参与率≥80%: a bare measure after 、 measures the thing the
        // member before it did.
        // (A rate is as long as the rate before it: 知晓率, 参与率.)
        if let prev = lastIndicator, qi > 0, accepted.contains(qi - 1), case let sc = Array(indicator.unicodeScalars), (2...4).contains(sc.count),
            case let psc = Array(prev.unicodeScalars), psc.last == sc.last,
            case let pmLength = sc.last == "率" ? sc.count : ctx.rules.cues.measure.match(psc, endingAt: psc.count)?.length ?? 0,
            sc.last == "率" || ctx.rules.cues.measure.match(sc, endingAt: sc.count).map({ $0.length >= sc.count - 1 }) == true,
            pmLength > 0, psc.count - pmLength >= 2, !Self.rateEndings.contains(where: { String(scalars: psc[..<(psc.count - pmLength)]).hasSuffix($0) }),
            followsEnumerationComma(qi, q, quantities)
        {
            indicator = String(scalars: psc[..<(psc.count - pmLength)]) + indicator
            fired.append("indicator.measure-of-previous")
        }
        indicator = indicator.trimming(" ，,、：:；;/")
        // 新能源装机比例占30%, 本科及以上学历占85%: the verb of a share names its measure.
        // (…的行政村有660个，占11.06%: the 有 of the count before goes too.)
        if indicator.hasSuffix("占"), indicator.unicodeScalars.count > 2 {
            if indicator.hasSuffix("有占") { indicator = String(indicator.dropLast(2)) + "占" }
            indicator = indicator.hasSuffix("比例占") || indicator.hasSuffix("比重占") ? String(indicator.dropLast()) : indicator + "比"
        }
        // 计划削减二氧化硫6000吨，其中：城关区1030吨: a place's share of a total takes the total's
        // measure after its name (城关区削减二氧化硫).
        // 其中省卫生厅负责3万户: a body's share of the total is the total's, and the body is responsible.
        var allocatedTo: ResponsibleUnit? = nil
        if let verb = ["负责", "承担"].first(where: { indicator.hasSuffix($0) }),
            case let body = String(indicator.dropLast(verb.count)), ResponsibilityReader.isWholeName(body),
            let head = totalHead(before: q, quantities: quantities, sentence: sentence)
        {
            indicator = head
            allocatedTo = ResponsibleUnit(name: body, role: .responsible)
            fired.append("indicator.allocation")
        }
        if let head = breakdownHead(place: indicator, q, quantities: quantities, sentence: sentence), !indicator.hasSuffix(head) {
            indicator += head
            fired.append("indicator.breakdown")
        }
        if indicator.unicodeScalars.count < 2 || ResultVerbs.verbs.contains(UTF8Key(indicator)), let fb = indicatorFallback {
            indicator = fb
        }
        // 1.婴幼儿照护服务成长驿站：3月底前新建成2家；6月底前新建成2家: an act alone names the thing
        // its item's label does.
        if indicator.unicodeScalars.count < 2 || ResultVerbs.verbs.contains(UTF8Key(indicator)),
            let label = itemLabel(before: q.numberRange.lowerBound, in: block)
        {
            indicator = (indicator.unicodeScalars.count >= 2 ? indicator : verbAlone ?? "") + label
            fired.append("indicator.item-label")
        }
        if indicator.unicodeScalars.count < 2, let v = verbAlone, v.unicodeScalars.count >= 2 { indicator = v }
        // 提高全市森林覆盖率至45%, 扩充公办幼儿园学位至1800个: a verb of raising or lowering with its
        // object between it and 至/到 bounds the figure as 提高至 does; the object is the indicator.
        if comparator == nil, change == nil, let last = indicator.unicodeScalars.last, last == "至" || last == "到",
            let (verb, bound) = Self.splitBounds.first(where: { indicator.hasPrefix($0.0) }), indicator.count > verb.count + 2
        {
            indicator = String(indicator.dropFirst(verb.count).dropLast())
            comparator = bound
            fired.append("comparator.split-verb")
        }
        if indicator.unicodeScalars.count < 2 { return nil }
        // 地区生产总值增长5%左右, 经济年均增长5%: a growth rate is named as plan tables name it
        // (地区生产总值增长); a rate or share that grows (秸秆综合利用率增长5%) keeps its name.
        if growthName, q.unit == "%", !indicator.hasSuffix("增长"), !Self.rateEndings.contains(where: { indicator.hasSuffix($0) }) {
            if indicator.hasSuffix("按") { indicator.removeLast() }
            indicator += "增长"
            fired.append("indicator.growth")
        }

        // Period: 每年, 年均, 5年不少于 in the clause before the number.
        // (One before the clause is ours only if no earlier figure read since took it: 年均增速10%左右，
        // 占GDP比重45% — the share is no yearly figure.)
        let period = ctx.periods(in: max(sentence.lowerBound, clauseStart - 12)..<q.numberRange.lowerBound).filter { p in
            p.range.upperBound <= q.numberRange.lowerBound
                && (p.range.upperBound > clauseStart
                    || !(0..<qi).contains { accepted.contains($0) && quantities[$0].range.lowerBound >= p.range.upperBound })
        }
        .max { ($0.range.lowerBound, $0.range.count) < ($1.range.lowerBound, $1.range.count) }
        if let p = period { fired.append(p.rule) }

        var kind = FactClassifier(ctx: ctx).kind(
            sentence: sentence, clause: clauseStart..<q.range.upperBound, block: bi, figure: q.numberRange.lowerBound)
        // The members of a 分别 list are of one kind: the first's words (同比, 已) decide.
        if let first = fenbie.firstMember(of: qi), first != qi, let shared = fenbieKind[first] { kind = shared }
        var deadline: Deadline? = nil
        if let d = deadlineOverride {
            deadline = d
        } else if kind != .fact {
            // A standing rule (a duration capped or floored 原则上/不得/应当) holds with no deadline.
            let standing =
                q.dimension == .time && (comparator == .atMost || comparator == .atLeast)
                && Self.standingWords.occurs(in: s, sentence)
            deadline = DeadlineFinder(ctx: ctx).deadline(at: q.numberRange.lowerBound, sentence: sentence, block: bi, allowPlan: !standing)
            if let d = deadline { fired.append("deadline.\(d.source.rawValue)") }
            // A figure whose date, from the paragraph or the section above, lies before the notice's
            // year reports it (a 2022 article's paragraph opening 2021年，…).
            // (Undated, the year it sets goals for stands in for it, or the first year of its plan
            // (2019年工作总结和2020年工作思路); a part of the year that ended
            // before the notice, 2023年上半年 in August, lies before it too.)
            if let d = deadline, d.source == .inherited, let date = d.date, let y = Int(date.prefix(4)),
                y < (ctx.publishedYear ?? Int.min)
                    || ((ctx.publishedYear == nil && y < (ctx.goalsYear ?? ctx.plan?.start ?? Int.min))
                        || (date.count >= 7 && ctx.document.record.published.map { $0.count >= 7 && date < $0.prefix(7) && date.hasPrefix($0.prefix(4)) } == true))
                        && !d.text.hasSuffix("前") && !FactClassifier.speaksOfFuture(s, sentence),
                !d.text.hasPrefix("到"), !d.text.hasPrefix("至"), !FactClassifier.strongLexicon.occurs(in: s, sentence),
                // (A date in the sentence itself was weighed by the classifier: 到2017年底，… stays.)
                ctx.deadlines(in: sentence.lowerBound..<q.numberRange.lowerBound).isEmpty
            {
                kind = .fact
                deadline = nil
                fired.append("fact.dated-before-publication")
            }
        }
        let rec = TargetRecord(
            docId: ctx.document.record.docId, kind: kind, indicator: indicator, value: q.value, valueMax: q.valueMax,
            valueText: ctx.index.string(q.range.lowerBound..<after), unit: q.unit, dimension: q.dimension?.rawValue,
            comparator: comparator ?? .equal, change: change,
            period: period.map { ctx.index.string($0.range) } ?? fenbie.firstMember(of: qi).flatMap { fenbiePeriod[$0] ?? nil },
            deadline: deadline,
            // The evidence is the sentence's, filled in by `readSentence` once for all its figures.
            responsible: allocatedTo.map { [$0] } ?? [], section: block.section, evidence: "",
            span: [q.numberRange.lowerBound, q.range.upperBound],
            rule: q.unitRule ?? "quantity")
        return ExtractedRecord(record: rec, fired: fired, tokens: [], block: bi)
    }

    private func isHan(_ c: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(c.value) }

    /// Whether a comparator word stands right before the number (大于等于30%的燃气机组).
    private func beforeIsComparator(_ q: Quantity) -> Bool {
        ctx.rules.comparators.match(s, endingAt: q.numberRange.lowerBound, from: max(0, q.numberRange.lowerBound - 6)).map {
            $0.payload.before
        } ?? false
    }

    /// 大于等于30%的燃气机组: a mathematical bound (大于, 小于, 大于等于) defines a class; a commitment
    /// (不少于5%的保障性住房) does not.
    private func beforeIsMathComparison(_ q: Quantity) -> Bool {
        let lo = max(0, q.numberRange.lowerBound - 4)
        let end = q.numberRange.lowerBound
        guard end - lo >= 2, s[end - 1] == "于", "大小等高低".unicodeScalars.contains(s[end - 2]) else { return false }
        return !(lo..<end).contains { s[$0] == "不" }
    }

    /// Verbs that reach a state rather than make a counted thing (实现).
    static let stateVerbs: Set<UTF8Key> = ["实现"]

    /// Verbs of building works whose object a length measures (铺设3.5千米供水管网).
    static let worksVerbs: Set<UTF8Key> = ResultVerbs.verbs.union([
        "铺设", "敷设", "架设", "修建", "改建", "扩建", "新改造", "治理", "疏浚", "加固", "硬化", "打通", "贯通", "提升改造",
        "提档升级", "改造提升", "新建改建", "改扩建", "新建和改造", "新改扩建", "绿化",
    ])

    /// Whether a verb of works (two to five characters) ends right at `at`.
    static func worksVerbBefore(_ at: Int, in s: [Unicode.Scalar], from start: Int) -> Bool {
        for n in 2...5 where at - n >= start {
            if worksVerbs.contains(UTF8Key(String(String.UnicodeScalarView(s[(at - n)..<at])))) { return true }
        }
        return false
    }

    /// Whether a count follows a list of that many items joined by 、 and closed by 等
    /// (A、B、C等3个…), so that it only counts what the list names.
    private func restatesList(_ q: Quantity, sentence: Range<Int>) -> Bool {
        let n = Int(q.value)
        guard Double(n) == q.value, (2...12).contains(n), q.numberRange.lowerBound - 1 > sentence.lowerBound else { return false }
        // (分为一般、较大、重大和特别重大4个等级: a classification lists its classes without 等.)
        let closedByDeng = s[q.numberRange.lowerBound - 1] == "等"
        var items = 1
        var firstMark = q.numberRange.lowerBound - 1
        var k = q.numberRange.lowerBound - (closedByDeng ? 2 : 1)
        var joinedLast = false
        while k >= sentence.lowerBound, !Self.hardEnds.contains(s[k]) {
            if s[k] == "、" {
                items += 1
                firstMark = k
            } else if !closedByDeng, items == 1, !joinedLast, "和及与".unicodeScalars.contains(s[k]) {
                items += 1
                joinedLast = true
                firstMark = k
            }
            k -= 1
        }
        guard items == n else { return false }
        if !closedByDeng {
            let lead = ctx.index.string((k + 1)..<firstMark)
            return joinedLast && Self.classifyingVerbs.contains(where: lead.includes)
        }
        // (建成投用A、B等8家卫生院: a verb of works before the list makes the count its result.)
        let lead = String(String.UnicodeScalarView(s[(k + 1)..<firstMark]))
        let sc = Array(lead.unicodeScalars)
        return !sc.indices.contains { ResultVerbs.listHead(of: String(String.UnicodeScalarView(sc[$0...]))) != nil }
    }

    /// Whether the clause before `clauseStart` holds no figure and follows a semicolon.
    private func topicAfterSemicolon(_ clauseStart: Int, _ quantities: [Quantity], _ sentence: Range<Int>) -> Bool {
        guard clauseStart - 1 > sentence.lowerBound,
            let prevEnd = lastIndex(before: clauseStart - 1, in: sentence, of: Self.clauseEnds), s[prevEnd] == "；" || s[prevEnd] == ";",
            clauseStart - 1 > prevEnd + 2
        else { return false }
        // (A topic that names something: 到2030年 alone names nothing.)
        return !quantities.contains { $0.numberRange.lowerBound > prevEnd && $0.numberRange.lowerBound < clauseStart - 1 }
            && trimIndicator((prevEnd + 1)..<(clauseStart - 1)).unicodeScalars.count >= 2
    }

    /// Whether the figure is what each thing holds (每个行政村有1个以上…, 每个社区建有2个以上…,
    /// 每所学校配备2名以上…): 每 opens its clause and a verb of having stands right before it.
    private func eachHolds(_ q: Quantity, sentence: Range<Int>) -> Bool {
        let n = q.numberRange.lowerBound
        guard let verb = Self.holdingVerbs.first(where: { IndicatorTrimmer.starts(s, at: n - $0.count, limit: n, with: $0) }) else {
            return false
        }
        var k = n - verb.count - 1
        while k >= max(sentence.lowerBound, n - 24), !Self.clauseEnds.contains(s[k]) {
            if s[k] == "每" { return true }
            k -= 1
        }
        return false
    }
    static let holdingVerbs: [[Unicode.Scalar]] = ["建有", "拥有", "设有", "配有", "配备", "至少有", "有"].map { Array($0.unicodeScalars) }

    /// Whether a penalty (扣, 罚, 一票否决) follows a figure within its clause and the next one.
    private func penaltyFollows(_ q: Quantity, sentence: Range<Int>) -> Bool {
        var j = q.range.upperBound
        var marks = 0
        while j < sentence.upperBound, j - q.range.upperBound < 14 {
            if Self.hardEnds.contains(s[j]) {
                marks += 1
                if marks > 1 || s[j] == "。" || s[j] == "；" { return false }
            } else if Self.penaltyWords.match(s, at: j, limit: sentence.upperBound) != nil {
                return true
            }
            j += 1
        }
        return false
    }
    static let penaltyWords: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in ["扣", "罚", "一票否决", "减发", "追究"] { l.insert(w, true) }
        return l
    }()

    /// Verbs that divide into classes (分为一般、较大…4个等级, 划分绿色、黄色和红色3个区域).
    static let classifyingVerbs = ["分为", "划分", "划为", "分成", "划定为"]

    /// Where the clause of a share (60%以上的县至少有1家…) ends, when a count of one per thing
    /// follows in it; nil otherwise.
    private func perThingOne(after q: Quantity, qi: Int, quantities: [Quantity], sentence: Range<Int>) -> Int? {
        guard q.dimension == .percent, qi + 1 < quantities.count else { return nil }
        var j = q.range.upperBound
        var bound = false
        if let c = ctx.rules.comparators.match(s, at: j, limit: sentence.upperBound), !c.payload.before {
            j += c.length
            bound = true
        }
        // (70%以上网上申办事项到现场办理次数不超过1次: after 以上 the noun may follow without 的.)
        guard j < sentence.upperBound, s[j] == "的" || (bound && isHan(s[j])) else { return nil }
        var end = j + 1
        while end < sentence.upperBound, !Self.clauseEnds.contains(s[end]) { end += 1 }
        let next = quantities[qi + 1]
        guard next.range.upperBound <= end, end - j <= 33 else { return nil }
        if next.value == 1, next.valueMax == nil, next.dimension == .count || next.dimension == .frequency { return end }
        // (…90%以上政务服务事项办理时限不超过5个工作日: a standard each thing of the share meets.)
        // (A limit, 不超过/不低于, not a level of its own: …比例达到70%以上 after a run-on 75%以上.)
        if bound, next.dimension != .percent, let c = ctx.rules.comparators.match(s, endingAt: next.numberRange.lowerBound, from: j),
            c.payload.before, c.length >= 2, s[next.numberRange.lowerBound - c.length] == "不"
        {
            return end
        }
        return nil
    }

    private func isDescriptor(_ q: Quantity, qi: Int, quantities: [Quantity], sentence: Range<Int>) -> Bool {
        // 高血压、糖尿病、…、尿毒症透析等5个病种: a count that restates the list just written.
        if q.dimension == .count, !q.chineseForm || q.value >= 2, q.valueMax == nil, restatesList(q, sentence: sentence) { return true }
        // 每少查1人，扣…; 漏报、错报1人扣…: one unit that triggers a scoring rule's penalty.
        if q.value == 1, q.dimension == .count, penaltyFollows(q, sentence: sentence) { return true }
        // …的县至少有1家…: a count of one per thing of a share before it describes each thing.
        if qi > 0, perThingOne(after: quantities[qi - 1], qi: qi - 1, quantities: quantities, sentence: sentence) != nil {
            return true
        }
        if perThingOne(after: q, qi: qi, quantities: quantities, sentence: sentence) != nil { return false }
        var j = q.range.upperBound
        var afterWord = false
        if let c = ctx.rules.comparators.match(s, at: j, limit: sentence.upperBound), !c.payload.before {
            j += c.length
            afterWord = true
        }
        guard j < sentence.upperBound else { return false }
        // A distance before a noun (站点50米范围内…, 50米公交配套站点) names a zone, not a target;
        // not after a verb of works, whose object it measures (建成1321公里通组路, 新建50公里堤防),
        // nor before a conjunction that joins the next item of a list (新建农村公路120公里和桥梁8座).
        if q.dimension == .length, isHan(s[j]), !"和及与".unicodeScalars.contains(s[j]) {
            let word = ctx.index.string(q.range.upperBound..<j)
            if word.hasSuffix("内") || (!afterWord && !Self.worksVerbBefore(q.numberRange.lowerBound, in: s, from: sentence.lowerBound)) {
                return true
            }
        }
        // 10万千瓦及以下燃煤机组, 5岁以下儿童: a bound before a noun names a class of things; so does
        // 以上 unless a verb makes the count a result (实施1000个以上省重点项目).
        // …达到30%以上目标, 5.5%以下水平: the noun after is the goal itself, not a class.
        if afterWord, j + 2 <= sentence.upperBound, Self.goalNouns.contains(ctx.index.string(j..<(j + 2))) { return false }
        // (…37%及以上和40%及以上: a conjunction after the bound joins values, it names no class;
        // nor does 等 closing a list of goals, 城镇化率达到70%以上等, but 二级以上等级医院 does.)
        let closesList = s[j] == "等" && !(j + 1 < sentence.upperBound && s[j + 1] == "级")
        if afterWord, j < sentence.upperBound, isHan(s[j]), s[j] != "的", !"和及与或".unicodeScalars.contains(s[j]), !closesList {
            let word = ctx.index.string(q.range.upperBound..<j)
            if word.hasSuffix("以下") { return true }
            if word.hasSuffix("以上") {
                // 20%以上申办事项实现零次跑动: a share of things that reach a state is a target.
                var clauseEnd = j
                while clauseEnd < sentence.upperBound, !Self.clauseEnds.contains(s[clauseEnd]) { clauseEnd += 1 }
                if q.dimension == .percent, ctx.rules.cues.milestoneVerb.occurs(in: s, j..<clauseEnd) { return false }
                // …and so is a later member of a list a verb opened (建成100个以上精品村，500个以上示范村).
                if qi > 0, accepted.contains(qi - 1), let prev = lastIndicator, ResultVerbs.listHead(of: prev) != nil,
                    quantities[qi - 1].range.upperBound <= q.numberRange.lowerBound,
                    s[quantities[qi - 1].range.upperBound..<q.numberRange.lowerBound].filter({ Self.clauseEnds.contains($0) }).count <= 1
                {
                    return false
                }
                var k = q.numberRange.lowerBound
                var hasVerb = false
                while k > max(sentence.lowerBound, q.numberRange.lowerBound - 6) {
                    // (实现 and 有 reach a state; the count before a noun then names the things
                    // that reach it: 基本实现20户以上自然村通硬化路.)
                    if ResultVerbs.verbs.contains(where: { key in
                        let v = key.string
                        return ctx.index.string(max(0, k - v.unicodeScalars.count)..<k) == v && v.unicodeScalars.count >= 2
                            && !Self.stateVerbs.contains(key)
                    }) {
                        hasVerb = true; break
                    }
                    k -= 1
                }
                // (每个行政村有1个以上健身组织: a standard each thing holds is a target.)
                if !hasVerb, !eachHolds(q, sentence: sentence) { return true }
            }
        }
        // 使用年限超过15年的老旧电梯, 工作满10年的: an age over a bound names a class.
        if s[j] == "的", q.dimension == .time, j + 1 < sentence.upperBound, !Self.clauseEnds.contains(s[j + 1]),
            q.numberRange.lowerBound >= 2,
            s[q.numberRange.lowerBound - 1] == "满"
                || (s[q.numberRange.lowerBound - 2] == "超" && s[q.numberRange.lowerBound - 1] == "过"),
            // (不得预收超过一个季度以上的租金 is a limit.)
            !(max(sentence.lowerBound, q.numberRange.lowerBound - 6)..<q.numberRange.lowerBound).contains(where: { s[$0] == "不" })
        {
            return true
        }
        if s[j] == "的"
            && ((afterWord && q.dimension != .percent && !beforeIsComparator(q)) || q.unit == "岁" || q.unit == "周岁"
                || beforeIsMathComparison(q))
            && j + 1 < sentence.upperBound && !Self.clauseEnds.contains(s[j + 1])
        {
            return true
        }
        // A comparison and a figure later in the same clause, with no bracket between.
        var k = j
        while k < sentence.upperBound, !Self.clauseEnds.contains(s[k]) {
            if "（(）)“”".unicodeScalars.contains(s[k]) { return false }
            if let c = ctx.rules.comparators.match(s, at: k, limit: sentence.upperBound), c.payload.before, c.length >= 2,
                quantities[(qi + 1)...].contains(where: {
                    $0.numberRange.lowerBound >= k + c.length && $0.numberRange.lowerBound <= k + c.length + 2
                })
            {
                return k > j
            }
            k += 1
        }
        return false
    }

    /// A base stated earlier in the sentence for what follows (在2020年基础上，…能耗下降13.5%;
    /// (以2010年…为基数)：…下降10%), where the figure's own clause names none.
    private func statedBase(before clauseStart: Int, in sentence: Range<Int>) -> Int? {
        let s = ctx.index.scalars
        for m in ctx.dateMentions(in: sentence.lowerBound..<clauseStart).reversed()
        where m.range.lowerBound > 0 && ctx.isBaselineYear(m) {
            // 以2020年为基数 / 在2022年的基础上, and a comparison set apart for the clauses after
            // it (相对于2005年，…削减26%; 与2009年相比，…下降1.15%), but not 比2020年 of an earlier
            // clause, which is that clause's own.
            let before = s[m.range.lowerBound - 1]
            // (高于2021年 compares its own clause only.)
            if before == "于", m.range.lowerBound > 1, DocumentContext.comparisonFirsts.contains(s[m.range.lowerBound - 2]) { continue }
            if "以在于".unicodeScalars.contains(before) { return m.year }
            if "与同".unicodeScalars.contains(before), m.range.upperBound + 1 < s.count,
                ctx.index.string(m.range.upperBound..<(m.range.upperBound + 2)) == "相比"
            {
                return m.year
            }
        }
        return nil
    }

    private func baselineYear(_ r: Range<Int>, sentence: Range<Int>) -> Int? {
        let t = ctx.index.string(r)
        if t.includes("上年") || t.includes("上一年") || t.includes("去年") {
            // (2009年，全市生产总值…比上年增长52.5%: the year before the sentence's own.)
            if let y = ctx.dateMentions(in: sentence.lowerBound..<r.lowerBound).last(where: { !ctx.isBaselineYear($0) })?.year,
                t.includes("上年") || t.includes("上一年")
            {
                return y - 1
            }
            return ctx.publishedYear.map { $0 - 1 }
        }
        for m in ctx.dateMentions(in: r) where ctx.isBaselineYear(m) { return m.year }
        return nil
    }

    /// The measure of the total a place's figure is part of, when the figure stands after 其中 and
    /// names nothing but the place (…造林4.2万亩，其中沭阳县1.4万亩 → 成片造林 for 沭阳县).
    private func breakdownHead(place: String, _ q: Quantity, quantities: [Quantity], sentence: Range<Int>) -> String? {
        let n = place.unicodeScalars.count
        guard n >= 2, n <= 8, Self.placeEndings.contains(where: place.hasSuffix),
            place.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }),
            // (改造各类棚户区 is an act, no place.)
            ResultVerbs.listHead(of: place) == nil
        else { return nil }
        return totalHead(before: q, quantities: quantities, sentence: sentence)
    }

    /// The head of the total a breakdown after 其中 shares (…新增卫生户厕8万户(其中…) → 新增卫生户厕),
    /// from this sentence or, where 其中 opens it, the sentence before.
    private func totalHead(before q: Quantity, quantities: [Quantity], sentence: Range<Int>) -> String? {
        var p = q.numberRange.lowerBound - 2
        // (Not past a semicolon: …其中东部地区达到90%；建制镇达到70% lists a new thing.)
        while p >= sentence.lowerBound, !(s[p] == "其" && s[p + 1] == "中"), s[p] != "；", s[p] != ";" { p -= 1 }
        guard p >= sentence.lowerBound, s[p] == "其" else { return nil }
        guard let total = quantities.last(where: { $0.range.upperBound <= p && $0.unit == q.unit }), total.unit != nil else {
            // (其中 opening the sentence: the total closed the sentence before.)
            let lead = ctx.index.string(sentence.lowerBound..<p).trimming(" ：:，,")
            if lead.isEmpty, let prev = previousTotal, prev.unit == q.unit {
                let sc = Array(prev.head.unicodeScalars)
                if let m = ctx.rules.cues.place.match(sc, at: 0), m.length < sc.count { return String(scalars: sc[m.length...]) }
                return prev.head
            }
            return nil
        }
        // (The total's comparator is no part of its head: 县城不低于85%，其中东部地区… → 县城.)
        let headStart = self.softStart(before: total.numberRange.lowerBound, in: sentence)
        var headEnd = total.numberRange.lowerBound
        if let c = ctx.rules.comparators.match(s, endingAt: headEnd, from: headStart), c.payload.before { headEnd -= c.length }
        var head = trimIndicator(headStart..<headEnd)
        let sc = Array(head.unicodeScalars)
        if let m = ctx.rules.cues.place.match(sc, at: 0), m.length < sc.count { head = String(scalars: sc[m.length...]) }
        return head.unicodeScalars.count >= 2 ? head : nil
    }

    /// Characters before 年 that make it a date or a time word, not a yearly rate (二〇二〇年,
    /// 今年, 每年, 全年).
    static let yearWordFirsts = ScalarSet("〇零一二三四五六七八九十今明去上本当前后同全每半")

    /// Acts that 提升 completes into one verb (改造提升, 更新提升, 升级提升).
    static let actsBeforeUpgrade: Set<String> = ["改造", "更新", "升级", "建设", "布局", "优化", "培育", "打造", "整合", "规范"]

    /// Words after a round figure that name no thing (大关, 台阶, 关口), and 等 opening the
    /// list's close (源头减量率不低于4%等垃圾分类目标).
    /// Whether two list members name the same kind of thing (省级重点实验室1家，市级重点实验室1家):
    /// the later one, after a comma, is a parallel item of the first's verb.
    static func sameHeadNoun(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        guard x.count >= 3, y.count >= 4, x.count < y.count else { return false }
        return x.suffix(3) == y.suffix(3) && x.suffix(3).allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Where the 的 of a threshold in a modifier stands (300万人次以上的, 10亿元及以上的), for a
    /// figure at `from`: digits, a magnitude and a unit of up to four characters, then the bound.
    static func thresholdModifierEnd(_ s: [Unicode.Scalar], from: Int, limit: Int, bare: Bool = false) -> Int? {
        var k = from
        while k < limit, CharacterClass.isDigit(s[k].value) || s[k] == "." { k += 1 }
        let unitStart = k
        while k < limit, k - unitStart <= 5, CharacterClass.isHan(s[k].value), s[k] != "以", s[k] != "及", s[k] != "的" { k += 1 }
        // (After a bound word the figure needs no 以上 of its own: 超过200亿元的.)
        if bare, k > unitStart, k < limit, s[k] == "的" { return k }
        if k < limit, s[k] == "及" { k += 1 }
        guard k + 2 < limit, s[k] == "以", s[k + 1] == "上" || s[k + 1] == "下", s[k + 2] == "的" else { return nil }
        return k + 2
    }

    /// Where a list that a 、 at `from` continues ends, when it closes with 等 and a noun (、创意设计、
    /// 市场营销等人才): the end of that noun; nil for any other list (a figure or a clause mark in it).
    static func etcListEnd(_ s: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
        var k = from + 1
        while k < limit, k - from < 48 {
            let c = s[k]
            if c == "等" {
                var e = k + 1
                while e < limit, e - k <= 8, CharacterClass.isHan(s[e].value) { e += 1 }
                // (…等途径, 等方式: a list of means, no counted things.)
                let noun = String(scalars: s[(k + 1)..<e])
                if ["途径", "方式", "措施", "形式", "手段", "渠道", "方法", "举措", "办法", "工作"].contains(where: noun.hasPrefix) { return nil }
                return e - k >= 2 && (e == limit || !CharacterClass.isHan(s[e].value)) ? e : nil
            }
            guard c == "、" || CharacterClass.isHan(c.value) || c == "“" || c == "”" else { return nil }
            k += 1
        }
        return nil
    }

    /// Where a bracket of a word's alternatives closes ((市、区), （街道）, (村)): up to eight
    /// Chinese characters, 、 between them, no figure and no aside (其中, 含).
    static func alternativesBracketEnd(_ s: [Unicode.Scalar], open: Int, limit: Int) -> Int? {
        var k = open + 1
        while k < limit, k - open <= 9 {
            let c = s[k]
            if c == "）" || c == ")" {
                guard k > open + 1, s[open + 1] != "含", !(s[open + 1] == "其" && k > open + 2 && s[open + 2] == "中") else { return nil }
                return k
            }
            guard c == "、" || (0x4E00...0x9FFF).contains(c.value) else { return nil }
            k += 1
        }
        return nil
    }

    static let roundFigureWords: [[Unicode.Scalar]] = ["大关", "台阶", "关口", "等", "之间"].map { Array($0.unicodeScalars) }

    /// How the names of places end (城关区, 沭阳县, 各乡镇 are read as places after 其中).
    static let placeEndings = ["区", "县", "市", "镇", "乡", "街道", "旗", "州", "盟"]

    /// Han text right after the number and its unit, up to the next clause end, bracket, number
    /// or a conjunction before a number (新建10家[省级概念验证中心]; 1990个[积水点改造]及28个…).
    /// The measure a growth rate's name is built on (地区生产总值增长 → 地区生产总值, …年均增速 → …).
    /// What a figure's share of is a plan, not a thing (完成预算的100.2%, 为年度计划的98%).
    static let planBases: Set<String> = [
        "预算", "年初预算", "调整预算", "预算数", "计划", "年度计划", "全年计划", "目标", "年度目标", "全年目标", "目标任务", "年度目标任务",
        "任务", "年度任务", "全年任务",
    ]

    /// Verbs that bound a figure when their object stands between them and 至/到 (提高…至45%).
    static let splitBounds: [(String, Comparator)] = [
        ("提高", .atLeast), ("提升", .atLeast), ("增加", .atLeast), ("扩大", .atLeast), ("扩充", .atLeast), ("扩增", .atLeast),
        ("降低", .atMost), ("减少", .atMost), ("压缩", .atMost), ("压减", .atMost), ("缩短", .atMost), ("控制", .atMost),
    ]

    /// Levels that open a list's first member and go for the rest (市级示范夜商圈…、示范夜街区…).
    static let levelQualifiers = ["国家级", "省级", "市级", "区级", "县级", "镇级", "乡级", "村级"]

    /// Last characters of a level or kind listed before a noun (行业级、区域级…, 公办、民办…).
    static let qualifierEnds: ScalarSet = ScalarSet("级类型性式办")

    /// Totals that name no thing of their own (…总数达到159家).
    static let bareTotals: Set<String> = ["总数", "总量", "总规模", "总数量", "总计", "总和"]

    /// An indicator without the act that opens or closes it (新增规模工业企业 → 规模工业企业).
    static func withoutAct(_ name: String) -> String {
        if let v = ResultVerbs.listHead(of: name) { return String(name.dropFirst(v.count)) }
        for n in [3, 2] where name.count > n + 1 && ResultVerbs.verbs.contains(UTF8Key(String(name.suffix(n)))) {
            return String(name.dropLast(n))
        }
        return name
    }

    /// Whether `q` stands alone in a `|` cell: a bar before it, nothing but spaces around it.
    private func isBareCell(_ q: Quantity, clauseStart: Int, in sentence: Range<Int>) -> Bool {
        guard clauseStart > sentence.lowerBound, s[clauseStart - 1] == "|",
            (clauseStart..<q.numberRange.lowerBound).allSatisfy({ s[$0] == " " })
        else { return false }
        var j = q.range.upperBound
        while j < sentence.upperBound, s[j] == " " { j += 1 }
        return j == sentence.upperBound || s[j] == "|"
    }

    /// Whether the figure before `q` ends a member of the same list: only 、 stands between them.
    private func followsEnumerationComma(_ qi: Int, _ q: Quantity, _ quantities: [Quantity]) -> Bool {
        qi > 0 && quantities[qi - 1].range.upperBound <= q.numberRange.lowerBound
            && s[quantities[qi - 1].range.upperBound..<q.numberRange.lowerBound].filter({ Self.clauseEnds.contains($0) }) == ["、"]
    }

    /// The label the item holding `p` opens with (1.婴幼儿照护服务托位：…), when the item starts
    /// its block or follows a space or a full stop: Han words up to a colon, no figure among them.
    private func itemLabel(before p: Int, in block: TextBlock) -> String? {
        let lo = block.range.lowerBound
        var c = p - 1
        while c > lo, s[c] != "：", s[c] != ":" {
            if s[c] == "。" { return nil }
            c -= 1
        }
        guard c > lo else { return nil }
        var a = c
        while a > lo, c - a < 24, isHan(s[a - 1]) || "（）()".unicodeScalars.contains(s[a - 1]) { a -= 1 }
        guard (2...24).contains(c - a) else { return nil }
        let opens: Bool
        if a == lo {
            opens = true
        } else {
            opens = (max(lo, a - 4)..<a).contains { m in
                ListMarker.length(s, at: m, limit: a) == a - m && (m == lo || " 。；;".unicodeScalars.contains(s[m - 1]))
            }
        }
        guard opens else { return nil }
        let label = ctx.index.string(a..<c)
        // (A role or a time is no thing: 责任单位：, 完成时限：.)
        if ["单位", "部门", "时限", "时间", "目标", "任务", "内容", "措施"].contains(where: label.hasSuffix) { return nil }
        return label
    }

    static func measureOfRate(_ name: String) -> String {
        for w in ["年均增长", "年均增速", "增长", "增速", "增幅"] where name.hasSuffix(w) { return String(name.dropLast(w.count)) }
        return name
    }

    /// The noun after 的 when 、-listed qualities come between the figure and it, up to the
    /// clause's end (no figure, bracket or quote among them); nil otherwise.
    private func nounAfterListedQualities(_ from: Int, in sentence: Range<Int>) -> String? {
        // (Not after a bound or a span of time: 给予六个月以内停止联网、停机整顿的处罚 limits acts.)
        if from >= 2, ["以内", "以上", "以下", "左右", "个月"].contains(ctx.index.string((from - 2)..<from)) { return nil }
        if from >= 1, "年月日天时周".unicodeScalars.contains(s[from - 1]) { return nil }
        var j = from
        var listed = false
        var de: Int? = nil
        while j < sentence.upperBound, j - from < 48 {
            let c = s[j]
            if c == "、" {
                if de != nil { return nil }
                listed = true
            } else if Self.clauseEnds.contains(c) {
                break
            } else if !isHan(c) {
                return nil
            } else if c == "的" {
                de = j
            }
            j += 1
        }
        guard listed, let d = de, (2...10).contains(j - d - 1) else { return nil }
        return ctx.index.string((d + 1)..<j)
    }

    private func nounAfter(_ from: Int, in sentence: Range<Int>) -> String {
        // 突破1000亿元大关, 迈上新台阶: the figure's own milestone words, no noun of the target.
        if Self.roundFigureWords.contains(where: { w in
            from + w.count <= sentence.upperBound && zip(s[from...], w).allSatisfy { $0 == $1 }
        }) {
            return ""
        }
        // 增长12.6%达92.9亿元: a comparator right after the figure opens the next figure's bound.
        if let c = ctx.rules.comparators.match(s, at: from, limit: sentence.upperBound), c.payload.before,
            from + c.length < sentence.upperBound, ("0"..."9").contains(s[from + c.length])
        {
            return ""
        }
        // 5万亩旱能浇、涝能排、节水高效的高标准农田: qualities listed with 、 before 的 describe the
        // noun after it, which is the counted thing.
        if let head = nounAfterListedQualities(from, in: sentence) { return head }
        var j = from
        var quoted = false
        // (A share's noun: 90%的…, 50%以上….)
        let share = (max(sentence.lowerBound, from - 4)..<from).contains { s[$0] == "%" || s[$0] == "％" }
        while j < sentence.upperBound, j - from < 32 {
            if Self.clauseEnds.contains(s[j]) {
                // 建成5个行业级、区域级标识解析二级节点: levels or kinds listed before the noun qualify it.
                if s[j] == "、", j + 1 < sentence.upperBound, Self.qualifierEnds.contains(s[j - 1]),
                    case let segStart = (from..<j).last(where: { s[$0] == "、" }).map { $0 + 1 } ?? from,
                    (2...5).contains(j - segStart), (segStart..<j).allSatisfy({ isHan(s[$0]) })
                {
                    j += 1
                    continue
                }
                // 培养1万名乡村旅游经营管理、创意设计、市场营销等人才: a list closed by 等 and its
                // noun is what the figure counts.
                guard s[j] == "、", let end = Self.etcListEnd(s, from: j, limit: sentence.upperBound) else { break }
                j = end
                break
            }
            if s[j] == "（" || s[j] == "(" {
                // 80%以上的县(市、区)建成…, 社区(村): alternatives of a word, bracketed right after
                // it, are part of the noun; any other bracket (an aside, a figure) ends it.
                guard j > from, isHan(s[j - 1]), let close = Self.alternativesBracketEnd(s, open: j, limit: sentence.upperBound) else { break }
                j = close + 1
                continue
            }
            // A quoted name inside the noun (解决12处“行不通走不畅”的…问题) belongs to it; a closing quote
            // that opened before the figure ends it.
            if s[j] == "“" { quoted = true }
            if s[j] == "”" && !quoted { break }
            // A closing bracket that opened before the figure ends it too ((其中…高标准农田11.48万亩)).
            if (s[j] == "）" || s[j] == ")") && !s[from..<j].contains(where: { $0 == "（" || $0 == "(" }) { break }
            // 25个社零额超过200亿元的消费强县: a bound with its figure before 的 qualifies the noun.
            if let c = ctx.rules.comparators.match(s, at: j, limit: sentence.upperBound), c.payload.before, c.length >= 2, j > from + 1,
                j + c.length < sentence.upperBound, CharacterClass.isDigit(s[j + c.length].value),
                let de = Self.thresholdModifierEnd(s, from: j + c.length, limit: sentence.upperBound, bare: true)
            {
                j = de + 1
                continue
            }
            if let c = ctx.rules.comparators.match(s, at: j, limit: sentence.upperBound), c.length >= 2, j > from + 1,
                // (…but 地级及以上城市, 县级以上医院: a bound inside a noun.)
                !(s[j] == "以" && (s[j - 1] == "及" || s[j - 1] == "级")), !(s[j] == "及" && s[j - 1] == "级"),
                // (…and after a share, a verb that sets a standard rather than a figure is its
                // predicate: 90%的乡镇卫生院达到服务能力推荐标准.)
                !(share && c.payload.before && j + c.length < sentence.upperBound && isHan(s[j + c.length])
                    && !"一二两三四五六七八九十百千万零〇".unicodeScalars.contains(s[j + c.length]))
            {
                break
            }
            // 4A级景区, 5G基站: a digit before a capital letter belongs to the noun.
            if ("0"..."9").contains(s[j]), !(j + 1 < sentence.upperBound && ("A"..."Z").contains(s[j + 1])) {
                // 20个年接待游客300万人次以上的大景区: a threshold inside the noun's modifier is part of it.
                if let de = Self.thresholdModifierEnd(s, from: j, limit: sentence.upperBound) {
                    j = de + 1
                    continue
                }
                break
            }
            if "及和与".unicodeScalars.contains(s[j]), j + 1 < sentence.upperBound, ("0"..."9").contains(s[j + 1]) { break }
            // 新建学校12所和幼儿园8所: a conjunction right after the figure opens the next item, whose
            // noun is not this figure's, when a figure of its own follows in the clause (1000个和美乡村
            // is one noun).
            if j == from, "及和与".unicodeScalars.contains(s[j]),
                let d = (j..<sentence.upperBound).first(where: { CharacterClass.isDigit(s[$0].value) || Self.clauseEnds.contains(s[$0]) }),
                CharacterClass.isDigit(s[d].value)
            {
                break
            }
            // A full stop typed as "." after Chinese (…80亿元.) ends the noun; between digits or
            // letters it is part of a name (V2.0).
            if s[j] == ".", j > 0, CharacterClass.isHan(s[j - 1].value) { break }
            j += 1
        }
        // 1万元人民币: the currency of the amount, no noun of the target.
        if j - from == 3, ctx.index.string(from..<j) == "人民币" { return "" }
        var k = from
        // Leading 的 and spaces belong to no one (20%的中青年教师).
        while k < j, s[k] == "的" || s[k] == " " { k += 1 }
        // 以…不超过70平方米的小户型为主: the frame's 为主 is no part of the noun.
        if j - k > 2, s[j - 2] == "为", s[j - 1] == "主" { j -= 2 }
        // (…放映一场数字电影的目标: the goal itself is no part of the noun.)
        if j - k > 3, s[j - 3] == "的", s[j - 2] == "目" || s[j - 2] == "任", s[j - 1] == "标" || s[j - 1] == "务" { j -= 3 }
        return ctx.index.string(k..<j)
    }

    func trimIndicator(_ r: Range<Int>) -> String {
        IndicatorTrimmer(ctx: ctx).trim(r)
    }

    /// Where the stretch of text ending at `i` starts: after the last clause mark or bracket,
    /// passing over a bracket closed inside it (中欧（亚）班列拓线扩量、开行…).
    private func softStart(before i: Int, in sentence: Range<Int>) -> Int {
        var k = i
        while let e = lastIndex(before: k, in: sentence, of: Self.softEnds) {
            guard Self.closeBrackets.contains(s[e]), let open = lastIndex(before: e, in: sentence, of: Self.openBrackets),
                lastIndex(before: e, in: open..<e, of: Self.hardEnds) == nil,
                open > sentence.lowerBound
            else { return e + 1 }
            k = open
        }
        return sentence.lowerBound
    }

    private func lastIndex(before i: Int, in r: Range<Int>, of set: ScalarSet) -> Int? {
        var k = i - 1
        while k >= r.lowerBound {
            if set.contains(s[k]) { return k }
            k -= 1
        }
        return nil
    }

    private func skipBack(_ i: Int, from lower: Int, over chars: String) -> Int {
        let fenbie = chars.unicodeScalars.contains("分") && chars.unicodeScalars.contains("别")
        var k = i
        while k > lower {
            // Two-character words first (分别).
            if fenbie, k - 2 >= lower, s[k - 2] == "分", s[k - 1] == "别" { k -= 2; continue }
            if s[k - 1] == " " || s[k - 1] == "的" || s[k - 1] == "了" { k -= 1; continue }
            break
        }
        return k
    }
}

/// Verbs that take the counted thing as their object (新建10家中心): the indicator is verb + object.
enum ResultVerbs {
    /// Verbs too weak to head a list of counted things (完成, 实现, 有): they are cut or stand alone.
    static let weak: Set<UTF8Key> = [
        "完成", "实现", "有", "达", "建", "安排", "共安排", "推动", "落实", "应有", "要有", "均有", "组织", "开展", "分别组织", "组织开展", "继续办好", "办好",
    ]

    /// The verb that opens `indicator` (新建标杆孵化器 → 新建), the longest one, if it is strong
    /// enough to head a list and leaves an object behind.
    static func listHead(of indicator: String) -> String? {
        let sc = Array(indicator.unicodeScalars)
        for n in stride(from: min(4, sc.count - 2), through: 2, by: -1) {
            let w = String(String.UnicodeScalarView(sc[0..<n]))
            if verbs.contains(UTF8Key(w)) { return weak.contains(UTF8Key(w)) ? nil : w }
        }
        return nil
    }

    /// States a count of built things reaches (完工200台, 竣工5个).
    static let states: Set<String> = ["完工", "竣工", "投用", "交付", "建成", "开工", "投产", "运行"]

    static let verbs: Set<UTF8Key> = [
        "新建", "建成", "完成", "新增", "实施", "培育", "建设", "创建", "打造", "改造", "开工建设", "撤并", "投运", "开行", "培养",
        "新培育", "提供", "形成", "配套建设", "安装", "种植", "修复", "处置", "整治", "建", "办好", "举办", "组织", "开展", "引进",
        "培训", "招聘", "落实", "发放", "解决", "创建", "更新", "投放", "设立", "认定", "推出", "打造", "实现", "有", "达", "新改建",
        "新建改造", "改造提升", "新增建设", "累计新增", "累计改造新增", "分别组织", "组织开展", "继续办好", "共安排", "安排", "建立", "应有", "要有", "均有", "推动",
        "开通", "开放", "发布", "签约", "落地", "招引", "遴选", "吸纳", "开发", "开设", "更新提升", "新开工", "开工", "提供",
        "推广", "推广应用", "扶持", "扩招", "招收", "招录", "改扩建", "新改扩建", "惠及", "新建成", "布局", "布局提升", "优化提升", "打造提升",
    ]
}
