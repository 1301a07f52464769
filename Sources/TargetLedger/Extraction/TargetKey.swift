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
