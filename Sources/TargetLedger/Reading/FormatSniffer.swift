/// Chooses a reader from the first bytes of the decoded text.
public enum FormatSniffer {
    /// The format of `text`; `path` only breaks ties (a `.csv` whose header is not ASCII).
    public static func sniff(_ text: [Unicode.Scalar], path: String = "") -> InputFormat {
        var i = 0
        while i < text.count, CharacterClass.isSpace(text[i].value) || CharacterClass.isLineBreak(text[i].value) || text[i] == "\u{FEFF}" {
            i += 1
        }
        // Scalars only, and a short head: String comparisons work on grapheme clusters and are slow.
        let head = Array(
            text[i..<min(text.count, i + 1024)].map {
                $0.isASCII ? Unicode.Scalar(UInt8(ascii: $0) | (($0.value >= 65 && $0.value <= 90) ? 0x20 : 0)) : $0
            })
        func has(_ w: String, at k: Int = 0) -> Bool {
            let ws = Array(w.unicodeScalars)
            return head.count >= k + ws.count && head[k..<(k + ws.count)].elementsEqual(ws)
        }
        func contains(_ w: String) -> Bool {
            let ws = Array(w.unicodeScalars)
            guard head.count >= ws.count else { return false }
            for k in 0...(head.count - ws.count) where head[k] == ws[0] && head[k..<(k + ws.count)].elementsEqual(ws) { return true }
            return false
        }
        if has("<!doctype html") || has("<html") || (has("<?xml") && contains("<html"))
            || (has("<") && (contains("<body") || contains("<head") || contains("<div") || contains("<p>") || contains("<meta")))
        {
            return .html
        }
        if has("---\n") || has("---\r\n") {
            if contains("\n---") && head.count > 4
                && { () -> Bool in
                    let ws = Array("\n---".unicodeScalars)
                    for k in 3...(head.count - ws.count) where head[k..<(k + ws.count)].elementsEqual(ws) { return true }
                    return false
                }()
            {
                return .markdown
            }
        }
        let firstLine = head.prefix { $0 != "\n" }
        let commas = firstLine.filter { $0 == "," }.count
        let plain = firstLine.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || $0 == "," || $0 == "_" || $0 == "\"" || $0 == " " || $0 == "\r"
                    || ("0"..."9").contains($0))
        }
        if commas >= 1 && plain && (commas >= 2 || path.lowercased().hasSuffix(".csv")) { return .csv }
        return .text
    }
}
