import Testing

@testable import TargetLedger

/// Issue 3, acceptance 1: the metadata of the five seeds, written after reading each seed.
struct SeedMetadataTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var seed: String
        var title: String?
        var docNumber: String?
        var issuer: String?
        var published: String?
        var plan: PlanPeriod?
        var cited: [String]
        var reader: ReaderKind
        var description: String { seed }
    }

    static let expectations: [Expectation] = [
        // 蛟河市教育局文件 蛟教字[2009]97号, dated 二○○九年十月二十三日 and 2009年10月23日印发; annex plan (2009——2011年).
        Expectation(
            seed: "000", title: "关于印发《蛟河市教育局推进义务教育均衡发展行动实施方案》的通知", docNumber: "蛟教字[2009]97号",
            issuer: "蛟河市教育局", published: "2009-10-23", plan: PlanPeriod(start: 2009, end: 2011), cited: ["吉市教发[2009]13号"], reader: .text),
        // A scraped page: 标题: line, no own number (both numbers are citations after 《》), no date.
        Expectation(
            seed: "001", title: "推进县域义务教育优质均衡发展工作方案", docNumber: nil, issuer: nil, published: nil, plan: nil,
            cited: ["辽政发〔2016〕56号", "辽政教督室〔2018〕2号"], reader: .scraped),
        // The index table gives 文号, 发文单位 and 发布日期; the (2021—2035年) is a cited plan's, not this one's.
        Expectation(
            seed: "002", title: "关于印发《昌吉市创建全国义务教育优质均衡发展县实施方案》的通知", docNumber: "昌市政办发〔2022〕21号",
            issuer: "昌吉市人民政府", published: "2022-07-12", plan: nil,
            cited: ["教督〔2017〕6号", "教基厅函〔2021〕43号", "新政办发〔2021〕56号", "昌政教督〔2022〕1号", "国发〔2016〕40号"], reader: .text),
        // A 通报 signed 陕西省教育厅 2013年1月10日; (2011—2020年) sits inside a cited 《title》.
        Expectation(
            seed: "003", title: "关于对全省义务教育均衡发展备忘录落实情况自查的通报", docNumber: "陕教基一〔2013〕3号",
            issuer: "陕西省教育厅", published: "2013-01-10", plan: nil, cited: ["陕教基一〔2012〕31号"], reader: .scraped),
        // A document-site copy signed 郭庄小学 2012.9.
        Expectation(
            seed: "004", title: "郭庄小学义务教育均衡发展实施方案", docNumber: nil, issuer: "郭庄小学", published: "2012-09", plan: nil,
            cited: [], reader: .scraped),
    ]

    @Test(arguments: expectations)
    func seedMetadata(_ e: Expectation) throws {
        let doc = try ReadingSupport.read(try ReadingSupport.file("seeds", e.seed))
        let r = doc.record
        #expect(r.title == e.title)
        #expect(r.docNumber == e.docNumber)
        #expect(r.issuer == e.issuer)
        #expect(r.published == e.published)
        #expect(r.planPeriod == e.plan)
        #expect(r.reader == e.reader)
        #expect(r.encoding == "UTF-8")
        #expect(r.chars == doc.text.count)
        for c in e.cited { #expect(r.cited.contains(c), "cited \(c)") }
        if let own = e.docNumber { #expect(!r.cited.contains(own)) }
    }
}
