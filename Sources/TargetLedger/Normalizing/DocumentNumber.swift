import Foundation

/// 文号 such as 蛟教字[2009]97号, 昌市政办发〔2022〕21号, 陕教基一〔2013〕3号, 医保发〔2022〕22 号.
/// Found by a scan for the bracketed year rather than a regex: a pattern that starts with
/// `[\p{Han}]{1,14}` is tried at every Han character and costs more than the rest of reading.
public enum DocumentNumber {
    /// Words that end the text before a number (蛟河市教育局文件|蛟教字…): the number starts after them.
    static let leadScalars: [[Unicode.Scalar]] = lead.map { Array($0.unicodeScalars) }
    static let lead: [String] = ["文件", "印发", "转发", "根据", "按照", "依据", "依照", "关于", "和", "及", "与", "的", "见", "》", "号", "是"]

    @inline(__always) static func isOpen(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "〔", "[", "［", "(", "（", "﹝", "【": return true
        default: return false
        }
    }

    @inline(__always) static func isClose(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "〕", "]", "］", ")", "）", "﹞", "】": return true
        default: return false
        }
    }

    /// Every document number in `s`, in order, with its range and the number as written
    /// (spaces removed, the words before it trimmed off).
    public static func all(in s: [Unicode.Scalar]) -> [(range: Range<Int>, number: String)] {
        var out: [(Range<Int>, String)] = []
        let n = s.count
        func skipSpaces(_ i: inout Int) { while i < n, s[i] == " " { i += 1 } }
        func isDigit(_ i: Int) -> Bool { i < n && CharacterClass.isDigit(s[i].value) }
        var i = 0
        while i < n {
            guard isOpen(s[i]) else { i += 1; continue }
            let open = i
            var j = i + 1
            skipSpaces(&j)
            // (19|20)dd
            guard j + 3 < n, s[j] == "1" || s[j] == "2", s[j + 1] == "9" || s[j + 1] == "0", isDigit(j + 2), isDigit(j + 3) else {
                i += 1; continue
            }
            j += 4
            skipSpaces(&j)
            guard j < n, isClose(s[j]) else { i += 1; continue }
            j += 1
            skipSpaces(&j)
            if j < n, s[j] == "第" { j += 1; skipSpaces(&j) }
            let d0 = j
            while j < n, j - d0 < 4, isDigit(j) { j += 1 }
            guard j > d0, !isDigit(j) else { i += 1; continue }
            skipSpaces(&j)
            guard j < n, s[j] == "号" else { i += 1; continue }
            let end = j + 1
            var a = open
            while a > 0, s[a - 1] == " " { a -= 1 }
            var h = a
            while h > 0, open - h < 15, CharacterClass.isHan(s[h - 1].value) { h -= 1 }
            guard h < a else { i = end; continue }
            var r = h..<end
            var text = ""
            // The words before the bracket, trimmed after the last lead word (scalar search:
            // Foundation's range(of:) showed in profiles).
            var p = h
            for w in leadScalars {
                var q = open - w.count
                while q >= p {
                    if s[q..<(q + w.count)].elementsEqual(w) {
                        p = q + w.count
                        break
                    }
                    q -= 1
                }
            }
            if open - p > 10 { p = open - 10 }
            r = p..<end
            text = String(scalars: s[r].filter { $0 != " " })
            if let f = text.unicodeScalars.first, !isOpen(f) { out.append((r, text)) }
            i = end
        }
        return out
    }
}
