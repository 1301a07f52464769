import Foundation
import Testing

@testable import TargetLedger

/// An unchanged document's outputs are copied from the last run's files only when the bytes read
/// back are that document's whole entry and rows.
@Suite struct CopiedEntryTests {
    /// A run over three seeds and an empty notice, with the ledger, CSV and manifest it wrote.
    static func written() async throws -> (TempCorpus, [UInt8], [UInt8], RunManifest) {
        let c = try TempCorpus(seeds: 3)
        try c.write("empty.txt", Array("关于召开会议的通知\n请各单位准时参加。\n".utf8))
        _ = try await c.run(rules: try TempCorpus.rules())
        let manifest = try #require(RunManifest.load(from: CorpusRunner.cacheDirectory(in: c.out)))
        return (c, [UInt8](try c.output(LedgerOutputs.Name.ledger)), [UInt8](try c.output(LedgerOutputs.Name.csv)), manifest)
    }

    static func slice(_ bytes: [UInt8], _ r: LedgerRange) -> [UInt8] { Array(bytes[r.offset..<r.end]) }

    @Test func theRecordedRangesAreWholeEntriesAndRows() async throws {
        let (c, ledger, csv, manifest) = try await Self.written()
        _ = c
        try #require(manifest.documents.count == 4)
        var rows: [UInt8] = []
        for d in manifest.documents {
            let l = try #require(d.ledger), r = try #require(d.csv)
            let copy = try #require(
                CopiedEntry.checked(path: d.path, ledgerBytes: Self.slice(ledger, l), csvRows: Self.slice(csv, r), recordedHash: d.hash))
            let parsed = try copy.parsed()
            #expect(copy.targetCount == parsed.result.targets.count)
            #expect(copy.csvRows == parsed.csvRows, "the CSV range holds the rows the entry encodes")
            #expect(copy.contentHash == parsed.contentHash)
            rows += copy.csvRows
        }
        #expect(manifest.documents.contains { $0.csv?.length == 0 }, "the empty notice has no rows")
        // The ranges tile the CSV file after its BOM and header.
        let header = 3 + TargetsCSVWriter.row(TargetsCSVWriter.columns).utf8.count
        #expect(Array(csv[header...]) == rows)
    }

    @Test func bytesOfAnotherPlaceAreRefused() async throws {
        let (_, ledger, csv, manifest) = try await Self.written()
        let withTargets = manifest.documents.filter { ($0.csv?.length ?? 0) > 0 }
        try #require(withTargets.count >= 2)
        let a = withTargets[0], b = withTargets[1]
        let la = Self.slice(ledger, a.ledger!), ca = Self.slice(csv, a.csv!)
        // Another document's path.
        #expect(CopiedEntry.checked(path: b.path, ledgerBytes: la, csvRows: ca, recordedHash: nil) == nil)
        // Another document's rows.
        #expect(CopiedEntry.checked(path: a.path, ledgerBytes: la, csvRows: Self.slice(csv, b.csv!), recordedHash: nil) == nil)
        // A range running into the next entry, or cut short.
        let next = Self.slice(ledger, LedgerRange(offset: a.ledger!.offset, length: a.ledger!.length + b.ledger!.length))
        if a.ledger!.end == b.ledger!.offset {
            #expect(CopiedEntry.checked(path: a.path, ledgerBytes: next, csvRows: ca, recordedHash: nil) == nil)
        }
        #expect(CopiedEntry.checked(path: a.path, ledgerBytes: Array(la.dropLast(5)), csvRows: ca, recordedHash: nil) == nil)
        // Rows cut short, or rows for a document without targets.
        #expect(CopiedEntry.checked(path: a.path, ledgerBytes: la, csvRows: Array(ca.dropLast(1)), recordedHash: nil) == nil)
        let empty = try #require(manifest.documents.first { $0.csv?.length == 0 })
        #expect(CopiedEntry.checked(path: empty.path, ledgerBytes: Self.slice(ledger, empty.ledger!), csvRows: ca, recordedHash: nil) == nil)
    }

    /// Read from the files: a range must start where a line starts.
    @Test func readsOnlyRangesThatStartALine() async throws {
        let (c, _, _, manifest) = try await Self.written()
        let l = open(c.out.appendingPathComponent(LedgerOutputs.Name.ledger).path, O_RDONLY)
        let v = open(c.out.appendingPathComponent(LedgerOutputs.Name.csv).path, O_RDONLY)
        defer {
            close(l)
            close(v)
        }
        let d = try #require(manifest.documents.last { ($0.csv?.length ?? 0) > 0 && ($0.ledger?.offset ?? 0) > 0 })
        let lr = d.ledger!, cr = d.csv!
        #expect(CopiedEntry.read(path: d.path, ledgerFD: l, at: lr, csvFD: v, at: cr, recordedHash: nil) != nil)
        let shifted = LedgerRange(offset: lr.offset + 1, length: lr.length - 1)
        #expect(CopiedEntry.read(path: d.path, ledgerFD: l, at: shifted, csvFD: v, at: cr, recordedHash: nil) == nil)
        let csvShifted = LedgerRange(offset: cr.offset + 1, length: cr.length - 1)
        #expect(CopiedEntry.read(path: d.path, ledgerFD: l, at: lr, csvFD: v, at: csvShifted, recordedHash: nil) == nil)
        let past = LedgerRange(offset: lr.offset, length: lr.length + 1_000_000)
        #expect(CopiedEntry.read(path: d.path, ledgerFD: l, at: past, csvFD: v, at: cr, recordedHash: nil) == nil)
    }

    @Test func aRecordedKeyServesOnlyAnUnchangedFingerprint() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tl-fp-\(UUID().uuidString)")
        try Data("到2030年".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var old = try #require(FileFingerprint(url: file))
        old.mtime = 1_000_000_000_000
        old.ctime = 1_000_000_000_000
        let manifest = RunManifest(
            settings: "s", started: 2_000_000_000_000,
            documents: [
                RunManifest.Document(path: "a.txt", fingerprint: old, key: "k-a", failure: nil),
                RunManifest.Document(path: "b.txt", fingerprint: old, key: "k-b", failure: DocumentFailure(path: "b.txt", stage: "read", message: "x")),
            ], outputs: [:], targets: 0)
        let keys = RecordedKeys(manifest)
        #expect(keys.key(of: "a.txt", now: old)?.hex == "k-a")
        var grown = old
        grown.size = 11
        #expect(keys.key(of: "a.txt", now: grown) == nil)
        #expect(keys.key(of: "b.txt", now: old) == nil, "a failed document is run again")
        #expect(keys.key(of: "c.txt", now: old) == nil)
        // Changed within two seconds of the run's start: an equal fingerprint proves nothing.
        var racy = old
        racy.mtime = manifest.started - 1_000_000_000
        let racyManifest = RunManifest(
            settings: "s", started: manifest.started,
            documents: [RunManifest.Document(path: "a.txt", fingerprint: racy, key: "k-a", failure: nil)], outputs: [:], targets: 0)
        #expect(RecordedKeys(racyManifest).key(of: "a.txt", now: racy) == nil)
    }
}
