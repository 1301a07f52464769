import Foundation
import Testing

@testable import TargetLedger

@Suite struct TargetLineDecoderTests {
    static func viaJSONDecoder(_ line: String) throws -> TargetRecord {
        try JSONDecoder().decode(TargetRecord.self, from: Data(line.utf8))
    }

    /// Every target line the pipeline writes for the real notices reads back as JSONDecoder
    /// reads it, and none falls back.
    @Test func realLedgerLinesReadAsJSONDecoderReadsThem() throws {
        let pipeline = Pipeline(rules: try RuleSet.load(from: TestPaths.rules))
        var lines = 0
        for folder in ["seeds", "devdocs"] {
            let dir = TestPaths.corpusFile(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() {
                let bytes = try TestPaths.bytes(dir.appendingPathComponent(name))
                guard let doc = try? pipeline.read(bytes: bytes, path: name) else { continue }
                let entry = try LedgerEntry(result: DocumentResult(document: doc.record, targets: pipeline.extract(doc)))
                for line in entry.lines.dropFirst() {
                    let fast = try #require(TargetLineDecoder.decode(line), "fell back on \(line.prefix(120))")
                    #expect(fast == (try Self.viaJSONDecoder(line)))
                    lines += 1
                }
            }
        }
        #expect(lines > 300)
    }

    /// The hand-made fixtures hold quotes, line breaks, nulls, nested objects and several units.
    @Test func fixtureLinesRoundTrip() throws {
        for result in LedgerFixtures.results() {
            for (t, line) in zip(result.targets, try LedgerEntry(result: result).lines.dropFirst()) {
                #expect(TargetLineDecoder.decode(line) == t)
            }
        }
    }

    static let base =
        #"{"doc_id":"d","evidence":"E","indicator":"I","kind":"target","rule":"r","span":[1,2]"#

    @Test(arguments: [
        #","value_text":"a\"b\\c\/d\n\t\r\b\f\u0001\u4e2d\ud83d\ude00"}"#,
        #","value":-0.5,"value_max":1e3}"#,
        #","value":12.25,"baseline":{"value":1.5E-7,"year":null}}"#,
        #","value":120000000}"#,
        #", "responsible" : [ {"role":"lead","name":"市教育局"} ] , "section":[] }"#,
        #","deadline":{"date":null,"source":"plan_period","text":"到2025年"},"change":{"direction":"decrease"}}"#,
        #","comparator":">=","target_id":null,"key":null}"#,
    ])
    func readsWhatJSONDecoderReads(tail: String) throws {
        let line = Self.base + tail
        #expect(TargetLineDecoder.decode(line) == (try Self.viaJSONDecoder(line)))
    }

    /// What it does not expect it leaves to JSONDecoder (nil), never guesses.
    @Test(arguments: [
        #","extra":1}"#,
        #","rule":"again"}"#,
        #","value":"12"}"#,
        #","value":012}"#,
        #","value":1.}"#,
        #","kind":"goal"}"#,
        #","value_text":"\ud83d"}"#,
        #","value_text":"\x"}"#,
        #"}  x"#,
        #","span":[1.5]}"#,
        #","span":[123456789012345678901]}"#,
        #","responsible":[{"name":"x"}]}"#,
    ])
    func givesUpOnWhatItDoesNotExpect(tail: String) {
        #expect(TargetLineDecoder.decode(Self.base + tail) == nil)
    }

    @Test func aMissingRequiredFieldIsNil() {
        #expect(TargetLineDecoder.decode(#"{"doc_id":"d","evidence":"E","indicator":"I","kind":"target","rule":"r"}"#) == nil)
    }
}
