import Foundation
import Synchronization

/// Where the repository and the built `target-ledger` binary are, found from this file's path
/// and the test runner's own location, so that the tests run the same from any directory.
enum BinaryPaths {
    /// The package root (the folder holding Package.swift).
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static var corpus: URL { root.appendingPathComponent("Corpus") }
    static var rules: URL { root.appendingPathComponent("Rules") }

    /// The binary built beside the test bundle (same scratch folder and configuration), else
    /// $TARGET_LEDGER_BIN; nil when neither exists, which the tests report as a failure.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["TARGET_LEDGER_BIN"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        for exe in [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }) {
            // …/debug/TargetLedgerPackageTests.xctest (or a bundle folder inside debug/).
            var dir = exe.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("target-ledger"))
                dir.deleteLastPathComponent()
            }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The binary, or a thrown error that says how to build it.
    static func requireBinary() throws -> URL {
        guard let b = binary else {
            throw MissingBinary(
                message: "target-ledger binary not found beside the test bundle (\(CommandLine.arguments[0])); "
                    + "build it with `swift build` in the same scratch folder, or set TARGET_LEDGER_BIN")
        }
        return b
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// What a finished run of the binary gave.
struct BinaryResult {
    var status: Int32
    var reason: Process.TerminationReason
    var stdout: String
    var stderr: String
}

/// Runs the built binary with `args` and waits for it.
func runBinary(_ args: [String]) throws -> BinaryResult {
    let p = try startBinary(args)
    // Both pipes are drained at once: a child that fills one while the other is read would
    // block for ever (a crash backtrace easily fills standard error).
    let errData = Mutex(Data())
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
        let d = p.errPipe.fileHandleForReading.readDataToEndOfFile()
        errData.withLock { $0 = d }
    }
    let out = p.outPipe.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    let err = errData.withLock { $0 }
    p.process.waitUntilExit()
    return BinaryResult(
        status: p.process.terminationStatus, reason: p.process.terminationReason,
        stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
}

/// A started process of the binary with its output pipes.
struct StartedBinary {
    var process: Process
    var outPipe: Pipe
    var errPipe: Pipe
}

/// Starts the built binary with `args` without waiting.
func startBinary(_ args: [String]) throws -> StartedBinary {
    let p = Process()
    p.executableURL = try BinaryPaths.requireBinary()
    p.arguments = args
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    return StartedBinary(process: p, outPipe: out, errPipe: err)
}

/// A throwaway folder with a corpus copied from `Corpus/seeds`; removed at the end.
final class ScratchCorpus {
    let root: URL
    let corpus: URL

    /// `copies` copies of the first `seeds` seed files, each copy in its own subfolder.
    init(seeds: Int = 3, copies: Int = 1) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tl-cli-\(UUID().uuidString)")
        corpus = root.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: BinaryPaths.corpus.appendingPathComponent("seeds").path)
            .sorted().prefix(seeds)
        for c in 0..<copies {
            let dir = copies == 1 ? corpus : corpus.appendingPathComponent(String(format: "copy%03d", c))
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            for n in names {
                var data = try Data(contentsOf: BinaryPaths.corpus.appendingPathComponent("seeds").appendingPathComponent(n))
                // A small variation per copy: the same document never occurs twice.
                if c > 0 { data.append(Data("\n第\(c)份副本。\n".utf8)) }
                try data.write(to: dir.appendingPathComponent(n))
            }
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func dir(_ name: String) -> URL { root.appendingPathComponent(name) }

    func file(_ dir: String, _ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(dir).appendingPathComponent(name))
    }
}
