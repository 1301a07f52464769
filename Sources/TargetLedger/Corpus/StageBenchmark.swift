import Foundation

/// Times the pipeline's stages one after the other on one core over a corpus sample, so that
/// each stage gets its own MB/s (of input bytes): file read, decode, the whole reader (decode,
/// HTML, normalise, structure), extraction, and ledger encoding and writing; plus ICU word
/// break over every character, what a pipeline that segments everything would pay.
public struct StageBenchmark: Sendable {
    /// One stage's figures.
    public struct Stage: Codable, Sendable, Equatable {
        /// Stage name.
        public var name: String
        /// Seconds spent in it.
        public var seconds: Double
        /// Input MB per second of it.
        public var megabytesPerSecond: Double
    }

    /// The report.
    public struct Report: Codable, Sendable, Equatable {
        /// Files timed.
        public var files: Int
        /// Their bytes.
        public var bytes: Int
        /// Scalars of normalised text they gave.
        public var chars: Int
        /// Targets extracted.
        public var targets: Int
        /// The stages, in pipeline order.
        public var stages: [Stage]
    }

    /// The pipeline measured.
    public let pipeline: Pipeline

    /// A benchmark of `rules`' pipeline.
    public init(rules: RuleSet) { pipeline = Pipeline(rules: rules) }

    /// Times every stage over the first files of `corpus` holding about `megabytes` MB, writing
    /// outputs into `scratch`.
    public func run(corpus: URL, megabytes: Int, scratch: URL) throws -> Report {
        let all = try CorpusWalker(excluding: [scratch]).files(under: corpus)
        // An even spread over the corpus (every k-th file), so the sample has every kind of file.
        let total = all.reduce(0) { $0 + $1.size }
        let step = max(1, total / max(1, megabytes * 1_000_000))
        let sample = stride(from: 0, to: all.count, by: step).map { all[$0] }
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        var tRead = Duration.zero, tDecode = Duration.zero, tReader = Duration.zero
        var tExtract = Duration.zero, tEncode = Duration.zero, tWrite = Duration.zero, tBreak = Duration.zero
        var bytes = 0, chars = 0, targets = 0
        let outputs = try LedgerOutputs(directory: scratch)
        let breaker = try ICUWordBreaker()
        for f in sample {
            var data: [UInt8] = []
            tRead += try clock.measure { data = try DocumentWorker.readBytes(f.url) }
            bytes += data.count
            tDecode += clock.measure { _ = Self.decode(data) }
            var doc: ReadDocument?
            tReader += clock.measure { doc = try? pipeline.read(bytes: data, path: f.path) }
            guard let doc else { continue }
            chars += doc.text.count
            var found: [TargetRecord] = []
            tExtract += clock.measure { found = pipeline.extract(doc) }
            targets += found.count
            var entry: LedgerEntry?
            tEncode += try clock.measure { entry = try LedgerEntry(result: DocumentResult(document: doc.record, targets: found)) }
            tWrite += try clock.measure { try outputs.append(entry!) }
            let utf16 = Array(doc.text.string.utf16)
            tBreak += clock.measure { _ = try? breaker.boundaries(utf16) }
        }
        tWrite += try clock.measure { try outputs.commit(failures: []) }
        let mb = Double(bytes) / 1e6
        func stage(_ name: String, _ d: Duration) -> Stage {
            Stage(name: name, seconds: seconds(d), megabytesPerSecond: seconds(d) > 0 ? mb / seconds(d) : 0)
        }
        return Report(
            files: sample.count, bytes: bytes, chars: chars, targets: targets,
            stages: [
                stage("read file", tRead),
                stage("decode (charset sniff + ICU ucnv / UTF-8)", tDecode),
                stage("reader: decode + HTML + normalise + structure", tReader),
                stage("extract", tExtract),
                stage("encode ledger lines (JSON)", tEncode),
                stage("write (JSONL, CSV, SQLite + indexes)", tWrite),
                stage("reference: ICU word break over every character", tBreak),
            ])
    }

    /// Decoding alone, as a reader would do it: a declared or detected GB charset through ICU,
    /// else UTF-8.
    static func decode(_ bytes: [UInt8]) -> Int {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if head.contains("charset=gb") || String(validating: bytes, as: UTF8.self) == nil {
            return (try? ICUConverter.decode(bytes, charset: "GB18030"))?.text.count ?? 0
        }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.count
    }
}
