import Foundation
import Testing

@testable import TargetLedger

/// Issue 3, acceptance 2 on the scraped seeds: no furniture survives, every body sentence does.
struct SeedFurnitureTests {
    struct Case: Sendable, CustomStringConvertible {
        var seed: String
        /// Strings that only furniture lines hold.
        var furniture: [String]
        var description: String { seed }
    }

    static let cases: [Case] = [
        Case(
            seed: "001",
            furniture: [
                "标题:", "快文网", "省略994字", "正式会员", "未完,全文共5368字", "当前只显示", "更多相关文章", "支持和推进县域经济社会转型发展的对策思考",
                "夯实教育信息化基础", "推进县局机关实体化", "上一篇", "下一篇", "相关栏目", "2019年党建应知应会测试题",
                // the titles of the related-articles list
                "统筹推进县域内城乡义务教育一体化改革发展的实施方案", "学习体会", "计划生育", "局长在推进县域义务教育均衡发展启动会上的讲话",
                "市委编办", "地方税收专业化管理", "收藏推进县域",
            ]),
        Case(
            seed: "003",
            furniture: [
                "用户名", "密码", "撰稿", "摄影摄像", "评论:0", "点击:", "相关热词搜索", "上一篇", "下一篇", "教育部等5部门", "分享到",
            ]),
        Case(
            seed: "004",
            furniture: [
                "上传人", "文档编号", "格式:DOC", "返回 下载", "实施方案_第", "共6页", "点击查看更多", "资源描述", "由会员分享", "金锄头文库",
                "展开阅读全文", "相关资源", "正为您匹配", "相关搜索", "最新文档", "当前位置", "大杂烩", "电脑版", "经营许可证", "公网安备", "ICP备",
            ]),
    ]

    @Test(arguments: cases)
    func noFurnitureEveryBodySentence(_ c: Case) throws {
        let path = try ReadingSupport.file("seeds", c.seed)
        let raw = String(decoding: try TestPaths.bytes(TestPaths.corpusFile(path)), as: UTF8.self)
        let doc = try ReadingSupport.read(path)
        let out = ReadingSupport.squeeze(doc.text.string)
        for f in c.furniture {
            #expect(!doc.text.string.contains(f), "furniture survived: \(f)")
        }
        let body = ReadingSupport.bodySentences(raw, furniture: c.furniture)
        #expect(body.count > 20)
        for s in body {
            let kept = out.contains(s)
            #expect(kept, "body sentence lost: \(s)")
        }
        // Repeated sentences keep every copy.
        for s in Set(body) where body.filter({ $0 == s }).count > 1 && s.count > 6 {
            let copies = ReadingSupport.occurrences(of: s, in: out)
            #expect(copies >= body.filter { $0 == s }.count, "repeat lost: \(s)")
        }
    }

    @Test func bulletGluedToBodyKeepsItsSentence() throws {
        let doc = try ReadingSupport.read(try ReadingSupport.file("seeds", "001"))
        #expect(doc.text.string.contains("规则意识、法制观念、公民意识教育。"))
        #expect(!doc.text.string.contains("•"))
    }

    @Test func documentSitePagesAreGluedBack() throws {
        let doc = try ReadingSupport.read(try ReadingSupport.file("seeds", "004"))
        let t = doc.text.string
        #expect(t.contains("不断优化教育资源配置"))
        #expect(t.contains("调整领导小组"))
        #expect(!t.contains("7、组"))
    }
}
