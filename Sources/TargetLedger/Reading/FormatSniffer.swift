/// Chooses a reader from the first bytes of the decoded text.
public enum FormatSniffer {
    /// The format of `text`; `path` only breaks ties (a `.csv` whose header is not ASCII).
    public static func sniff(_ text: [Unicode.Scalar], path: String = "") -> InputFormat {
        var i = 0
        while i < text.count, text[i].properties.isWhitespace || text[i] == "\u{FEFF}" { i += 1 }
        let head = String(String.UnicodeScalarView(text[i..<min(text.count, i + 2048)]))
        let lower = head.lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.hasPrefix("<?xml") && lower.contains("<html")
            || (lower.hasPrefix("<") && (lower.contains("<body") || lower.contains("<head") || lower.contains("<div") || lower.contains("<p>") || lower.contains("<meta")))
        {
            return .html
        }
        if head.hasPrefix("---\n") || head.hasPrefix("---\r\n") {
            if head.dropFirst(3).contains("\n---") { return .markdown }
        }
        if let firstLine = head.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first {
            let commas = firstLine.filter { $0 == "," }.count
            let plain = firstLine.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "," || $0 == "_" || $0 == "\"" || $0 == " " || $0 == "\r" || ("0"..."9").contains($0)) }
            if commas >= 1 && plain && (commas >= 2 || path.lowercased().hasSuffix(".csv")) { return .csv }
        }
        return .text
    }
}
