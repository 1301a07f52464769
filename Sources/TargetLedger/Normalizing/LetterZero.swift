/// Reads the letter o typed for the zero of a year written in Chinese digits (二oo八年 for
/// 二〇〇八年) as 〇, so that the date rules need no branch of their own for it: a pass over the
/// text's few letters o costs less than that branch in every date pattern.
enum LetterZero {
    static let letters: ScalarSet = ["o", "O", "Ｏ"]
    static let digits: ScalarSet = ScalarSet("〇○零一二三四五六七八九".unicodeScalars)

    /// `text` with such letters read as 〇; nil when it has none.
    static func fold(_ text: NormalizedText) -> NormalizedText? {
        let s = text.scalars
        var out: [Unicode.Scalar]? = nil
        var i = 1
        while i < s.count {
            // A run of letters o after a Chinese digit, ending in a digit and 年 within the year's
            // four characters (二oo八年, 二ooo年).
            if letters.contains(s[i]), digits.contains((out ?? s)[i - 1]) {
                var j = i
                while j < s.count, j - i < 3, letters.contains(s[j]) || digits.contains(s[j]) { j += 1 }
                if j < s.count, s[j] == "年" {
                    if out == nil { out = s }
                    for k in i..<j where letters.contains(s[k]) { out![k] = "〇" }
                    i = j
                    continue
                }
            }
            i += 1
        }
        return out.map { NormalizedText(scalars: $0, sourceOffsets: text.sourceOffsets) }
    }
}
