import Foundation
import Testing

@testable import TargetLedger

/// `target-ledger eval` as a user runs it: the same bytes as score.py, details, errors.
@Suite("eval command")
struct EvalCommandTests {
    @Test("eval prints what score.py prints, as a table and as JSON")
    func sameAsScorePy() throws {
        let gold = TestPaths.corpus.appendingPathComponent("devgold")
        let text = try PerturbedLedger.build(
            goldDirectory: gold,
            damage: .init(
                name: "cli", seed: 21, dropDocument: 0.1, dropLine: 0.1, changeValue: 0.1, changeUnits: 0.2,
                extraLine: 0.2))
        let ledger = FileManager.default.temporaryDirectory.appendingPathComponent(
            "eval-cli-\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: ledger)
        defer { try? FileManager.default.removeItem(at: ledger) }
        for extra in [[], ["--json"]] {
            let ours = try BuiltBinary.run(["eval", "--gold", gold.path, ledger.path] + extra)
            let ref = try SchemaValidator.runPythonFile(
                ScorePyAgreementTests.scorePy, arguments: [gold.path, ledger.path] + extra)
            #expect(ours.status == 0, "\(ours.stderr)")
            #expect(ours.stdout == ref.stdout)
        }
        let details = try BuiltBinary.run(["eval", "--gold", gold.path, ledger.path, "--details"])
        #expect(details.stdout.contains("    - missed ") && details.stdout.contains("    + unmatched "))
        let only = try BuiltBinary.run(["eval", "--gold", gold.path, ledger.path, "--docs", "d01_jiangsu_gwr_2026"])
        #expect(only.stdout.split(separator: "\n").count == 2)
    }

    @Test("a missing gold folder or ledger is a usage error")
    func errors() throws {
        let r = try BuiltBinary.run(["eval", "--gold", "/nonexistent", "x.jsonl"])
        #expect(r.status == 1 && r.stderr.contains("--gold"))
    }
}
