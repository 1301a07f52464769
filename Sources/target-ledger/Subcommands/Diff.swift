import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger diff` (not built yet).
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "diff", abstract: "(not built yet)")
        func run() async throws {
            throw ValidationError("'diff' is not built yet")
        }
    }
}
