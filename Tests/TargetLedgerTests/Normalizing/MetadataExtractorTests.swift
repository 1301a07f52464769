import Testing

@testable import TargetLedger

/// Document numbers, dates and plan periods in the forms notices write them.
struct MetadataExtractorTests {
    func meta(_ text: String, hints: SourceHints = SourceHints()) -> MetadataExtractor.Metadata {
        let r = StructureParser().parse(TextNormalizer().normalize(NormalizedText(text)))
        return MetadataExtractor().extract(text: r.text, blocks: r.blocks, hints: hints)
    }

    @Test(arguments: [
        ("蛟河市教育局文件蛟教字[2009]97号关于印发", "蛟教字[2009]97号"),
        ("昌市政办发〔2022〕21号", "昌市政办发〔2022〕21号"),
        ("陕教基一〔2013〕3号", "陕教基一〔2013〕3号"),
        ("（医保发〔2022〕22 号）", "医保发〔2022〕22号"),
        ("辽政发﹝2016﹞56号", "辽政发〔2016〕56号"),
    ])
    func documentNumbers(_ text: String, _ number: String) {
        let found = DocumentNumber.all(in: Array(TextNormalizer().normalize(NormalizedText(text)).scalars)).map(\.number)
        #expect(found == [number])
    }

    @Test func citedNumbersAreNotTheNoticesOwn() {
        let m = meta("关于转发的通知\n根据《吉林市推进义务教育均衡发展行动计划》(吉市教发[2009]13号)文件精神，制定本方案。")
        #expect(m.docNumber == nil)
        #expect(m.cited == ["吉市教发[2009]13号"])
    }

    @Test(arguments: [
        ("二○○九年十月二十三日", "2009-10-23"), ("二00九年七月十日", "2009-07-10"), ("二〇二一年十二月三十一日", "2021-12-31"),
        ("2022年7月12日", "2022-07-12"), ("2022-07-12 19:30:34", "2022-07-12"), ("2012.9", "2012-09"), ("2025/06/03", "2025-06-03"),
    ])
    func dates(_ text: String, _ iso: String) {
        #expect(ChineseDate.parse(text) == iso)
    }

    /// A notice without a title line that names its own one-year plan in its lead (特制定2024年度
    /// 工作要点) runs for that year; a legal database's bracketed label dates it.
    @Test func aLeadThatMakesTheNoticeAndABracketedDateLabel() {
        #expect(meta("为推进乡村振兴，结合我县实际，特制定2024年度工作要点。\n一、脱贫人口人均纯收入增长10%以上。").planPeriod == PlanPeriod(start: 2024, end: 2024))
        #expect(meta("根据《2024年工作要点》，做好以下工作。\n一、新建学校3所。").planPeriod == nil)
        #expect(meta("关于加快学前教育发展的若干意见\n【公布日期】2005.02.01\n一、入园率达到96%。").published == "2005-02-01")
    }

    @Test func signingDateAndIssuerAtTheEnd() {
        let m = meta("关于开展自查的通报\n各市教育局：\n现将有关情况通报如下。\n陕西省教育厅\n2013年1月10日")
        #expect(m.published == "2013-01-10")
        #expect(m.issuer == "陕西省教育厅")
        #expect(m.title == "关于开展自查的通报")
    }

    /// A plan's title set on two lines under the notice that issues it.
    /// A news page's headline and post time on one line: the headline is the title, and the
    /// plan it names gives the plan period.
    @Test func aHeadlineOnItsPostLine() {
        let m = meta("上海“十二五”时期的主要目标 2011-02-12 14:08\n“十二五”时期上海经济社会发展的奋斗目标是，全市生产总值年均增长8%左右。")
        #expect(m.title == "上海“十二五”时期的主要目标")
        #expect(m.published == "2011-02-12")
        #expect(m.planPeriod == PlanPeriod(start: 2011, end: 2015))
    }

    @Test func aTitleBrokenOverTwoLines() {
        let m = meta("各县(市、区)人民政府：\n《某市制造业数字化转型三年行动计划》已经市政府同意，现印发给你们。\n某市人民政府办公室\n2025年2月22日\n(此件公开发布)\n某市深化制造业智能化改造数字化转型\n网络化联接三年行动计划(2025-2027年)\n为深入贯彻落实，制定本计划。")
        #expect(m.title == "某市深化制造业智能化改造数字化转型网络化联接三年行动计划(2025-2027年)")
        #expect(m.planPeriod == PlanPeriod(start: 2025, end: 2027))
    }

    /// The plan's title line after a long header (发文机关, 文号, the issuing notice, the signature).
    @Test func aTitleLineAfterTheNoticesHeader() {
        let m = meta("发文机关:某省人民政府\n发布日期:2018年03月27\n生效日期:2018年03月27\n时效性 :现行有效\n文号 :某政发〔2018〕13号\n各市、县人民政府：\n现将《某省带动城乡居民增收的实施方案》印发给你们，请认真组织实施。\n某省人民政府\n2018年3月27日\n(此件公开发布)\n某省带动城乡居民增收的实施方案\n正文。")
        #expect(m.title == "某省带动城乡居民增收的实施方案")
    }

    /// A title line wrapped whole in 《》, and rules of procedure (工作规则), are titles.
    @Test(arguments: [
        ("《山东省人民政府关于深化预算管理制度改革的实施意见》\n鲁政发〔2014〕20号\n各市人民政府:", "山东省人民政府关于深化预算管理制度改革的实施意见"),
        ("镇巴县人民政府工作规则\n第一章 总则", "镇巴县人民政府工作规则"),
        // A collection's count closing the title goes.
        ("2021年黄陂区政府工作报告3篇\n一、2020年工作回顾", "2021年黄陂区政府工作报告"),
    ])
    func wrappedAndRuleTitles(_ text: String, _ title: String) {
        #expect(meta(text).title == title)
    }

    /// The issue date as a page labels it, or in brackets under a title printed in a newspaper.
    @Test(arguments: [
        ("当前位置:首页 > 政务动态\n某区人民政府办公室关于印发营商环境实施方案的通知\n撰写时间:2020-09-16 10:20 来源:某区人民政府办公室\n正文。", "2020-09-16"),
        ("某自治区关于深化农村改革的实施方案\n(2025年3月3日)\n为深入贯彻落实，制定本方案。", "2025-03-03"),
        // A news agency's dispatch line dates the story.
        ("新华社贵阳2016年1月10日电 2016年，贵州计划减少贫困人口100万人。\n付京说，贵州省2015年完成搬迁15万人。", "2016-01-10"),
    ])
    func labelledIssueDates(_ text: String, _ iso: String) {
        #expect(meta(text).published == iso)
    }

    @Test func issuerFromASourceLine() {
        let m = meta("当前位置:首页 > 政务动态\n某区人民政府办公室关于印发营商环境实施方案的通知\n撰写时间:2020-09-16 10:20 来源:某区人民政府办公室\n正文。")
        #expect(m.issuer == "某区人民政府办公室")
    }

    /// 关于…的通知 inside 《》 names a cited notice, not this one.
    @Test func aCitedNoticeInsideItsBracketsIsNotTheTitle() {
        let m = meta("某政办字〔2023〕1号\n各县区人民政府：\n为深入贯彻落实《国务院关于支持某省深化新旧动能转换的意见》(国发〔2022〕18号)，现将分工方案印发给你们。")
        #expect(m.title == nil)
    }

    /// An entry of the annex list is no title; a title that goes on in a short 和… line is joined,
    /// and the signature's date line above it is no part of it.
    @Test func annexEntriesAndTitlesOverTwoLines() {
        let annex = meta("附件:1.2025年县《政府工作报告》任务清单\n2.2025年十五件民盼实事任务分解\n沁县人民政府办公室\n附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作")
        #expect(annex.title == "2025年县政府工作报告任务清单")
        let two = meta("锦州市人民政府\n2025年1月25日\n2025年市《政府工作报告》任务分解\n和责任分工方案\n一、主要预期目标")
        #expect(two.title == "2025年市《政府工作报告》任务分解和责任分工方案")
    }

    @Test func aCitedNoticeIsNotTheTitle() {
        let m = meta("根据市政府办公厅《关于认真做好2023年度绩效管理年终考评工作的通知》要求，我们逐项梳理了年度任务完成情况，报告如下。")
        #expect(m.title == nil)
    }

    @Test(
        arguments: [
            ("附件:蛟河市教育局推进义务教育均衡发展行动实施方案(2009——2011年)为认真贯彻落实", nil, PlanPeriod(start: 2009, end: 2011)),
            ("某某自治区推动县域义务教育优质均衡发展实施方案(2021—2035年)\n正文。", nil, PlanPeriod(start: 2021, end: 2035)),
            ("正文。", "关于印发《上海市交通领域精细化管理三年行动计划(2024-2026年)》的通知", PlanPeriod(start: 2024, end: 2026)),
            ("正文。", "上海市人民政府办公厅关于印发《上海市住房发展“十四五”规划》的通知", PlanPeriod(start: 2021, end: 2025)),
            ("正文。", "某某市2024年工作要点", PlanPeriod(start: 2024, end: 2024)),
            // A title ending in a bare 计划, or a year's list of 实事 (民生实事项目), names one year too.
            ("正文。", "兰州市人民政府办公厅关于印发2010年主要污染物减排计划的通知", PlanPeriod(start: 2010, end: 2010)),
            ("某县2024年十大民生实事项目\n在龙亭镇实施农村公路生命防护工程31公里。", nil, PlanPeriod(start: 2024, end: 2024)),
            ("2014年市政府要完成的与人民生活密切相关的实事\n一、新增5000张养老床位。", nil, PlanPeriod(start: 2014, end: 2014)),
            ("正文。", "2023年国民经济和社会发展计划执行情况", nil),
            ("2020年重点工作责任分解\n1.力争减轻企业各类负担200亿元。", nil, PlanPeriod(start: 2020, end: 2020)),
            ("正文。", "2011年十件民生实事分工方案", PlanPeriod(start: 2011, end: 2011)),
            ("正文。", "大英县脱贫攻坚领导小组关于下达2017年脱贫攻坚目标任务的通知", PlanPeriod(start: 2017, end: 2017)),
            // A plan a news page reports on, cited near its start; a 三年行动 title.
            ("记者获悉，该省实施《文化和旅游强省建设三年行动(2023—2025年)》，新增非遗工坊100个。", nil, PlanPeriod(start: 2023, end: 2025)),
            ("文化和旅游强省建设三年行动(2023—2025年)\n新增非遗工坊100个。", nil, PlanPeriod(start: 2023, end: 2025)),
            ("根据《关于推进县域内义务教育均衡发展的实施规划(2011—2020年)》，现通报如下。", nil, nil),
            ("正文。", "广东省能源局关于做好2026年电力市场年度交易工作的通知", nil),
            // A plan's formal name, in its title, its 建议's, or cited in a news lead.
            ("某市国民经济和社会发展第十五个五年规划纲要(草案)\n一、主要目标", nil, PlanPeriod(start: 2026, end: 2030)),
            ("中共某市委关于制定某市国民经济和社会发展第十五个五年规划的建议\n一、主要目标", nil, PlanPeriod(start: 2026, end: 2030)),
            ("国务院编制了《中华人民共和国国民经济和社会发展第十五个五年规划纲要(草案)》,提交大会审查。", nil, PlanPeriod(start: 2026, end: 2030)),
            ("《某省体育发展“十三五”规划》已于近日出台,到2020年,体育产业规模达到5000亿元。", nil, PlanPeriod(start: 2016, end: 2020)),
            // A review of the year's work a report set: that year; a report cited for its year's figures, none.
            ("市政府政务督查室近期对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。", nil, PlanPeriod(start: 2021, end: 2021)),
            ("据《统计公报》显示的2021年数据，全市生产总值增长6%。", nil, nil),
            // A year's programme in a news headline (…公布, …敲定) or named in the first lines.
            ("正文。", "邹城市:2022年为民办十件实事公布", PlanPeriod(start: 2022, end: 2022)),
            ("正文。", "汉阴县2024年十项重点水利工作敲定", PlanPeriod(start: 2024, end: 2024)),
            ("国际在线消息:记者从某区2025年重点民生实事新闻发布会上获悉,10件实事已经确定。", nil, PlanPeriod(start: 2025, end: 2025)),
            ("记者获悉,2015年,某县继续把办实事作为政府工作的出发点。", nil, nil),
            // (…but a report of the programme done is no plan.)
            ("近日,甘肃省宣布2025年十项民生实事全部完成。", nil, nil),
            ("2020年区政府民生实事项目完成情况\n已投入使用9项。", nil, nil),
            // A summary and a plan in one title: the plan's year; a sharing site's model text.
            ("乡镇2025年工作总结暨2026年工作计划\n一、工作回顾", nil, PlanPeriod(start: 2026, end: 2026)),
            ("2026年环境保护局办公室工作计划模版\n一、强化统筹协调", nil, PlanPeriod(start: 2026, end: 2026)),
            // A year's list or arrangement of projects.
            ("2025年区政府实事项目和重点工程安排\n一、实事项目", nil, PlanPeriod(start: 2025, end: 2025)),
            ("快看!2023年市级民生实事清单\n一、教育", nil, PlanPeriod(start: 2023, end: 2023)),
            // One year in brackets closing the title.
            ("关于推动经济高质量发展若干政策举措(2025年)\n一、全年新增光伏装机5万千瓦以上。", nil, PlanPeriod(start: 2025, end: 2025)),
            // A plan a news page reports on, released by a body (…印发的《「十四五」…规划》).
            ("记者获悉，国务院办公厅印发的《「十四五」国民健康规划》全文公布。", nil, PlanPeriod(start: 2021, end: 2025)),
            // …but an edition's year is none: a plan revised that year may run for years.
            ("湘潭市水污染防治攻坚行动方案（2023年版）\n一、到2026年，城市生活污水集中收集率达到70%。", nil, nil),
        ] as [(String, String?, PlanPeriod?)])
    func planPeriods(_ text: String, _ title: String?, _ period: PlanPeriod?) {
        #expect(meta(text, hints: SourceHints(title: title)).planPeriod == period)
    }

    /// A date written with - or / before the page's source line dates the page, wherever it
    /// stands on that line.
    @Test(arguments: ["http://www.51xue.org.cn  2009/5/26 源自:中华职工学习网\n今年粮食播种面积6.7万亩。", "时间:2009-5-26 来源:中华职工学习网\n今年粮食播种面积6.7万亩。"])
    func aSourceLinesDateDatesThePage(_ text: String) throws {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "page.txt")
        #expect(doc.record.published == "2009-05-26")
    }

    /// A label with an empty cell, or one that says there is none, gives no document number.
    @Test func emptyOrNoneIsNoValue() {
        var h = SourceHints()
        h.set(label: "文号", value: "所属主题:")
        h.set(label: "发文字号", value: "无文号")
        #expect(h.docNumber == nil)
        h.set(label: "文号", value: "水建管〔2021〕1号")
        #expect(h.docNumber == "水建管〔2021〕1号")
    }

    @Test func hintsWin() {
        let m = meta(
            "关于某事的通知\n某某局\n2020年1月1日",
            hints: SourceHints(title: "页面标题", docNumber: "某发〔2020〕1号", issuer: "某某厅", published: "2020-01-05 10:00"))
        #expect(m.title == "页面标题")
        #expect(m.docNumber == "某发〔2020〕1号")
        #expect(m.issuer == "某某厅")
        #expect(m.published == "2020-01-05")
    }
}

/// News pages: the headline above the post line, and the post date where the text has none.
@Suite struct NewsPageMetadataTests {
    static func read(_ text: String) throws -> DocumentRecord {
        try DocumentReader().read(bytes: Array(text.utf8), path: "n.txt").record
    }

    /// A field of the page's header above the title line (有效性 失效) is no first line of a
    /// title broken over two; a one-year 责任分工 names its plan year.
    @Test func aHeaderFieldAboveTheTitleLine() throws {
        let r = try Self.read("成文日期 2021-02-10 废止日期\n有效性 失效\n金政发〔2021〕1号关于印发2021年金乡县政府重要工作事项责任分工的通知\n各镇政府:\n地区生产总值增长7%以上。\n")
        #expect(r.title == "关于印发2021年金乡县政府重要工作事项责任分工的通知")
        #expect(r.planPeriod == PlanPeriod(start: 2021, end: 2021))
    }

    /// A title whose years stand on the next line (…行动计划 / (2024-2027年)主要目标任务).
    @Test func aTitlesYearsOnTheNextLine() throws {
        let r = try Self.read("沅江市人民政府办公室\n2025年4月30日\n沅江市人均预期寿命提升行动计划\n(2024-2027年)主要目标任务\n序号 | 指标名称 | 单位 | 2023年 | 2025年 | 2027年 |\n")
        #expect(r.title == "沅江市人均预期寿命提升行动计划(2024-2027年)主要目标任务")
        #expect(r.planPeriod == PlanPeriod(start: 2024, end: 2027))
    }

    /// …and one whose genre word and years stand there (…三年行动 / 实施方案(2019—2021年)).
    @Test func aTitlesGenreOnTheNextLine() throws {
        let r = try Self.read("云南省城镇污水处理提质增效三年行动\n实施方案(2019—2021年)\n \n为切实推动城市高质量发展和改善人居环境,制定本实施方案。\n")
        #expect(r.title == "云南省城镇污水处理提质增效三年行动实施方案(2019—2021年)")
        #expect(r.planPeriod == PlanPeriod(start: 2019, end: 2021))
    }

    @Test func headlineAndPostDate() throws {
        let r = try Self.read(
            "为祖国花朵护航!健康儿童行动五年新目标来了\n\n来源:  新华社微博       作者:田晓航 彭韵佳      发布时间:2021-11-5 16:33  |  \n\n国家卫健委5日发布计划,提出到2025年,新生儿死亡率控制在3.1‰以下。\n")
        #expect(r.title == "为祖国花朵护航!健康儿童行动五年新目标来了")
        #expect(r.published == "2021-11-05")
    }

    @Test func aLineOpeningWithItsPostDate() throws {
        let r = try Self.read("中国日报\n吉林省住房城乡建设工作平稳健康发展\n2012-10-14 17:15:19 来源:中国日报吉林记者站\n到2015年，全省改造棚户区10万户。\n")
        #expect(r.title == "吉林省住房城乡建设工作平稳健康发展")
        #expect(r.published == "2012-10-14")
    }

    @Test func aSignedNoticeKeepsItsOwnDate() throws {
        let r = try Self.read(
            "关于做好2013年义务教育工作的通知\n2013-01-14 10:07:47 来源:陕西省教育厅 撰稿:ljz 评论:0 点击:\n各市教育局：\n到2013年，入学率达到100%。\n陕西省教育厅\n2013年1月10日\n")
        #expect(r.published == "2013-01-10")
        #expect(r.title == "关于做好2013年义务教育工作的通知")
    }

    @Test func aBylineIsNoHeadline() {
        #expect(PostLine.headline(Array("兰州日报社全媒体记者李莉".unicodeScalars)) == nil)
        #expect(PostLine.headline(Array("来源:齐鲁晚报".unicodeScalars)) == nil)
        #expect(PostLine.headline(Array("国家发改委:中国全社会物流成本仍有较大下降空间".unicodeScalars)) != nil)
    }

    @Test func aSiteNameAfterTheHeadlineComesOff() {
        #expect(TitleCleaner.clean("四川出台实施意见提出乡镇级健身设施全覆盖_环球快看点") == "四川出台实施意见提出乡镇级健身设施全覆盖")
    }
}
