import Testing

@testable import TargetLedger

/// The character sets tested on every character, and strings built straight from scalars.
@Suite struct ScalarSetTests {
    @Test func smallSetsAnswerForASCIIAndHan() {
        let s = ScalarSet("，,。\n")
        #expect(s.contains("，") && s.contains(",") && s.contains("。") && s.contains("\n"))
        #expect(!s.contains("、") && !s.contains("a") && !s.contains("年"))
    }

    @Test func largeSetsUseTheirBitmapAndStillAnswerOutsideTheBMP() {
        let han = "一二三四五六七八九十百千万亿零两"
        let s = ScalarSet(han + "𠀀")
        for c in han.unicodeScalars { #expect(s.contains(c)) }
        #expect(s.contains("𠀀"))
        #expect(!s.contains("年") && !s.contains("1") && !s.contains("𠀁"))
        #expect(String(String.UnicodeScalarView(s.members)) == han.unicodeScalars.sorted { $0.value < $1.value }.map(String.init).joined() + "𠀀")
    }

    @Test(arguments: ["", "abc", "é中文", "目标2025年", "𠀀x𠀁", "ñ\u{7FF}\u{800}\u{FFFF}\u{10000}"])
    func stringsFromScalarsRoundTrip(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        if scalars.count > 2 { #expect(String(scalars: scalars[1..<(scalars.count - 1)]) == String(String.UnicodeScalarView(scalars[1..<(scalars.count - 1)]))) }
    }
}
