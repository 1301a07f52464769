import Testing

@testable import TargetLedger

@Suite struct ChineseTokenizerTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    /// Domain terms of the lexicon come out whole, with offsets into the text.
    @Test(arguments: ["入学率", "巩固率", "生师比", "达标率", "覆盖率", "责任单位", "牵头单位", "百分点", "平方米", "万千瓦时"])
    func lexiconTermsStayWhole(_ term: String) {
        let text = "全市小学\(term)明显提高"
        let toks = ChineseTokenizer(rules: Self.rules).tokens(text)
        #expect(toks.contains { $0.text == term }, "\(toks.map(\.text))")
        for t in toks {
            let sc = Array(text.unicodeScalars)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: sc[t.range])
            #expect(String(v) == t.text)
        }
    }

    @Test func segmentsPlainChineseIntoWords() {
        let toks = ChineseTokenizer(rules: Self.rules).tokens("小学学龄儿童入学率达到100%")
        #expect(toks.count >= 4)
        #expect(toks.map(\.text).joined() == "小学学龄儿童入学率达到100%")
    }
}
