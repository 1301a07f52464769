import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger bench` (not built yet).
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bench", abstract: "(not built yet)")
        func run() async throws {
            throw ValidationError("'bench' is not built yet")
        }
    }
}
