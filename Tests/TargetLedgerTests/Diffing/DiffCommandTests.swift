import Foundation
import Testing

@testable import TargetLedger

/// `target-ledger diff` as a user runs it: exit status 0 / 1 / 2, warnings on stderr, formats.
@Suite("diff command")
struct DiffCommandTests {
    let rules = ["--rules", TestPaths.rules.path]

    @Test("a document against itself exits 0")
    func selfDiff() throws {
        let r = try BuiltBinary.run(
            ["diff", "Corpus/versions/v1_energy_draft.txt", "Corpus/versions/v1_energy_draft.txt"] + rules)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("0 changed; 0 added, 0 dropped, 0 split, 0 merged"))
    }

    @Test("changed versions exit 1; the JSON validates against the schema; CSV rows carry actions")
    func changed() throws {
        let args =
            ["diff", "Corpus/versions/v2_water_2023edition.txt", "Corpus/versions/v2_water_2024revised.txt"] + rules
        let table = try BuiltBinary.run(args)
        #expect(table.status == 1, "\(table.stderr)")
        #expect(!table.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        let json = try BuiltBinary.run(args + ["--format", "json"])
        #expect(json.status == 1)
        #expect(try SchemaValidator.invalidDocuments([json.stdout], schema: SchemaValidator.diffSchema).isEmpty)
        let csv = try BuiltBinary.run(args + ["--format", "csv"])
        let actions = Set(
            csv.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
        )
        #expect(actions.isSuperset(of: ["+++", "---", "->", "-<", ">-"]), "\(actions)")
        let md = try BuiltBinary.run(args + ["--format", "markdown"])
        #expect(md.stdout.hasPrefix("### Changes from"))
    }

    @Test("unrelated documents give a warning on stderr")
    func unrelated() throws {
        let r = try BuiltBinary.run(
            ["diff", "Corpus/versions/v5_unrelated_a_water.txt", "Corpus/versions/v5_unrelated_b_tourism.txt"] + rules)
        #expect(r.stderr.contains("warning: ") && r.stderr.contains("do not look like versions of the same plan"))
        #expect(r.status == 1)
    }

    @Test("errors exit 2 with a message naming the problem")
    func errors() throws {
        let missing = try BuiltBinary.run(
            ["diff", "Corpus/versions/nope.txt", "Corpus/versions/v1_energy_draft.txt"] + rules)
        #expect(missing.status == 2 && missing.stderr.contains("nope.txt: no such file"))
        let format = try BuiltBinary.run(
            ["diff", "Corpus/versions/v1_energy_draft.txt", "Corpus/versions/v1_energy_final.txt", "--format", "xml"]
                + rules)
        #expect(format.status == 2 && format.stderr.contains("--format 'xml'"))
        let one = try BuiltBinary.run(["diff", "Corpus/versions/v1_energy_draft.txt"] + rules)
        #expect(one.status == 2)
        let three = try BuiltBinary.run(["diff", "a", "b", "c"] + rules)
        #expect(three.status == 2)
    }

    @Test("ledger sides: a run folder with --doc picks documents")
    func ledgerSides() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("diff-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = DiffFixtures.document("versions/a.txt", DiffFixtures.plan)
        var changed = DiffFixtures.plan
        changed[1].value = 99.9
        let b = DiffFixtures.document("versions/b.txt", changed)
        let lines = try JSONLines.lines(of: a) + JSONLines.lines(of: b)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("ledger.jsonl"))
        let same = try BuiltBinary.run(["diff", dir.path, dir.path, "--doc", "a"])
        #expect(same.status == 0, "\(same.stderr)")
        let diff = try BuiltBinary.run([
            "diff", dir.path, dir.path, "--old-doc", "a", "--new-doc", "b.txt", "--format", "csv",
        ])
        #expect(diff.status == 1, "\(diff.stderr)")
        #expect(diff.stdout.contains("->,changed,target,初中入学率,初中入学率,value,99%,99.9%,raised,tightened"))
        let ambiguous = try BuiltBinary.run(["diff", dir.path, dir.path])
        #expect(ambiguous.status == 2 && ambiguous.stderr.contains("--doc"))
    }
}
