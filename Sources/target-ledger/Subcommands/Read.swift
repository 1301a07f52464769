import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger read` (not built yet).
    struct Read: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "read", abstract: "(not built yet)")
        func run() async throws {
            throw ValidationError("'read' is not built yet")
        }
    }
}
