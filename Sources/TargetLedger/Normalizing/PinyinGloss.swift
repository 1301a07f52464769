/// Drops pinyin glosses that some mirror sites put after characters (设(shè)施, 场(chǎng)):
/// they split words, so 设施 and 运动场 were never read whole. A gloss is a bracketed run of
/// lower-case Latin letters with at least one tone mark, right after a Han character.
enum PinyinGloss {
    /// Vowels with tone marks (and ü), which plain Latin words in notices do not carry.
    static let toneVowels: ScalarSet = ScalarSet("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars)

    /// `text` without its glosses; nil when it has none.
    static func strip(_ text: NormalizedText) -> NormalizedText? {
        let s = text.scalars
        var drop: [Range<Int>] = []
        var i = 1
        while i < s.count {
            // After a Han character, or the ? and U+FFFD a lost character left behind.
            if s[i] == "(", (0x4E00...0x9FFF).contains(s[i - 1].value) || s[i - 1] == "?" || s[i - 1] == "\u{FFFD}",
                let end = glossEnd(s, open: i)
            {
                drop.append(i..<end)
                i = end
            } else {
                i += 1
            }
        }
        guard !drop.isEmpty else { return nil }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(s.count)
        offsets.reserveCapacity(s.count)
        var k = 0
        for r in drop {
            scalars += s[k..<r.lowerBound]
            offsets += text.sourceOffsets[k..<r.lowerBound]
            k = r.upperBound
        }
        scalars += s[k...]
        offsets += text.sourceOffsets[k...]
        return NormalizedText(scalars: scalars, sourceOffsets: offsets)
    }

    /// The index after the `)` closing a gloss that opens at `open`, if it is one.
    static func glossEnd(_ s: [Unicode.Scalar], open: Int) -> Int? {
        var j = open + 1
        var toned = false
        while j < s.count, j - open <= 8 {
            let c = s[j]
            if c == ")" { return toned && j > open + 1 ? j + 1 : nil }
            if toneVowels.contains(c) { toned = true } else if !("a"..."z").contains(c) { return nil }
            j += 1
        }
        return nil
    }
}
