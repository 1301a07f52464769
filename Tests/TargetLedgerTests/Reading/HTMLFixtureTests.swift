import Foundation
import Testing

@testable import TargetLedger

/// Issue 3 on the HTML fixtures (Corpus/fixtures/html): GBK twins read like their UTF-8 twins
/// with and without a declared charset; no furniture survives; every body line does, repeated
/// 责任单位 lines included; metadata comes from meta tags and the index table.
struct HTMLFixtureTests {
    static let fixtures = [
        "f1_trs_editor_index_table", "f2_zoom_table_layout", "f3_article_lying_charset", "f4_density_no_container",
    ]

    static func lines(_ name: String, _ kind: String) throws -> [String] {
        let url = TestPaths.corpusFile("fixtures/html/\(name).\(kind).txt")
        return String(decoding: try TestPaths.bytes(url), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test(arguments: fixtures)
    func gbkTwinReadsLikeUTF8Twin(_ name: String) throws {
        let gbk = try ReadingSupport.read("fixtures/html/\(name).gbk.html")
        let utf8 = try ReadingSupport.read("fixtures/html/\(name).utf8.html")
        #expect(gbk.record.encoding == "GB18030")
        #expect(utf8.record.encoding == "UTF-8")
        #expect(gbk.text.string == utf8.text.string)
        #expect(gbk.blocks.map(\.section) == utf8.blocks.map(\.section))
        #expect(gbk.record.title == utf8.record.title)
        #expect(gbk.record.published == utf8.record.published)
        #expect(gbk.record.replacements == 0)
        #expect(gbk.record.reader == .html)
    }

    @Test(arguments: fixtures)
    func noFurnitureEveryBodyLine(_ name: String) throws {
        for variant in ["gbk", "utf8"] {
            let doc = try ReadingSupport.read("fixtures/html/\(name).\(variant).html")
            let text = doc.text.string
            for f in try Self.lines(name, "furniture") {
                #expect(!text.contains(f), "\(name).\(variant): furniture survived: \(f)")
            }
            let body = try Self.lines(name, "body")
            let squeezed = ReadingSupport.squeeze(text)
            for line in body {
                let want = ReadingSupport.squeeze(TextNormalizer().normalize(NormalizedText(line)).string)
                let kept = squeezed.contains(want)
                #expect(kept, "\(name).\(variant): body line lost: \(line)")
                let copies = body.filter { $0 == line }.count
                #expect(ReadingSupport.occurrences(of: want, in: squeezed) >= copies, "\(name).\(variant): repeated line lost: \(line)")
            }
        }
    }

    @Test func repeatedResponsibilityLinesAllSurvive() throws {
        let doc = try ReadingSupport.read("fixtures/html/f1_trs_editor_index_table.gbk.html")
        #expect(ReadingSupport.occurrences(of: "责任单位：省教育厅基础教育处", in: doc.text.string) == 3)
        let f2 = try ReadingSupport.read("fixtures/html/f2_zoom_table_layout.gbk.html")
        #expect(ReadingSupport.occurrences(of: "牵头单位：县教育体育局", in: f2.text.string) == 2)
    }

    @Test func metaTagsAndIndexTable() throws {
        let r = try ReadingSupport.read("fixtures/html/f1_trs_editor_index_table.gbk.html").record
        #expect(r.title == "关于印发《某某省义务教育优质均衡发展三年行动方案（2024—2026年）》的通知")
        #expect(r.docNumber == "赣教基字〔2024〕12号")
        #expect(r.issuer == "某某省教育厅")
        #expect(r.published == "2024-03-18")
        #expect(r.planPeriod == PlanPeriod(start: 2024, end: 2026))
    }

    @Test func pageTitleWithoutSiteNameAndSignature() throws {
        let r = try ReadingSupport.read("fixtures/html/f2_zoom_table_layout.gbk.html").record
        #expect(r.title == "某某县人民政府办公室关于印发某某县学前教育普及普惠发展实施方案（2023—2025年）的通知")
        #expect(r.published == "2023-06-08")
        #expect(r.issuer == "某某县人民政府办公室")
        #expect(r.planPeriod == PlanPeriod(start: 2023, end: 2025))
    }

    @Test func documentNumberPrintedAboveTheContainer() throws {
        let r = try ReadingSupport.read("fixtures/html/f2_zoom_table_layout.gbk.html").record
        #expect(r.docNumber == "某县政办发〔2023〕35号")
    }

    @Test func tableCellsAreBlocksOfTheirOwn() throws {
        let html = """
            <html><head><meta charset="utf-8"></head><body><div class="TRS_Editor"><p>一、重点任务</p>
            <p>为推进工作，制定任务表如下。这是一段足够长的正文，用于让正文容器被选中，并且包含足够多的文字。</p>
            <table><tr><td>序号</td><td>任务</td><td>牵头单位</td></tr>
            <tr><td>（1）</td><td>新建学校10所</td><td>市教育局</td></tr></table></div></body></html>
            """
        let doc = try DocumentReader().read(bytes: Array(html.utf8), path: "table.html")
        let cells = doc.blocks.filter { $0.kind == .tableCell }.map { doc.text.slice($0.range) }
        #expect(cells == ["序号", "任务", "牵头单位", "（1）", "新建学校10所", "市教育局"])
        #expect(doc.blocks.first { doc.text.slice($0.range) == "市教育局" }?.section == ["一、重点任务"])
    }

    @Test func lyingDeclarationLosesToTheBytes() throws {
        let r = try ReadingSupport.read("fixtures/html/f3_article_lying_charset.gbk.html").record
        #expect(r.encoding == "GB18030")
        #expect(r.warnings.contains { $0.contains("contradicts") })
        #expect(r.planPeriod == PlanPeriod(start: 2024, end: 2024))
        #expect(r.issuer == "某某市生态环境局")
    }

    @Test func densityFindsTheNoticeWithoutAKnownContainer() throws {
        let doc = try ReadingSupport.read("fixtures/html/f4_density_no_container.gbk.html")
        #expect(doc.record.docNumber == "某府发〔2024〕8号")
        #expect(doc.record.published == "2024-04-10")
        let headings = doc.blocks.filter { $0.kind == .heading }.compactMap(\.marker)
        #expect(headings == ["第一条", "第二条", "第三条"])
    }

    @Test func devdocPagesReadAsHTML() throws {
        let d07 = try ReadingSupport.prepare(try ReadingSupport.file("devdocs", "d07"))
        #expect(d07.format == .html)
        #expect(d07.document.record.published == "2025-06-03")
        #expect(d07.document.record.docNumber == "发改能源规〔2025〕624号")
        #expect(!d07.document.text.string.contains("首页"))
        let d08 = try ReadingSupport.prepare(try ReadingSupport.file("devdocs", "d08"))
        #expect(d08.document.record.title == "广东省能源局关于做好2026年电力市场年度交易工作的通知")
        let t = d08.document.text.string
        #expect(t.hasPrefix("各地级以上市发展改革局"))
        #expect(!t.contains("您所在的位置"))
        #expect(!t.contains("字体"))
    }

    /// Every normalised scalar maps back to the same character in the decoded source, except
    /// where normalisation rewrote it (full-width forms) or inserted a break.
    @Test func sourceOffsetsPointIntoTheSource() throws {
        let path = "fixtures/html/f1_trs_editor_index_table.utf8.html"
        let bytes = try TestPaths.bytes(TestPaths.corpusFile(path))
        let doc = try DocumentReader().read(bytes: bytes, path: path)
        let source = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var same = 0
        for (i, s) in doc.text.scalars.enumerated() where s != "\n" && s != " " {
            if source[doc.text.sourceOffsets[i]] == s { same += 1 }
        }
        #expect(same * 100 >= doc.text.count * 90)
        #expect(doc.text.sourceOffsets.count == doc.text.count)
    }
}
