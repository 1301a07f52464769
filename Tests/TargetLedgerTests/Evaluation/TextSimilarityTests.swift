import Foundation
import Testing

@testable import TargetLedger

/// Bigram Dice and overlap, against score.py's own functions on awkward inputs.
@Suite("TextSimilarity")
struct TextSimilarityTests {
    static let pairs: [(String, String)] = [
        ("小学学龄儿童入学率", "小学学龄儿童入学率"),
        ("初中入学率", "小学入学率"),
        ("入学率", "初中入学率"),
        ("学 生 每 天 锻 炼", "学生每天锻炼"),
        ("率", "率"),
        ("率", "入学率"),
        ("a", "b"),
        ("", "入学率"),
        ("   ", "入学率"),
        ("哈哈哈哈", "哈哈"),
        ("万元GDP能耗", "单位GDP能耗"),
        ("单位国内生产总值能源消耗", "单位GDP能源消耗"),
        ("\u{3000}就业人数\u{3000}", "城镇新增就业人数"),
        ("e\u{301}", "é"),
        ("新增图书", "图书新增"),
    ]

    @Test("dice and overlap equal score.py's on awkward pairs")
    func matchesPython() throws {
        let input = try JSONSerialization.data(withJSONObject: Self.pairs.map { [$0.0, $0.1] })
        let script = """
            import json, sys, importlib.util
            spec = importlib.util.spec_from_file_location("score", sys.argv[1])
            m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
            pairs = json.loads(sys.argv[2])
            print(json.dumps([[m.dice(a, b), m.overlap(a, b)] for a, b in pairs]))
            """
        let out = try SchemaValidator.runPython(
            script, arguments: [ScorePyAgreementTests.scorePy.path, String(decoding: input, as: UTF8.self)])
        try #require(out.status == 0, "\(out.stderr)")
        let expected = try JSONDecoder().decode([[Double]].self, from: Data(out.stdout.utf8))
        for ((a, b), e) in zip(Self.pairs, expected) {
            #expect(TextSimilarity.dice(a, b) == e[0], "dice(\(a), \(b))")
            #expect(TextSimilarity.overlap(a, b) == e[1], "overlap(\(a), \(b))")
        }
    }

    @Test func containmentIsFullOverlap() {
        #expect(TextSimilarity.overlap("入学率", "小学入学率") == 1)
        #expect(TextSimilarity.overlap(nil, "入学率") == 0)
    }

    @Test func coverageOfANarrowerIndicator() {
        #expect(TextSimilarity.coverage("新建再生水厂", in: "新建污水处理厂、再生水厂") == 0.8)
        #expect(TextSimilarity.coverage("氨氮排放总量", in: "化学需氧量和氨氮排放总量") == 1)
        #expect(TextSimilarity.coverage("", in: "入学率") == 0)
    }

    @Test func whitespaceIsPythons() {
        #expect(TextSimilarity.strip("\u{1C}\u{3000} 率 \u{2028}") == "率")
        #expect(TextSimilarity.bigrams("a b").count == 1)
        #expect(TextSimilarity.bigrams("率").count == 1)
        #expect(TextSimilarity.bigrams(" ").isEmpty)
    }
}
