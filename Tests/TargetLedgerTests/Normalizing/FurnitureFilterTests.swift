import Testing

@testable import TargetLedger

/// Furniture rules as data: each rule's own examples match; notice lines never do.
struct FurnitureFilterTests {
    @Test(arguments: FurnitureRules.all.map(\.id))
    func ruleExamplesAreFurniture(_ id: String) throws {
        let rule = try #require(FurnitureRules.all.first { $0.id == id })
        #expect(!rule.examples.isEmpty)
        for e in rule.examples {
            let text = NormalizedText("第一段正文。\n" + e + "\n第二段正文。")
            let out = FurnitureFilter.shared.clean(text)
            #expect(!out.text.string.contains(e), "\(id) kept: \(e)")
            #expect(out.text.string.hasPrefix("第一段正文。"))
            #expect(out.text.string.hasSuffix("第二段正文。"))
        }
    }

    /// `starts` and `words` only spare lines the pattern: every example must pass them, or a
    /// pattern edited without them would silently stop matching.
    @Test(arguments: FurnitureRules.all.map(\.id))
    func ruleExamplesPassTheirPrefilters(_ id: String) throws {
        let rule = try #require(FurnitureRules.all.first { $0.id == id })
        for e in rule.examples {
            if let starts = rule.starts {
                let first = e.unicodeScalars.first
                #expect(first.map { starts.unicodeScalars.contains($0) } ?? false, "\(id): \(e) starts with none of starts")
            }
            if !rule.words.isEmpty {
                #expect(rule.words.contains { e.contains($0) }, "\(id): \(e) holds none of words")
            }
        }
    }

    @Test(arguments: [
        "责任单位：省教育厅基础教育处",
        "一、主要目标",
        "到2025年，全市建成公共充电桩2万个以上。",
        "（三）加强宣传引导，营造良好氛围，打印材料由各校自行解决。",
        "时间：2024年3月至6月，各校完成自查。",
        "2.加强教师队伍建设，建立健全教师交流轮岗制度，每年交流比例不低于10%，确保下一篇章工作顺利开展。",
            "全市公共图书馆年阅读量达到1000万人次。",
            "推行食品经营许可证电子化，办理时限压缩至5个工作日。",
            "推进政务服务事项手机版全覆盖。",
            "下篇：重点任务",
            "来源：各区上报数据汇总。",
    ])
    func noticeLinesSurvive(_ line: String) {
        var lines = Array(repeating: "正文段落。", count: 30)
        lines.insert(line, at: 15)
        let out = FurnitureFilter.shared.clean(NormalizedText(lines.joined(separator: "\n")))
        #expect(out.text.string.contains(line))
        #expect(out.removedCount == 0)
    }

    @Test func repeatedLinesAreNeverDropped() {
        let text = Array(repeating: "（1）完成目标任务。\n责任单位：区生态环境局", count: 5).joined(separator: "\n")
        let out = FurnitureFilter.shared.clean(NormalizedText(text))
        #expect(out.text.string == text)
    }

    @Test func inlineTruncationNoticesAreCutOutOfTheirLine() {
        let t = NormalizedText("社会认可度达到8 ……(快文网http://www.fanwy.cn省略994字,正式会员可完整阅读)…… \n落实义 ……(未完,全文共5368字,当前只显示2585字,请阅读下面提示信息。收藏推进县域义务教育")
        let out = FurnitureFilter.shared.clean(t)
        #expect(out.text.string == "社会认可度达到8\n落实义")
    }

    @Test func titleLineGivesAHint() {
        let out = FurnitureFilter.shared.clean(NormalizedText("标题:推进县域义务教育优质均衡发展工作方案\n正文。"))
        #expect(out.hints.title == "推进县域义务教育优质均衡发展工作方案")
        #expect(out.text.string == "正文。")
    }

    /// The topmost post line dates the page and finds its headline, even where an editor's line
    /// at the foot is furniture too.
    @Test func thePostLineUnderTheHeadlineDatesThePage() {
        let page = "2017年要完成易地扶贫搬迁340万人\n2017-03-05 10:52:00 来源: 人民网 作者:\n今年完成易地扶贫搬迁340万人。\n责任编辑:孙华飞"
        let out = FurnitureFilter.shared.clean(NormalizedText(page))
        #expect(out.hints.posted == "2017-03-05")
        #expect(out.hints.title == "2017年要完成易地扶贫搬迁340万人")
    }

    /// …and so does a date on a post line just below the topmost one, or among the fields of a
    /// header line with a counter.
    @Test(arguments: [
        "某市今年建设保障房7981套\n来源:台海网 |\n时间:2023-05-27 11:34:39\n今年计划筹集保障性租赁住房1403套。",
        "文章出自: 责任编辑: 作者:未知 访问量:30 发表时间:2023-05-27 11:06:30\n今年计划筹集保障性租赁住房1403套。",
    ])
    func aPostDateBelowOrAmongFieldsDatesThePage(_ page: String) {
        let out = FurnitureFilter.shared.clean(NormalizedText(page))
        #expect(out.hints.posted == "2023-05-27")
    }

    /// A printed page number on a line of its own goes, and a figure it split is whole again.
    @Test func aPageNumberLineGoesAndItsSplitFigureJoins() {
        let out = FurnitureFilter.shared.clean(NormalizedText("到2025年,全县新建农村公路120公里,改造危桥4\n- 2 -\n5座,新增停车泊位3000个。\n— 3 —\n二、保障措施"))
        #expect(out.text.string == "到2025年,全县新建农村公路120公里,改造危桥45座,新增停车泊位3000个。\n二、保障措施")
    }

    @Test func offsetsSurviveFiltering() {
        let t = NormalizedText("上一篇:别的文章\n正文第一句。")
        let out = FurnitureFilter.shared.clean(t)
        #expect(out.text.string == "正文第一句。")
        #expect(out.text.sourceOffsets.first == 9)
    }
}
