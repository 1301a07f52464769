import Foundation
import Testing

@testable import TargetLedger

/// Text garbled upstream (UTF-8 once decoded as GBK or Latin-1, then saved as UTF-8) is found and
/// mended; sound text, simplified or traditional, is never touched.
struct MojibakeRepairTests {
    /// A real notice of the regression set: a work report with many figures.
    static let notice = "devdocs/d01_jiangsu_gwr_2026.txt"

    static func text(_ relative: String) throws -> String {
        String(decoding: try TestPaths.bytes(TestPaths.corpusFile(relative)), as: UTF8.self)
    }

    /// `text`'s UTF-8 bytes as a Latin-1 reader shows them.
    static func throughLatin1(_ text: String) -> [Unicode.Scalar] {
        text.utf8.map { Unicode.Scalar($0) }
    }

    /// `text`'s UTF-8 bytes as a GBK reader shows them (ICU, bad pairs replaced by U+FFFD).
    static func throughGBK(_ text: String) throws -> [Unicode.Scalar] {
        let units = try ICUConverter.decode(Array(text.utf8), charset: "GB18030").text
        return Array(String(decoding: units, as: UTF16.self).unicodeScalars)
    }

    @Test func latin1GarblingIsUndoneExactly() throws {
        let original = try Self.text(Self.notice)
        let fix = try #require(MojibakeRepair.repair(Self.throughLatin1(original)))
        #expect(String(String.UnicodeScalarView(fix.scalars)) == original)
        #expect(fix.lost == 0)
        #expect(fix.warning.contains("Latin-1"))
    }

    @Test func windows1252GarblingIsUndoneToo() throws {
        let original = "到2025年，全市森林覆盖率达到45%，新增绿地100公顷，建成口袋公园20个。"
        // Windows-1252 shows bytes 0x80–0x9F as letters and marks (€, ‚, “ …), not control codes.
        let garbled = original.utf8.map { b -> Unicode.Scalar in
            if let (scalar, _) = MojibakeRepair.windows1252.first(where: { $0.value == b }) { return Unicode.Scalar(scalar)! }
            return Unicode.Scalar(b)
        }
        #expect(garbled.contains { $0.value > 0xFF })
        let fix = try #require(MojibakeRepair.repair(garbled))
        #expect(String(String.UnicodeScalarView(fix.scalars)) == original)
    }

    @Test func gbkGarblingIsMostlyUndone() throws {
        let original = try Self.text(Self.notice)
        let garbled = try Self.throughGBK(original)
        let fix = try #require(MojibakeRepair.repair(garbled))
        #expect(fix.warning.contains("GBK"))
        // Every byte the GBK reader kept comes back; a character that lost a byte becomes
        // U+FFFD. Walked side by side (a loss may take a neighbour with it), nearly all of the
        // original's characters are found again in order.
        let original16 = Array(original.unicodeScalars)
        var i = 0
        var found = 0
        for c in fix.scalars where c != "\u{FFFD}" {
            if let k = original16[i...].prefix(8).firstIndex(of: c) {
                found += 1
                i = k + 1
            }
        }
        #expect(Double(found) > 0.85 * Double(original16.count))
        #expect(fix.lost > 0)
        #expect(fix.lost < original16.count / 10)
    }

    @Test func soundLinesOfAGarbledPageStayAsTheyWere() throws {
        // The site's template is sound, the notice it carries garbled.
        let sound = "首页 > 政务公开 > 通知公告\n关于印发《森林城市建设实施方案》的通知"
        let body = try Self.text(Self.notice)
        let garbled = Array(sound.unicodeScalars) + ["\n"] + (try Self.throughGBK(body))
        let fix = try #require(MojibakeRepair.repair(garbled))
        let lines = String(String.UnicodeScalarView(fix.scalars)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(2)) == sound.split(separator: "\n").map(String.init))
        #expect(lines.count == 2 + body.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(fix.scalars.count < garbled.count)
    }

    @Test(arguments: ["seeds/000_9cb59530c1e1e67e.txt", "devdocs/d06_sh_energy_carbonpeak_2022.txt", "devdocs/d07_ndrc_huode_dianli_2025.html"])
    func soundTextIsLeftAlone(_ relative: String) throws {
        let scalars = Array(try Self.text(relative).unicodeScalars)
        #expect(MojibakeRepair.repair(scalars) == nil)
        #expect(MojibakeRepair.suspect(scalars) == nil)
    }

    @Test func traditionalChineseIsNotGarbled() throws {
        let traditional = "到2025年，全市森林覆蓋率達到45%，新增綠地100公頃，建成口袋公園20個，城市綠道達到300公里。各區要強化責任，確保完成目標任務。"
        let scalars = Array(traditional.unicodeScalars)
        #expect(MojibakeRepair.repair(scalars) == nil)
        #expect(MojibakeRepair.suspect(scalars) == nil)
    }

    @Test func theReaderMendsAGarbledFileAndSaysSo() throws {
        let original = try Self.text(Self.notice)
        let garbled = String(String.UnicodeScalarView(Self.throughLatin1(original)))
        let mended = try DocumentReader().read(bytes: Array(garbled.utf8), path: "garbled.txt")
        let sound = try DocumentReader().read(bytes: Array(original.utf8), path: "sound.txt")
        #expect(mended.text.scalars == sound.text.scalars)
        #expect(mended.record.title == sound.record.title)
        #expect(mended.record.warnings.contains { $0.contains("mojibake") })
        #expect(!sound.record.warnings.contains { $0.contains("mojibake") })
    }

    @Test func unmendableGarblingIsReported() throws {
        // Big5 bytes read as GBK: garbled, but not through UTF-8, so nothing to undo.
        let original = "到2025年，全市森林覆蓋率達到45%，新增綠地100公頃，建成口袋公園20個，城市綠道達到300公里。各區要強化責任，確保完成目標任務，定期報送進展情況。"
        let big5 = try ICUConverter.encode(original, charset: "Big5")
        let units = try ICUConverter.decode(big5, charset: "GB18030").text
        let garbled = Array(String(decoding: units, as: UTF16.self).unicodeScalars)
        #expect(MojibakeRepair.repair(garbled) == nil)
        let warning = try #require(MojibakeRepair.suspect(garbled))
        #expect(warning.contains("garbled"))
    }
}
