/// The normalised text of one document in the two forms the pipeline needs: scalars (span
/// offsets count in them) and UTF-16 (what ICU searches), with the map between the two.
/// Built once per document; every pattern search goes through it.
struct TextIndex {
    let scalars: [Unicode.Scalar]
    let utf16: [UInt16]
    /// `scalarAt16[k]` is the scalar offset of UTF-16 offset k (count+1 entries).
    private let scalarAt16: [Int32]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var u: [UInt16] = []
        u.reserveCapacity(scalars.count + 16)
        var map: [Int32] = []
        map.reserveCapacity(scalars.count + 17)
        for (i, s) in scalars.enumerated() {
            for unit in UTF16.encode(s)! {
                u.append(unit)
                map.append(Int32(i))
            }
        }
        map.append(Int32(scalars.count))
        utf16 = u
        scalarAt16 = map
    }

    /// Scalar offset of a UTF-16 offset.
    func scalar(_ u16: Int) -> Int { Int(scalarAt16[min(max(u16, 0), scalarAt16.count - 1)]) }

    /// Scalar range of a UTF-16 range.
    func scalarRange(_ r: Range<Int>) -> Range<Int> { scalar(r.lowerBound)..<scalar(r.upperBound) }

    /// Every match of `pattern`, as scalar ranges of each group (nil where a group did not take part).
    func matches(_ pattern: ICUPattern) -> [[Range<Int>?]] {
        pattern.allMatches(in: utf16).map { groups in groups.map { $0.map(scalarRange) } }
    }

    /// Matches of `pattern` inside scalar `regions` only (sorted, disjoint).
    func matches(_ pattern: ICUPattern, inScalarRegions regions: [Range<Int>]) -> [[Range<Int>?]] {
        let u16 = regions.map { utf16Offset($0.lowerBound)..<utf16Offset($0.upperBound) }
        return pattern.allMatches(in: utf16, regions: u16).map { groups in groups.map { $0.map(scalarRange) } }
    }

    /// Matches of a rule's pattern inside scalar `regions`, skipping the regions that lack every
    /// character its matches must hold.
    func matches(_ rule: PatternRule, inScalarRegions regions: [Range<Int>], masks: [UInt64]? = nil) -> [[Range<Int>?]] {
        guard let pre = rule.prefilter else { return matches(rule.pattern, inScalarRegions: regions) }
        let kept: [Range<Int>]
        if let bit = rule.prefilterBit, let masks, masks.count == regions.count {
            let m = UInt64(1) << UInt64(bit)
            kept = regions.indices.filter { masks[$0] & m != 0 }.map { regions[$0] }
        } else {
            kept = regions.filter { pre.admits(scalars, $0) }
        }
        if kept.isEmpty { return [] }
        return matches(rule.pattern, inScalarRegions: kept)
    }

    /// For each region, the prefilter bits of the characters in it (see `RuleSet.prefilterTable`).
    func prefilterMasks(_ regions: [Range<Int>], table: [UInt64]) -> [UInt64] {
        guard table.count == 0x10000 else { return [] }
        return table.withUnsafeBufferPointer { t in
            regions.map { r in
                var m: UInt64 = 0
                for i in r {
                    let v = scalars[i].value
                    if v < 0x10000 { m |= t[Int(v)] }
                }
                return m
            }
        }
    }

    /// The UTF-16 offset of scalar offset `i` (text without supplementary characters maps 1:1).
    func utf16Offset(_ i: Int) -> Int {
        if utf16.count == scalars.count { return i }
        // Binary search over the scalar-of-UTF-16 map.
        var lo = 0
        var hi = scalarAt16.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(scalarAt16[mid]) < i { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func string(_ r: Range<Int>) -> String {
        String(scalars: scalars[r.clamped(to: 0..<scalars.count)])
    }
}

/// Names of the capture groups of an ICU pattern, by group number (1-based; index 0 unused).
enum CaptureNames {
    /// Parses `(?<name>` openings and plain `(` groups in order; escapes and classes are skipped.
    static func of(_ pattern: String) -> [String?] {
        var names: [String?] = [nil]
        let s = Array(pattern.unicodeScalars)
        var i = 0
        var inClass = 0
        while i < s.count {
            let c = s[i]
            if c == "\\" { i += 2; continue }
            if inClass > 0 {
                if c == "[" { inClass += 1 } else if c == "]" { inClass -= 1 }
                i += 1
                continue
            }
            if c == "[" { inClass = 1; i += 1; continue }
            if c == "(" {
                if i + 1 < s.count, s[i + 1] == "?" {
                    if i + 2 < s.count, s[i + 2] == "<", i + 3 < s.count, s[i + 3] != "=", s[i + 3] != "!" {
                        var j = i + 3
                        var name = String.UnicodeScalarView()
                        while j < s.count, s[j] != ">" { name.append(s[j]); j += 1 }
                        names.append(String(name))
                    }
                } else {
                    names.append(nil)
                }
            }
            i += 1
        }
        return names
    }
}
