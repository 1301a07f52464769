import Testing

@testable import TargetLedger

/// `分别` lists: values after 分别 go to the items of the subject, in order.
@Suite struct FenbieGroupsTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    static func targets(_ text: String) -> [TargetRecord] {
        TargetExtractor(rules: rules).extract(.snippet(text)).filter { $0.kind == .target }
    }

    @Test func valuesGoToTheItemsInOrder() {
        let recs = Self.targets("化学需氧量、氨氮、氮氧化物排放总量比2020年分别下降8%、8%、10%以上")
        #expect(recs.map(\.indicator) == ["化学需氧量排放总量", "氨氮排放总量", "氮氧化物排放总量"])
        #expect(recs.map(\.value) == [8, 8, 10])
        #expect(recs.map { $0.change?.direction } == [.decrease, .decrease, .decrease])
        #expect(recs.map { $0.change?.baselineYear } == [2020, 2020, 2020])
    }

    /// Where the items' shared tail begins: not inside a word of the last item (挥发性有|机物),
    /// not before a code in brackets ((SO2)) or after the class 等 sums them up in (等主要污染物),
    /// and after the last item's first word with the ending all earlier items share (颗粒物).
    @Test(arguments: [
        ("二氧化硫(SO2)、氮氧化物(NOX)和挥发性有机物(VOCs)等主要污染物排放总量比2015年分别下降15%、10%和26%",
         ["二氧化硫排放总量", "氮氧化物排放总量", "挥发性有机物(VOCs)排放总量"]),
        ("可吸入颗粒物(PM10)、细颗粒物(PM2.5)平均浓度分别控制在53、32微克/立方米以内", ["可吸入颗粒物平均浓度", "细颗粒物(PM2.5)平均浓度"]),
        ("城镇职工、城乡居民基本养老保险参保人数分别达到10万人、20万人", ["城镇职工基本养老保险参保人数", "城乡居民基本养老保险参保人数"]),
        // (高等 is a word, no 等 of a class.)
        ("高中阶段教育毛入学率、高等教育毛入学率分别达到92%、45%", ["高中阶段教育毛入学率", "高等教育毛入学率"]),
    ])
    func whereTheSharedTailBegins(_ text: String, _ expected: [String]) {
        #expect(Self.targets(text).map(\.indicator) == expected)
    }

    /// A second 分别 whose clause opens with the base year's figures (比2010年的92.7万吨、62.0万吨)
    /// is over the first one's items; those figures are the base, no targets.
    @Test func aSecondListFromTheBaseYearsFigures() {
        let recs = Self.targets("到2015年，二氧化硫和氮氧化物排放总量分别控制在84.4万吨、57.7万吨以内，比2010年的92.7万吨、62.0万吨分别减少9%、7%。")
        #expect(recs.map(\.indicator) == ["二氧化硫排放总量", "氮氧化物排放总量", "二氧化硫排放总量", "氮氧化物排放总量"])
        #expect(recs.map(\.value) == [844_000, 577_000, 9, 7])
        #expect(recs.map { $0.change?.baselineYear } == [nil, nil, 2010, 2010])
    }

    /// 城乡… with two values after 分别 is the town's and the countryside's (城市低保 and 农村低保 by
    /// their programmes' names).
    @Test(arguments: [
        ("城乡低保人均月补差分别达到110元、40元。", ["城市低保人均月补差", "农村低保人均月补差"]),
        ("城乡居民人均可支配收入分别增长8%和9%。", ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]),
        // (A scheme that is one for both stays whole.)
        ("2024年和2025年，城乡居民医保人均财政补助分别达到640元和670元。", ["城乡居民医保人均财政补助", "城乡居民医保人均财政补助"]),
    ])
    func aTownAndCountryPair(_ text: String, _ expected: [String]) {
        #expect(Self.targets(text).map(\.indicator) == expected)
    }

    /// The three sectors written as one word (一二三产业, 一、二、三产业) are three items.
    @Test(arguments: ["2024年，一二三产业增加值分别增长4.8%、13.1%、4%。", "2024年，第一、二、三产业增加值分别增长4.8%、13.1%、4%。"])
    func theThreeSectorsContracted(_ text: String) {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet(text))
        #expect(recs.map(\.indicator) == ["第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长"])
        #expect(recs.map(\.value) == [4.8, 13.1, 4])
    }

    /// 分别由…的A、B下降到C、D: the first list holds each item's starting level, the second its target.
    @Test(arguments: [
        "到2025年，全市婴儿死亡率、孕产妇死亡率分别由2020年的5.1‰、15/10万下降到4.5‰、12/10万以下。",
        // (Without 分别, the two lists of as many items still pair.)
        "到2025年，全市婴儿死亡率、孕产妇死亡率由2020年的5.1‰、15/10万下降到4.5‰、12/10万以下。",
    ])
    func aListOfStartingLevelsPairsWithTheListOfTargets(_ text: String) {
        let recs = TargetExtractor(rules: Self.rules).extract(.snippet(text))
        #expect(recs.map(\.kind) == [.target, .target])
        #expect(recs.map(\.indicator) == ["全市婴儿死亡率", "孕产妇死亡率"])
        #expect(recs.map(\.value) == [4.5, 12])
        #expect(recs.map { $0.baseline?.value } == [5.1, 15])
        #expect(recs.map { $0.baseline?.year } == [2020, 2020])
        #expect(recs.map { $0.deadline?.date } == ["2025", "2025"])
    }

    /// Without 分别 too, the base year's figure names no measure: the subject carries on.
    @Test func aBaseYearsFigureNamesNoMeasure() {
        let recs = Self.targets("到2015年,全市万元地区生产总值能耗下降到0.83吨标准煤,比2010年的1吨标准煤降低17%。")
        #expect(recs.map(\.indicator) == ["全市万元地区生产总值能耗", "全市万元地区生产总值能耗"])
        #expect(recs.map(\.value) == [0.83, 17])
    }

    /// (分别比上年增加…) after two figures: its values are those figures' changes, in order.
    @Test func aBracketedListWithoutSubjectBelongsToTheFiguresBefore() {
        let recs = Self.targets("水稻面积稳定在63万亩以上，总产稳定在29万吨以上(分别比上年增加1.3万亩、1万吨)，旱粮面积稳定在7万亩以上。")
        #expect(recs.map(\.indicator) == ["水稻面积", "水稻总产", "水稻面积", "水稻总产", "旱粮面积"])
        #expect(recs.map(\.value) == [630_000, 290_000, 13_000, 10_000, 70_000])
        #expect(recs.map { $0.change?.direction } == [nil, nil, .increase, .increase, nil])
    }

    /// A rate per 100,000 (10/10万) holds a second number inside the first quantity; it once
    /// made the gap to the next item a reversed range and trapped the whole run.
    @Test func aRatePerTenThousandInTheListIsOneItem() {
        let recs = Self.targets("到2025年，婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到4.0‰、4.5‰、10/10万。")
        #expect(recs.map(\.indicator) == ["婴儿死亡率", "5岁以下儿童死亡率", "孕产妇死亡率"])
        #expect(recs.map(\.value) == [4, 4.5, 10])
        #expect(recs.last?.unit == "/10万")
        #expect(recs.allSatisfy { $0.comparator == .atMost })
    }

    @Test func aRateFirstInTheListAlsoReadsTheRest() {
        let recs = Self.targets("孕产妇死亡率、婴儿死亡率分别控制在10/10万、5‰以下")
        #expect(recs.map(\.indicator) == ["孕产妇死亡率", "婴儿死亡率"])
        #expect(recs.map(\.value) == [10, 5])
    }

    /// 分别 opening its clause, the list in the clause before: the list up to its verb.
    @Test func aListInTheClauseBeforeTakesTheValues() {
        let recs = Self.targets("到2027年，全区高新技术企业、科技型中小企业数量在2022年的基础上实现“双倍增”，分别超过90家和870家。")
        // (Both items end in 企业: the last one's 数量 is the measure they share.)
        #expect(recs.map(\.indicator) == ["全区高新技术企业数量", "科技型中小企业数量"])
        #expect(recs.map(\.value) == [90, 870])
        #expect(recs.allSatisfy { $0.deadline?.date == "2027" })
    }

    /// The last item's head may hold a quoted name (农村“千吨万人”): the shared tail starts after it.
    @Test func aQuotedNameStaysInTheLastItemsHead() {
        let recs = Self.targets("县级及以上、农村“千吨万人”集中式饮用水水源地水质达标率分别达100%、95%以上。")
        #expect(recs.map(\.indicator) == ["县级及以上集中式饮用水水源地水质达标率", "农村“千吨万人”集中式饮用水水源地水质达标率"])
    }

    /// An item as long as the last one's head (the fuzzer's 力争率…“地区生产总值…) once cut past
    /// the last item's end and trapped the run.
    @Test func aHeadAsLongAsTheLastItemDoesNotTrap() {
        let recs = Self.targets("力争率分别比2020年下降1.2亿千瓦左右及2.3倍以上“地区生产总值分别下降到３０％；1.2亿千瓦左右；不低于80%以上；零以内")
        #expect(recs.allSatisfy { !$0.indicator.isEmpty })
    }

    /// Lists ending in 和, items that are whole measures, values without 分别.
    /// Items that each name a measure share no tail with the last one, and a period before
    /// 分别 is every member's (年均分别增长).
    @Test func itemsThatAreMeasuresOfTheirOwnAndASharedPeriod() {
        let recs = Self.targets("到2025年,地区生产总值、固定资产投资、社会消费品零售总额、一般公共预算收入年均分别增长6%、9%、7%、8%。")
        #expect(recs.map(\.indicator) == ["地区生产总值增长", "固定资产投资增长", "社会消费品零售总额增长", "一般公共预算收入增长"])
        #expect(recs.allSatisfy { $0.period == "年均" })
    }

    @Test func listsOfWholeMeasuresAndValuesWithout分别() {
        #expect(Self.targets("新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在3.1‰、5.2‰和6.6‰以下").map(\.indicator)
            == ["新生儿死亡率", "婴儿死亡率", "5岁以下儿童死亡率"])
        #expect(Self.targets("婴儿死亡率、5岁以下儿童死亡率分别下降至5.4‰和7.5‰").map(\.indicator) == ["婴儿死亡率", "5岁以下儿童死亡率"])
        let noMark = Self.targets("化学需氧量、氨氮、氮氧化物、挥发性有机物重点工程减排量达到1.83万吨、0.13万吨、0.4万吨和0.13万吨")
        #expect(noMark.map(\.value) == [18300, 1300, 4000, 1300])
        #expect(noMark.last?.indicator == "挥发性有机物重点工程减排量")
    }

    /// 及以上 is a bound inside a noun (重度及以上污染天数比率), never a second item, so a figure
    /// of another clause after a comma is no member of a list over it.
    @Test func aBoundAfter及IsNoListItem() {
        #expect(FenbieGroups.splitList("重度及以上污染天数比率") == ["重度及以上污染天数比率"])
        #expect(FenbieGroups.splitList("城镇和农村") == ["城镇", "农村"])
        let recs = Self.targets("到2025年,全国重度及以上污染天数比率控制在1%以内,70%以上的地级及以上城市全面消除重污染天气。")
        #expect(recs.map(\.indicator) == ["全国重度及以上污染天数比率", "地级及以上城市全面消除重污染天气"])
        #expect(recs.map(\.value) == [1, 70])
    }

    /// A code cut by the items' length (PM10和PM2.5) is cut at its end; values joined by 和
    /// share the last one's unit; a measure alone measures the first item's thing (粮食产量);
    /// 分别 is no part of a name.
    @Test func codesSharedUnitsAndMeasuresOfOneThing() {
        let pm = Self.targets("PM10和PM2.5平均浓度分别不高于53和32微克/立方米。")
        #expect(pm.map(\.indicator) == ["PM10平均浓度", "PM2.5平均浓度"])
        #expect(pm.map(\.unit) == ["微克/立方米", "微克/立方米"])
        #expect(Self.targets("粮食面积、产量分别稳定在368万亩、127万吨以上。").map(\.indicator) == ["粮食面积", "粮食产量"])
        #expect(Self.targets("到2015年,城市居民和农村居民人数比例分别比2007年提高4.9和2.9个百分点。").map(\.indicator)
            == ["城市居民人数比例", "农村居民人数比例"])
    }
}
