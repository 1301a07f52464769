import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger run` (not built yet).
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", abstract: "(not built yet)")
        func run() async throws {
            throw ValidationError("'run' is not built yet")
        }
    }
}
