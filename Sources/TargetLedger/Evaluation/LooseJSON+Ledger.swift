/// The reads of a gold or ledger line that the scorer needs, each as score.py defines it.
extension LooseJSON {
    /// `deadline_of`: the `date` of a deadline object, or the deadline itself (gold writes a string).
    public var deadlineDate: LooseJSON {
        let d = self["deadline"]
        if case .object = d { return d["date"] }
        return d
    }

    /// `names_of`: the stripped, non-empty names of the responsible units, as a set.
    public var responsibleNames: Set<String> {
        let list = self["responsible"]
        // `rec.get("responsible") or []` iterated: a list by item, a string by character,
        // an object by key; anything falsy gives nothing.
        let items: [LooseJSON]
        switch list {
        case .array(let a): items = a
        case .string(let s): items = s.unicodeScalars.map { .string(String($0)) }
        case .object(let o): items = o.keys.map { .string($0) }
        default: items = []
        }
        var out = Set<String>()
        for r in items {
            let n: LooseJSON
            if case .object = r { n = r["name"] } else { n = r }
            if n.isTruthy { out.insert(TextSimilarity.strip(n.pythonString)) }
        }
        return out
    }

    /// The indicator as score.py reads it (`rec.get("indicator") or ""`).
    public var indicatorText: String {
        self["indicator"].string ?? ""
    }

    /// `same_value`: both missing, or both numbers within a relative 1e-6.
    public static func sameValue(_ x: LooseJSON, _ y: LooseJSON) -> Bool {
        if x == .null || y == .null { return x == .null && y == .null }
        guard let a = x.pythonFloat, let b = y.pythonFloat else { return false }
        return abs(a - b) <= 1e-6 * Swift.max(1.0, abs(a), abs(b))
    }
}
