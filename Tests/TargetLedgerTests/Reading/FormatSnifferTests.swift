import Testing

@testable import TargetLedger

/// Reader choice by sniffing the bytes; CSV and Markdown exports read as such.
struct FormatSnifferTests {
    @Test func sniffsEachForm() {
        func sniff(_ s: String, _ path: String = "x") -> InputFormat { FormatSniffer.sniff(Array(s.unicodeScalars), path: path) }
        #expect(sniff("<!DOCTYPE html><html><body><p>通知</p></body></html>") == .html)
        #expect(sniff("  <html><head><meta charset=gbk></head>") == .html)
        #expect(sniff("---\n标题: 通知\n---\n正文") == .markdown)
        #expect(sniff("province,year,title,full_text\n江苏省,2026,报告,\"正文\"") == .csv)
        #expect(sniff("关于印发《方案》的通知\n各单位：") == .text)
        #expect(sniff("---\n没有结束的分隔线") == .text)
    }

    @Test func crawlerCSVReadsTheQuotedTextField() throws {
        let p = try ReadingSupport.prepare(try ReadingSupport.file("devdocs", "d01"))
        #expect(p.format == .csv)
        let r = p.document.record
        #expect(r.title == "2026年江苏省政府工作报告")
        #expect(r.published == "2026-02-09")
        let t = p.document.text.string
        #expect(t.hasPrefix("2026年江苏省政府工作报告"))
        #expect(!t.contains("province,year"))
        #expect(!t.contains("source_url"))
        #expect(!t.contains("https://s.fjlib.net"))
        for f in ["下载", "全屏", "【字号", "加大", "减小", "相关报道"] {
            #expect(!t.split(separator: "\n").contains { $0.hasPrefix(f) }, "furniture line survived: \(f)")
        }
        #expect(t.contains("现在，我代表江苏省人民政府向大会报告工作，请予审议，并请各位政协委员提出意见。"))
        #expect(t.hasSuffix("作出更大贡献！"))
    }

    @Test func markdownFrontMatterIsMetadataNotText() throws {
        let p = try ReadingSupport.prepare(try ReadingSupport.file("devdocs", "d04"))
        #expect(p.format == .markdown)
        let r = p.document.record
        #expect(r.title == "上海市交通委员会关于印发《上海市交通领域精细化管理三年行动计划(2024-2026年)》的通知")
        #expect(r.docNumber == "沪交设养〔2024〕1025号")
        #expect(r.issuer == "上海市交通委员会")
        #expect(r.published == "2025-01-07")
        #expect(r.planPeriod == PlanPeriod(start: 2024, end: 2026))
        let t = p.document.text.string
        #expect(!t.contains("---"))
        #expect(!t.contains("官方链接"))
        #expect(!t.contains("本文正文由脚本"))
        #expect(!t.contains("# "))
        #expect(t.hasPrefix("上海市交通委员会关于印发"))
    }

    /// Offsets of text read from an export point at the same characters in the file.
    @Test(arguments: ["d01", "d04"])
    func exportOffsetsPointIntoTheFile(_ prefix: String) throws {
        let path = try ReadingSupport.file("devdocs", prefix)
        let bytes = try TestPaths.bytes(TestPaths.corpusFile(path))
        let source = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let doc = try DocumentReader().read(bytes: bytes, path: path)
        let visible = doc.text.scalars.indices.filter { doc.text.scalars[$0] != "\n" && doc.text.scalars[$0] != " " }
        let same = visible.filter { source[doc.text.sourceOffsets[$0]] == doc.text.scalars[$0] }.count
        #expect(same * 1000 >= visible.count * 995)
        #expect(doc.text.sourceOffsets == doc.text.sourceOffsets.sorted())
    }
}
