/// Stable identities of records: `key`, a normalised indicator that survives rewording around
/// it (used to match targets across plan versions), and `target_id`, stable for the same text
/// and rules.
public enum TargetKey {
    static let dropped = ScalarSet("的了和及与、，,。：:；;“”\"'‘’《》（）()[]【】 -—·".unicodeScalars)
    static let leading: [[Unicode.Scalar]] = [
        "力争", "确保", "争取", "全市", "全省", "全区", "全县", "全国", "本市", "我市", "新建", "新增", "建成", "完成", "实施", "建设", "累计", "年均", "每年", "到", "使",
    ].map { Array($0.unicodeScalars) }

    /// The normalised indicator: punctuation, 的 and leading verbs or scope words removed.
    public static func key(for indicator: String) -> String {
        let sc: [Unicode.Scalar] = indicator.unicodeScalars.filter { !dropped.contains($0) }
        // Leading words are skipped by moving the start, not by removing from the front.
        var start = 0
        var changed = true
        while changed {
            changed = false
            for ws in leading where sc.count - start > ws.count + 1 {
                var k = 0
                while k < ws.count, sc[start + k] == ws[k] { k += 1 }
                if k == ws.count {
                    start += ws.count
                    changed = true
                }
            }
        }
        return String(scalars: sc[start...])
    }

    /// Whether two keys name one thing: one holds the other once the words around a verb are
    /// set aside (江苏将实现人均体育场地面积 / 江苏要实现人均体育场地面积). Keys that differ in
    /// a name (包头市… / 乌海市…) do not.
    static func similar(_ a: String, _ b: String) -> Bool {
        if a.contains(b) || b.contains(a) { return true }
        let x = String(String.UnicodeScalarView(a.unicodeScalars.filter { !restatementNoise.contains($0) }))
        let y = String(String.UnicodeScalarView(b.unicodeScalars.filter { !restatementNoise.contains($0) }))
        return x.unicodeScalars.count >= 4 && y.unicodeScalars.count >= 4 && (x.contains(y) || y.contains(x))
    }

    /// Modal and linking words a restatement changes freely (将/要, 实现, 达到, 力争).
    static let restatementNoise = ScalarSet("将要实现达到力争确保提出可".unicodeScalars)

    /// A 16-hex-digit id from the document, the record's place and content, and the rule set.
    public static func id(for r: TargetRecord, rulesHash: String) -> String {
        // The hash of "docId|kind|key|value|unit|start-end|rules", fed part by part (FNV-1a
        // chains), without building the joined string.
        let bar: [UInt8] = [0x7C]
        var h = ContentHash.fnv1a(r.docId.utf8)
        for part in [r.kind.rawValue, r.key, r.value.map { String($0) } ?? "", r.unit ?? ""] {
            h = ContentHash.fnv1a(bar, seed: h)
            h = ContentHash.fnv1a(part.utf8, seed: h)
        }
        h = ContentHash.fnv1a(bar, seed: h)
        h = ContentHash.fnv1a(String(r.span[0]).utf8, seed: h)
        h = ContentHash.fnv1a([0x2D], seed: h)
        h = ContentHash.fnv1a(String(r.span[1]).utf8, seed: h)
        h = ContentHash.fnv1a(bar, seed: h)
        h = ContentHash.fnv1a(rulesHash.utf8, seed: h)
        return ContentHash.hex(hash: h)
    }
}
