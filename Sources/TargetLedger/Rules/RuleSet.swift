import Foundation

/// The compiled rule set of one run: every rule file of a `Rules/` folder, loaded and checked once.
public struct RuleSet: Sendable {
    /// A hash of every rule file's bytes: part of the cache key of a corpus run.
    public var hash: String
    /// The folder the rules were loaded from.
    public var directory: URL

    public init(hash: String, directory: URL) {
        self.hash = hash
        self.directory = directory
    }
}

/// Finds the shipped `Rules/` folder: $TARGET_LEDGER_RULES, else `Rules/` in the working
/// directory or above it, else beside the executable's package.
public enum RuleLocator {
    public static func defaultDirectory() -> URL {
        let env = ProcessInfo.processInfo.environment
        if let d = env["TARGET_LEDGER_RULES"], !d.isEmpty { return URL(fileURLWithPath: d) }
        let fm = FileManager.default
        var candidates: [URL] = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        candidates.append(URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: #filePath))
        for var dir in candidates {
            for _ in 0..<8 {
                let r = dir.appendingPathComponent("Rules")
                if fm.fileExists(atPath: r.appendingPathComponent("README.md").path) { return r }
                dir.deleteLastPathComponent()
            }
        }
        return URL(fileURLWithPath: "Rules")
    }
}

extension RuleSet {
    /// Loads and checks every rule file of `directory` (placeholder until the rule engine lands).
    public static func load(from directory: URL) throws -> RuleSet {
        RuleSet(hash: "", directory: directory)
    }
}
