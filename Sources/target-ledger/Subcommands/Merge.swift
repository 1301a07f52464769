import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger merge` (not built yet).
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "(not built yet)")
        func run() async throws {
            throw ValidationError("'merge' is not built yet")
        }
    }
}
