import Foundation
import Testing

/// `extract` and `rules check` as a user runs them: output, exit status, determinism.
@Suite struct ExtractCommandTests {
    @Test func extractWritesTheSameBytesTwiceAndExplainsOnStderr() throws {
        let seed = BinaryPaths.corpus.appendingPathComponent("seeds/002_130ad5721f4bb1de.txt").path
        let a = try runBinary(["extract", seed])
        let b = try runBinary(["extract", seed])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        let lines = a.stdout.split(separator: "\n")
        #expect(lines.first?.contains("\"record\":\"document\"") == true)
        #expect(lines.dropFirst().allSatisfy { $0.contains("\"record\":\"target\"") })
        #expect(lines.count > 10)
        let explained = try runBinary(["extract", seed, "--explain"])
        #expect(explained.stderr.contains("rules: "))
        #expect(explained.stderr.contains("tokens: "))
        #expect(explained.stdout == a.stdout)
    }

    @Test func unreadableFilesAreNamedAndTheOthersStillRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("extract-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let missing = dir.appendingPathComponent("missing.txt").path
        let seed = BinaryPaths.corpus.appendingPathComponent("seeds/001_0641264197ad6475.txt").path
        let r = try runBinary(["extract", empty.path, seed, missing])
        #expect(r.status == 2)
        #expect(r.stderr.contains("empty.txt"))
        #expect(r.stderr.contains("missing.txt"))
        #expect(r.stdout.contains("001_0641264197ad6475"))
    }

    @Test func rulesCheckPassesOnTheShippedRulesAndFailsOnABrokenOne() throws {
        let ok = try runBinary(["rules", "check", BinaryPaths.rules.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("0 failed"))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rules-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: BinaryPaths.rules, to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "kind: unit\nrules:\n  - id: unit.x\n    description: no examples\n    words: [个]\n    dimension: count\n    colour: red\n"
            .write(to: dir.appendingPathComponent("zz.yaml"), atomically: true, encoding: .utf8)
        let bad = try runBinary(["rules", "check", dir.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("zz.yaml:7:5: error: unknown field 'colour'"))
        #expect(bad.stderr.contains("[unit.x]"))
    }

    @Test func helpTeachesTheCommands() throws {
        let r = try runBinary(["--help"])
        for word in ["read", "extract", "run", "merge", "eval", "diff", "rules", "Exit status"] {
            #expect(r.stdout.contains(word), "\(word) missing from --help")
        }
        let usage = try runBinary(["extract"])
        #expect(usage.status == 1)
    }
}
