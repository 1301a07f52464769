import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger eval` (not built yet).
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "eval", abstract: "(not built yet)")
        func run() async throws {
            throw ValidationError("'eval' is not built yet")
        }
    }
}
