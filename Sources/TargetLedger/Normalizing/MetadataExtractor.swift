import Foundation

/// Reads the `document` record's metadata off the clean text, after the hints that a page or
/// export gave (meta tags, index table, front matter, CSV columns), which win.
public struct MetadataExtractor: Sendable {
    /// An extractor; its patterns are compiled once per process.
    public init() {}

    /// What the metadata of a notice is.
    public struct Metadata: Sendable, Equatable {
        public var title: String?
        public var docNumber: String?
        public var issuer: String?
        /// ISO-8601 prefix.
        public var published: String?
        public var planPeriod: PlanPeriod?
        public var cited: [String]
        /// Whether `published` is the page's post date, not a date the text gives itself.
        public var postedDate = false
    }

    static let genres = [
        "通知", "通报", "公报", "意见", "方案", "办法", "规定", "决定", "报告", "规划", "三年行动", "专项行动", "攻坚行动", "提升行动", "计划", "要点", "纲要", "细则", "批复", "公告", "通告", "决议", "函", "安排", "措施", "条例", "指南",
        "清单", "分解表", "分工表", "任务表", "责任表", "一览表", "进度表", "实事", "实事项目", "责任分解", "任务分解",
        // A party committee's proposals for a plan (…关于制定…第十五个五年规划的建议), rules of
        // an office (…实施方案及制度), and a sharing site's model texts (…工作计划模版, …范文).
        "建议", "制度", "范文", "模板", "模版", "规则", "举措", "篇",
        // Reviews and speeches name themselves too (2023年民政工作总结, …2020年工作思路, …进展情况
        // 汇报, …会议上的讲话): the reader needs their titles to tell what they look back on.
        "总结", "思路", "汇报", "讲话",
    ]
    /// Genre words a title's last line may hold alone (…三年行动 / 实施方案(2019—2021年)).
    static let genreOpeners = ["实施方案", "工作方案", "行动方案", "行动计划", "实施意见", "实施细则", "工作要点", "工作计划"]

    /// Labels of the fields a government page lists above a notice (有效性 现行有效, 索引号 …).
    static let fieldLabels = [
        "有效性", "时效性", "效力状态", "时效", "失效", "废止", "现行有效", "索引号", "发文字号", "文号", "发布日期", "成文日期", "发文日期",
        "主题分类", "公开方式", "公开范围", "发布机构", "发文机关", "组配分类", "体裁", "有效期",
        // (…and a section of the site the notice sits in: 通知公告 / 玉溪市…实施意见.)
        "通知公告", "公示公告", "政策文件", "政府文件", "规范性文件", "信息公开", "政务公开", "分类",
    ]
    static let issuerLabel = try! ICUPattern(#"(?:发布机关|发布机构|发文机关|发文单位|发布单位|所属机构|信息来源|来源)[ \t]*[:：][ \t]*([^\s|:：]{2,30})"#)
    static let aboutTitle = try! ICUPattern(#"关于[^。\n]{2,120}?的(?:通知|通报|意见|决定|批复|函|报告|公告|通告|请示)"#)
    /// The year of a one-year plan named in a title: the year nearest its genre word (2025年工作
    /// 总结暨2026年工作计划 is a plan for 2026).
    static let oneYearPlan = try! ICUPattern(
        #"((?:19|20)[0-9]{2})(?![0-9]) *(?:年度?)?(?:(?!(?:19|20)[0-9]{2})[^，。—–\-~～至]){0,24}?(?:工作要点|工作计划|工作思路|工作方案|行动计划|实施计划|工作安排|重点工作|年度计划|行动方案|实施方案|任务清单|目标责任书|责任书|重点任务|工作任务|目标任务|(?:计划|方案|分解|分工|实事|实事项目|进度表|目标|安排|清单|民生工程|重点工程|重点[^，。、\s]{1,4}工作)(?=$|的通知|的通报|》|（|\(|表|公布|出炉|敲定|发布|揭晓|确定))"#)
    /// A year's programme of 实事 a news lead reports on (记者从…2025年重点民生实事新闻发布会上获悉,
    /// 2022年区政府民生实事项目进展情况表).
    static let leadProgramme = try! ICUPattern(#"((?:19|20)[0-9]{2})年度?[^，。,；;\n0-9]{0,8}?(?:民生实事|为民办实事|实事项目|十件实事)"#)
    /// Five-year plans by their short names and their formal ones (第十五个五年规划纲要), with
    /// their first years.
    static let fiveYear: [(String, Int)] = [("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026), ("十六五", 2031)]
        .flatMap { short, start in [(short, start), ("第" + short.dropLast() + "个五年", start)] }
    static let orgSuffixes = [
        "局", "厅", "委", "委员会", "政府", "办公室", "办公厅", "学校", "小学", "中学", "学院", "大学", "中心", "公司", "处", "部", "署", "院", "会", "所", "站", "室",
    ]

    /// The metadata of `text` (blocks as the structure parser found them).
    public func extract(text: NormalizedText, blocks: [TextBlock], hints: SourceHints) -> Metadata {
        let s = text.scalars
        func str(_ r: Range<Int>) -> String { String(scalars: s[r]) }

        var hints = hints
        hints.fill(from: Self.pipeTableHints(s, blocks))

        // Title: the page's or export's; else a short first block ending in a genre word; else 关于…的通知.
        var title = hints.title.map(Self.clean).flatMap(TitleCleaner.clean)
        if title == nil {
            // The first lines, up to the body: a notice's header (发文机关, 各市人民政府：, 现将…)
            // can push the plan's own title line past the sixth.
            let head = Array(blocks.prefix(14))
            for (k, b) in head.enumerated() where b.range.count <= 80 && ListMarker.length(s, at: b.range.lowerBound, limit: b.range.upperBound) == nil {
                let t = Self.clean(str(b.range))
                // An annex's label (附件：任务分工表) names a part, not the notice, and so does an
                // entry of the annex list (2.2025年十五件民盼实事任务分解).
                if t.hasPrefix("附件") { continue }
                if let f = t.unicodeScalars.first, CharacterClass.isDigit(f.value),
                    let after = t.unicodeScalars.drop(while: { CharacterClass.isDigit($0.value) }).first, ".．、".unicodeScalars.contains(after)
                {
                    continue
                }
                if Self.mayEndAGenre(s, b.range), Self.looksLikeTitle(t), let cleaned = TitleCleaner.clean(t) {
                    // …任务分解 / 和责任分工方案: a title that goes on in a short line of its own.
                    if k + 1 < head.count, head[k + 1].range.lowerBound - b.range.upperBound <= 1, head[k + 1].range.count <= 20,
                        let c = s[head[k + 1].range].first, "和及与暨".unicodeScalars.contains(c), Self.mayEndAGenre(s, head[k + 1].range),
                        let joined = TitleCleaner.clean(t + Self.clean(str(head[k + 1].range)))
                    {
                        title = joined
                        break
                    }
                    // …行动计划 / (2024-2027年)主要目标任务: its years on the next line; …三年行动 /
                    // 实施方案(2019—2021年): its genre word there.
                    if k + 1 < head.count, head[k + 1].range.lowerBound - b.range.upperBound <= 1, head[k + 1].range.count <= 24,
                        case let next = head[k + 1].range, let c = s[next].first,
                        (c == "(" || c == "（") && next.count > 6 && CharacterClass.isDigit(s[next.lowerBound + 1].value)
                            || Self.genreOpeners.contains(where: { str(next).hasPrefix($0) }),
                        let joined = TitleCleaner.clean(t + Self.clean(str(next)))
                    {
                        title = joined
                        break
                    }
                    title = cleaned
                    break
                }
                // A document-sharing site's file name (2025…工作实施方案范文.docx).
                if let file = TitleCleaner.fileTitle(t), Self.looksLikeTitle(file) {
                    title = file
                    break
                }
                // A title broken over two lines (…数字化转型 / 网络化联接三年行动计划(2025-2027年)).
                // (A date line above the title is no part of it: 2025年1月25日 / 2025年…任务分解.)
                if k + 1 < head.count, head[k + 1].range.lowerBound - b.range.upperBound <= 1, t.count >= 4,
                    t.unicodeScalars.filter({ CharacterClass.isHan($0.value) }).count >= 2,
                    !t.unicodeScalars.allSatisfy({ CharacterClass.isDigit($0.value) || "年月日号 -./".unicodeScalars.contains($0) }),
                    !t.unicodeScalars.contains(where: { Self.lineBreakers.contains($0) }),
                    let first = t.unicodeScalars.first, first != "(" && first != "（",
                    // (A field of the page's header is no part of it: 有效性 失效 / 金政发〔2021〕1号关于….)
                    !Self.fieldLabels.contains(where: t.hasPrefix),
                    ListMarker.length(s, at: head[k + 1].range.lowerBound, limit: head[k + 1].range.upperBound) == nil
                {
                    guard Self.mayEndAGenre(s, head[k + 1].range) else { continue }
                    let joined = t + Self.clean(str(head[k + 1].range))
                    if joined.count <= 80 && Self.looksLikeTitle(joined), let cleaned = TitleCleaner.clean(joined) {
                        title = cleaned
                        break
                    }
                }
            }
        }
        // A news page: the headline above a line opening with its post date (2012-10-14 17:15:19 来源:…).
        let dates = DateFinder.shared.dates(in: s)
        let posted = Self.postedBlock(s, blocks, dates: dates)
        if title == nil, let p = posted, p > 0 {
            title = PostLine.headline(Array(s[blocks[p - 1].range]))
        }
        // …or on the post line itself, before its date (上海“十二五”时期的主要目标 2011-02-12 14:08).
        if title == nil, let p = posted,
            let d = dates.first(where: { $0.hasDay && blocks[p].range.contains($0.range.lowerBound) }),
            d.range.lowerBound > blocks[p].range.lowerBound,
            // (Not a forum's edit line: 本帖最后由 X 于 2012-3-30 17:32 编辑.)
            case let lead = String(scalars: s[blocks[p].range.lowerBound..<d.range.lowerBound]).trimmingSpaces,
            !lead.hasSuffix("于"), !lead.contains("本帖")
        {
            title = PostLine.headline(Array(s[blocks[p].range.lowerBound..<d.range.lowerBound]))
        }
        if title == nil {
            // 关于…的通知 near the top, unless inside 《》: a cited notice is not this one.
            let head = Array(s.prefix(800))
            for g in Self.aboutTitle.allMatches(in: Self.utf16(head)) {
                guard let r = g[0] else { continue }
                let sc = Self.utf16Slice(head, r)
                if Self.insideCitation(head, sc.startIndex) { continue }
                title = TitleCleaner.clean(String(scalars: sc))
                break
            }
        }

        // Document numbers: the notice's own is the first one near the top that is not a
        // citation (a citation follows a 《title》).
        let numbers = DocumentNumber.all(in: s)
        var own = hints.docNumber.map { String($0.unicodeScalars.filter { $0 != " " }.map(Character.init)) }
        if own == nil {
            for n in numbers where n.range.lowerBound < 400 {
                if !Self.followsTitleQuote(s, n.range.lowerBound) && !Self.insideQuote(s, n.range.lowerBound) {
                    own = n.number
                    break
                }
            }
        }
        var cited: [String] = []
        for n in numbers where n.number != own && !cited.contains(n.number) { cited.append(n.number) }

        // Publication date.
        var published = hints.published.flatMap(ChineseDate.parse)
        var postedDate = false
        var signatureBlock: Int? = nil
        if published == nil {
            var blockOf: [Int] = []
            if !dates.isEmpty {
                blockOf = dates.map { Self.block(containing: $0.range.lowerBound, in: blocks) ?? -1 }
            }
            let full = dates.indices.filter { dates[$0].hasDay }
            let headEnd = blocks.prefix(20).last?.range.upperBound ?? 0
            // A date alone on its line: the signing date, its signature on the line above.
            // (Not a table's cell: a 完成时限 column holds dates alone in their cells.)
            let alone = dates.indices.first(where: {
                blockOf[$0] >= 0 && blocks[blockOf[$0]].kind != .tableCell
                    && Self.trimmedRange(s, blocks[blockOf[$0]].range) == dates[$0].range
            })
            if let k = alone { signatureBlock = blockOf[k] > 0 ? blockOf[k] - 1 : nil }
            if let k = full.first(where: { Self.followedByIssue(s, dates[$0].range.upperBound) }) {
                published = dates[k].iso
            } else if let k = full.first(where: { dates[$0].range.upperBound <= headEnd && Self.dispatchDay(s, dates[$0].range) }) {
                // 新华社贵阳2016年1月10日电: a news agency's dispatch dates the story.
                published = dates[k].iso
            } else if let k = full.first(where: { dates[$0].range.upperBound <= headEnd && Self.labelledAsIssued(s, dates[$0].range) }) {
                // 发布时间:2021-02-03, 撰写时间:2020-09-16, or the date in brackets under a title.
                published = dates[k].iso
                // (On a line with the page's 来源 or its reader count, it is the page's post date:
                // 发布时间:2021-05-28 阅读: 来源:… over a notice of 2011.)
                if blockOf[k] >= 0 {
                    let line = String(scalars: s[blocks[blockOf[k]].range])
                    postedDate = ["来源", "阅读", "浏览", "点击"].contains(where: line.contains)
                }
            } else if let k = full.first(where: { dates[$0].range.upperBound <= headEnd && Self.speechDate(s, dates[$0].range) }) {
                // ——2025年1月8日在…人民代表大会第五次会议上: a work report's date.
                published = dates[k].iso
            } else if let k = alone {
                published = dates[k].iso
            } else if let k = full.first(where: { dates[$0].chinese }) {
                published = dates[k].iso
            } else if let k = dates.indices.last(where: {
                blockOf[$0] >= 0 && blocks[blockOf[$0]].kind != .tableCell
                    && Self.trimmedRange(s, blocks[blockOf[$0]].range).upperBound == dates[$0].range.upperBound
            }) {
                // A signature and date closing the last paragraph: 郭庄小学 2012.9
                published = dates[k].iso
            } else if let p = posted, let k = dates.indices.first(where: { blockOf[$0] == p }) {
                // A news page's post line under its headline.
                published = dates[k].iso
                postedDate = true
            }
        }

        // A news page's post date, where the text dates nothing itself.
        if published == nil, let p = hints.posted.flatMap(ChineseDate.parse) {
            published = p
            postedDate = true
        }

        // Issuer: the page's; a 文件 header (蛟河市教育局文件); the signature above the date.
        var issuer = hints.issuer.map(Self.clean)
        if issuer == nil {
            // A page's index lines: 发布机关: 市政府办公室, 发文机关:山西省人民政府.
            let head = Array(s[0..<(blocks.prefix(20).last?.range.upperBound ?? 0)])
            // Searched only where a label can be (发布机关, 发文单位 …): a scan costs less than the regex.
            let labelled = head.indices.dropLast().contains { Self.mayOpenIssuerLabel(head[$0], head[$0 + 1]) }
            if labelled {
                for g in Self.issuerLabel.allMatches(in: Self.utf16(head)) where g.count > 1 {
                    guard let r = g[1] else { continue }
                    let name = String(scalars: Self.utf16Slice(head, r))
                    if Self.orgSuffixes.contains(where: { name.hasSuffix($0) }) {
                        issuer = name
                        break
                    }
                }
            }
        }
        if issuer == nil, let first = blocks.first {
            let t = str(first.range.lowerBound..<min(first.range.upperBound, first.range.lowerBound + 30))
            if let r = t.range(of: "文件"), t.distance(from: t.startIndex, to: r.lowerBound) >= 3 {
                // 蛟河市教育局文件: a body's name, not a breadcrumb (> 政务公开 > 法规文件).
                let name = String(t[..<r.lowerBound])
                if Self.orgSuffixes.contains(where: { name.hasSuffix($0) }), !name.contains(">"), !name.contains(" ") { issuer = name }
            }
        }
        if issuer == nil, let sb = signatureBlock {
            let t = Self.clean(str(blocks[sb].range))
            if t.count <= 30, !t.includes("。"), !t.includes("，"), Self.orgSuffixes.contains(where: { t.hasSuffix($0) }) { issuer = t }
        }
        if issuer == nil,
            let last = dates.last(where: { d in
                Self.block(containing: d.range.lowerBound, in: blocks).map {
                    Self.trimmedRange(s, blocks[$0].range).upperBound == d.range.upperBound
                } ?? false
            }),
            let bi = Self.block(containing: last.range.lowerBound, in: blocks)
        {
            let b = blocks[bi]
            var a = last.range.lowerBound
            while a > b.range.lowerBound, s[a - 1] == " " { a -= 1 }
            var k = a
            while k > b.range.lowerBound, !StructureParser.enders.contains(s[k - 1]), s[k - 1] != " ", a - k < 20 { k -= 1 }
            let t = str(k..<a)
            if t.count >= 2, Self.orgSuffixes.contains(where: { t.hasSuffix($0) }) { issuer = t }
        }

        return Metadata(
            title: title, docNumber: own, issuer: issuer, published: published,
            planPeriod: planPeriod(title: title, s: s), cited: cited, postedDate: postedDate)
    }

    /// The plan's years: a range in the title (2024-2026年, 十四五, a one-year 2024年工作要点);
    /// else a range in brackets right after a plan's name that is not a cited 《title》.
    func planPeriod(title: String?, s: [Unicode.Scalar]) -> PlanPeriod? {
        if let title {
            let t = Array(title.unicodeScalars)
            if let p = Self.firstRange(in: t, outsideQuotes: false) { return p }
            for (word, start) in Self.fiveYear where title.contains(word) { return PlanPeriod(start: start, end: start + 4) }
            // …行动方案（2024年）: one year in brackets closing the title.
            if let y = Self.bracketedYear(closing: t) { return PlanPeriod(start: y, end: y) }
            if let g = Self.oneYearPlan.allMatches(in: Self.utf16(t)).first,
                let y = Int(String(scalars: Self.utf16Slice(t, g[1]!)))
            {
                return PlanPeriod(start: y, end: y)
            }
        }
        return Self.firstRange(in: s, outsideQuotes: true) ?? Self.subjectPlan(in: s) ?? Self.programmeInLead(s) ?? Self.selfMadeInLead(s)
    }

    /// 特制定2024年度工作要点 / 现制定2025年工作计划: the lead of a notice without a title line
    /// names its own one-year plan.
    static let selfMadePlan = try! ICUPattern(#"(?:特|现)?(?:制定|制订|印发)(?:本|了|如下)?((?:19|20)[0-9]{2})年度?[^，。,；;\n0-9]{0,16}?(?:工作要点|工作计划|工作方案|实施方案|行动计划|行动方案|要点|计划)"#)

    static func selfMadeInLead(_ s: [Unicode.Scalar]) -> PlanPeriod? {
        let head = Array(s.prefix(600))
        guard let g = selfMadePlan.allMatches(in: utf16(head)).first, let y = Int(String(scalars: utf16Slice(head, g[1]!))) else { return nil }
        return PlanPeriod(start: y, end: y)
    }

    /// The year of a programme of 实事 named in the first lines (see `leadProgramme`).
    static func programmeInLead(_ s: [Unicode.Scalar]) -> PlanPeriod? {
        let head = Array(s.prefix(240))
        guard let g = leadProgramme.allMatches(in: utf16(head)).first, let y = Int(String(scalars: utf16Slice(head, g[1]!))) else { return nil }
        // (…实事项目完成情况, …十项民生实事全部完成: a report of the programme done, no plan.)
        let end = utf16Slice(head, g[0]!).endIndex
        let after = String(scalars: head[end..<min(head.count, end + 12)])
        if after.contains("完成") || after.contains("完工") { return nil }
        return PlanPeriod(start: y, end: y)
    }

    /// The year of a bracket that closes a title: (2025年), (2024年度).
    static func bracketedYear(closing t: [Unicode.Scalar]) -> Int? {
        guard let last = t.last, last == ")" || last == "）" else { return nil }
        guard let open = t.lastIndex(where: { $0 == "(" || $0 == "（" }), t.count - open <= 9 else { return nil }
        // (Not an edition, （2023年版）: a plan revised that year may run for years.)
        var inner = Array(t[(open + 1)..<(t.count - 1)])
        guard let tail = ["年度", "年"].first(where: { inner.count > $0.count && String(scalars: inner.suffix($0.count)) == $0 }) else { return nil }
        inner.removeLast(tail.count)
        guard inner.count == 4, inner.allSatisfy({ CharacterClass.isDigit($0.value) }), let y = Int(String(scalars: inner)), (1990...2100).contains(y)
        else { return nil }
        return y
    }

    /// The span of a plan a news page reports on, cited near its start (该省实施《文化和旅游强省
    /// 建设三年行动(2023—2025年)》…, 国务院印发《…(2021—2025年)》): not one cited as grounds (根据《…》).
    static func subjectPlan(in s: [Unicode.Scalar]) -> PlanPeriod? {
        let head = min(s.count, 240)
        var i = 0
        while i < head {
            defer { i += 1 }
            guard s[i] == "《" else { continue }
            guard let close = s[i..<min(s.count, i + 80)].firstIndex(of: "》") else { continue }
            // 对《政府工作报告》确定的2021年重点工作…进行督办: the year of the work the report set
            // is the span of a review of that work.
            if let y = Self.yearOfWorkSet(after: close, in: s) { return PlanPeriod(start: y, end: y) }
            // (国务院办公厅印发的《…》: the 的 of a release verb's modifier changes nothing.)
            var lead = String(scalars: s[max(0, i - 6)..<i])
            if lead.hasSuffix("的") { lead.removeLast() }
            // (…or released after it: 《…“十三五”规划》已于近日出台, 《…》正式印发.)
            let after = String(scalars: s[(close + 1)..<min(s.count, close + 9)])
            guard Self.planReleaseVerbs.contains(where: lead.hasSuffix)
                || (["出台", "印发", "发布", "公布"].contains(where: after.contains) && !["根据", "按照", "依据", "贯彻"].contains(where: lead.contains))
            else { continue }
            if let p = firstRange(in: Array(s[(i + 1)..<close]), outsideQuotes: false) { return p }
            let cited = String(scalars: s[(i + 1)..<close])
            for (word, start) in Self.fiveYear where cited.contains(word) { return PlanPeriod(start: start, end: start + 4) }
            return nil
        }
        return nil
    }
    /// The year after a title's 确定的/部署的/提出的 when a year's work follows it
    /// (》确定的2021年重点工作, 》部署的2023年目标任务).
    static func yearOfWorkSet(after close: Int, in s: [Unicode.Scalar]) -> Int? {
        let end = min(s.count, close + 16)
        let after = String(scalars: s[(close + 1)..<end])
        guard let verb = ["确定的", "部署的", "提出的"].first(where: after.hasPrefix) else { return nil }
        let y = close + 1 + verb.unicodeScalars.count
        guard y + 5 < end, s[y + 4] == "年", (y..<(y + 4)).allSatisfy({ CharacterClass.isDigit(s[$0].value) }),
            ["重点工作", "目标任务", "工作任务", "主要目标", "重点任务", "民生实事"].contains(where: String(scalars: s[(y + 5)..<end]).hasPrefix)
        else { return nil }
        return ChineseDate.small(s[y..<(y + 4)])
    }
    static let planReleaseVerbs = ["印发", "发布", "出台", "实施", "学习", "解读", "制定了", "印发了", "发布了", "出台了", "编制了"]

    /// The first year range (2021—2035年, 2009——2011年, 2024-2026) in `s`: a scan, since a
    /// regex over the whole text tried its pattern at every character.
    static func firstRange(in s: [Unicode.Scalar], outsideQuotes: Bool) -> PlanPeriod? {
        let n = s.count
        func year(at i: Int) -> Int? {
            guard i + 3 < n, i == 0 || !CharacterClass.isDigit(s[i - 1].value) else { return nil }
            guard (s[i] == "1" && s[i + 1] == "9") || (s[i] == "2" && s[i + 1] == "0"),
                CharacterClass.isDigit(s[i + 2].value), CharacterClass.isDigit(s[i + 3].value),
                i + 4 >= n || !CharacterClass.isDigit(s[i + 4].value)
            else { return nil }
            return ChineseDate.small(s[i..<(i + 4)])
        }
        func isSeparator(_ c: Unicode.Scalar) -> Bool {
            switch c {
            case "—", "–", "－", "-", "~", "～", "至", "到": return true
            default: return false
            }
        }
        var i = 0
        while i + 8 < n {
            guard let y1 = year(at: i) else { i += 1; continue }
            var j = i + 4
            if j < n, s[j] == "年" { j += 1 }
            while j < n, s[j] == " " { j += 1 }
            let sep0 = j
            while j < n, j - sep0 < 2, isSeparator(s[j]) { j += 1 }
            guard j > sep0 else { i += 4; continue }
            while j < n, s[j] == " " { j += 1 }
            guard let y2 = year(at: j), y2 > y1, y2 - y1 <= 30 else { i += 4; continue }
            if outsideQuotes {
                // Only a plan's own span: in brackets after its name, not inside a 《cited title》.
                let pos = i
                guard pos > 0, s[pos - 1] == "(" || s[pos - 1] == "（", !insideQuote(s, pos) else { i += 4; continue }
                let before = String(scalars: s[max(0, pos - 3)..<(pos - 1)])
                guard genres.contains(where: { before.hasSuffix($0) }) else { i += 4; continue }
            }
            return PlanPeriod(start: y1, end: y2)
        }
        return nil
    }

    /// The block holding scalar `p` (blocks are in text order: a binary search, so that a
    /// long report with thousands of dates stays linear).
    static func block(containing p: Int, in blocks: [TextBlock]) -> Int? {
        var lo = 0
        var hi = blocks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if blocks[mid].range.upperBound <= p { lo = mid + 1 } else { hi = mid }
        }
        return lo < blocks.count && blocks[lo].range.contains(p) ? lo : nil
    }

    static func clean(_ t: String) -> String { t.trimmingSpaces }

    /// An index table flattened into `label | value |` lines near the top (文 号 | 昌市政办发〔2022〕21号 |).
    static func pipeTableHints(_ s: [Unicode.Scalar], _ blocks: [TextBlock]) -> SourceHints {
        var hints = SourceHints()
        for b in blocks.prefix(20) where s[b.range].contains("|") {
            let cells = String(scalars: s[b.range]).split(separator: "|", omittingEmptySubsequences: false).map {
                String($0).trimmingSpaces
            }
            var k = 0
            while k + 1 < cells.count {
                if !cells[k].isEmpty, !cells[k + 1].isEmpty, hints.set(label: cells[k], value: cells[k + 1]) {
                    k += 2
                } else {
                    k += 1
                }
            }
        }
        return hints
    }

    /// A line that ends in a genre word (方案, 通知, 规划 …, before a bracketed period) and
    /// is no sentence.
    /// The first of the first blocks that opens with a post date and a time or a source
    /// (2012-10-14 17:15:19 来源:…, 2020-12-18新闻), as news pages write them under the headline.
    static func postedBlock(_ s: [Unicode.Scalar], _ blocks: [TextBlock], dates: [DateFinder.Found]) -> Int? {
        for (k, b) in blocks.prefix(12).enumerated() where b.range.count <= 160 {
            // A date with a time anywhere in a short header line (来源:齐鲁晚报 发布:2022-01-13 16:06:43),
            // or a date opening the line before its source (2020-12-18新闻).
            for d in dates where d.hasDay && b.range.contains(d.range.lowerBound) && d.range.upperBound < b.range.upperBound {
                var j = d.range.upperBound
                while j < b.range.upperBound, s[j] == " " { j += 1 }
                let rest = String(scalars: s[j..<min(b.range.upperBound, j + 3)])
                if j + 2 < b.range.upperBound && CharacterClass.isDigit(s[j].value) && (s[j + 1] == ":" || s[j + 2] == ":") { return k }
                if d.range.lowerBound == b.range.lowerBound, ["来源", "来自", "源自", "发布", "新闻", "作者", "编辑", "稿源"].contains(where: rest.hasPrefix) {
                    return k
                }
                // …or a date written with - or / before the source anywhere on it (时间:2009-5-26 来源:, …2009/5/26 源自:).
                if s[d.range].contains(where: { $0 == "-" || $0 == "/" }), ["来源", "来自", "源自", "稿源", "作者", "编辑"].contains(where: rest.hasPrefix) {
                    return k
                }
            }
        }
        return nil
    }

    static func looksLikeTitle(_ t: String) -> Bool {
        let t = t.hasPrefix("《") && t.hasSuffix("》") ? String(t.dropFirst().dropLast()) : t
        return !t.includes("。") && t.count >= 6 && genres.contains(where: { stripPeriod(t).hasSuffix($0) })
    }

    /// The last characters of the genre words: a line ending otherwise (before a bracketed
    /// period) is no title, told without building its string.
    static let genreFinals = ScalarSet(genres.compactMap { $0.unicodeScalars.last })

    static func mayEndAGenre(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var hi = r.upperBound
        while hi > r.lowerBound, s[hi - 1] == " " { hi -= 1 }
        guard hi > r.lowerBound else { return false }
        // (A title wrapped whole in 《》.)
        if s[hi - 1] == "》", s[r.lowerBound] == "《" { hi -= 1 }
        guard hi > r.lowerBound else { return false }
        if s[hi - 1] == ")" || s[hi - 1] == "）" {
            var k = hi - 1
            while k > r.lowerBound, s[k] != "(" && s[k] != "（" { k -= 1 }
            hi = k
        }
        return hi > r.lowerBound && genreFinals.contains(s[hi - 1])
    }

    /// Marks that a title line does not hold: the first line of a broken title has none.
    static let lineBreakers = ScalarSet("，,。：:；;、！？%％≤≥<>")

    static func stripPeriod(_ t: String) -> String {
        var x = t
        if x.hasSuffix(")") || x.hasSuffix("）"), let open = x.lastIndex(where: { $0 == "(" || $0 == "（" }) { x = String(x[..<open]) }
        return x
    }

    /// 发布, 发文, 机构 or 来源: where an issuer label can start or end.
    static func mayOpenIssuerLabel(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if a == "发" { return b == "布" || b == "文" }
        return (a == "来" && b == "源") || (a == "机" && b == "构")
    }

    /// Whether position `i` lies inside 《…》 opened earlier on its line (《国务院关于…的意见》).
    static func insideCitation(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k] != "\n" {
            if s[k] == "》" { return false }
            if s[k] == "《" { return true }
            k -= 1
        }
        return false
    }

    /// Labels of the date a page was issued, before the date (发布时间：2021-02-03).
    static let issueLabels: [[Unicode.Scalar]] = ["发布时间", "发布日期", "公布日期", "撰写时间", "成文日期", "印发日期", "发文日期", "生成日期"].map {
        Array($0.unicodeScalars)
    }

    /// Whether the date at `r` follows an issue label, or stands alone in brackets on its line
    /// ((2025年3月3日) under the title of a notice printed in a newspaper).
    static func labelledAsIssued(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        // (A legal database brackets its labels: 【公布日期】2005.02.01.)
        while k > 0, s[k - 1] == " " || s[k - 1] == ":" || s[k - 1] == "：" || s[k - 1] == "】" { k -= 1 }
        if issueLabels.contains(where: { l in k >= l.count && Array(s[(k - l.count)..<k]) == l }) { return true }
        let open = r.lowerBound - 1
        let close = r.upperBound
        guard open >= 0, close < s.count, s[open] == "(" || s[open] == "（", s[close] == ")" || s[close] == "）" else { return false }
        return (open == 0 || s[open - 1] == "\n") && (close + 1 == s.count || s[close + 1] == "\n")
    }

    /// ——2025年1月8日在…会议上: the day a report was delivered.
    static func speechDate(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var k = r.lowerBound
        while k > 0, s[k - 1] == " " { k -= 1 }
        guard k > 0, s[k - 1] == "—" || s[k - 1] == "-" || s[k - 1] == "－", r.upperBound < s.count, s[r.upperBound] == "在" else { return false }
        var e = r.upperBound
        while e < s.count, s[e] != "\n", e - r.upperBound < 60 { e += 1 }
        return String(scalars: s[r.upperBound..<e]).contains("会")
    }

    /// 2009年10月23日印发 / 发布.
    /// Whether a date is a dispatch's (…社/网/报 and a place, then the day and 电 or 讯).
    static func dispatchDay(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.upperBound < s.count, s[r.upperBound] == "电" || s[r.upperBound] == "讯" else { return false }
        let lead = s[max(0, r.lowerBound - 12)..<r.lowerBound]
        return lead.contains { "社网报台".unicodeScalars.contains($0) }
    }

    static func followedByIssue(_ s: [Unicode.Scalar], _ end: Int) -> Bool {
        var k = end
        while k < s.count, s[k] == " " { k += 1 }
        guard k + 1 < s.count else { return false }
        let w = String(scalars: s[k..<(k + 2)])
        return w == "印发" || w == "发布" || w == "下发"
    }

    static func trimmedRange(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, s[a] == " " { a += 1 }
        while b > a, s[b - 1] == " " || s[b - 1] == "。" { b -= 1 }
        return a..<b
    }

    /// Whether position `p` directly follows a 《title》 (a citation: 《…》(吉市教发[2009]13号)).
    static func followsTitleQuote(_ s: [Unicode.Scalar], _ p: Int) -> Bool {
        var k = p - 1
        while k >= 0, s[k] == " " || s[k] == "(" || s[k] == "（" || s[k] == "[" { k -= 1 }
        return k >= 0 && (s[k] == "》" || s[k] == "〉")
    }

    /// Whether `p` sits inside an unclosed 《 on its line.
    static func insideQuote(_ s: [Unicode.Scalar], _ p: Int) -> Bool {
        var depth = 0
        var k = p - 1
        while k >= 0, s[k] != "\n", p - k < 300 {
            if s[k] == "》" { depth -= 1 } else if s[k] == "《" { depth += 1 }
            if depth > 0 { return true }
            k -= 1
        }
        return false
    }

    static func utf16(_ s: [Unicode.Scalar]) -> [UInt16] {
        var u: [UInt16] = []
        u.reserveCapacity(s.count)
        for c in s { u.append(contentsOf: UTF16.encode(c)!) }
        return u
    }

    static func scalarIndex(_ s: [Unicode.Scalar], utf16 offset: Int) -> Int {
        var n = 0
        var i = 0
        while i < s.count, n < offset {
            n += s[i].value > 0xFFFF ? 2 : 1
            i += 1
        }
        return i
    }

    static func utf16Slice(_ s: [Unicode.Scalar], _ r: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        s[scalarIndex(s, utf16: r.lowerBound)..<scalarIndex(s, utf16: r.upperBound)]
    }
}
