/// JSON string literals as JSONEncoder and Python's `json.dumps(ensure_ascii=False)` both write
/// them: quotes, backslashes and control characters escaped, everything else (Chinese, `/`) as is.
enum JSONString {
    /// Appends `s` as a quoted JSON string to `out`.
    static func append(_ s: String, to out: inout String) {
        out += "\""
        // Most ledger strings need no escape: copy them whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += s
            out += "\""
            return
        }
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }
}
