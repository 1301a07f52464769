import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger bench`: the pieces of the benchmark that need the library (Benchmarks/run.sh drives them).
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench",
            abstract: "Build a synthetic benchmark corpus, or time the pipeline's stages (see Benchmarks/run.sh).",
            discussion: """
                Build with `swift build -c release` first: debug builds are 10-50× slower.
                The end-to-end figures (cold, warm, 1 vs 2 cores, peak memory, Python and xmllint \
                references) come from Benchmarks/run.sh, which calls these and `run`.

                Exit status: 0 success; 1 usage, rule or I/O error.
                """,
            subcommands: [MakeCorpus.self, Stages.self])

        /// `bench make-corpus`.
        struct MakeCorpus: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "make-corpus",
                abstract: "Write a synthetic corpus (HTML, GBK HTML, text; every file different) built from Corpus/.")

            @Option(name: .long, help: "Folder of real notices to build from.")
            var from: String = "Corpus"

            @Option(name: .long, help: "Size of the corpus in MB (10^6 bytes).")
            var mb: Int = 200

            @Argument(help: "Folder to write (created).")
            var out: String

            func validate() throws {
                if mb < 1 { throw ValidationError("--mb must be at least 1") }
            }

            func run() async throws {
                let r = try SyntheticCorpus(corpus: URL(fileURLWithPath: from)).write(to: URL(fileURLWithPath: out), megabytes: mb)
                print(try JSONLines.encode(["files": r.files, "bytes": r.bytes]))
            }
        }

        /// `bench stages`.
        struct Stages: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "stages",
                abstract: "Time each pipeline stage on one core over a sample of a corpus; prints JSON.")

            @Argument(help: "Corpus folder.")
            var corpus: String

            @Option(name: .long, help: "Size of the sample in MB.")
            var mb: Int = 40

            @Option(name: .long, help: "Scratch folder for the outputs written by the write stage.")
            var scratch: String = NSTemporaryDirectory() + "/target-ledger-bench-stages"

            @OptionGroup var ruleOptions: RuleOptions

            func run() async throws {
                let report = try StageBenchmark(rules: try ruleOptions.load())
                    .run(corpus: URL(fileURLWithPath: corpus), megabytes: mb, scratch: URL(fileURLWithPath: scratch))
                print(try JSONLines.encode(report))
            }
        }
    }
}
