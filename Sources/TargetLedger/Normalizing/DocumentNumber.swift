import Foundation

/// 文号 such as 蛟教字[2009]97号, 昌市政办发〔2022〕21号, 陕教基一〔2013〕3号, 医保发〔2022〕22 号.
public enum DocumentNumber {
    static let pattern = try! ICUPattern(#"[\p{Han}]{1,14} *[〔\[［(（﹝【] *(?:19|20)[0-9]{2} *[〕\]］)）﹞】] *第? *[0-9]{1,4} *号"#)
    /// Words that end the text before a number (蛟河市教育局文件|蛟教字…): the number starts after them.
    static let lead: [String] = ["文件", "印发", "转发", "根据", "按照", "依据", "依照", "关于", "和", "及", "与", "的", "见", "》", "号", "是"]

    /// Every document number in `s`, in order, with its range and the number as written
    /// (spaces removed, the words before it trimmed off).
    public static func all(in s: [Unicode.Scalar]) -> [(range: Range<Int>, number: String)] {
        var units: [UInt16] = []
        var scalarAt: [Int] = []
        for (i, c) in s.enumerated() {
            for u in UTF16.encode(c)! {
                units.append(u)
                scalarAt.append(i)
            }
        }
        scalarAt.append(s.count)
        var out: [(Range<Int>, String)] = []
        for g in pattern.allMatches(in: units) {
            var r = scalarAt[g[0]!.lowerBound]..<scalarAt[g[0]!.upperBound]
            var text = String(String.UnicodeScalarView(s[r]))
            for w in lead {
                if let k = text.range(of: w, options: .backwards), k.upperBound < text.firstIndex(where: { "〔[［(（﹝【".contains($0) })! {
                    let dropped = text[..<k.upperBound].unicodeScalars.count
                    r = (r.lowerBound + dropped)..<r.upperBound
                    text = String(text[k.upperBound...])
                }
            }
            let bracket = text.firstIndex(where: { "〔[［(（﹝【".contains($0) })!
            let prefix = text[..<bracket]
            if prefix.count > 10 {
                let cut = prefix.count - 10
                r = (r.lowerBound + cut)..<r.upperBound
                text = String(text.dropFirst(cut))
            }
            text = String(text.unicodeScalars.filter { $0 != " " }.map(Character.init))
            guard text.first.map({ !"〔[［(（﹝【".contains($0) }) ?? false else { continue }
            out.append((r, text))
        }
        return out
    }
}
