import Testing

@testable import TargetLedger

/// Normalisation: full-width forms to ASCII, CJK punctuation kept, offsets kept.
struct TextNormalizerTests {
    func norm(_ s: String) -> String { TextNormalizer().normalize(NormalizedText(s)).string }

    @Test func fullWidthDigitsLettersPercentToASCII() {
        #expect(norm("达到９５％，ＰＭ２．５浓度") == "达到95%，PM2.5浓度")
        #expect(norm("９７．５％") == "97.5%")
    }

    /// PDF conversion writes some decimal points as 。; a sentence ending in a figure before a
    /// date or a list item stays two sentences.
    @Test func fullStopBetweenDigitsAsDecimalPoint() {
        #expect(norm("接口规范（V2。0）") == "接口规范（V2.0）")
        #expect(norm("覆盖率达到3。5%") == "覆盖率达到3.5%")
        #expect(norm("管网达到100。2025年底前完成") == "管网达到100。2025年底前完成")
        #expect(norm("目标为3。1、加强领导") == "目标为3。1、加强领导")
        #expect(norm("共计12。345个") == "共计12。345个")
    }

    /// …and some sentence ends as ".": between Han characters it is 。; in figures, versions
    /// and addresses it stays.
    @Test func asciiFullStopBetweenSentences() {
        #expect(norm("提高到26%以上.城乡居民.(一)全县") == "提高到26%以上。城乡居民。(一)全县")
        #expect(norm("提高到26%以上.城乡居民⼀") == "提高到26%以上。城乡居民一")
        #expect(norm("V2.0版和www.gov.cn和第1.2条") == "V2.0版和www.gov.cn和第1.2条")
    }

    @Test func cjkPunctuationCircledAndRomanKept() {
        let s = "（一）指标：①《方案》〔2022〕、Ⅲ级；第Ⅻ条。"
        #expect(norm(s) == s)
        #expect(norm("二○○九年") == "二○○九年")
        #expect(norm("二〇〇九年") == "二〇〇九年")
    }

    @Test func invisibleCharactersAndOddSpaces() {
        #expect(norm("目\u{200B}标\u{FEFF}任务") == "目标任务")
        #expect(norm("达到\u{3000}\u{3000}100%") == "达到 100%")
        #expect(norm("主要\u{3000}\u{3000}目标") == "主要目标")
        #expect(norm("PM2.5\u{00A0}\u{00A0}and  NO2") == "PM2.5 and NO2")
        #expect(norm("   行首空格\r\n\r\n\n下一行  ") == "行首空格\n下一行")
    }

    @Test func spaceBetweenTwoCJKCharactersDropped() {
        #expect(norm("深化医疗保障制度改革的意 见》精神") == "深化医疗保障制度改革的意见》精神")
        #expect(norm("跨省异地就医直 接结算") == "跨省异地就医直接结算")
    }

    /// Text taken from PDFs sets figures apart with spaces (到 2035 年, 2023 年底前): they go,
    /// except after a table row's number at the start of a line.
    @Test func spaceBetweenHanAndFiguresDropped() {
        #expect(norm("到 2035 年，覆盖率达到 95 %以上") == "到2035年，覆盖率达到95%以上")
        #expect(norm("2023 年底前，完成") == "2023年底前，完成")
        #expect(norm("6 火灾十万人口死亡率") == "6 火灾十万人口死亡率")
        #expect(norm("PM2.5 and NO2 浓度") == "PM2.5 and NO2 浓度")
        // (A figure's magnitude and the next figure stay apart: two figures, not 1000008.)
        #expect(norm("减少贫困人口100万 8个贫困县摘帽") == "减少贫困人口100万 8个贫困县摘帽")
    }

    /// Spaces that set a table's cells apart stay: before a figure not glued to a unit, after a
    /// figure before a word, and any gap wider than one space.
    @Test func spacesBetweenTableCellsKept() {
        #expect(norm("火灾十万人口死亡率 0.06 ≤0.17") == "火灾十万人口死亡率 0.06 ≤0.17")
        #expect(norm("2897 ≤2607 下降10%以上") == "2897 ≤2607 下降10%以上")
        #expect(norm("收入年均增长(%)      >7.5      预期性") == "收入年均增长(%) >7.5 预期性")
        #expect(norm("指 标   2025 年   属 性") == "指标 2025年 属性")
    }

    @Test func horizontalBarIsADash() {
        #expect(norm("规划期限为2021―2030年") == "规划期限为2021—2030年")
    }

    @Test func compatibilityFormsThroughICU() {
        // Kangxi radical ⼀ (U+2F00) and the small bracket ﹝ (U+FE5D) as PDF text carries them.
        #expect(norm("辽政发﹝2016﹞56号") == "辽政发〔2016〕56号")
        #expect(norm("\u{2F00}体化") == "一体化")
    }

    @Test func offsetsMapBackToTheSource() {
        let src = "　　到２０２５年，\n\n达到９５％"
        let n = TextNormalizer().normalize(NormalizedText(src))
        let source = Array(src.unicodeScalars)
        #expect(n.string == "到2025年，\n达到95%")
        #expect(n.sourceOffsets.count == n.count)
        #expect(source[n.sourceOffsets[0]] == "到")
        #expect(source[n.sourceOffsets[1]] == "２")
        #expect(source[n.sourceOffsets[n.count - 1]] == "％")
        #expect(n.sourceOffsets == n.sourceOffsets.sorted())
    }
}
