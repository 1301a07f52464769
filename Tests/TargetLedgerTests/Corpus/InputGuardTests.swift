import Testing

@testable import TargetLedger

@Suite struct InputGuardTests {
    let guardrails = InputGuard(maxBytes: 1000, maxLineBytes: 100)

    @Test func refusesTooLargeEmptyBinaryAndUnbrokenRuns() {
        #expect(guardrails.checkSize(1001) != nil)
        #expect(guardrails.check([]) == "empty file")
        #expect(guardrails.check([0x50, 0x4B, 0, 0, 7]) != nil)
        #expect(guardrails.check([UInt8](repeating: 0x61, count: 101))?.contains("--max-line-bytes") == true)
    }

    @Test func letsRealTextThrough() {
        let text = String(repeating: "到2025年，全市义务教育入学率达到100%。", count: 50)
        #expect(guardrails.check(Array(text.utf8).prefix(990).map { $0 }) == nil)
        // UTF-16 with a byte-order mark has NULs and is still text.
        #expect(!InputGuard.looksBinary([0xFF, 0xFE, 0x30, 0, 0x31, 0]))
    }

    @Test func sentenceEndsBreakRunsInUTF8AndGBK() {
        let utf8 = Array(String(repeating: "字", count: 30).utf8) + [0xE3, 0x80, 0x82] + Array(String(repeating: "字", count: 30).utf8)
        // The run ends at the last byte of 。, so its first bytes count with the text before it.
        #expect(InputGuard.longestRun(utf8) == 92)
        let gbk: [UInt8] = [0xD7, 0xD6, 0xD7, 0xD6, 0xA1, 0xA3, 0xD7, 0xD6]
        #expect(InputGuard.longestRun(gbk) == 5)
    }
}
