import Foundation
import Testing

@testable import TargetLedger

/// Sides given as ledger files, run folders and documents, and picking one document with --doc.
@Suite("DiffSideLoader")
struct DiffSideLoaderTests {
    typealias F = DiffFixtures

    /// A temporary folder holding a two-document ledger as `ledger.jsonl`.
    func runFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diff-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let a = F.document("Corpus/versions/plan_a.v1.txt", F.plan)
        let b = F.document("Corpus/versions/plan_b.v1.txt", Array(F.plan.prefix(3)))
        let lines = try JSONLines.lines(of: a) + JSONLines.lines(of: b)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("ledger.jsonl"))
        try Data("到2025年,入学率达到99%。".utf8).write(to: dir.appendingPathComponent("notice.txt"))
        return dir
    }

    @Test("a folder, a .jsonl file and a document are told apart")
    func classify() throws {
        let dir = try runFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let loader = DiffSideLoader()
        #expect(try loader.classify(dir.path) == .ledger(dir.appendingPathComponent("ledger.jsonl")))
        #expect(
            try loader.classify(dir.appendingPathComponent("notice.txt").path)
                == .document(dir.appendingPathComponent("notice.txt")))
        #expect(throws: DiffError.notFound("/nonexistent/x")) { try loader.classify("/nonexistent/x") }
    }

    @Test("--doc picks by doc_id, path, file name or stem; several documents without --doc is an error")
    func select() throws {
        let dir = try runFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("ledger.jsonl")
        let loader = DiffSideLoader()
        #expect(try loader.loadLedger(url, selector: "plan_b").targets.count == 3)
        #expect(try loader.loadLedger(url, selector: "plan_a.v1.txt").targets.count == F.plan.count)
        #expect(try loader.loadLedger(url, selector: "Corpus/versions/plan_b.v1.txt").targets.count == 3)
        let id = ContentHash.hex("Corpus/versions/plan_a.v1.txt")
        #expect(try loader.loadLedger(url, selector: id).document.docId == id)
        #expect(throws: DiffError.self) { try loader.loadLedger(url, selector: nil) }
        #expect(throws: DiffError.noSuchDocument(url.path, "plan_c")) { try loader.loadLedger(url, selector: "plan_c") }
    }

    @Test("two documents of one ledger diff as two versions")
    func diffWithinOneLedger() throws {
        let dir = try runFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("ledger.jsonl")
        let loader = DiffSideLoader()
        let d = VersionDiffer().diff(
            old: try loader.loadLedger(url, selector: "plan_a"), new: try loader.loadLedger(url, selector: "plan_b"))
        #expect(d.summary.unchanged == 3 && d.summary.dropped == F.plan.count - 3)
    }
}
