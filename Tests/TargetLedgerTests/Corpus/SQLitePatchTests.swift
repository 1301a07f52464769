import Foundation
import Testing

@testable import TargetLedger

/// A run over a corpus where a few documents changed patches the earlier `ledger.sqlite`
/// instead of building it again, and the patched file answers every query as a fresh build.
@Suite struct SQLitePatchTests {
    /// Rows of every table in an order that does not depend on the row numbers a patch gives
    /// out (`targets.id` and `targets.sentence` are left out; a target's responsible rows are
    /// keyed by its path and place in the ledger).
    static func contents(_ url: URL) throws -> [[String?]] {
        let db = try LedgerSQLiteReader(url: url)
        let columns = try db.rows("SELECT name FROM pragma_table_info('targets') WHERE name NOT IN ('id', 'sentence')").map { $0[0]! }
        var out = try db.rows("SELECT * FROM documents ORDER BY path")
        out += try db.rows("SELECT \(columns.joined(separator: ",")) FROM targets ORDER BY path, id")
        out += try db.rows(
            "SELECT t.path, r.target_id, r.name, r.role FROM responsible r JOIN targets t ON t.id = r.target ORDER BY t.path, t.id, r.rowid")
        out += try db.rows("SELECT * FROM errors ORDER BY path")
        out += try db.rows("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
        return out
    }

    /// A four-character phrase of every evidence sentence in `url`.
    static func phrases(_ url: URL) throws -> Set<String> {
        let rows = try LedgerSQLiteReader(url: url).rows("SELECT DISTINCT evidence FROM targets")
        return Set(rows.compactMap { $0[0] }.filter { !$0.contains("\"") && $0.count >= 4 }.map { "\"" + String($0.prefix(4)) + "\"" })
    }

    /// How many rows of the full-text index each phrase matches: left-over index entries of
    /// removed sentences would show here, though no target joins them.
    static func indexCounts(_ url: URL, _ phrases: Set<String>) throws -> [String: String] {
        let db = try LedgerSQLiteReader(url: url)
        var out: [String: String] = [:]
        for p in phrases {
            out[p] = try db.rows("SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH ?", [p])[0][0]
        }
        return out
    }

    /// A corpus of the five seeds and `filler` short notices, so that a few changes stay under
    /// the share of changed documents that is patched (`CorpusRunner.patchLimit`).
    static func corpus(filler: Int = 40) throws -> TempCorpus {
        let c = try TempCorpus(seeds: 5)
        for i in 0..<filler {
            try c.write("filler/\(i).txt", Array("关于第\(i)区学校建设的通知\n到2027年，第\(i)区新增学位\(100 + i)个，责任单位：区教育局。\n".utf8))
        }
        return c
    }

    @Test func changedDeletedAndAddedDocumentsPatchTheEarlierFile() async throws {
        let c = try Self.corpus()
        let rules = try TempCorpus.rules()
        let sqlite = c.out.appendingPathComponent(LedgerOutputs.Name.sqlite)
        let first = try await c.run(rules: rules)
        #expect(first.sqlite == "built")
        let before = try Self.phrases(sqlite)

        let names = try FileManager.default.contentsOfDirectory(atPath: c.corpus.path).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
        try #require(names.count >= 2)
        // One document rewritten whole (its old sentences must leave the index), one deleted,
        // one added.
        try c.write(names[0], Array("关于公园建设的通知\n到2030年，全市新建口袋公园不少于25个。\n".utf8))
        try FileManager.default.removeItem(at: c.corpus.appendingPathComponent(names[1]))
        try c.write("sub/added.txt", Array("到2031年，全县建成充电桩超过480个，责任单位：县发展改革局。\n".utf8))
        let patched = try await c.run(rules: rules)
        #expect(patched.sqlite == "patched")
        #expect(patched.extracted == 2 && patched.cached == first.documents - 2 && patched.documents == first.documents)
        // Every unchanged document's lines and rows were copied from the last run's files.
        #expect(patched.copied == patched.cached)

        let fresh = c.root.appendingPathComponent("fresh")
        let rebuilt = try await c.run(rules: rules, into: fresh, cache: false)
        #expect(rebuilt.sqlite == "built")
        let freshSQLite = fresh.appendingPathComponent(LedgerOutputs.Name.sqlite)
        #expect(try Self.contents(sqlite) == Self.contents(freshSQLite))
        let phrases = before.union(try Self.phrases(freshSQLite))
        #expect(phrases.count > 20)
        #expect(try Self.indexCounts(sqlite, phrases) == Self.indexCounts(freshSQLite, phrases))
        // The new sentence is found, joined to its target.
        let found = try LedgerSQLiteReader(url: sqlite).rows(
            "SELECT t.path FROM evidence_fts f JOIN targets t ON t.sentence = f.rowid WHERE evidence_fts MATCH ?", ["\"口袋公园\""])
        #expect(found == [[names[0]]])
        for name in [LedgerOutputs.Name.ledger, LedgerOutputs.Name.csv] {
            #expect(try c.output(name) == c.output(name, in: fresh))
        }

        // A patch of a patch: still the rows of a fresh build.
        try c.write("sub/added.txt", Array("到2032年，全县建成充电桩超过600个。\n".utf8))
        let again = try await c.run(rules: rules)
        #expect(again.sqlite == "patched" && again.extracted == 1)
        let fresh2 = c.root.appendingPathComponent("fresh2")
        _ = try await c.run(rules: rules, into: fresh2, cache: false)
        let fresh2SQLite = fresh2.appendingPathComponent(LedgerOutputs.Name.sqlite)
        #expect(try Self.contents(sqlite) == Self.contents(fresh2SQLite))
        let all = phrases.union(try Self.phrases(fresh2SQLite))
        #expect(try Self.indexCounts(sqlite, all) == Self.indexCounts(fresh2SQLite, all))
    }

    /// Copies read the last run's `targets.csv`; once that file is not the one the run wrote,
    /// the rows are encoded again from the parsed ledger entries.
    @Test func anEditedCSVIsNotCopiedFrom() async throws {
        let c = try Self.corpus(filler: 20)
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let csv = c.out.appendingPathComponent(LedgerOutputs.Name.csv)
        var bytes = [UInt8](try Data(contentsOf: csv))
        // A figure of the last row changed, the file's size kept.
        let row = try #require(bytes.lastIndex(of: 0x0A).flatMap { end in bytes[..<(end - 1)].lastIndex(of: 0x0A) })
        let digit = try #require(bytes[row...].firstIndex { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "8") })
        bytes[digit] += 1
        try Data(bytes).write(to: csv)
        try c.write("sub/added.txt", Array("到2031年，全县建成充电桩超过480个。\n".utf8))
        let s = try await c.run(rules: rules)
        #expect(s.sqlite == "patched" && s.extracted == 1 && s.copied == 0)
        let fresh = c.root.appendingPathComponent("fresh")
        _ = try await c.run(rules: rules, into: fresh, cache: false)
        #expect(try c.output(LedgerOutputs.Name.csv) == c.output(LedgerOutputs.Name.csv, in: fresh))
        #expect(try c.output(LedgerOutputs.Name.ledger) == c.output(LedgerOutputs.Name.ledger, in: fresh))
        // The run after it copies again.
        try c.write("sub/added.txt", Array("到2032年，全县建成充电桩超过500个。\n".utf8))
        let next = try await c.run(rules: rules)
        #expect(next.copied == next.cached && next.cached > 0)
        let fresh2 = c.root.appendingPathComponent("fresh2")
        _ = try await c.run(rules: rules, into: fresh2, cache: false)
        for name in [LedgerOutputs.Name.ledger, LedgerOutputs.Name.csv] {
            #expect(try c.output(name) == c.output(name, in: fresh2))
        }
    }

    @Test func aFailingDocumentLosesItsRows() async throws {
        let c = try Self.corpus()
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: c.corpus.path).filter { $0.hasSuffix(".txt") }.sorted().first)
        try c.write(name, [0x50, 0x4B, 0, 0, 1, 2, 3] + [UInt8](repeating: 7, count: 500))
        let s = try await c.run(rules: rules)
        #expect(s.sqlite == "patched" && s.failed == 1)
        let db = try LedgerSQLiteReader(url: c.out.appendingPathComponent(LedgerOutputs.Name.sqlite))
        #expect(try db.rows("SELECT count(*) FROM targets WHERE path = ?", [name]) == [["0"]])
        #expect(try db.rows("SELECT count(*) FROM documents WHERE path = ?", [name]) == [["0"]])
        #expect(try db.rows("SELECT path FROM errors") == [[name]])
    }

    @Test func manyChangesAreBuiltAnew() async throws {
        let c = try Self.corpus(filler: 5)
        let rules = try TempCorpus.rules()
        let first = try await c.run(rules: rules)
        // The premise: three changed documents of ten are over the share that is patched.
        try #require(3.0 / Double(first.documents) > CorpusRunner.patchLimit)
        for i in 0..<3 { try c.write("filler/\(i).txt", Array("到2028年，第\(i)区新增学位\(200 + i)个。\n".utf8)) }
        let s = try await c.run(rules: rules)
        #expect(s.extracted == 3 && s.sqlite == "built")
    }

    @Test func anEditedFileOrChangedRulesAreBuiltAnew() async throws {
        let c = try Self.corpus()
        let rules = try TempCorpus.rules()
        _ = try await c.run(rules: rules)
        // Someone added a table of their own: the file is no longer the one the run wrote.
        let sqlite = c.out.appendingPathComponent(LedgerOutputs.Name.sqlite)
        let db = try SQLiteConnection(path: sqlite.path)
        try db.execute("CREATE TABLE notes (text TEXT)")
        try db.close()
        try c.write("sub/added.txt", Array("到2031年，全县建成充电桩超过480个。\n".utf8))
        let s = try await c.run(rules: rules)
        #expect(s.sqlite == "built" && s.extracted == 1)
        #expect(try LedgerSQLiteReader(url: sqlite).rows("SELECT count(*) FROM sqlite_master WHERE name = 'notes'") == [["0"]])
        // Nothing changed at all: the file is kept as it is.
        #expect(try await c.run(rules: rules).sqlite == "kept")
    }

    @Test func aFileThatIsNoLedgerIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tl-patch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = dir.appendingPathComponent("other.sqlite")
        let db = try SQLiteConnection(path: other.path)
        try db.execute("CREATE TABLE targets (id INTEGER PRIMARY KEY)")
        try db.close()
        #expect(throws: LedgerWriteError.self) {
            _ = try LedgerSQLiteWriter(url: dir.appendingPathComponent("new.sqlite"), patching: other)
        }
    }
}
