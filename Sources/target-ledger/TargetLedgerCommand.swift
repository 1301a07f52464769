import ArgumentParser
#if canImport(CMimalloc)
import CMimalloc
#endif
import Foundation
import TargetLedger

/// The `target-ledger` command: a thin driver over the TargetLedger library.
@main
struct TargetLedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "target-ledger",
        abstract: "Turn Chinese government policy documents into a ledger of quantitative targets.",
        discussion: """
            Reads notices (HTML, often GBK; plain text; scraped pages; crawler CSV and Markdown exports), finds every quantitative target, its deadline and its responsible units, and writes a ledger (JSONL, CSV, SQLite). Rules live in YAML files under Rules/ (see Rules/README.md).

            Typical use:
              target-ledger read notice.html          # what the extractor sees
              target-ledger extract notice.html -o l.jsonl --explain
              target-ledger run Corpus --out out      # a folder: parallel, cached
              target-ledger eval --gold Corpus/gold out/ledger.jsonl
              target-ledger diff draft.txt final.txt
              target-ledger rules check Rules

            Exit status: 0 success; 1 usage or rule error; 2 some documents failed (each command's --help says more; diff follows diff(1)).
            """,
        version: "\(ProgramVersion.current) (allocator: \(allocator))",
        subcommands: [Read.self, Extract.self, Run.self, Merge.self, Eval.self, Diff.self, RulesCommand.self, Bench.self]
    )

    /// The allocator: on Linux mimalloc, with its version as `major.minor.patch` (it reports 209
    /// for 2.0.9). Calling it also keeps the library on the link line, which is what puts
    /// mimalloc in place of malloc.
    static var allocator: String {
        #if canImport(CMimalloc)
        let v = Int(mi_version())
        return "mimalloc \(v / 100).\(v / 10 % 10).\(v % 10)"
        #else
        return "the system's"
        #endif
    }

    /// ArgumentParser exits 64 on a usage error; this tool documents 1 for that.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 0 {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            // diff(1) convention for `diff`: 2 on any error, usage errors included.
            let isDiff = CommandLine.arguments.dropFirst().first == "diff"
            if code.rawValue == ExitCode.validationFailure.rawValue { Foundation.exit(isDiff ? 2 : 1) }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Options every command that reads documents shares.
struct RuleOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of rule files to use instead of the shipped Rules/.")
    var rules: String?

    /// The rule set, loaded and compiled once for the whole run.
    func load() throws -> RuleSet {
        let dir = rules.map { URL(fileURLWithPath: $0) } ?? RuleLocator.defaultDirectory()
        return try RuleSet.load(from: dir)
    }
}
