import Testing

@testable import TargetLedger

/// Headings at every level, headings glued into running text, sentences and section paths.
struct StructureParserTests {
    func parse(_ s: String) -> StructureParser.Result { StructureParser().parse(NormalizedText(s)) }

    @Test(arguments: [
        ("一、指导思想", 1, "一、"), ("（一）机制落实。", 2, "（一）"), ("(二)强化督导", 2, "(二)"), ("1.加强领导", 3, "1."),
        ("12、优化资源", 3, "12、"), ("(1)建立机制", 4, "(1)"), ("（3）完善制度", 4, "（3）"), ("①开展评估", 5, "①"),
        ("第一条 适用范围", 1, "第一条"), ("附件：任务分工表", 1, "附件："), ("附件1", 1, "附件1"),
    ])
    func headingLevels(_ line: String, _ level: Int, _ marker: String) throws {
        let r = parse(line)
        let b = try #require(r.blocks.first)
        #expect(b.kind == .heading)
        #expect(b.level == level)
        #expect(b.marker == marker)
    }

    @Test(arguments: ["2012.9郭庄小学", "1.5倍以上", "2025年底前完成", "一是推进资源共享", "（2024—2026年）"])
    func notHeadings(_ line: String) {
        #expect(parse(line).blocks.first?.kind == .paragraph)
    }

    /// An item number glued to a figure is told from a decimal by the item before it: 2.50个
    /// after item 1. is item 2 of 50, and the text gets a space after its mark; 1.5倍 alone stays.
    @Test func itemNumbersGluedToAFigure() throws {
        let r = parse("1.加装电梯新增400台。\n2.50个小区新增充电设施。\n3.开设40个暑托班。\n5.5倍以上")
        #expect(r.blocks.map(\.kind) == [.heading, .heading, .heading, .paragraph])
        #expect(r.blocks[1].marker == "2.")
        #expect(String(String.UnicodeScalarView(r.text.scalars[r.blocks[1].range])) == "2. 50个小区新增充电设施。")
    }

    @Test func sectionPathsNest() throws {
        let r = parse("一、主要目标\n到2025年达到90%。\n二、重点任务\n（一）扩大供给\n1.新建学校。新增学位1万个。\n（二）提升质量\n完成评估。")
        let s = r.sentences.map { (r.text.slice($0.range), $0.section) }
        #expect(s.contains { $0.0 == "到2025年达到90%。" && $0.1 == ["一、主要目标"] })
        #expect(s.contains { $0.0 == "新增学位1万个。" && $0.1 == ["二、重点任务", "（一）扩大供给", "1.新建学校"] })
        #expect(s.contains { $0.0 == "完成评估。" && $0.1 == ["二、重点任务", "（二）提升质量"] })
    }

    @Test func sentencesSplitOnEndersAndKeepClosingQuotes() {
        let r = parse("要达到“优质均衡。”其次；再次！最后？无标点结尾")
        #expect(r.sentences.map { r.text.slice($0.range) } == ["要达到“优质均衡。”", "其次；", "再次！", "最后？", "无标点结尾"])
    }

    @Test func rangesIndexTheTextScalars() {
        let r = parse("一、总则\n第一段。第二段。")
        for b in r.blocks { #expect(!r.text.slice(b.range).contains("\n")) }
        #expect(r.text.string.unicodeScalars.count == r.text.count)
        #expect(r.text.slice(r.sentences[2].range) == "第二段。")
    }

    /// An enumeration after a colon inside a sentence (报告共分四个部分：一、…；二、…) makes no headings.
    @Test func anEnumerationInASentenceMakesNoHeadings() {
        let r = parse("报告共分四个部分:一、2025年工作回顾;二、“十五五”时期主要目标和重大任务;三、2026年总体要求;四、2026年政府工作任务。\n报告指出,城镇新增就业1200万人以上。")
        #expect(r.blocks.allSatisfy { $0.kind != .heading })
    }

    /// Seed 000 has no line breaks: its headings are found inline, with section paths.
    @Test func seed000InlineHeadings() throws {
        let doc = try ReadingSupport.read(try ReadingSupport.file("seeds", "000"))
        let headings = doc.blocks.filter { $0.kind == .heading }.map { doc.text.slice($0.range) }
        #expect(headings.prefix(4) == ["一、指导思想", "二、主要目标", "三、工作任务", "四、保障措施"])
        let items = doc.blocks.filter { $0.kind == .heading && $0.level == 3 }.map(\.marker)
        #expect(items == ["1、", "2、", "3、", "4、", "5、"])
        func section(of needle: String) -> [String]? {
            doc.sentences.first { doc.text.slice($0.range).contains(needle) }?.section
        }
        #expect(section(of: "以学习践行科学发展观为指导") == ["一、指导思想"])
        #expect(section(of: "小学学龄儿童入学率达到100%") == ["二、主要目标"])
        #expect(section(of: "组织开展“露一手”素质教育系列活动") == ["三、工作任务"])
        #expect(section(of: "成立由市政府主管教育副市长为组长") == ["四、保障措施", "1、建立领导机制和工作机制"])
        #expect(section(of: "逐年增加义务教育公用经费") == ["四、保障措施", "3、努力加大教育投入"])
        #expect(section(of: "完善教育督导工作制度") == ["四、保障措施", "5、完善教育督导评估体制"])
        #expect(section(of: "蛟河市教育局文件") == [])
    }

    @Test func seed003HeadingsOnTheirLines() throws {
        let doc = try ReadingSupport.read(try ReadingSupport.file("seeds", "003"))
        let s = try #require(doc.sentences.first { doc.text.slice($0.range).contains("成立领导小组,理顺工作机制") })
        #expect(s.section == ["一、基本情况", "(一)机制落实", "1.加强领导,夯实责任"])
    }
}
