import Foundation
import Testing

@testable import TargetLedger

@Suite struct CorpusWalkerTests {
    @Test func walksRecursivelyInPathOrderSkippingHiddenOutputAndNonDocuments() throws {
        let c = try TempCorpus(seeds: 3)
        try c.write(".hidden.txt", Array("隐藏".utf8))
        try c.write(".git/notes.txt", Array("隐藏".utf8))
        try c.write("data.json", Array("{}".utf8))
        try c.write("page", Array("<!DOCTYPE html><html><body>通知</body></html>".utf8))
        try c.write("notes", Array("just ascii, no Chinese".utf8))
        try c.write("sub/README.md", Array("这个文件夹的说明".utf8))
        try c.write("sub/v1.expected.md", Array("| 1 | 新增 | 指标 | 10% |".utf8))
        try c.write("out/ledger.jsonl", Array("{}".utf8))
        try c.write("out/stale.txt", Array("输出目录里的文件".utf8))
        let files = try CorpusWalker(excluding: [c.corpus.appendingPathComponent("out")]).files(under: c.corpus)
        let paths = files.map(\.path)
        #expect(paths == paths.sorted { LedgerOrder.precedes($0, $1) })
        #expect(paths.contains("page"))
        #expect(!paths.contains { $0.hasPrefix(".") || $0.contains("/.") })
        #expect(!paths.contains("data.json") && !paths.contains("notes") && !paths.contains("sub/README.md"))
        #expect(!paths.contains("sub/v1.expected.md"))
        #expect(!paths.contains { $0.hasPrefix("out/") })
        #expect(paths.filter { $0.hasSuffix(".txt") }.count == 3)
        #expect(files.allSatisfy { $0.size > 0 })
    }

    @Test func aMissingCorpusIsAnError() {
        #expect(throws: CorpusError.self) {
            try CorpusWalker().files(under: URL(fileURLWithPath: "/nonexistent/corpus"))
        }
    }

    @Test(arguments: [
        ("<html><head>", true), ("全市新增学位", true), ("plain ascii text", false), ("\u{0}\u{1}binary", false),
    ])
    func sniffsHTMLAndChineseText(head: String, expected: Bool) {
        #expect(CorpusWalker.sniff(Array(head.utf8)) == expected)
    }
}
