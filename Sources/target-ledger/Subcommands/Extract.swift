import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger extract` (not built yet).
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "extract", abstract: "(not built yet)")
        func run() async throws {
            throw ValidationError("'extract' is not built yet")
        }
    }
}
