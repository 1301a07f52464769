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
            static let configuration = CommandConfiguration(abstract: "(not built yet)")
            func run() async throws { throw ValidationError("not built yet") }
        }
    }
}
