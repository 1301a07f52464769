import Foundation

/// A deliberate crash for the tests of crash recovery: when TARGET_LEDGER_FAULT_INJECTION=1 is
/// set, a document containing the marker traps as a pipeline bug would. Off otherwise; the
/// environment is read once per process (copying it per document showed in profiles).
public enum FaultInjection {
    /// The marker a test document carries.
    public static let marker = "TARGET-LEDGER-FAULT-INJECTION-CRASH"

    static let enabled = ProcessInfo.processInfo.environment["TARGET_LEDGER_FAULT_INJECTION"] == "1"

    /// Traps if fault injection is on and `bytes` contain the marker.
    public static func check(_ bytes: [UInt8]) {
        guard enabled else { return }
        let needle = Array(marker.utf8)
        guard bytes.count >= needle.count else { return }
        for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle {
            fatalError("fault injection: \(marker)")
        }
    }
}
