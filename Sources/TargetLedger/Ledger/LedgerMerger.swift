import Foundation

/// Combines the output folders of shard runs into the outputs one run over the whole corpus
/// gives: the documents of every shard in path order, re-written by the same writers, so that
/// ledger.jsonl and targets.csv are byte-identical and ledger.sqlite holds the same rows.
public struct LedgerMerger: Sendable {
    /// A merger.
    public init() {}

    /// Merges `shards` (folders holding a ledger.jsonl and an errors.jsonl) into `output`.
    /// A document in two shards is an error: the shards were not disjoint.
    public func merge(_ shards: [URL], into output: URL) throws -> RunSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var entries: [LedgerEntry] = []
        var failures: [DocumentFailure] = []
        for dir in shards {
            let ledgerURL = dir.appendingPathComponent(LedgerOutputs.Name.ledger)
            guard let data = FileManager.default.contents(atPath: ledgerURL.path) else {
                throw CorpusError(message: "\(ledgerURL.path): no ledger here (is this a shard's output folder?)")
            }
            entries += try LedgerEntry.entries(inLedger: data, file: ledgerURL.path)
            let errorsURL = dir.appendingPathComponent(LedgerOutputs.Name.errors)
            if let e = FileManager.default.contents(atPath: errorsURL.path) {
                for (n, line) in String(decoding: e, as: UTF8.self).split(separator: "\n").enumerated() {
                    do {
                        failures.append(try JSONDecoder().decode(DocumentFailure.self, from: Data(line.utf8)))
                    } catch {
                        throw LedgerFormatError(message: "\(errorsURL.path):\(n + 1): \(error)")
                    }
                }
            }
        }
        entries.sort { LedgerOrder.precedes($0.path, $1.path) }
        for (a, b) in zip(entries, entries.dropFirst()) where a.path == b.path {
            throw CorpusError(message: "\(a.path) is in more than one shard: merge each shard once")
        }
        let outputs = try LedgerOutputs(directory: output)
        for e in entries { try outputs.append(e) }
        try outputs.commit(failures: failures)
        let d = clock.now - start
        return RunSummary(
            documents: entries.count + failures.count, extracted: 0, cached: 0, failed: failures.count,
            targets: outputs.targetCount, bytes: 0,
            seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18, output: output.path)
    }
}
