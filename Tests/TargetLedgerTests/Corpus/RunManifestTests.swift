import Foundation
import Testing

@testable import TargetLedger

@Suite struct RunManifestTests {
    @Test func anUntouchedOutputFolderIsLeftAsItIs() async throws {
        let c = try TempCorpus(seeds: 3)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let ledger = c.out.appendingPathComponent(LedgerOutputs.Name.ledger)
        let before = FileFingerprint(url: ledger)
        let warm = try await c.run(rules: rules)
        #expect(warm.extracted == 0 && warm.cached == 3)
        #expect(FileFingerprint(url: ledger) == before, "an up-to-date ledger was rewritten")
    }

    @Test func aDamagedOutputIsWrittenAgainFromTheCache() async throws {
        let c = try TempCorpus(seeds: 3)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let csv = try c.output(LedgerOutputs.Name.csv)
        try FileManager.default.removeItem(at: c.out.appendingPathComponent(LedgerOutputs.Name.csv))
        let again = try await c.run(rules: rules)
        #expect(again.extracted == 0 && again.cached == 3)
        #expect(try c.output(LedgerOutputs.Name.csv) == csv)
    }

    @Test func aTouchedButUnchangedFileIsNotExtractedAgain() async throws {
        let c = try TempCorpus(seeds: 2)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let name = try FileManager.default.contentsOfDirectory(atPath: c.corpus.path).first { $0.hasSuffix(".txt") }!
        let url = c.corpus.appendingPathComponent(name)
        try Data(contentsOf: url).write(to: url)
        let again = try await c.run(rules: rules)
        #expect(again.extracted == 0 && again.cached == 2)
    }

    @Test func racyFingerprintsAreNotTrusted() {
        var f = FileFingerprint(url: URL(fileURLWithPath: #filePath))!
        f.mtime = 10_000_000_000
        f.ctime = 10_000_000_000
        #expect(f.isRacy(against: 11_000_000_000))
        #expect(!f.isRacy(against: 13_000_000_000))
    }
}
