import Foundation
import Testing

@testable import TargetLedger

/// `target-ledger read`'s library side: JSON per file; empty, binary and missing files give a
/// one-line error naming the file while the other files are still read.
struct ReadReportTests {
    @Test func badFilesAreNamedAndOthersStillRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("read-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        let binary = dir.appendingPathComponent("image.png")
        try Data().write(to: empty)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]).write(to: binary)
        let good = TestPaths.corpusFile(try ReadingSupport.file("seeds", "000")).path
        let missing = dir.appendingPathComponent("missing.html").path
        var emitted: [String] = []
        var errors: [String] = []
        let failed = ReadReport.run(
            paths: [empty.path, good, binary.path, missing], pretty: false,
            emit: { emitted.append($0) }, fail: { errors.append($0) })
        #expect(failed == 3)
        #expect(emitted.count == 1)
        #expect(errors.count == 3)
        #expect(errors[0].contains(empty.path) && errors[0].contains("empty"))
        #expect(errors[1].contains(binary.path) && errors[1].contains("binary"))
        #expect(errors[2].contains(missing))
        #expect(errors.allSatisfy { !$0.contains("\n") })
        let json = try #require(emitted.first)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let doc = try #require(obj["document"] as? [String: Any])
        #expect(doc["doc_number"] as? String == "蛟教字[2009]97号")
        let sentences = try #require(obj["sentences"] as? [[String: Any]])
        #expect(sentences.contains { ($0["section"] as? [String]) == ["二、主要目标"] })
        #expect(obj["text"] is String)
        #expect(obj["blocks"] is [[String: Any]])
    }

    @Test func readIsDeterministic() throws {
        let path = try ReadingSupport.file("seeds", "003")
        let a = try ReadReport(ReadingSupport.prepare(path)).json()
        let b = try ReadReport(ReadingSupport.prepare(path)).json()
        #expect(a == b)
    }
}
