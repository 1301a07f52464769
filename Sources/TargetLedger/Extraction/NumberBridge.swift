/// The number layer as the extractor sees it. (Temporary: a minimal reader of Arabic numbers
/// with %, 万 and 亿 until the full `NumberScanner` lands; then this forwards to it.)
struct NumberHit: Sendable {
    enum Form: Sendable { case arabic, chinese, other }
    var range: Range<Int>
    var value: Double
    var valueMax: Double?
    var isPercent: Bool
    var isPermille: Bool
    var isFraction: Bool
    var form: Form
}

enum NumberBridge {
    static func scan(_ s: [Unicode.Scalar], in range: Range<Int>) -> [NumberHit] {
        var out: [NumberHit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard ("0"..."9").contains(s[i]) else { i += 1; continue }
            if i > range.lowerBound, ("0"..."9").contains(s[i - 1]) || s[i - 1] == "." { i += 1; continue }
            var j = i
            var text = ""
            while j < range.upperBound, ("0"..."9").contains(s[j]) || s[j] == "." || s[j] == "," {
                if s[j] != "," { text.unicodeScalars.append(s[j]) }
                j += 1
            }
            guard var v = Double(text) else { i = j; continue }
            if j < range.upperBound, s[j] == "万" { v *= 1e4; j += 1 } else if j < range.upperBound, s[j] == "亿" { v *= 1e8; j += 1 }
            var pct = false
            if j < range.upperBound, s[j] == "%" { pct = true; j += 1 }
            out.append(NumberHit(range: i..<j, value: v, valueMax: nil, isPercent: pct, isPermille: false, isFraction: false, form: .arabic))
            i = j
        }
        return out
    }
}
