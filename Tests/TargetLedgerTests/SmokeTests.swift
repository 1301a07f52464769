import Testing
@testable import TargetLedger

@Test func contentHashIsStable() {
    #expect(ContentHash.hex("abc") == ContentHash.hex("abc"))
    #expect(ContentHash.hex("abc") != ContentHash.hex("abd"))
}

@Test func icuRoundTripsGBK() throws {
    let bytes = try ICUConverter.encode("义务教育入学率达到100%", charset: "GB18030")
    let (text, subs) = try ICUConverter.decode(bytes, charset: "GB18030")
    #expect(String(decoding: text, as: UTF16.self) == "义务教育入学率达到100%")
    #expect(subs == 0)
    let bad = try ICUConverter.decode(bytes + [0xFF], charset: "GB18030")
    #expect(bad.substitutions == 1)
    let p = try ICUPattern("(\\d+)%")
    #expect(p.allMatches(in: Array("达到100%和95%".utf16)).count == 2)
    let wb = try ICUWordBreaker()
    #expect(try wb.boundaries(Array("小学学龄儿童入学率".utf16)).count > 2)
}
