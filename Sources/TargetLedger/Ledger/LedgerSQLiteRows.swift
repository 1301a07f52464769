/// The column values of one document's rows in `ledger.sqlite` — its `documents` row, its
/// `targets` rows and their `responsible` rows, and its distinct evidence sentences for the
/// full-text index — worked out once, where the document is processed (a worker task, in
/// parallel), so that the run's serial writer only binds them.
/// Texts are UTF-8 in one buffer and bound from it without a copy.
struct LedgerSQLiteRows: Sendable, Equatable {
    /// One column value.
    enum Value: Sendable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        /// `count` UTF-8 bytes of `text` from `start`.
        case text(start: Int32, count: Int32)
    }

    /// Values of the `documents` row, in column order.
    static let documentColumns = 14
    /// Values of a `targets` row after its `id` (which the writer numbers), in column order.
    static let targetColumns = 25
    /// Values of a `responsible` row after its `target` (the target's `id`).
    static let unitColumns = 3

    /// Every text value, back to back. Never empty (see `init`), so that its base address
    /// exists even when every text is empty.
    private(set) var text: [UInt8] = []
    /// The document's values, then per target its values followed by those of its units.
    private(set) var values: [Value] = []
    /// How many responsible units each target has.
    private(set) var unitCounts: [Int32] = []
    /// For each target, which of `sentences` its evidence is (targets of one sentence share it).
    private(set) var sentenceOfTarget: [Int32] = []
    /// The document's distinct evidence sentences in order of first use: the sentence, and the
    /// indicators of its targets one per line — the two columns of the full-text index.
    private(set) var sentences: [Sentence] = []

    /// One row of the full-text index.
    struct Sentence: Sendable, Equatable {
        var evidence: Value
        var indicators: Value
    }

    /// The rows of `result`, with the same values and types `LedgerSQLiteWriter` always wrote.
    init(_ result: DocumentResult) {
        let d = result.document
        var units = 0
        var textBytes = 64 + d.path.utf8.count * (1 + result.targets.count)
        for t in result.targets {
            units += t.responsible.count
            textBytes += t.evidence.utf8.count + t.indicator.utf8.count + 256
        }
        values.reserveCapacity(Self.documentColumns + Self.targetColumns * result.targets.count + Self.unitColumns * units)
        text.reserveCapacity(textBytes)
        unitCounts.reserveCapacity(result.targets.count)
        sentenceOfTarget.reserveCapacity(result.targets.count)
        text.append(0)

        add(d.path)
        add(d.docId)
        add(d.reader.rawValue)
        add(d.encoding)
        add(d.title)
        add(d.docNumber)
        add(d.issuer)
        add(d.published)
        add(d.planPeriod?.start)
        add(d.planPeriod?.end)
        addJSON(d.cited)
        add(d.chars)
        add(d.replacements)
        addJSON(d.warnings)
        var sentenceIndex: [UTF8Key: Int32] = [:]
        var sentenceIndicators: [[String]] = []
        for t in result.targets {
            let newSentence: Bool
            if let i = sentenceIndex[UTF8Key(t.evidence)] {
                newSentence = false
                sentenceOfTarget.append(i)
                if !sentenceIndicators[Int(i)].contains(t.indicator) { sentenceIndicators[Int(i)].append(t.indicator) }
            } else {
                newSentence = true
                sentenceIndex[UTF8Key(t.evidence)] = Int32(sentenceIndicators.count)
                sentenceOfTarget.append(Int32(sentenceIndicators.count))
                sentenceIndicators.append([t.indicator])
            }
            add(d.path)
            add(t.docId)
            add(t.targetId)
            add(t.key)
            add(t.kind.rawValue)
            add(t.indicator)
            add(t.value)
            add(t.valueMax)
            add(t.valueText)
            add(t.unit)
            add(t.dimension)
            add(t.comparator?.rawValue)
            add(t.change?.direction.rawValue)
            add(t.change?.baselineYear)
            add(t.baseline?.value)
            add(t.baseline?.year)
            add(t.period)
            add(t.deadline?.date)
            add(t.deadline?.text)
            add(t.deadline?.source.rawValue)
            addJSON(t.section)
            add(t.evidence)
            // A new sentence's text is this evidence value: bound from the same bytes.
            if newSentence { sentences.append(Sentence(evidence: values[values.count - 1], indicators: .null)) }
            add(t.span.first)
            add(t.span.count > 1 ? t.span[1] : nil)
            add(t.rule)
            unitCounts.append(Int32(t.responsible.count))
            for u in t.responsible {
                add(t.targetId)
                add(u.name)
                add(u.role.rawValue)
            }
        }
        for (i, indicators) in sentenceIndicators.enumerated() {
            let start = text.count
            for (j, indicator) in indicators.enumerated() {
                if j > 0 { text.append(0x0A) }
                text.append(contentsOf: indicator.utf8)
            }
            sentences[i].indicators = .text(start: Int32(start), count: Int32(text.count - start))
        }
    }

    /// Calls `body` with the values and the base address of the text they point into.
    func withValues<R>(_ body: (UnsafePointer<UInt8>, [Value]) throws -> R) rethrows -> R {
        try text.withUnsafeBufferPointer { try body($0.baseAddress!, values) }
    }

    private mutating func add(_ s: String?) {
        guard var s else { return values.append(.null) }
        let start = text.count
        // Strings from the pipeline are native; a bridged one is made contiguous once.
        if s.utf8.withContiguousStorageIfAvailable({ text.append(contentsOf: $0) }) == nil {
            s.makeContiguousUTF8()
            text.append(contentsOf: s.utf8)
        }
        values.append(.text(start: Int32(start), count: Int32(text.count - start)))
    }

    private mutating func add(_ i: Int?) {
        values.append(i.map { .integer(Int64($0)) } ?? .null)
    }

    private mutating func add(_ v: Double?) {
        values.append(v.map { .real($0) } ?? .null)
    }

    private mutating func addJSON(_ list: [String]) {
        let start = text.count
        LedgerSQLiteWriter.appendJSON(list, to: &text)
        values.append(.text(start: Int32(start), count: Int32(text.count - start)))
    }
}
