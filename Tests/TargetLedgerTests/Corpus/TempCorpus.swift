import Foundation

@testable import TargetLedger

/// A throwaway corpus folder built from a few `Corpus/seeds` files, with an output folder beside
/// it; removed when the test is done with it.
final class TempCorpus {
    let root: URL
    let corpus: URL
    let out: URL

    /// Copies `seeds` (default: the first three seed files) into a fresh temporary corpus.
    init(seeds count: Int = 3) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tl-corpus-\(UUID().uuidString)")
        corpus = root.appendingPathComponent("corpus")
        out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: corpus.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: TestPaths.corpusFile("seeds").path).sorted()
        for (i, name) in seeds.prefix(count).enumerated() {
            // Spread over two folders so that the walk recurses.
            let dest = i % 2 == 0 ? corpus.appendingPathComponent(name) : corpus.appendingPathComponent("sub").appendingPathComponent(name)
            try FileManager.default.copyItem(at: TestPaths.corpusFile("seeds/" + name), to: dest)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `bytes` at `relative` inside the corpus.
    func write(_ relative: String, _ bytes: [UInt8]) throws {
        let url = corpus.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The bytes of an output file.
    func output(_ name: String, in dir: URL? = nil) throws -> Data {
        try Data(contentsOf: (dir ?? out).appendingPathComponent(name))
    }

    /// The rule set of the repository.
    static func rules() throws -> RuleSet { try RuleSet.load(from: TestPaths.rules) }

    /// Runs the corpus into `out` (or `dir`) with `rules`.
    func run(rules: RuleSet, into dir: URL? = nil, jobs: Int = 2, cache: Bool = true, shard: Shard? = nil) async throws -> RunSummary {
        let options = CorpusRunOptions(corpus: corpus, output: dir ?? out, jobs: jobs, useCache: cache, shard: shard)
        return try await CorpusRunner(rules: rules).run(options)
    }
}
