import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger eval`: scores a ledger against gold files, as `shared/tools/score.py` does.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score a ledger against gold files (same figures as shared/tools/score.py).",
            discussion: """
                Prints one row per gold file (targets matched/predicted/gold, milestones likewise) \
                and a summary line: target F1, precision, recall, exact-indicator share, deadline \
                and comparator accuracy, responsible-unit F1, milestone F1. --details lists, under \
                each row, the gold lines missed (-), ledger lines unmatched (+) and matched lines \
                that disagree on a scored field (~).

                Exit status: 0 scored; 1 usage error or unreadable file.
                """)

        @Option(name: .long, help: "Folder of *.gold.jsonl files, one per document.")
        var gold: String

        @Argument(help: "The ledger (JSON Lines) to score.")
        var ledger: String

        @Flag(name: .long, help: "Print the figures as JSON (the same object score.py --json prints).")
        var json = false

        @Flag(name: .long, help: "List missed, unmatched and disagreeing lines per document.")
        var details = false

        @Option(name: .long, help: "Score only these documents (comma-separated stems).")
        var docs: String?

        func validate() throws {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: gold, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--gold '\(gold)' is not a folder; give the folder of *.gold.jsonl files.")
            }
            guard FileManager.default.fileExists(atPath: ledger) else {
                throw ValidationError("ledger '\(ledger)' does not exist; write one with 'target-ledger extract … -o'.")
            }
        }

        func run() async throws {
            let only = docs.map { Set($0.split(separator: ",").map(String.init)) }
            let card: Scorecard
            do {
                card = try GoldScorer().score(
                    goldDirectory: URL(fileURLWithPath: gold), ledgerFile: URL(fileURLWithPath: ledger), only: only)
            } catch let error as EvaluationError {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(1)
            }
            let report = ScoreReport(card)
            let out = json ? report.json(details: details) : report.text(details: details)
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
