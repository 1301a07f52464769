import Foundation

/// Where the repository and its neighbours are, found from this file's own path so that tests
/// run the same from any working directory.
enum TestPaths {
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
    /// ../shared beside the repository (CI puts it there).
    static var shared: URL { root.deletingLastPathComponent().appendingPathComponent("shared") }

    static func corpusFile(_ relative: String) -> URL { corpus.appendingPathComponent(relative) }

    static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }
}
