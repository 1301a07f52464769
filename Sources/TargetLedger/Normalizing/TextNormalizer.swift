/// Turns raw text into the text extraction reads and spans count in: full-width digits,
/// letters, ％ and spaces to ASCII (ICU NFKC, per code point so that every output scalar keeps
/// its source offset); CJK punctuation, circled numbers and Roman numerals kept as written;
/// invisible characters removed; spaces collapsed, and dropped between CJK characters (unless
/// three or more set a table's columns apart) and between Han characters and figures; one block
/// per line with no blank lines.
public struct TextNormalizer: Sendable {
    /// A normaliser; it holds no state.
    public init() {}

    /// Normalises `input`, whose `sourceOffsets` point into the decoded source; the result's
    /// offsets point into the same source.
    public func normalize(_ input: NormalizedText) -> NormalizedText {
        normalizeOneToOne(input) ?? normalizeExpanding(input)
    }

    /// The same as `normalizeExpanding`, written through raw buffers, for text where NFKC maps
    /// every code point it touches to one code point (all text seen so far): then the output is
    /// never longer than the input. Nil when a code point expands.
    func normalizeOneToOne(_ input: NormalizedText) -> NormalizedText? {
        let n = input.scalars.count
        var expands = false
        var offs: [Int] = []
        var written = 0
        let out = input.scalars.withUnsafeBufferPointer { src in
            input.sourceOffsets.withUnsafeBufferPointer { srcOffs in
                [Unicode.Scalar](unsafeUninitializedCapacity: n) { o, outCount in
                    offs = [Int](unsafeUninitializedCapacity: n) { f, offCount in
                        var w = 0
                        // A pending space is written only once we know what follows it.
                        var pendingSpace = -1
                        var spaceRun = 0
                        var i = 0
                        while i < n {
                            let s = src[i]
                            let v = s.value
                            let off = srcOffs[i]
                            i += 1
                            if CharacterClass.isLineBreak(v) {
                                if v == 0x0D, i < n, src[i] == "\n" { continue }
                                pendingSpace = -1
                                spaceRun = 0
                                if w > 0, o[w - 1] != "\n" {
                                    o[w] = "\n"
                                    f[w] = off
                                    w += 1
                                }
                                continue
                            }
                            if CharacterClass.isInvisible(v) { continue }
                            if CharacterClass.isSpace(v) {
                                if pendingSpace < 0 { pendingSpace = off }
                                spaceRun += 1
                                continue
                            }
                            var mapped: Unicode.Scalar = s
                            if v == 0x2E, w > 0, CharacterClass.isHan(o[w - 1].value), i < n, Self.opensSentence(src[i]) {
                                // A full stop as PDF text leaves it between two sentences (提高到26%以上.城乡…).
                                mapped = "。"
                            } else if v < 0x80 || CharacterClass.isHan(v) && v < 0xF900 {
                                // The overwhelming case: nothing to do.
                            } else if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
                                || v == 0xFF05
                            {
                                mapped = Unicode.Scalar(v - 0xFEE0)!
                            } else if v == 0xFF0E || v == 0x3002, w > 0, CharacterClass.isDigit(o[w - 1].value),
                                Self.isDecimalPoint(v, ahead: { i + $0 < n ? src[i + $0] : nil })
                            {
                                mapped = "."
                            } else if v == 0x2015 {
                                // ― (horizontal bar) stands for the dash — in ranges (2021―2030年).
                                mapped = "—"
                            } else if Self.wantsNFKC(v) {
                                let e = ICUNormalizer.nfkc(s)
                                guard e.count == 1 else {
                                    expands = true
                                    break
                                }
                                mapped = e[0]
                            }
                            if pendingSpace >= 0 {
                                if w > 0 && o[w - 1] != "\n"
                                    && !(spaceRun < 3 && CharacterClass.isCJK(o[w - 1].value) && CharacterClass.isCJK(mapped.value))
                                    && !(spaceRun == 1 && Self.joinsFigure(mapped, count: w, at: { o[$0] }, ahead: { i + $0 < n ? src[i + $0] : nil }))
                                {
                                    o[w] = " "
                                    f[w] = pendingSpace
                                    w += 1
                                }
                                pendingSpace = -1
                                spaceRun = 0
                            }
                            o[w] = mapped
                            f[w] = off
                            w += 1
                        }
                        if w > 0, o[w - 1] == "\n" { w -= 1 }
                        written = w
                        offCount = w
                    }
                    outCount = written
                }
            }
        }
        return expands ? nil : NormalizedText(scalars: out, sourceOffsets: offs)
    }

    /// Normalises `input` where a code point may expand to several under NFKC.
    func normalizeExpanding(_ input: NormalizedText) -> NormalizedText {
        let src = input.scalars
        var out: [Unicode.Scalar] = []
        var offs: [Int] = []
        out.reserveCapacity(src.count)
        offs.reserveCapacity(src.count)
        // A pending space is written only once we know what follows it.
        var pendingSpace = -1
        var spaceRun = 0
        var i = 0
        while i < src.count {
            let s = src[i]
            let v = s.value
            let off = input.sourceOffsets[i]
            i += 1
            if CharacterClass.isLineBreak(v) {
                if v == 0x0D, i < src.count, src[i] == "\n" { continue }
                pendingSpace = -1
                spaceRun = 0
                if let last = out.last, last != "\n" {
                    out.append("\n")
                    offs.append(off)
                }
                continue
            }
            if CharacterClass.isInvisible(v) { continue }
            if CharacterClass.isSpace(v) {
                if pendingSpace < 0 { pendingSpace = off }
                spaceRun += 1
                continue
            }
            var mapped: Unicode.Scalar = s
            var expansion: [Unicode.Scalar]? = nil
            if v == 0x2E, let last = out.last, CharacterClass.isHan(last.value), i < src.count, Self.opensSentence(src[i]) {
                mapped = "。"
            } else if v < 0x80 || CharacterClass.isHan(v) && v < 0xF900 {
                // The overwhelming case: nothing to do.
            } else if (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v) || v == 0xFF05 {
                mapped = Unicode.Scalar(v - 0xFEE0)!
            } else if v == 0xFF0E || v == 0x3002, let last = out.last, CharacterClass.isDigit(last.value),
                Self.isDecimalPoint(v, ahead: { i + $0 < src.count ? src[i + $0] : nil })
            {
                mapped = "."
            } else if v == 0x2015 {
                mapped = "—"
            } else if Self.wantsNFKC(v) {
                let n = ICUNormalizer.nfkc(s)
                if n.count == 1 { mapped = n[0] } else { expansion = n }
            }
            if pendingSpace >= 0 {
                let prev = out.last
                let keep =
                    prev != nil && prev != "\n" && !(spaceRun < 3 && CharacterClass.isCJK(prev!.value) && CharacterClass.isCJK(mapped.value))
                    && !(spaceRun == 1 && Self.joinsFigure(mapped, count: out.count, at: { out[$0] }, ahead: { i + $0 < src.count ? src[i + $0] : nil }))
                if keep {
                    out.append(" ")
                    offs.append(pendingSpace)
                }
                pendingSpace = -1
                spaceRun = 0
            }
            if let expansion {
                for e in expansion {
                    out.append(e)
                    offs.append(off)
                }
            } else {
                out.append(mapped)
                offs.append(off)
            }
        }
        if out.last == "\n" {
            out.removeLast()
            offs.removeLast()
        }
        return NormalizedText(scalars: out, sourceOffsets: offs)
    }

    /// Whether a single space between the text written so far (`count` scalars, read through
    /// `at`) and `next` splits a figure from its words, as text taken from PDFs writes them
    /// (到 2035 年, 2023 年底前, 达到 95 %以上): the space goes where the figure is glued to a
    /// unit or date word on its other side. Spaces that set a table's cells apart stay
    /// (死亡率 0.06 ≤0.17, ≤2607 下降10%, a row's number: 6 火灾十万人口死亡率), and so does a
    /// wider gap. `ahead(k)` reads the source k scalars after `next`.
    static func joinsFigure(_ next: Unicode.Scalar, count: Int, at: (Int) -> Unicode.Scalar, ahead: (Int) -> Unicode.Scalar?) -> Bool {
        let prev = at(count - 1).value
        if CharacterClass.isHan(prev) {
            guard isFigureDigit(next.value) else { return false }
            // (100万 8个贫困县: a figure's magnitude and the next figure stay two.)
            if prev == 0x4E07 || prev == 0x4EBF, count >= 2, isFigureDigit(at(count - 2).value) { return false }
            var k = 0
            while let c = ahead(k), isFigureDigit(c.value) || c == "." || c == "．" { k += 1 }
            if ahead(k) == " " { k += 1 }
            return ahead(k).map { unitStarts.contains($0) } ?? false
        }
        guard CharacterClass.isDigit(prev), unitStarts.contains(next) else { return false }
        var k = count - 1
        while k > 0, CharacterClass.isDigit(at(k - 1).value) || at(k - 1) == "." { k -= 1 }
        return k > 0 && at(k - 1) != "\n" || dateWords.contains(next)
    }

    /// What may open the sentence after a full stop written "." (a Han character, a bracketed item number).
    @inline(__always) static func opensSentence(_ c: Unicode.Scalar) -> Bool {
        CharacterClass.isHan(c.value) || c == "(" || c == "（"
    }

    @inline(__always) static func isFigureDigit(_ v: UInt32) -> Bool { CharacterClass.isDigit(v) || (0xFF10...0xFF19).contains(v) }

    /// What follows a year or a day opening a line (2023 年底前，…).
    static let dateWords = ScalarSet("年月日号%")
    /// First characters of the units and date words a figure is written against.
    static let unitStarts = ScalarSet("年月日号%％个万亿千百元吨亩人户家所项次倍公平台辆座条张件名处套间余多周天小分秒米克升度岁")

    /// Whether a full stop after a digit is a decimal point. ．between digits is one (97．5％);
    /// so is 。as PDF conversion leaves it (V2。0, 3。5%), where one or two digits follow that
    /// open no date or list item (…达到100。2025年…, …为3。1、… stay two sentences).
    static func isDecimalPoint(_ v: UInt32, ahead: (Int) -> Unicode.Scalar?) -> Bool {
        func digit(_ c: Unicode.Scalar?) -> Bool { c.map { CharacterClass.isDigit($0.value) || (0xFF10...0xFF19).contains($0.value) } ?? false }
        guard digit(ahead(0)) else { return false }
        if v == 0xFF0E { return true }
        var k = 1
        while k < 3, digit(ahead(k)) { k += 1 }
        guard k <= 2 else { return false }
        return ahead(k).map { !Self.afterDecimalStops.contains($0) } ?? true
    }

    /// What ends a figure that opens a sentence or list item rather than continuing one.
    static let afterDecimalStops = ScalarSet("年月日号、.．:：")

    /// Code points where NFKC helps and harms nothing: compatibility ideographs and Kangxi
    /// radicals (common in PDF-extracted text), small and vertical forms (﹝ → 〔), half-width
    /// katakana. Not ① Ⅲ ㎡ …, which NFKC would rewrite, and not full-width punctuation,
    /// which stays full-width because gold indicators and unit names contain （）.
    @inline(__always) static func wantsNFKC(_ v: UInt32) -> Bool {
        (0xF900...0xFAFF).contains(v) || (0x2F00...0x2FDF).contains(v) || (0x2E80...0x2EFF).contains(v)
            || (0xFE10...0xFE19).contains(v) || (0xFE30...0xFE6F).contains(v) || (0xFF61...0xFFDC).contains(v)
            || (0x2F800...0x2FA1F).contains(v)
    }
}
