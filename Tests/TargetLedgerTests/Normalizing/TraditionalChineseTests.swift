import Testing

@testable import TargetLedger

/// Notices in traditional characters are read through the simplified rules; simplified ones
/// are left exactly as written.
@Suite struct TraditionalChineseTests {
    static let traditional =
        "1.到2025年,體育產業總規模超過7200億元,裁員率不超過企業職工總數20%,建設12310個農民體育健身工程。(市人力資源社會保障局、市醫保局負責)"

    @Test func aTraditionalNoticeIsFoldedCharacterForCharacter() throws {
        let doc = try DocumentReader().read(bytes: Array(Self.traditional.utf8), path: "t.txt")
        #expect(doc.text.string.contains("体育产业总规模超过7200亿元"))
        #expect(doc.record.warnings.contains { $0.contains("traditional") })
        // Offsets still point into the source: one character in, one character out.
        #expect(doc.text.scalars.count == doc.text.sourceOffsets.count)
    }

    @Test func itsTargetsReadAsInSimplifiedText() throws {
        let doc = try DocumentReader().read(bytes: Array(Self.traditional.utf8), path: "t.txt")
        let recs = TargetExtractor(rules: try RuleSet.load(from: TestPaths.rules)).extract(doc)
        let money = try #require(recs.first { $0.unit == "元" })
        #expect(money.comparator == .greater)
        #expect(money.indicator == "体育产业总规模")
        let count = try #require(recs.first { $0.unit == "个" })
        #expect(count.value == 12310)
        #expect(count.responsible.map(\.name) == ["市人力资源社会保障局", "市医保局"])
        let limit = try #require(recs.first { $0.unit == "%" })
        #expect(limit.comparator == .atMost)
    }

    @Test(arguments: ["显著提高建设质量，著力推进2025年达到95%", "於是到2025年覆盖率达到95%"])
    func aSimplifiedNoticeIsLeftAsWritten(_ text: String) throws {
        let doc = try DocumentReader().read(bytes: Array(text.utf8), path: "s.txt")
        #expect(doc.text.string == text)
        #expect(!doc.record.warnings.contains { $0.contains("traditional") })
    }

    @Test func pinyinGlossesComeOff() {
        let text = NormalizedText("建全民健身設(shè)施，日?(bào)消息，方案(2021)与附件(a)")
        let out = PinyinGloss.strip(text)
        #expect(out?.string == "建全民健身設施，日?消息，方案(2021)与附件(a)")
        #expect(out.map { $0.scalars.count == $0.sourceOffsets.count } == true)
        #expect(PinyinGloss.strip(NormalizedText("方案(2021)与附件(a)")) == nil)
    }
}
