/// Character-bigram similarity of short texts (indicators), shared by `eval` and `diff`.
///
/// It follows the reference scorer `shared/tools/score.py` to the letter — Unicode scalars as
/// Python's code points, Python's `str.isspace` for whitespace — because `eval` must give the
/// same figures as that script, and a diff that matched targets differently would confuse.
public enum TextSimilarity {
    /// The scalars Python's `str.isspace()` accepts (Unicode White_Space plus U+001C–U+001F);
    /// listed rather than taken from the toolchain's Unicode tables so that it cannot drift.
    static let pythonWhitespace: Set<UInt32> = [
        0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
        0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
        0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ]

    /// Whether Python would call this scalar whitespace.
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        pythonWhitespace.contains(scalar.value)
    }

    /// `s.strip()` as Python does it: whitespace removed from both ends.
    public static func strip(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var lo = 0
        var hi = scalars.count
        while lo < hi, isWhitespace(scalars[lo]) { lo += 1 }
        while hi > lo, isWhitespace(scalars[hi - 1]) { hi -= 1 }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }

    /// The character bigrams of `s` with all whitespace removed, each packed into one integer;
    /// a one-scalar text gives that scalar alone as its only "bigram" (as score.py does).
    public static func bigrams(_ s: String) -> [UInt64] {
        let chars = s.unicodeScalars.filter { !isWhitespace($0) }.map { UInt64($0.value) }
        if chars.count >= 2 {
            return (0..<(chars.count - 1)).map { chars[$0] << 21 | chars[$0 + 1] }
        }
        // 0x1FFFFF is above every scalar, so a lone scalar never equals a real bigram.
        return chars.map { $0 << 21 | 0x1F_FFFF }
    }

    /// Dice coefficient of the two bigram multisets: 2·common / (|A| + |B|), 0 when either is empty.
    public static func dice(_ a: String, _ b: String) -> Double {
        let ga = bigrams(a)
        let gb = bigrams(b)
        if ga.isEmpty || gb.isEmpty { return 0 }
        var pool: [UInt64: Int] = [:]
        for g in ga { pool[g, default: 0] += 1 }
        var common = 0
        for g in gb where (pool[g] ?? 0) > 0 {
            pool[g]! -= 1
            common += 1
        }
        return 2.0 * Double(common) / Double(ga.count + gb.count)
    }

    /// Share of the bigrams of `part` found in `whole` (each used once): how much of a narrower
    /// indicator lies inside a wider one, where Dice would be pulled down by the length gap.
    public static func coverage(_ part: String, in whole: String) -> Double {
        let gp = bigrams(part)
        if gp.isEmpty { return 0 }
        var pool: [UInt64: Int] = [:]
        for g in bigrams(whole) { pool[g, default: 0] += 1 }
        var common = 0
        for g in gp where (pool[g] ?? 0) > 0 {
            pool[g]! -= 1
            common += 1
        }
        return Double(common) / Double(gp.count)
    }

    /// Indicator overlap: 1 when one stripped text contains the other, else their bigram Dice;
    /// 0 when either is empty or missing.
    public static func overlap(_ a: String?, _ b: String?) -> Double {
        let sa = strip(a ?? "")
        let sb = strip(b ?? "")
        if sa.isEmpty || sb.isEmpty { return 0 }
        let xa = Array(sa.unicodeScalars)
        let xb = Array(sb.unicodeScalars)
        if contains(xb, xa) || contains(xa, xb) { return 1 }
        return dice(sa, sb)
    }

    /// Substring test on scalars (Python's `in`), not on grapheme clusters as `String.contains`
    /// would be, so that a combining mark never changes the answer.
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > haystack.count { return false }
        outer: for start in 0...(haystack.count - needle.count) {
            for k in 0..<needle.count where haystack[start + k] != needle[k] { continue outer }
            return true
        }
        return false
    }
}
