import ArgumentParser
import TargetLedger

/// The exit status of a corpus command, decided in one place: 0 when every document went
/// through, 2 when some failed (they are in errors.jsonl); usage and rule errors exit 1 earlier.
enum RunExitStatus {
    /// Help text that documents the codes.
    static let help = """
        Exit status: 0 every document processed; 2 some documents failed (listed in \
        OUT_DIR/errors.jsonl, the rest of the ledger is written); 1 usage, rule or output error.
        """

    /// Throws `ExitCode(2)` when `summary` has failures.
    static func finish(_ summary: RunSummary) throws {
        if summary.failed > 0 { throw ExitCode(2) }
    }
}
