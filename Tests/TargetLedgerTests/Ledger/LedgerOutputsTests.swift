import Foundation
import Testing

@testable import TargetLedger

@Suite struct LedgerOutputsTests {
    @Test func anAbandonedWriteLeavesThePreviousOutputsWhole() throws {
        let dir = try LedgerFixtures.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try Data(contentsOf: dir.appendingPathComponent(LedgerOutputs.Name.ledger))
        do {
            let out = try LedgerOutputs(directory: dir)
            try out.append(try LedgerEntry(result: LedgerFixtures.results()[0]))
            out.discard()
        }
        #expect(try Data(contentsOf: dir.appendingPathComponent(LedgerOutputs.Name.ledger)) == before)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(AtomicFile.temporaryMarker) }
        #expect(left.isEmpty)
    }

    @Test func refusesDocumentsOutOfOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tl-order-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try LedgerOutputs(directory: dir)
        let rs = LedgerFixtures.results()
        try out.append(try LedgerEntry(result: rs[1]))
        #expect(throws: LedgerWriteError.self) { try out.append(try LedgerEntry(result: rs[0])) }
    }

    @Test func ledgerLinesReadBackIntoTheSameResults() throws {
        let dir = try LedgerFixtures.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = String(decoding: try Data(contentsOf: dir.appendingPathComponent(LedgerOutputs.Name.ledger)), as: UTF8.self)
        #expect(try LedgerEntry.entries(inLedger: text, file: "ledger.jsonl").map(\.result) == LedgerFixtures.results())
    }
}

@Suite struct LedgerEntryTests {
    @Test func evidenceQuotingTheRecordFieldDoesNotOpenADocument() throws {
        var r = LedgerFixtures.results()[0]
        r.targets[0].evidence = #"引用 "record":"document" 的句子"#
        let e = try LedgerEntry(result: r)
        #expect(!LedgerEntry.isDocumentLine(e.lines[1]))
        #expect(LedgerEntry.isDocumentLine(e.lines[0]))
        let text = e.lines.joined(separator: "\n") + "\n"
        #expect(try LedgerEntry.entries(inLedger: text, file: "x").map(\.result) == [r])
    }

    @Test func linesSplitOnLFBytesAndSkipEmptyOnes() {
        #expect(LedgerEntry.lines(of: Data("a\n\n中文\nb".utf8)) == ["a", "中文", "b"])
        #expect(LedgerEntry.lines(of: Data()) == [])
    }

    @Test func aTargetLineInFirstPlaceIsAnError() throws {
        let e = try LedgerEntry(result: LedgerFixtures.results()[0])
        #expect(throws: LedgerFormatError.self) { try LedgerEntry(lines: Array(e.lines.dropFirst())) }
    }
}
