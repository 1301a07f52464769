import Foundation
import TargetLedger

/// Shows a run's progress on standard error: a bar redrawn in place on a terminal, plain
/// periodic log lines otherwise (CI, cron), nothing when quiet. Standard output stays data.
struct ProgressDisplay: Sendable {
    /// How progress is shown.
    enum Mode: Sendable { case bar, lines, none }

    let mode: Mode

    /// A bar when standard error is a terminal, lines when it is not, nothing when `quiet`.
    init(quiet: Bool) {
        mode = quiet ? .none : (isatty(2) != 0 ? .bar : .lines)
    }

    /// Seconds between reports: smooth on a terminal, sparse in a log.
    var interval: Double { mode == .bar ? 0.1 : 5 }

    /// The callback to hand to the runner, or nil when quiet.
    var callback: (@Sendable (RunProgress) -> Void)? {
        switch mode {
        case .none: return nil
        case .bar: return { p in Self.write("\r\u{1B}[K" + Self.bar(p) + (p.done == p.total ? "\n" : "")) }
        case .lines: return { p in Self.write(Self.line(p) + "\n") }
        }
    }

    /// `[#####-----] 120/400 docs  35.2 MB/s  ETA 0:12`.
    static func bar(_ p: RunProgress) -> String {
        let width = 30
        let filled = min(width, Int(p.fraction * Double(width)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let fail = p.failed > 0 ? "  \(p.failed) failed" : ""
        return "[\(bar)] \(p.done)/\(p.total) docs  \(String(format: "%.1f", p.megabytesPerSecond)) MB/s  ETA \(eta(p.eta))\(fail)"
    }

    /// `progress: 120/400 documents, 3 failed, 35.2 MB/s, ETA 0:12`.
    static func line(_ p: RunProgress) -> String {
        "progress: \(p.done)/\(p.total) documents, \(p.failed) failed, \(String(format: "%.1f", p.megabytesPerSecond)) MB/s, ETA \(eta(p.eta))"
    }

    static func eta(_ seconds: Double?) -> String {
        guard let s = seconds, s.isFinite else { return "-:--" }
        let t = Int(s.rounded())
        return t >= 3600 ? String(format: "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60) : String(format: "%d:%02d", t / 60, t % 60)
    }

    static func write(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }
}
