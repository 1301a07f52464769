/// Writes ledger records as JSON by hand: keys sorted, nulls written, non-ASCII and `/` left
/// as they are — the same document `JSONEncoder` with `.sortedKeys` gives, at a fraction of its
/// cost (Foundation's encoder was an eighth of a corpus run). A test checks both agree.
struct LedgerJSONWriter {
    private var out = ""

    static func line(_ r: TargetRecord) -> String {
        var w = LedgerJSONWriter()
        w.out.reserveCapacity(512 + r.evidence.utf8.count)
        w.out += "{\"baseline\":"
        if let b = r.baseline {
            w.out += "{\"value\":"; w.number(b.value); w.out += ",\"year\":"; w.int(b.year); w.out += "}"
        } else {
            w.out += "null"
        }
        w.out += ",\"change\":"
        if let c = r.change {
            w.out += "{\"baseline_year\":"; w.int(c.baselineYear); w.out += ",\"direction\":"; w.string(c.direction.rawValue); w.out += "}"
        } else {
            w.out += "null"
        }
        w.out += ",\"comparator\":"; w.string(r.comparator?.rawValue)
        w.out += ",\"deadline\":"
        if let d = r.deadline {
            w.out += "{\"date\":"; w.string(d.date); w.out += ",\"source\":"; w.string(d.source.rawValue); w.out += ",\"text\":";
            w.string(d.text); w.out += "}"
        } else {
            w.out += "null"
        }
        w.out += ",\"dimension\":"; w.string(r.dimension)
        w.out += ",\"doc_id\":"; w.string(r.docId)
        w.out += ",\"evidence\":"; w.string(r.evidence)
        w.out += ",\"indicator\":"; w.string(r.indicator)
        w.out += ",\"key\":"; w.string(r.key)
        w.out += ",\"kind\":"; w.string(r.kind.rawValue)
        w.out += ",\"period\":"; w.string(r.period)
        w.out += ",\"record\":"; w.string(r.record)
        w.out += ",\"responsible\":["
        for (i, u) in r.responsible.enumerated() {
            if i > 0 { w.out += "," }
            w.out += "{\"name\":"; w.string(u.name); w.out += ",\"role\":"; w.string(u.role.rawValue); w.out += "}"
        }
        w.out += "],\"rule\":"; w.string(r.rule)
        w.out += ",\"section\":"; w.strings(r.section)
        w.out += ",\"span\":["
        w.out += r.span.map(String.init).joined(separator: ",")
        w.out += "],\"target_id\":"; w.string(r.targetId)
        w.out += ",\"unit\":"; w.string(r.unit)
        w.out += ",\"value\":"; w.number(r.value)
        w.out += ",\"value_max\":"; w.number(r.valueMax)
        w.out += ",\"value_text\":"; w.string(r.valueText)
        w.out += "}"
        return w.out
    }

    static func line(_ d: DocumentRecord) -> String {
        var w = LedgerJSONWriter()
        w.out += "{\"chars\":\(d.chars),\"cited\":"; w.strings(d.cited)
        w.out += ",\"doc_id\":"; w.string(d.docId)
        w.out += ",\"doc_number\":"; w.string(d.docNumber)
        if let e = d.encoding { w.out += ",\"encoding\":"; w.string(e) }
        w.out += ",\"issuer\":"; w.string(d.issuer)
        w.out += ",\"path\":"; w.string(d.path)
        w.out += ",\"plan_period\":"
        if let p = d.planPeriod { w.out += "{\"end\":\(p.end),\"start\":\(p.start)}" } else { w.out += "null" }
        w.out += ",\"published\":"; w.string(d.published)
        w.out += ",\"reader\":"; w.string(d.reader.rawValue)
        w.out += ",\"record\":"; w.string(d.record)
        w.out += ",\"replacements\":\(d.replacements),\"title\":"; w.string(d.title)
        w.out += ",\"warnings\":"; w.strings(d.warnings)
        w.out += "}"
        return w.out
    }

    private mutating func int(_ v: Int?) {
        if let v { out += String(v) } else { out += "null" }
    }

    /// Numbers as JSONEncoder writes them: integral values without a fraction, others in Swift's
    /// shortest round-trip form.
    private mutating func number(_ v: Double?) {
        guard let v else { out += "null"; return }
        if v == v.rounded(), abs(v) < 1e15 { out += String(Int64(v)) } else { out += "\(v)" }
    }

    private mutating func strings(_ a: [String]) {
        out += "["
        for (i, s) in a.enumerated() {
            if i > 0 { out += "," }
            string(s)
        }
        out += "]"
    }

    private mutating func string(_ s: String?) {
        guard let s else { out += "null"; return }
        JSONString.append(s, to: &out)
    }
}
