import Testing

@testable import TargetLedger

/// Lines a PDF's layout broke in mid-sentence run on; ordinary lines stay.
@Suite struct LineReflowTests {
    /// `text` cut into printed lines of `width` characters, as a PDF's text layer keeps them.
    static func wrapped(_ paragraphs: [String], width: Int) -> String {
        paragraphs.map { p in
            let sc = Array(p.unicodeScalars)
            return stride(from: 0, to: sc.count, by: width).map { String(String.UnicodeScalarView(sc[$0..<min($0 + width, sc.count)])) }
                .joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static let body = [
        "到2025年，全市城乡社区综合服务设施实现全覆盖，每百户居民拥有社区服务设施面积不低于30平方米，社区养老服务设施覆盖率达到100%，街道综合养老服务中心覆盖率达到90%以上，城市社区托育服务机构覆盖率稳步提升，群众满意度持续提高。",
        "一、加强社区服务设施建设，统筹推进城乡社区综合服务设施规划布局，结合老旧小区改造补齐设施短板，新建住宅小区按照每百户不低于30平方米的标准配建社区综合服务设施，并与住宅同步规划、同步建设、同步验收、同步交付使用。",
        "二、提升社区服务能力，完善社区服务清单，推动各类服务事项进驻社区综合服务设施，发展社区养老、托育、家政、助餐、助医等服务，到2025年，每个街道至少建成一个综合养老服务中心，社区嵌入式养老服务机构达到200家。",
    ]

    @Test func wrappedLinesRunOnAndListItemsStayApart() {
        let text = Self.wrapped(Self.body, width: 24)
        let out = LineReflow.reflow(NormalizedText(text)).string
        #expect(out == Self.body.joined(separator: "\n"))
    }

    @Test func sourceOffsetsFollowTheCharacters() {
        let input = NormalizedText(Self.wrapped(Self.body, width: 24))
        let out = LineReflow.reflow(input)
        for (k, c) in out.scalars.enumerated() {
            #expect(input.scalars[out.sourceOffsets[k]] == c)
        }
    }

    /// Lines that are paragraphs (most end a sentence, widths differ) are no layout.
    /// In a page too short to measure, only a figure broken off before its unit runs on; a
    /// line of prose that ends without punctuation stays a line.
    @Test func aFigureBrokenBeforeItsUnitRunsOn() {
        let text = "到2020年末，年进出口总额保持在3000亿美元左右，金融资产总量达6.5万\n亿元，上市企业超过165家。\n新能源汽车新车销量占比达20%左右\n生态环境持续改善方面，基本消除黑臭水体。"
        let out = LineReflow.reflow(NormalizedText(text), joinProse: true).string
        #expect(out.contains("6.5万亿元"))
        #expect(out.contains("左右\n生态"))
    }

    /// A measure broken off from the verb that sets it (…安全利用率 / 达到90%以上) runs on; a line
    /// that ends a measure's name as a heading would (主要指标 / 达到…) is no sentence with a comma.
    @Test func aMeasureBrokenBeforeItsVerbRunsOn() {
        let text = "到2020年,受污染耕地安全利用率达到95%左右,污染地块安全利用率\n达到90%以上。\n空气质量优良天数比率\n达到80%"
        let out = LineReflow.reflow(NormalizedText(text), joinProse: true).string
        #expect(out == "到2020年,受污染耕地安全利用率达到95%左右,污染地块安全利用率达到90%以上。\n空气质量优良天数比率\n达到80%")
    }

    @Test func paragraphsStayAsTheyAre() {
        let lines = (0..<14).map { "第\($0 + 1)项任务：新建社区服务中心\($0 + 2)个，完成老旧小区改造\($0 * 3 + 10)个。" }
        let text = lines.joined(separator: "\n")
        #expect(LineReflow.reflow(NormalizedText(text)).string == text)
    }

    /// Too few lines to tell a layout from chance.
    @Test func aShortTextStaysAsItIs() {
        let text = Self.wrapped([Self.body[0]], width: 24)
        #expect(LineReflow.reflow(NormalizedText(text)).string == text)
    }
}
