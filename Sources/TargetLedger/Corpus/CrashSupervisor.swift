import Foundation

/// Runs a corpus run in a child process and restarts it when it dies on a trap, so that one
/// document that crashes the pipeline (a Swift trap cannot be caught) costs one error line, not
/// the night: the child notes in-flight documents in a journal; a crash with one document in
/// flight poisons it, a crash with several re-runs with one job to find the culprit. Cached
/// results make every restart resume where the last attempt stopped.
public struct CrashSupervisor: Sendable {
    /// The program to run (this executable).
    public var executable: URL
    /// Its arguments, without the journal option.
    public var arguments: [String]
    /// The run's output folder (its cache holds the journal and the poison list).
    public var output: URL
    /// Most restarts before giving up.
    public var maxRestarts: Int

    /// A supervisor of `executable arguments` writing into `output`.
    public init(executable: URL, arguments: [String], output: URL, maxRestarts: Int = 50) {
        self.executable = executable
        self.arguments = arguments
        self.output = output
        self.maxRestarts = maxRestarts
    }

    /// Signals of a trap or a memory fault: SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV.
    public static let faultSignals: Set<Int32> = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    /// The option that tells the child where its journal is (and that it is supervised).
    public static let journalOption = "--crash-journal"

    /// Runs the child until it exits normally; returns its exit status. `report` gets a line for
    /// a person after each crash.
    public func run(report: (String) -> Void) throws -> Int32 {
        let cache = CorpusRunner.cacheDirectory(in: output)
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        var serial = false
        for attempt in 0...maxRestarts {
            let journal = CrashJournal(url: cache.appendingPathComponent("journal-\(getpid())-\(attempt)"))
            defer { try? FileManager.default.removeItem(at: journal.url) }
            let child = Process()
            child.executableURL = executable
            // A later --jobs wins in ArgumentParser, so the serial retry overrides the user's.
            child.arguments = arguments + [Self.journalOption, journal.url.path] + (serial ? ["--jobs", "1"] : [])
            var env = ProcessInfo.processInfo.environment
            // On a terminal Swift's crash backtracer waits for a key press: the child would hang
            // instead of dying, and the supervisor with it.
            if env["SWIFT_BACKTRACE"] == nil { env["SWIFT_BACKTRACE"] = "interactive=no" }
            child.environment = env
            try child.run()
            child.waitUntilExit()
            if child.terminationReason == .exit { return child.terminationStatus }
            let signal = child.terminationStatus
            // Only the signals of a fault in the program point at a document; SIGKILL, SIGTERM and
            // SIGINT come from outside (an operator, the OOM killer) and end the run as they would.
            guard Self.faultSignals.contains(signal) else {
                report("target-ledger: the run was stopped by signal \(signal)")
                return 128 + signal
            }
            let suspects = journal.inFlight()
            switch suspects.count {
            case 0:
                report("target-ledger: the run crashed (signal \(signal)) outside any document; not restarting")
                return 1
            case 1:
                let s = suspects[0]
                let message = "the pipeline crashed (signal \(signal)) on this document; skipped until it, the rules or the program change"
                try PoisonList.add(PoisonList.Entry(path: s.path, key: s.key, message: message), in: cache)
                report("target-ledger: \(s.path): crashed the pipeline (signal \(signal)); recorded in errors.jsonl, restarting")
                serial = false
            default:
                // Several documents were in flight: run one at a time to tell which one it was.
                report(
                    "target-ledger: crashed (signal \(signal)) with \(suspects.count) documents in flight; restarting with one job to find which"
                )
                serial = true
            }
        }
        report("target-ledger: gave up after \(maxRestarts) restarts")
        return 1
    }

    /// In the child: exits at once if the supervising parent dies (SIGKILL of the parent must not
    /// leave an orphan that goes on to overwrite the outputs).
    public static func exitWithParent() {
        let parent = getppid()
        let thread = Thread {
            while true {
                if getppid() != parent { _exit(137) }
                usleep(50_000)
            }
        }
        thread.start()
    }
}
