import Foundation
import Testing

@testable import TargetLedger

@Suite struct LedgerSQLiteWriterTests {
    let failures = [DocumentFailure(path: "bad.bin", stage: "guard", message: "binary file")]

    func reader() throws -> (LedgerSQLiteReader, URL) {
        let dir = try LedgerFixtures.write(failures: failures)
        return (try LedgerSQLiteReader(url: dir.appendingPathComponent(LedgerOutputs.Name.sqlite)), dir)
    }

    @Test func answersByIndicatorKey() throws {
        let (db, dir) = try reader()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = try db.rows("SELECT indicator, value, path FROM targets WHERE key = ?", ["enrolment_rate"])
        #expect(rows == [["学前教育毛入园率", "95.0", "a/notice.html"]])
    }

    @Test func answersByUnitName() throws {
        let (db, dir) = try reader()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = try db.rows(
            "SELECT t.target_id, r.role FROM responsible r JOIN targets t ON t.id = r.target WHERE r.name = ? ORDER BY t.id",
            ["市财政局"])
        #expect(rows == [["t1", "support"]])
        #expect(try db.rows("SELECT count(*) FROM responsible") == [["3"]])
    }

    @Test func findsAChineseSubstringOfEvidenceByTrigram() throws {
        let (db, dir) = try reader()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 生产总值能 is a substring inside a word: a word-segmenting index would miss it.
        let rows = try db.rows(
            "SELECT t.target_id FROM evidence_fts f JOIN targets t ON t.sentence = f.rowid WHERE evidence_fts MATCH ?",
            ["\"生产总值能\""])
        #expect(rows == [["t2"]])
        let byIndicator = try db.rows(
            "SELECT t.target_id FROM evidence_fts f JOIN targets t ON t.sentence = f.rowid WHERE f.indicators MATCH ? AND instr(t.indicator, ?)",
            ["\"毛入园\"", "毛入园"])
        #expect(byIndicator == [["t1"]])
    }

    /// Two targets read from one sentence: the sentence is indexed once, and a query finds both.
    @Test func targetsOfOneSentenceShareOneFullTextRow() throws {
        var results = LedgerFixtures.results()
        let a = try #require(results.firstIndex { $0.document.path == "a/notice.html" })
        results[a].targets[1].evidence = results[a].targets[0].evidence
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tl-ledger-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = try LedgerOutputs(directory: dir)
        for r in results { try out.append(try LedgerEntry(result: r)) }
        try out.commit(failures: [])
        let db = try LedgerSQLiteReader(url: dir.appendingPathComponent(LedgerOutputs.Name.sqlite))
        // One index row for the shared sentence (a contentless index is read through MATCH only).
        #expect(try db.rows("SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH ?", ["\"毛入园率达到\""]) == [["1"]])
        let sentences = try db.rows("SELECT target_id, sentence FROM targets ORDER BY id")
        #expect(sentences.map { $0[1] } == ["1", "1", "2"], "\(sentences)")
        let both = try db.rows(
            "SELECT t.target_id FROM evidence_fts f JOIN targets t ON t.sentence = f.rowid WHERE evidence_fts MATCH ? ORDER BY t.id",
            ["\"毛入园率达到\""])
        #expect(both == [["t1"], ["t2"]])
        let one = try db.rows(
            "SELECT t.target_id FROM evidence_fts f JOIN targets t ON t.sentence = f.rowid WHERE f.indicators MATCH ? AND instr(t.indicator, ?)",
            ["\"生产总值能耗\"", "生产总值能耗"])
        #expect(one == [["t2"]])
    }

    @Test func hasTheIndexesAndTheErrors() throws {
        let (db, dir) = try reader()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = try db.rows("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").compactMap { $0[0] }
        #expect(Set(names).isSuperset(of: ["targets_key", "targets_deadline", "responsible_name"]))
        #expect(try db.rows("SELECT path, stage FROM errors") == [["bad.bin", "guard"]])
        #expect(try db.rows("SELECT plan_start, plan_end FROM documents WHERE path = 'a/notice.html'") == [["2021", "2025"]])
    }
}

@Suite struct LedgerSQLiteJSONColumnTests {
    @Test(arguments: [
        [], ["二、主要目标", "（一）"], ["a\"b", "c\\d", "e\nf\t", "\u{1}x", "1/2"], ["\u{8}\u{c}\u{1f}\u{0}", "行\r\n尾", "😀/é"],
    ])
    func listColumnsAreTheSameJSONAsTheLedger(list: [String]) throws {
        #expect(LedgerSQLiteWriter.json(list) == (try JSONLines.encode(list)))
    }
}
