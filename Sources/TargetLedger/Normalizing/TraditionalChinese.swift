/// Folds a notice written in traditional characters (many mirrors of mainland news, Hong Kong
/// and Taiwan pages) to simplified ones, character for character, so that the rules, written
/// in simplified Chinese (超过, 个, 负责, 发布时间), read it; offsets stay those of the source.
///
/// Only a text whose Han characters are clearly traditional is folded: ICU's Hant-Hans also
/// maps characters a simplified text uses in their own right (著 → 着 in 著力), so a simplified
/// text is left exactly as written.
public enum TraditionalChinese {
    /// The CJK blocks the table covers: Extension A, the unified ideographs, compatibility ideographs.
    static let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    /// Simplified form of each covered code point (itself where ICU keeps it or maps it to more
    /// or less than one character), built once from ICU's Hant-Hans transliterator.
    static let table: [UInt32: UInt32] = {
        var units: [UInt16] = []
        var points: [UInt32] = []
        for r in ranges {
            for v in r {
                points.append(v)
                units.append(UInt16(v))
                // A line break between characters keeps ICU's phrase rules from joining them.
                units.append(0x0A)
            }
        }
        guard let out = try? ICUTransliterator.transliterate(units, id: "Hant-Hans") else { return [:] }
        var map: [UInt32: UInt32] = [:]
        var k = 0
        var start = 0
        for (i, u) in out.enumerated() where u == 0x0A {
            if k < points.count, i - start == 1, UInt32(out[start]) != points[k] { map[points[k]] = UInt32(out[start]) }
            k += 1
            start = i + 1
        }
        // 著 serves both 著 (显著, 著名) and 着 in traditional text; ICU's 着 is wrong in 顯著.
        map[0x8457] = nil
        return map
    }()

    /// The characters the table folds, as a bit per BMP character (one load per probe).
    static let foldable = ScalarSet(table.keys.compactMap(Unicode.Scalar.init))

    /// Share of sampled Han characters that must be traditional-only for a text to be folded:
    /// simplified notices show 0–0.1% (著), traditional ones 30–40%.
    static let threshold = 0.05

    /// Frequent characters that only traditional text writes: a text without a few of them is
    /// not looked at further, so most runs never build the table (about 50 ms).
    static let telltales = ScalarSet("個為們這來時會說國對發經與過還進關開學業區實點產將縣應員體東無從樣長動現種義導電務計劃環總質當號門問間設資費預農鄉鎮標準達積級構監".unicodeScalars)

    /// Whether `scalars` read as traditional Chinese (a sample of up to 4,000 Han characters).
    static func isTraditional(_ scalars: [Unicode.Scalar]) -> Bool {
        var seen = 0
        var sampled = 0
        for c in scalars where (0x4E00...0x9FFF).contains(c.value) {
            sampled += 1
            if telltales.contains(c) { seen += 1 }
            if sampled >= 1500 || seen >= 5 { break }
        }
        guard seen >= 5 else { return false }
        let foldable = Self.foldable
        var han = 0
        var traditional = 0
        for c in scalars where (0x4E00...0x9FFF).contains(c.value) {
            han += 1
            if foldable.contains(c) { traditional += 1 }
            if han >= 4000 { break }
        }
        return traditional >= 5 && Double(traditional) >= threshold * Double(han)
    }

    /// `text` with its traditional characters folded, when it reads as traditional; nil otherwise.
    static func fold(_ text: NormalizedText) -> NormalizedText? {
        guard isTraditional(text.scalars) else { return nil }
        let table = Self.table
        let folded = text.scalars.map { c in table[c.value].flatMap(Unicode.Scalar.init) ?? c }
        return NormalizedText(scalars: folded, sourceOffsets: text.sourceOffsets)
    }

    /// `string` folded (titles and other hints of a page folded with its text).
    static func fold(_ string: String) -> String {
        let table = Self.table
        return String(String.UnicodeScalarView(string.unicodeScalars.map { c in table[c.value].flatMap(Unicode.Scalar.init) ?? c }))
    }
}
