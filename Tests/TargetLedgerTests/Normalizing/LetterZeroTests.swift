import Testing

@testable import TargetLedger

/// The letter o typed for a zero in a Chinese-digit year (二oo八年) is read as 〇; other letters o
/// stay as they are.
@Suite struct LetterZeroTests {
    static func fold(_ s: String) -> String? {
        let sc = Array(s.unicodeScalars)
        return LetterZero.fold(NormalizedText(scalars: sc, sourceOffsets: Array(sc.indices))).map(\.string)
    }

    @Test func aYearTypedWithLetters() {
        #expect(Self.fold("到二oo八年底") == "到二〇〇八年底")
        #expect(Self.fold("二OO九年") == "二〇〇九年")
    }

    @Test(arguments: ["IPO上市", "二o号", "Google二o", "二oo"])
    func lettersThatAreNoZeros(_ s: String) {
        #expect(Self.fold(s) == nil)
    }

    @Test func theYearDatesItsTarget() throws {
        let doc = try DocumentReader().read(bytes: Array("到二oo八年，全县新增造林面积1.2万亩。".utf8), path: "o.txt")
        let rules = try RuleSet.load(from: TestPaths.rules)
        #expect(TargetExtractor(rules: rules).extract(doc).first?.deadline?.date == "2008")
    }
}
