/// The number layer as the extractor sees it: the `NumberScanner`'s mentions, less ordinals
/// (第三) and ratios (13:1), which are never values.
struct NumberHit: Sendable {
    enum Form: Sendable { case arabic, chinese, other }
    var range: Range<Int>
    var value: Double
    var valueMax: Double?
    var isPercent: Bool
    var isPermille: Bool
    var isFraction: Bool
    var form: Form
    var magnitude: Double
    /// 余/多 inside the number (5300余万, 十余万).
    var over: Bool
}

enum NumberBridge {
    static func scan(_ s: [Unicode.Scalar], in range: Range<Int>) -> [NumberHit] {
        NumberScanner().scan(s, in: range).compactMap { m in
            if m.isOrdinal || m.ratioTo != nil { return nil }
            let form: NumberHit.Form
            switch m.form {
            case .arabic, .mixed: form = .arabic
            case .chinese, .chineseDigits: form = .chinese
            default: form = .other
            }
            return NumberHit(
                range: m.range, value: m.value, valueMax: m.valueMax, isPercent: m.isPercent, isPermille: m.isPermille,
                isFraction: m.isFraction, form: form, magnitude: m.magnitude,
                over: m.approximation.contains(.over) && m.text.unicodeScalars.contains { $0 == "余" || $0 == "多" })
        }
    }
}
