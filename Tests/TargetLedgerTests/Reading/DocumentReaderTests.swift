import Foundation
import Testing

@testable import TargetLedger

/// The reader as a whole: errors for input that holds no text, the same result on every
/// thread, and structure ranges that index the text.
struct DocumentReaderTests {
    @Test func emptyAndBinaryInputThrowNamingTheFile() {
        #expect(throws: ReadError.self) { try DocumentReader().read(bytes: [], path: "empty.txt") }
        do {
            _ = try DocumentReader().read(bytes: [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0], path: "a.out")
            Issue.record("binary input was read")
        } catch {
            #expect(error.description.hasPrefix("a.out: binary"))
        }
        #expect(throws: ReadError.self) { try DocumentReader().read(bytes: Array("  \n\u{3000}\n".utf8), path: "blank.txt") }
    }

    static func corpusFiles() throws -> [String] {
        var out: [String] = []
        for folder in ["seeds", "devdocs", "fixtures/html"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.corpusFile(folder).path).sorted()
            out += names.filter {
                $0.hasSuffix(".txt") && !$0.hasSuffix(".body.txt") && !$0.hasSuffix(".furniture.txt") || $0.hasSuffix(".html")
            }
            .map { folder + "/" + $0 }
        }
        return out
    }

    @Test func concurrentReadsMatchSerialReads() async throws {
        let files = try Self.corpusFiles()
        #expect(files.count >= 25)
        let inputs = try files.map { ($0, try TestPaths.bytes(TestPaths.corpusFile($0))) }
        let serial = try inputs.map { try DocumentReader().read(bytes: $0.1, path: $0.0) }
        let parallel = try await withThrowingTaskGroup(of: (Int, ReadDocument).self) { group in
            for (i, input) in inputs.enumerated() {
                group.addTask { (i, try DocumentReader().read(bytes: input.1, path: input.0)) }
            }
            var out = [ReadDocument?](repeating: nil, count: inputs.count)
            for try await (i, d) in group { out[i] = d }
            return out.compactMap { $0 }
        }
        #expect(parallel.count == serial.count)
        for (a, b) in zip(serial, parallel) {
            #expect(a.record == b.record)
            #expect(a.text == b.text)
            #expect(a.blocks == b.blocks)
            #expect(a.sentences == b.sentences)
        }
    }

    @Test func rangesAndOffsetsAreConsistentOnEveryCorpusFile() throws {
        for path in try Self.corpusFiles() {
            let doc = try ReadingSupport.read(path)
            let t = doc.text
            #expect(t.sourceOffsets.count == t.count, "\(path)")
            #expect(doc.record.chars == t.count, "\(path)")
            var last = 0
            for b in doc.blocks {
                #expect(b.range.lowerBound >= last && b.range.upperBound <= t.count, "\(path)")
                #expect(!t.scalars[b.range].contains("\n"), "\(path)")
                last = b.range.upperBound
            }
            for s in doc.sentences {
                #expect(doc.blocks[s.block].range.contains(s.range.lowerBound), "\(path)")
                #expect(s.section == doc.blocks[s.block].section, "\(path)")
            }
            // Blocks cover every non-newline scalar: nothing is lost between text and structure.
            let covered = doc.blocks.reduce(0) { $0 + $1.range.count }
            #expect(covered == t.scalars.filter { $0 != "\n" }.count, "\(path)")
        }
    }
}
