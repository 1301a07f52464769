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
