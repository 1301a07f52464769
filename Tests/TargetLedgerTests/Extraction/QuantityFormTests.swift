import Testing

@testable import TargetLedger

/// Every form of issue 4 point 4 read through the whole extractor: value, value_max, unit,
/// dimension and comparator of the record a short sentence gives.
@Suite struct QuantityFormTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var value: Double
        var valueMax: Double? = nil
        var unit: String?
        var dimension: UnitDimension?
        var comparator: Comparator = .equal
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "新增图书15万册", value: 150000, unit: "册", dimension: .count),
        Case(text: "新增图书１５万册", value: 150000, unit: "册", dimension: .count),
        Case(text: "总投资10,393万元", value: 103_930_000, unit: "元", dimension: .money),
        Case(text: "校舍建设总面积86223.5平方米", value: 86223.5, unit: "平方米", dimension: .area),
        Case(text: "新增图书十五万册", value: 150000, unit: "册", dimension: .count),
        Case(text: "总投资3.5亿元", value: 350_000_000, unit: "元", dimension: .money),
        Case(text: "新增装机1200万千瓦", value: 12_000_000, unit: "千瓦", dimension: .power),
        Case(text: "污水处理能力达到1.93万吨/日", value: 19300, unit: "吨/日", dimension: .volume, comparator: .atLeast),
        Case(text: "入学率达到99%以上", value: 99, unit: "%", dimension: .percent, comparator: .atLeast),
        Case(text: "入学率达到９９％以上", value: 99, unit: "%", dimension: .percent, comparator: .atLeast),
        Case(text: "贫困发生率降至百分之十二", value: 12, unit: "%", dimension: .percent, comparator: .atMost),
        Case(text: "支付比例的降幅不超过10个百分点", value: 10, unit: "百分点", dimension: .percentagePoint, comparator: .atMost),
        Case(text: "预留号源比例不少于五分之一", value: 0.2, unit: nil, dimension: .ratio, comparator: .atLeast),
        Case(text: "学业水平达到Ⅲ级以上", value: 3, unit: "级", dimension: .grade, comparator: .atLeast),
        Case(text: "电力系统备用率保持在10%—15%", value: 10, valueMax: 15, unit: "%", dimension: .percent),
        Case(text: "每校培育特色项目3至5个", value: 3, valueMax: 5, unit: "个", dimension: .count),
        Case(text: "新建绿道25-30公里", value: 25, valueMax: 30, unit: "公里", dimension: .length),
        Case(text: "优良天数比例保持在90%～95%", value: 90, valueMax: 95, unit: "%", dimension: .percent),
        Case(text: "中心校实现8兆专线上网", value: 8, unit: "兆", dimension: .power),
        Case(text: "防洪标准达到50年一遇", value: 50, unit: "年一遇", dimension: .time, comparator: .atLeast),
        Case(text: "定点医药机构数量实现翻一番", value: 1, unit: "番", dimension: .ratio),
        Case(text: "租赁价格在市场租金的九折以下", value: 9, unit: "折", dimension: .ratio, comparator: .atMost),
        Case(text: "办结时限不超过5个工作日", value: 5, unit: "工作日", dimension: .time, comparator: .atMost),
        Case(text: "学生每天锻炼一小时", value: 1, unit: "小时", dimension: .time),
        Case(text: "确保辍学率为零", value: 0, unit: nil, dimension: nil),
        Case(text: "校际差异率低于0.15", value: 0.15, unit: nil, dimension: nil, comparator: .less),
        Case(text: "城镇调查失业率5.5%左右", value: 5.5, unit: "%", dimension: .percent, comparator: .approximately),
        Case(text: "新培育企业50余家", value: 50, unit: "家", dimension: .count, comparator: .greater),
        Case(text: "可再生能源发电装机突破1亿千瓦", value: 100_000_000, unit: "千瓦", dimension: .power, comparator: .greater),
        Case(text: "期限原则上不超过6个月", value: 6, unit: "月", dimension: .time, comparator: .atMost),
        Case(text: "回收废旧农膜7千吨", value: 7000, unit: "吨", dimension: .mass),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet(c.text)).filter { $0.kind != .milestone }
        let r = try #require(recs.first, "nothing read from \(c.text)")
        #expect(r.value == c.value, "value of \(c.text)")
        #expect(r.valueMax == c.valueMax, "value_max of \(c.text)")
        #expect(r.unit == c.unit, "unit of \(c.text)")
        #expect(r.dimension == c.dimension?.rawValue, "dimension of \(c.text)")
        #expect(r.comparator == c.comparator, "comparator of \(c.text)")
    }

    /// What is never a value: document and index numbers, names with numbers, ratios, furniture.
    @Test(arguments: [
        "蛟教字[2009]97号", "昌市政办发〔2022〕21号", "索引号 CJS001/2022-000050", "实现“三个增长”", "推广431工作模式",
        "“十四五”时期", "生师比达到13:1", "未完,全文共5368字", "第1页 / 共6页", "培养一支队伍", "加快建设5个风电项目",
        "年用水量10万吨以上的企业", "每月5日前报送统计数据", "党的十八大以来", "建设年产30万吨乙烯项目",
        "印发《2025年十五件民盼实事任务分解》", "到2025年，基本解决使用年限超过15年的老旧电梯安全风险问题", "着力打造15分钟社区生活圈", "根据《关于实施5个重点工程的通知》", "《任务分解》明确133项具体任务，涉及34个牵头单位",
    ])
    func neverAValue(_ text: String) {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet(text)).filter { $0.kind == .target }
        #expect(recs.isEmpty, "\(text) gave \(recs.map { "\($0.indicator)=\($0.valueText ?? "")" })")
    }

    /// A verb of raising or lowering with its object between it and 至 bounds the figure as 提高至
    /// does; the object alone is the indicator.
    @Test(arguments: [
        ("提高全市森林覆盖率至45%", Comparator.atLeast, "全市森林覆盖率"), ("扩充公办幼儿园学位至1800个", .atLeast, "公办幼儿园学位"),
        ("缩短企业开办时间至1个工作日", .atMost, "企业开办时间"),
    ])
    func aVerbWithItsObjectBeforeZhi(_ text: String, _ comparator: Comparator, _ indicator: String) throws {
        let r = try #require(TargetExtractor(rules: Self.rules).extract(.snippet(text)).first)
        #expect(r.comparator == comparator)
        #expect(r.indicator == indicator)
    }

    /// A bare rate after 、 measures the thing the rate before it did; a rate with a thing of its
    /// own stays as written.
    @Test func aBareRateAfterARateTakesItsThing() {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet("达标小区居民垃圾分类知晓率≥90%、参与率≥80%、准确率≥80%，城乡居民医保参保率达到95%。"))
        #expect(recs.map(\.indicator) == ["达标小区居民垃圾分类知晓率", "达标小区居民垃圾分类参与率", "达标小区居民垃圾分类准确率", "城乡居民医保参保率"])
    }

    /// One character of change after a base of comparison (比上年增5%, 比“十三五”末增0.8亿元).
    @Test(arguments: [("粮食产量比上年增5%", Change.Direction.increase), ("化肥使用量较2020年减3%", .decrease)])
    func aShortChangeWordAfterABase(_ text: String, _ direction: Change.Direction) throws {
        let r = try #require(TargetExtractor(rules: Self.rules).extract(.snippet(text)).first)
        #expect(r.change?.direction == direction)
        #expect(!r.indicator.contains("比") && !r.indicator.contains("较"))
    }

    /// A period before the figure's clause belongs to the figure that read it first: 年均 of a
    /// growth rate does not date the share that follows (占GDP比重45%).
    @Test func aPeriodStaysWithItsOwnFigure() throws {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet("力争全省数字经济增加值年均增速10%左右，占GDP比重45%"))
        let rate = try #require(recs.first { $0.value == 10 })
        let share = try #require(recs.first { $0.value == 45 })
        #expect(rate.period == "年均")
        #expect(share.period == nil)
    }

    /// A date opening the clause after a lead-in that states the goal governs the paragraph
    /// (《方案》明确工作目标是，到2025年，…。…。), as a date opening the paragraph does.
    @Test func aDateAfterAGoalLeadInGovernsItsParagraph() throws {
        let recs = TargetExtractor(rules: Self.rules).extract(
            .snippet("《方案》明确工作目标是，到2025年，全省多式联运发展水平明显提升。集装箱海铁联运量年均增长10%以上。"))
        let r = try #require(recs.first { $0.value == 10 })
        #expect(r.deadline?.date == "2025")
    }

    /// A run-in heading ((二)发展目标。) before the date leaves the date opening its paragraph.
    @Test func aDateAfterARunInHeadingGovernsItsParagraph() throws {
        let recs = TargetExtractor(rules: Self.rules).extract(
            .snippet("（二）发展目标。到2025年，建成现代气象体系。灾害性天气监测率达到80%以上。"))
        let r = try #require(recs.first { $0.value == 80 })
        #expect(r.deadline?.date == "2025")
    }

    /// A report's source before the date (据…介绍，2016年，…) leaves the date opening its paragraph.
    @Test func aDateAfterAReportsSourceGovernsItsParagraph() throws {
        let recs = TargetExtractor(rules: Self.rules).extract(
            .snippet("据省发改委主任介绍，2016年，贵州将完成易地扶贫搬迁30万人。此外，全省完成农村危房改造30万户。"))
        let r = try #require(recs.first { $0.unit == "户" })
        #expect(r.deadline?.date == "2016")
    }

    /// A deadline between a subject and its verb goes with its modal; the same verb again after
    /// 、 measures the same thing (…资金须于6月底前下达60%以上、9月底前下达80%以上).
    @Test func aScheduleOfOneMeasure() {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet("全省专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上。"))
            .filter { $0.kind == .target }
        #expect(recs.map(\.indicator) == ["全省专项资金下达", "全省专项资金下达"])
        #expect(recs.map { $0.deadline?.date } == ["2017-06", "2017-09"])
        let share = TargetExtractor(rules: Self.rules).extract(.snippet("2011年保障性安居工程建设将在年底前完成总投资60%以上。")).first
        #expect(share?.indicator == "保障性安居工程建设完成总投资")
    }

    /// A page without a date that names its own year dates its 今年 by it.
    @Test(arguments: [("今年(2024年)是关键之年。今年新增城镇就业5万人。", "2024"), ("今年是“十四五”规划收官之年。今年新增城镇就业5万人。", "2025"), ("今年是“十五五”开局之年。今年新增城镇就业5万人。", "2026")])
    func aPageNamingItsYearDatesItsThisYear(_ text: String, _ year: String) throws {
        let r = try #require(TargetExtractor(rules: Self.rules).extract(.snippet(text)).first { $0.kind == .target })
        #expect(r.deadline?.date == year)
    }

    /// A count in 万 after a change needs no unit (再减少农村贫困人口1000万以上).
    @Test func aCountOfMagnitudeAfterAChange() throws {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet("2017年要再减少农村贫困人口1000万以上。"))
        let r = try #require(recs.first)
        #expect(r.value == 10_000_000 && r.comparator == .atLeast && r.deadline?.date == "2017")
    }

    /// A dated label on a line of its own (— 2021年主要目标 —) dates the list under it.
    @Test func aDatedLabelLineDatesTheLinesUnderIt() throws {
        let doc = try DocumentReader().read(bytes: Array("— 2021年主要目标 —\n地区生产总值增长7%以上；城镇新增就业1万人。".utf8), path: "l.txt")
        #expect(TargetExtractor(rules: Self.rules).extract(doc).map { $0.deadline?.date } == ["2021", "2021"])
    }

    /// TARGETS.md's first rows: the first figure after its date holds it explicitly, the next
    /// one inherits it.
    @Test func theFirstFigureAfterItsDateHoldsItExplicitly() {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet("力争到2011年,小学学龄儿童入学率达到100%,初中入学率达到99%以上。"))
        #expect(recs.map { $0.deadline?.source } == [.explicit, .inherited])
    }

    /// 2018年以来 counts from a year; it dates nothing.
    @Test func aYearSinceIsNoDeadline() throws {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet("2018年以来，全省累计改造农村户厕400万户"))
        #expect(recs.allSatisfy { $0.deadline?.date != "2018" })
    }

    /// Small readings from notices: 上年度 is a base, not a recurrence; 达到600余家 is more than
    /// 600; 应届 is a word, not a modal; a goal's headline (——…。) leaves its paragraph dated.
    @Test func smallReadings() throws {
        let rules = Self.rules
        func one(_ text: String, value: Double) throws -> TargetRecord {
            try #require(TargetExtractor(rules: rules).extract(.snippet(text)).first { $0.value == value })
        }
        #expect(try one("对大型企业按上年度实际缴纳失业保险费的30%返还", value: 30).period == nil)
        #expect(try one("企业总数达到600余家", value: 600).comparator == .greater)
        #expect(try one("应届大学生就业率不低于95%", value: 95).indicator == "应届大学生就业率")
        #expect(try one("——人才供给规模持续提升。到2027年，累计新增技能人才4800人以上。职业学校毕业生留歙就业率达50%以上。", value: 50).deadline?.date == "2027")
        #expect(try one("全国农村生活污水处理率达到50%以上，中西部地区达到40%以上", value: 40).indicator == "中西部地区农村生活污水处理率")
        // 从2015年的73.25岁增长到74岁: a starting level of a year is the baseline, not a report.
        let life = try one("到2030年，人均预期寿命从2015年的73.25岁增长到74岁", value: 74)
        #expect(life.kind == .target && life.baseline?.value == 73.25 && life.deadline?.date == "2030")
        // “十四五”以来 reports; it dates nothing.
        let since = try one("“十四五”以来，全省森林覆盖率由25%提升至52.8%", value: 52.8)
        #expect(since.kind == .fact && since.deadline == nil)
        // A rate per 10万 as the starting level (the unit's own 10万 once made a reversed range).
        let rate = try one("到2025年，重大慢性病过早死亡率从19.6/10万下降到18.3/10万", value: 18.3)
        #expect(rate.unit == "/10万" && rate.baseline?.value == 19.6 && rate.deadline?.date == "2025")
        // A comparison set apart in its own clause is the base of the changes after it, not their deadline.
        let base = try one("到2010年，相对于2005年，全市化学需氧量排放量削减26%", value: 26)
        #expect(base.change?.baselineYear == 2005 && base.deadline?.date == "2010")
        let price = try one("到2015年，单位生产总值能耗下降到0.83吨标准煤(按2005年价格计算)，比2010年降低17%", value: 17)
        #expect(price.deadline?.date == "2015")
        // Both levels with their years (the usual wording of a five-year plan): the goal year's
        // level is the target, the start year's its baseline.
        let plan = try one("到2025年，研发经费投入强度由2020年的2.1%提高到2025年的2.8%", value: 2.8)
        #expect(plan.kind == .target && plan.baseline?.value == 2.1 && plan.baseline?.year == 2020 && plan.deadline?.date == "2025")
        // 由 in the clause before the level's own: the indicator stands before 由 there (this once
        // made a reversed range).
        let split = try one("社会物流总费用与国内生产总值的比率由2012年的18%,降至2023年的14.4%", value: 14.4)
        #expect(split.indicator == "社会物流总费用与国内生产总值的比率" && split.baseline?.value == 18)
        // A short act limited in time keeps its actor, without the modal (应在…内办结).
        #expect(try one("参保地经办机构应在两个工作日内办结", value: 2).indicator == "参保地经办机构办结")
        #expect(try one("审核无误后10个工作日内向省级财政部门划拨资金", value: 10).indicator == "向省级财政部门划拨资金")
        // …and with no words before the figure, the topic clause names the act's subject.
        #expect(try one("对于咨询类事项，应在3个工作日内办结。", value: 3).indicator == "咨询类事项办结")
        #expect(try one("审批办理时限平均压缩30%。", value: 30).indicator == "审批办理时限平均")
        // A frequency (N天完成1次) counts the act after it, unless a named frequency comes before.
        #expect(try one("30天完成1次人工清洗", value: 30).indicator == "人工清洗")
        #expect(try one("保洁频率提升至15天完成1次全线机械清理", value: 15).indicator == "保洁频率")
        // A bare measure before the figure measures the thing after 的; the goal noun is no thing.
        #expect(try one("以建筑面积不超过70平方米的小户型为主", value: 70).indicator == "小户型建筑面积")
        #expect(try one("清洁能源装机达到1.4亿千瓦的目标", value: 140_000_000).indicator == "清洁能源装机")
        // A share of things each holding one of something: the share is the target, the one is not.
        let perThing = TargetExtractor(rules: rules).extract(.snippet("到2025年，90%以上的乡镇建成1个综合文化站。"))
        #expect(perThing.map(\.value) == [90] && perThing.first?.indicator == "乡镇建成1个综合文化站")
        // The alternatives bracketed after the counted word (县(市、区), 社区(村)) are part of it, and
        // so is a bound inside it (县级以上医院); an aside in brackets is not.
        #expect(try one("到2025年,80%以上的县(市、区)建成标准化体育场。", value: 80).indicator == "县(市、区)建成标准化体育场")
        #expect(try one("80%以上的社区（村）建成标准化体育场。", value: 80).indicator == "社区（村）建成标准化体育场")
        #expect(try one("到2025年,50%以上的县级以上医院开展日间手术。", value: 50).indicator == "县级以上医院开展日间手术")
        #expect(try one("新建高标准农田5万亩(其中高效节水灌溉2万亩)。", value: 50_000).indicator == "新建高标准农田")
        // A later member joined by 和, or after a comma naming the same kind of thing, takes the
        // first member's verb (新建智能制造标杆企业, 建成市级重点实验室); one of another kind does not.
        #expect(try one("到2025年,新建150个智能工厂和10家智能制造标杆企业。", value: 10).indicator == "新建智能制造标杆企业")
        // (…and when the figure comes after its noun, 和 right after the figure opens the next
        // member: neither takes the other's noun.)
        #expect(try one("2024年新建学校12所和幼儿园8所。", value: 12).indicator == "新建学校")
        #expect(try one("2024年新建学校12所和幼儿园8所。", value: 8).indicator == "新建幼儿园")
        #expect(try one("培育地理标志国际知名品牌40个和国内知名品牌80个。", value: 80).indicator == "培育国内知名品牌")
        // (A noun that opens with 和 and no figure after it is the figure's own: 和美乡村.)
        #expect(try one("建成35个先导区、1000个和美乡村。", value: 1000).indicator == "建成和美乡村")
        #expect(try one("建成省级重点实验室1家,市级重点实验室2家。", value: 2).indicator == "建成市级重点实验室")
        #expect(try one("扩招普高学生190人、职高学生400人。", value: 400).indicator == "扩招职高学生")
        #expect(try one("新建学校3所，学生1000人。", value: 1000).indicator == "学生")
        // A threshold in the modifier of a counted thing is part of its name, no target; years
        // are never counted with 个.
        let scenic = TargetExtractor(rules: rules).extract(.snippet("到2025年,建成20个年接待游客300万人次以上的大景区。"))
        #expect(scenic.map(\.value) == [20] && scenic.first?.unit == "个")
        #expect(scenic.first?.indicator == "建成年接待游客300万人次以上的大景区")
        // A list number run into a year (2.2019年…, as pages lose the space after the point) is
        // numbering, no part of the name; a decimal before 亿元 stays one.
        #expect(try one("1.2019年全市新增高新技术企业10家。", value: 10).indicator == "全市新增高新技术企业")
        #expect(ListMarker.length(Array("2.2019年".unicodeScalars), at: 0, limit: 7) == 2)
        #expect(ListMarker.length(Array("1.2019亿元".unicodeScalars), at: 0, limit: 8) == nil)
        // After a share, a verb that sets a standard is the share's predicate; one before another
        // figure is not.
        #expect(try one("到2025年,90%的乡镇卫生院达到服务能力推荐标准。", value: 90).indicator == "乡镇卫生院达到服务能力推荐标准")
        // A stretch goal after 、 with a bound of its own still measures the growth before it.
        let stretch = try one("地区生产总值增长7%以上、力争达到8%。", value: 8)
        #expect(stretch.indicator == "地区生产总值增长" && stretch.change?.direction == .increase && stretch.comparator == .atLeast)
        // 之间 closing a range and a base of 年初 are no part of the name.
        #expect(try one("城镇登记失业率保持在3.6%—4.24%之间。", value: 3.6).indicator == "城镇登记失业率")
        #expect(try one("各项存款余额比年初增加2427.68万元。", value: 24_276_800).indicator == "各项存款余额")
        // 上年 is the year before the sentence's own year, where it names one.
        #expect(try one("2009年，全市实现生产总值100亿元，比上年增长52.5%。", value: 52.5).change?.baselineYear == 2008)
        // A bound's adverb before its verb is no part of the name; a year after a comma lends
        // no unit to the figure before it.
        #expect(try one("2019年高新技术企业数量至少达到34家。", value: 34).indicator == "高新技术企业数量")
        #expect(TargetExtractor(rules: rules).extract(.snippet("全县高新技术产业产值27.6亿,2018年1-9月实现增加值10亿元。")).allSatisfy { $0.unit != "年" })
        // Named places alone before a bound take the measure before them, without its own place;
        // a thing whose name ends like a place (绿色工业园区) is no place.
        #expect(try one("到2025年,郑州市公共交通机动化出行分担率不低于50%,洛阳市、南阳市不低于45%。", value: 45).indicator
            == "洛阳市、南阳市公共交通机动化出行分担率")
        #expect(try one("新培育绿色工厂200个、绿色工业园区10个。", value: 10).indicator == "新培育绿色工业园区")
        #expect(try one("打造营业收入超万亿元高新区1个、超千亿元高新区15个以上。", value: 15).indicator.hasPrefix("高新区打造") == false)
        // …and a share of things each meeting a limit: 90%以上政务服务事项办理时限不超过5个工作日.
        let limitShare = TargetExtractor(rules: rules).extract(.snippet("到2025年，90%以上政务服务事项办理时限不超过5个工作日。"))
        #expect(limitShare.map(\.value) == [90] && limitShare.first?.indicator == "政务服务事项办理时限不超过5个工作日")
        // A count restating the list before 等 is no target, unless a verb of works makes it a result.
        let extractor = TargetExtractor(rules: rules)
        #expect(extractor.extract(.snippet("选择高血压、糖尿病、尿毒症透析等3个群众需求大的病种开展试点。")).allSatisfy { $0.value != 3 })
        #expect(extractor.extract(.snippet("全县建成甲园区、乙园区、丙园区等3个产业园。")).contains { $0.value == 3 && $0.unit == "个" })
        #expect(extractor.extract(.snippet("森林火灾分为一般、较大、重大和特别重大4个等级。")).isEmpty)
        #expect(extractor.extract(.snippet("新建甲园区、乙园区和丙园区3个产业园。")).contains { $0.value == 3 })
        // Items after a semicolon name their own topic; a stretch goal after 、 keeps its own
        // comparator; the same verb again counts the same thing.
        let items = extractor.extract(.snippet("一是新建省级研发中心10家；二是争取上级科技部门资金支持，确保超过6000万元、争取7000万元。"))
        #expect(items.first { $0.value == 60_000_000 }?.indicator == "上级科技部门资金支持")
        #expect(items.first { $0.value == 70_000_000 }?.comparator == .equal)
        #expect(try one("今年新增高新技术企业50家，努力实现新增100家。", value: 100).indicator == "新增高新技术企业")
        // What each thing holds (每个行政村有1个以上…) is a standard, a target.
        let each = try one("到2025年，每个行政村有1个以上健身组织。", value: 1)
        #expect(each.kind == .target && each.comparator == .atLeast && each.indicator == "每个行政村有健身组织")
        // The same amount again in brackets in another unit is one target.
        #expect(extractor.extract(.snippet("巡河间隔时间要大于96小时(4天)。")).map(\.value) == [96])
        // A breakdown after 其中 takes the total's head without its comparator, and a place
        // opening with 和 keeps it; after a semicolon a place before its bound takes the measure
        // before it whole (建制镇污水处理率, not a part of 县城's).
        let parts = extractor.extract(.snippet("到2020年底，县城污水处理率不低于85%，其中和平区达到90%；建制镇达到70%。"))
        #expect(parts.map(\.indicator) == ["县城污水处理率", "和平区污水处理率", "建制镇污水处理率"])
        // A list closed by 等 and its noun is what a figure before it counts; a list of means is not.
        #expect(try one("到2025年,培养1万名乡村旅游经营管理、创意设计、市场营销等人才。", value: 10_000).indicator
            == "培养乡村旅游经营管理、创意设计、市场营销等人才")
        #expect(try one("通过新增车辆100%新能源化、推动冷链车辆新能源化等途径，推进绿色运输。", value: 100).indicator == "新增车辆新能源化")
        // …and so does a breakdown opening the next sentence.
        let next = extractor.extract(.snippet("改造老旧燃气管网100公里。其中：沈河区30公里、皇姑区20公里。"))
        #expect(next.map(\.indicator) == ["改造老旧燃气管网", "沈河区改造老旧燃气管网", "皇姑区改造老旧燃气管网"])
        // A share's verb names its measure; a range of years of effort counts to its end.
        #expect(try one("到2020年，本科及以上学历占85%。", value: 85).indicator == "本科及以上学历占比")
        #expect(try one("新能源装机比例占30%。", value: 30).indicator == "新能源装机比例")
        #expect(try one("推广1000辆以上新能源汽车。", value: 1000).indicator == "推广新能源汽车")
        // A bound written after a figure is that figure's, not the next one's after 、.
        #expect(try one("实施技改项目20个以上、完成投资35亿元。", value: 3_500_000_000).comparator == .equal)
        // A count of one per period is a rate, not an article; the goal noun after 的 goes.
        #expect(try one("实现每个行政村每月放映一场数字电影的目标。", value: 1).indicator == "每个行政村每月放映数字电影")
        #expect(extractor.extract(.snippet("培养一支高素质队伍。")).isEmpty)
        // One unit that triggers a scoring rule's penalty is no target; the rate it guards is.
        let scoring = extractor.extract(.snippet("“三查”率达到100%，每少查1人，扣村工作经费。"))
        #expect(scoring.map(\.value) == [100] && scoring.first?.unit == "%")
        // A place's share of a total after 其中 is named by the place and the total's measure.
        let share = try one("2010年,全市成片造林4.2万亩,其中沭阳县1.4万亩、泗阳县0.5万亩", value: 5000)
        #expect(share.indicator == "泗阳县成片造林" && share.deadline?.date == "2010")
    }
}
