import Foundation

/// Combines the output folders of shard runs into the outputs one run over the whole corpus
/// gives: the documents of every shard in path order, re-written by the same writers, so that
/// ledger.jsonl and targets.csv are byte-identical and ledger.sqlite holds the same rows.
public struct LedgerMerger: Sendable {
    /// A merger.
    public init() {}

    /// Merges `shards` (folders holding a ledger.jsonl and an errors.jsonl) into `output`.
    /// Each shard's ledger is in path order already, so a k-way merge streams them with a few
    /// entries per shard in memory, each shard parsed on a thread of its own while this one
    /// writes. A document in two shards is an error: they were not disjoint.
    public func merge(_ shards: [URL], into output: URL) throws -> RunSummary {
        let clock = ContinuousClock()
        let start = clock.now
        var streams: [PrefetchingStream] = []
        // Readers blocked on a full queue are let go however the merge ends.
        defer { for s in streams { s.cancel() } }
        var failures: [DocumentFailure] = []
        for dir in shards {
            let ledgerURL = dir.appendingPathComponent(LedgerOutputs.Name.ledger)
            guard FileManager.default.fileExists(atPath: ledgerURL.path) else {
                throw CorpusError(message: "\(ledgerURL.path): no ledger here (is this a shard's output folder?)")
            }
            streams.append(PrefetchingStream(try LedgerEntryStream(url: ledgerURL)))
            let errorsURL = dir.appendingPathComponent(LedgerOutputs.Name.errors)
            if let e = FileManager.default.contents(atPath: errorsURL.path) {
                for (n, line) in LedgerEntry.lines(of: e).enumerated() {
                    do {
                        failures.append(try JSONDecoder().decode(DocumentFailure.self, from: Data(line.utf8)))
                    } catch {
                        throw LedgerFormatError(message: "\(errorsURL.path):\(n + 1): \(error)")
                    }
                }
            }
        }
        let lock = try OutputLock(directory: output)
        defer { withExtendedLifetime(lock) {} }
        let outputs = try LedgerOutputs(directory: output)
        var heads = try streams.map { try $0.next() }
        var last: String?
        var documents = 0
        while true {
            var best: Int?
            for (i, h) in heads.enumerated() {
                guard let h else { continue }
                if let b = best, !LedgerOrder.precedes(h.path, heads[b]!.path) { continue }
                best = i
            }
            guard let b = best, let entry = heads[b] else { break }
            if entry.path == last {
                outputs.discard()
                throw CorpusError(message: "\(entry.path) is in more than one shard: merge each shard once")
            }
            try outputs.append(entry)
            last = entry.path
            documents += 1
            heads[b] = try streams[b].next()
        }
        try outputs.commit(failures: failures)
        let d = clock.now - start
        return RunSummary(
            documents: documents + failures.count, extracted: 0, cached: 0, failed: failures.count,
            targets: outputs.targetCount, bytes: 0,
            seconds: Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18, output: output.path)
    }
}

/// A shard's ledger read on a thread of its own, up to `capacity` entries ahead of the merge:
/// parsing the entries (and encoding their CSV rows and SQLite values) then runs beside the
/// writing instead of before it, on the cores the writer leaves free. The stream is touched
/// only by that thread, and the queue only under the condition's lock, hence the unchecked
/// `Sendable`.
private final class PrefetchingStream: @unchecked Sendable {
    private let stream: LedgerEntryStream
    private let condition = NSCondition()
    private var queue: [Result<LedgerEntry?, Error>] = []
    private var head = 0
    private var cancelled = false
    private let capacity: Int

    init(_ stream: LedgerEntryStream, capacity: Int = 8) {
        self.stream = stream
        self.capacity = capacity
        Thread.detachNewThread { self.produce() }
    }

    private func produce() {
        while true {
            // Each item is the next entry, the end (nil) or the error that ends the stream.
            let item = Result { try stream.next() }
            condition.lock()
            while queue.count - head >= capacity, !cancelled { condition.wait() }
            if cancelled {
                condition.unlock()
                return
            }
            queue.append(item)
            condition.broadcast()
            condition.unlock()
            if case .success(let entry) = item, entry != nil { continue }
            return
        }
    }

    /// The next entry in the ledger's order, nil at its end; throws what reading it threw.
    func next() throws -> LedgerEntry? {
        condition.lock()
        while head == queue.count { condition.wait() }
        let item = queue[head]
        // The end or an error stays at the head: asked again, the stream answers the same.
        if case .success(let entry) = item, entry != nil { head += 1 }
        if head >= capacity {
            queue.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        condition.unlock()
        return try item.get()
    }

    /// Stops the producer (after an error of the merge, or once it is done).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
