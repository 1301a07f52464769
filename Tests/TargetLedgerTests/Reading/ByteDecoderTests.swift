import Testing

@testable import TargetLedger

/// Decoding: BOMs, GBK declared or not, a lying declaration, invalid bytes counted.
struct ByteDecoderTests {
    static let sample = "关于印发《实施方案》的通知：到2025年达到95％。"

    @Test func utf8WithAndWithoutBOM() {
        let plain = Array(Self.sample.utf8)
        let a = ByteDecoder().decode(plain)
        let b = ByteDecoder().decode([0xEF, 0xBB, 0xBF] + plain)
        #expect(a.encoding == "UTF-8")
        #expect(b.encoding == "UTF-8")
        #expect(String(String.UnicodeScalarView(a.scalars)) == Self.sample)
        #expect(b.scalars == a.scalars)
    }

    @Test func utf16WithBOM() throws {
        let le = try ICUConverter.encode(Self.sample, charset: "UTF-16LE")
        let be = try ICUConverter.encode(Self.sample, charset: "UTF-16BE")
        let a = ByteDecoder().decode([0xFF, 0xFE] + le)
        let b = ByteDecoder().decode([0xFE, 0xFF] + be)
        #expect(a.encoding == "UTF-16LE")
        #expect(b.encoding == "UTF-16BE")
        #expect(String(String.UnicodeScalarView(a.scalars)) == Self.sample)
        #expect(String(String.UnicodeScalarView(b.scalars)) == Self.sample)
    }

    @Test(arguments: [nil, "GBK", "GB2312", "gb18030"] as [String?])
    func gbkDeclaredOrNot(_ declared: String?) throws {
        let bytes = try ICUConverter.encode(Self.sample, charset: "GBK")
        let d = ByteDecoder().decode(bytes, declared: declared)
        #expect(d.encoding == "GB18030")
        #expect(String(String.UnicodeScalarView(d.scalars)) == Self.sample)
        #expect(d.replacements == 0)
        #expect(d.warnings.isEmpty)
    }

    @Test func declarationContradictingTheBytesLoses() throws {
        let gbk = try ICUConverter.encode(Self.sample, charset: "GBK")
        let a = ByteDecoder().decode(gbk, declared: "UTF-8")
        #expect(a.encoding == "GB18030")
        #expect(a.warnings.contains { $0.contains("contradicts") })
        let b = ByteDecoder().decode(Array(Self.sample.utf8), declared: "GB2312")
        #expect(b.encoding == "UTF-8")
        #expect(b.warnings.contains { $0.contains("contradicts") })
    }

    @Test func charsetDeclarationIsFound() {
        let a = Array(#"<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />"#.utf8)
        let b = Array(#"<meta charset='UTF-8'>"#.utf8)
        #expect(CharsetDeclaration.find(in: a) == "GB2312")
        #expect(CharsetDeclaration.find(in: b) == "UTF-8")
        #expect(CharsetDeclaration.find(in: Array("纯文本".utf8)) == nil)
    }

    @Test func invalidBytesAreReplacedAndCounted() throws {
        let utf8 = try ReadingSupport.read("fixtures/text/invalid_bytes.utf8.txt").record
        #expect(utf8.encoding == "UTF-8")
        #expect(utf8.replacements == 3)
        #expect(utf8.warnings.contains { $0.contains("replaced") })
        let gbk = try ReadingSupport.read("fixtures/text/invalid_bytes.gbk.txt")
        #expect(gbk.record.encoding == "GB18030")
        #expect(gbk.record.replacements == 1)
        #expect(gbk.text.string.contains("完成率达到100%"))
    }
}
