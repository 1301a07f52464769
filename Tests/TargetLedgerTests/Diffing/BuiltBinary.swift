import Foundation

/// The `target-ledger` binary built beside this test bundle (or $TARGET_LEDGER_BIN), run as a
/// user would, for exit status and stdout/stderr checks of `diff` and `eval`.
enum BuiltBinary {
    /// What a run gave back.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary, or an error saying how to build it (never a silent skip).
    static func url() throws -> URL {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["TARGET_LEDGER_BIN"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        for exe in [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }) {
            var dir = exe.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("target-ledger"))
                dir.deleteLastPathComponent()
            }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Missing(
                description:
                    "target-ledger not found beside the test bundle; run `swift build` in the same scratch folder or set TARGET_LEDGER_BIN"
            )
        }
        return found
    }

    /// Runs the binary with `arguments` in the package root; output is captured through files.
    static func run(_ arguments: [String]) throws -> Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let err = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let p = Process()
        p.executableURL = try url()
        p.arguments = arguments
        p.currentDirectoryURL = TestPaths.root
        let oh = try FileHandle(forWritingTo: out)
        let eh = try FileHandle(forWritingTo: err)
        p.standardOutput = oh
        p.standardError = eh
        try p.run()
        p.waitUntilExit()
        try oh.close()
        try eh.close()
        return Result(
            status: p.terminationStatus, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    struct Missing: Error, CustomStringConvertible { var description: String }
}
