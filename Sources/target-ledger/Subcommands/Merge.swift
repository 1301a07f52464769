import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger merge SHARD_OUT... --out OUT_DIR`: shard outputs into one run's outputs.
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Combine the output folders of `run --shard I/N` into the outputs of one whole run.",
            discussion: """
                Reads ledger.jsonl and errors.jsonl of every SHARD_OUT folder and writes OUT_DIR/ledger.jsonl, \
                targets.csv, ledger.sqlite and errors.jsonl exactly as one unsharded run would \
                (byte-identical ledger.jsonl and targets.csv). A document found in two shards is an error. \
                Each shard is read on a thread of its own while the outputs are written; ledger.sqlite \
                (its inserts and index builds) is the serial part. Like `run`, a merge holds \
                OUT_DIR/.target-ledger.lock: a second run or merge into OUT_DIR exits 1 at once.

                \(RunExitStatus.help)
                """)

        @Argument(help: "Output folders of the shard runs.")
        var shards: [String]

        @Option(name: .long, help: "Output folder of the merged ledgers.")
        var out: String

        @Flag(name: .long, help: "No summary on standard error.")
        var quiet = false

        @Flag(name: .long, help: "Print the summary as JSON on standard output.")
        var json = false

        func validate() throws {
            if shards.isEmpty { throw ValidationError("give at least one shard output folder before --out") }
        }

        func run() async throws {
            let summary = try LedgerMerger().merge(shards.map { URL(fileURLWithPath: $0) }, into: URL(fileURLWithPath: out))
            if json { print(try JSONLines.encode(summary)) }
            if !quiet { ProgressDisplay.write("merged \(shards.count) shards: " + summary.line + "\n") }
            try RunExitStatus.finish(summary)
        }
    }
}
