import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger run CORPUS_DIR --out OUT_DIR`: the whole folder, parallel and incremental.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Extract every document of a folder into ledgers (JSONL, CSV, SQLite), in parallel and incrementally.",
            discussion: """
                Walks CORPUS_DIR recursively (.html .htm .txt .md, and files that sniff as HTML or \
                Chinese text; hidden files, README/SOURCES notes and OUT_DIR skipped) and writes, in path order:
                  OUT_DIR/ledger.jsonl   one document line, then its target lines
                  OUT_DIR/targets.csv    one row per target (UTF-8 with BOM, RFC 4180)
                  OUT_DIR/ledger.sqlite  tables documents, targets, responsible, errors; FTS5 evidence_fts
                  OUT_DIR/errors.jsonl   one line per failed document: path, stage, message
                Each is written under a temporary name and renamed into place. A document's result is \
                reused while its bytes, the rules and the program version stay the same: \
                OUT_DIR/.cache/manifest.json points into the last ledger.jsonl, so a re-run extracts \
                only what changed, and a killed or crashed run resumes from what it had written. \
                ledger.sqlite is then patched, not rebuilt: a copy of the last one, with the rows of \
                changed, new and deleted documents changed (built anew after a rule change, with \
                --no-cache, when over a tenth of the documents changed, or when the file was modified \
                since); the summary's `sqlite` says which. Unchanged documents' lines and rows are \
                then copied from the last files without being parsed (the summary's `copied`).
                One run at a time per output folder: a second run (or merge) into a folder that a \
                run is writing stops at once with exit status 1 (OUT_DIR/.target-ledger.lock).
                The work runs in a child process: if a document crashes the pipeline, it is recorded \
                in errors.jsonl (stage crash) and the run restarts from the cache (--no-restart to turn off).
                With --shard I/N (I from 0) only the I-th of N stable slices is run; combine the shard \
                folders with `target-ledger merge`.

                \(RunExitStatus.help)
                """)

        @Argument(help: "Folder of documents to extract.")
        var corpus: String

        @Option(name: .long, help: "Output folder (created if needed).")
        var out: String

        @Option(name: .shortAndLong, help: "Documents processed at once (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Flag(name: .long, help: "Extract every document again and build ledger.sqlite anew, ignoring cached results (the cache is still refreshed).")
        var noCache = false

        @Option(name: .long, help: "Skip (and record in errors.jsonl) documents larger than this many bytes.")
        var maxBytes: Int = 16 << 20

        @Option(name: .long, help: "Skip documents with a run of more than this many bytes without a line break or sentence end.")
        var maxLineBytes: Int = 1 << 20

        @Option(name: .long, help: "Process only slice I of N (I from 0), e.g. --shard 0/4.")
        var shard: String?

        @Flag(name: .long, help: "No progress and no summary on standard error.")
        var quiet = false

        @Flag(name: .long, help: "Print the summary as JSON on standard output.")
        var json = false

        @Flag(
            name: .long,
            help:
                "Run in this process, without restarting after a crash (by default a document that crashes the pipeline is recorded in errors.jsonl and the run restarts)."
        )
        var noRestart = false

        // Set by the supervising parent for its child; not for people.
        @Option(name: .customLong("crash-journal"), help: .hidden)
        var crashJournal: String?

        @OptionGroup var ruleOptions: RuleOptions

        func validate() throws {
            if jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs))") }
            if maxBytes < 1 || maxLineBytes < 1 { throw ValidationError("--max-bytes and --max-line-bytes must be positive") }
            if let s = shard, Shard(s) == nil {
                throw ValidationError("--shard must be I/N with 0 <= I < N, e.g. --shard 0/4 (got '\(s)')")
            }
        }

        func run() async throws {
            if crashJournal == nil && !noRestart {
                // The work happens in a child process that this one restarts after a crash.
                let status = try CrashSupervisor(
                    executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
                    arguments: Array(CommandLine.arguments.dropFirst()), output: URL(fileURLWithPath: out)
                ).run { ProgressDisplay.write($0 + "\n") }
                if status != 0 { throw ExitCode(status) }
                return
            }
            if crashJournal != nil { CrashSupervisor.exitWithParent() }
            let rules = try ruleOptions.load()
            let display = ProgressDisplay(quiet: quiet)
            let options = CorpusRunOptions(
                corpus: URL(fileURLWithPath: corpus), output: URL(fileURLWithPath: out), jobs: jobs,
                useCache: !noCache, maxBytes: maxBytes, maxLineBytes: maxLineBytes, shard: shard.flatMap(Shard.init),
                progressInterval: display.interval, journal: crashJournal.map { URL(fileURLWithPath: $0) })
            let summary = try await CorpusRunner(rules: rules).run(options, progress: display.callback)
            if json { print(try JSONLines.encode(summary)) }
            if !quiet { ProgressDisplay.write(summary.line + "\n") }
            try RunExitStatus.finish(summary)
        }
    }
}
