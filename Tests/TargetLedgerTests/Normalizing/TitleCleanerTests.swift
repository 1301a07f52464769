import Testing

@testable import TargetLedger

/// Site furniture around a title line comes off; the title's own words stay.
@Suite struct TitleCleanerTests {
    @Test(arguments: [
        ("法搜网--某市人民政府办公室关于下达2010年促进就业工作目标的通知", "某市人民政府办公室关于下达2010年促进就业工作目标的通知"),
        ("某县就业促进实施方案_某县人民政府", "某县就业促进实施方案"),
        ("【有效】某市人民政府办公室关于印发消费增长三年行动方案(2023—2025年)的通知", "某市人民政府办公室关于印发消费增长三年行动方案(2023—2025年)的通知"),
        ("【旅游方案】某县创建全域旅游示范县实施方案(全文完整)", "某县创建全域旅游示范县实施方案"),
        ("Page 6 - 某自治区人民政府关于印发残疾人事业发展规划的通知", "某自治区人民政府关于印发残疾人事业发展规划的通知"),
        ("新闻详情某省人民政府关于做好2022年乡村振兴重点工作的实施意见", "某省人民政府关于做好2022年乡村振兴重点工作的实施意见"),
        ("生成日期 2020-05-08公开方式主动公开某区人民政府办公室关于印发改造方案的通知", "某区人民政府办公室关于印发改造方案的通知"),
        ("2023年3月28日某省河湖长制2023年度工作实施方案", "某省河湖长制2023年度工作实施方案"),
        ("关于印发《某市“十四五”规划》的通知", "关于印发《某市“十四五”规划》的通知"),
        ("[标题]水利部关于印发病险水库除险加固工作方案的通知", "水利部关于印发病险水库除险加固工作方案的通知"),
        ("标题：某市生活垃圾分类工作实施方案", "某市生活垃圾分类工作实施方案"),
        ("金政发〔2021〕1号关于印发2021年金乡县政府重要工作事项责任分工的通知", "关于印发2021年金乡县政府重要工作事项责任分工的通知"),
    ])
    func furnitureComesOff(_ raw: String, _ title: String) {
        #expect(TitleCleaner.clean(raw) == title)
    }

    @Test func nothingButFiguresIsNoTitle() {
        #expect(TitleCleaner.clean("2 ≤1 50%") == nil)
    }

    /// 发布机关: in a page's index lines names the issuer; a breadcrumb ending in 文件 does not.
    @Test func issuerFromAnIndexLineNotABreadcrumb() {
        let text = "> 政务公开 > 法规文件 > 其他文件\n发文文号: 某政办发〔2023〕7号 发布机关: 市政府办公室\n成文日期: 2023-03-01\n某市人民政府办公室关于印发重点工作责任分解的通知\n正文。"
        let r = StructureParser().parse(TextNormalizer().normalize(NormalizedText(text)))
        let m = MetadataExtractor().extract(text: r.text, blocks: r.blocks, hints: SourceHints())
        #expect(m.issuer == "市政府办公室")
        #expect(m.title == "某市人民政府办公室关于印发重点工作责任分解的通知")
    }
}
