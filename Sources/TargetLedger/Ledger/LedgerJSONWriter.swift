/// Writes ledger records as JSON by hand: keys sorted, nulls written, non-ASCII and `/` left
/// as they are — the same document `JSONEncoder` with `.sortedKeys` gives, at a fraction of its
/// cost (Foundation's encoder was an eighth of a corpus run). A test checks both agree. Lines
/// are built as UTF-8 bytes: a corpus run appends them to one document's buffer and writes that
/// (no `String` is made: checking the bytes were UTF-8 again cost a tenth of encoding).
struct LedgerJSONWriter {
    private var out: [UInt8]

    private init(into out: [UInt8] = []) { self.out = out }

    /// The line of `r`, without its newline.
    static func line(_ r: TargetRecord) -> String {
        var out: [UInt8] = []
        append(r, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The line of `d`, without its newline.
    static func line(_ d: DocumentRecord) -> String {
        var out: [UInt8] = []
        append(d, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the line of `r` to `buffer`, without a newline.
    static func append(_ r: TargetRecord, to buffer: inout [UInt8]) {
        // The buffer moves into the writer and back, so appending never copies it.
        var w = LedgerJSONWriter(into: buffer)
        buffer = []
        defer { buffer = w.out }
        w.out.reserveCapacity(w.out.count + 512 + r.evidence.utf8.count)
        w.lit("{\"baseline\":")
        if let b = r.baseline {
            w.lit("{\"value\":"); w.number(b.value); w.lit(",\"year\":"); w.int(b.year); w.lit("}")
        } else {
            w.lit("null")
        }
        w.lit(",\"change\":")
        if let c = r.change {
            w.lit("{\"baseline_year\":"); w.int(c.baselineYear); w.lit(",\"direction\":"); w.string(c.direction.rawValue); w.lit("}")
        } else {
            w.lit("null")
        }
        w.lit(",\"comparator\":"); w.string(r.comparator?.rawValue)
        w.lit(",\"deadline\":")
        if let d = r.deadline {
            w.lit("{\"date\":"); w.string(d.date); w.lit(",\"source\":"); w.string(d.source.rawValue); w.lit(",\"text\":");
            w.string(d.text); w.lit("}")
        } else {
            w.lit("null")
        }
        w.lit(",\"dimension\":"); w.string(r.dimension)
        w.lit(",\"doc_id\":"); w.string(r.docId)
        w.lit(",\"evidence\":"); w.string(r.evidence)
        w.lit(",\"indicator\":"); w.string(r.indicator)
        w.lit(",\"key\":"); w.string(r.key)
        w.lit(",\"kind\":"); w.string(r.kind.rawValue)
        w.lit(",\"period\":"); w.string(r.period)
        w.lit(",\"record\":"); w.string(r.record)
        w.lit(",\"responsible\":[")
        for (i, u) in r.responsible.enumerated() {
            if i > 0 { w.lit(",") }
            w.lit("{\"name\":"); w.string(u.name); w.lit(",\"role\":"); w.string(u.role.rawValue); w.lit("}")
        }
        w.lit("],\"rule\":"); w.string(r.rule)
        w.lit(",\"section\":"); w.strings(r.section)
        w.lit(",\"span\":[")
        for (i, v) in r.span.enumerated() {
            if i > 0 { w.lit(",") }
            w.int(v)
        }
        w.lit("],\"target_id\":"); w.string(r.targetId)
        w.lit(",\"unit\":"); w.string(r.unit)
        w.lit(",\"value\":"); w.number(r.value)
        w.lit(",\"value_max\":"); w.number(r.valueMax)
        w.lit(",\"value_text\":"); w.string(r.valueText)
        w.lit("}")
    }

    /// Appends the line of `d` to `buffer`, without a newline.
    static func append(_ d: DocumentRecord, to buffer: inout [UInt8]) {
        var w = LedgerJSONWriter(into: buffer)
        buffer = []
        defer { buffer = w.out }
        w.lit("{\"chars\":"); w.int(d.chars); w.lit(",\"cited\":"); w.strings(d.cited)
        w.lit(",\"doc_id\":"); w.string(d.docId)
        w.lit(",\"doc_number\":"); w.string(d.docNumber)
        if let e = d.encoding { w.lit(",\"encoding\":"); w.string(e) }
        w.lit(",\"issuer\":"); w.string(d.issuer)
        w.lit(",\"path\":"); w.string(d.path)
        w.lit(",\"plan_period\":")
        if let p = d.planPeriod {
            w.lit("{\"end\":"); w.int(p.end); w.lit(",\"start\":"); w.int(p.start); w.lit("}")
        } else {
            w.lit("null")
        }
        w.lit(",\"published\":"); w.string(d.published)
        w.lit(",\"reader\":"); w.string(d.reader.rawValue)
        w.lit(",\"record\":"); w.string(d.record)
        w.lit(",\"replacements\":"); w.int(d.replacements); w.lit(",\"title\":"); w.string(d.title)
        w.lit(",\"warnings\":"); w.strings(d.warnings)
        w.lit("}")
    }

    private mutating func lit(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func int(_ v: Int?) {
        // A small String of an Int's digits never allocates.
        if let v { out.append(contentsOf: String(v).utf8) } else { lit("null") }
    }

    /// Numbers as JSONEncoder writes them: integral values without a fraction, others in Swift's
    /// shortest round-trip form.
    /// JSON has no infinity or NaN: such a value is written as null, so the line stays valid.
    private mutating func number(_ v: Double?) {
        guard let v, v.isFinite else { return lit("null") }
        if v == v.rounded(), abs(v) < 1e15 { int(Int(v)) } else { out.append(contentsOf: "\(v)".utf8) }
    }

    private mutating func strings(_ a: [String]) {
        lit("[")
        for (i, s) in a.enumerated() {
            if i > 0 { lit(",") }
            string(s)
        }
        lit("]")
    }

    private mutating func string(_ s: String?) {
        guard let s else { return lit("null") }
        JSONString.append(s, to: &out)
    }
}
