import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger rules …`: work with rule sets.
    struct RulesCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules", abstract: "Check and inspect rule sets.", subcommands: [Check.self])

        /// `target-ledger rules check [DIR]`.
        struct Check: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Validate a rule set and run every example its rules carry.",
                discussion: """
                    Reports unknown fields, bad patterns, duplicate ids, missing examples and references to undefined rules as `file:line:col: error: message [rule-id]`, then runs every example and prints those that fail in the same form. See Rules/README.md for the format.

                    Exit status: 0 when the rule set is valid and every example passes; 1 otherwise.
                    """)

            @Argument(help: "The rule folder (default: the shipped Rules/).")
            var directory: String?

            @Flag(
                help: """
                    Also list each pattern rule with the characters one of which every match must hold: \
                    the extractor runs the pattern only where one of them occurs (“everywhere” when none can be proved).
                    """)
            var prefilters = false

            func run() async throws {
                let dir = directory.map { URL(fileURLWithPath: $0) } ?? RuleLocator.defaultDirectory()
                let rules: RuleSet
                do { rules = try RuleSet.load(from: dir) } catch {
                    let e = error
                    FileHandle.standardError.write(Data((e.description + "\n").utf8))
                    FileHandle.standardError.write(Data("\(e.diagnostics.count) error(s) in \(dir.path)\n".utf8))
                    throw ExitCode(1)
                }
                if prefilters {
                    for p in rules.prefilters { print("\(p.rule): \(p.required.map { "needs one of \($0)" } ?? "everywhere")") }
                }
                let results = RuleExampleRunner(rules: rules).runAll()
                let failed = results.compactMap(\.diagnostic)
                for d in failed { FileHandle.standardError.write(Data((d.description + "\n").utf8)) }
                print(
                    "\(rules.rules.count) rules, \(results.count) examples: \(results.count - failed.count) passed, \(failed.count) failed")
                if !failed.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
