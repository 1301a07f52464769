/// Finds text that was UTF-8, decoded once with the wrong charset and saved again as UTF-8, and
/// undoes that decoding. Scraped pages carry it: UTF-8 read as GBK gives "鍒\u{FFFD}2025骞达紝",
/// UTF-8 read as Latin-1 or Windows-1252 gives "å¸æ£®". Either still holds the digits, so
/// without this the extractor makes targets of nonsense and nobody is told.
///
/// Such text is recognised by its Han characters: in Chinese text about three in four are among
/// the few hundred most frequent ones, in GBK mojibake fewer than one in ten, and Latin-1
/// mojibake has almost none but many letters of U+00C0–U+00FF. The repair goes line by line,
/// and a line is replaced only when its bytes, recovered, are UTF-8, so that a page whose
/// template is sound and only its body is garbled keeps the sound lines as they were.
enum MojibakeRepair {
    /// The repaired text and what to tell the user.
    struct Result: Equatable {
        var scalars: [Unicode.Scalar]
        var warning: String
        /// Characters of the original that were lost for good (U+FFFD in the garbled text).
        var lost: Int
    }

    /// The 500 most frequent Han characters of the regression corpus (`Corpus/`, 136k Han
    /// characters; they make 89% of it). Which exact characters does not matter: any list of
    /// frequent ones separates Chinese from mojibake by a wide margin (on 339 notices not in the
    /// corpus, Chinese: 47% at the lowest, 85% median; the same notices garbled through GBK: 7.5%
    /// at the highest).
    static let commonHan = ScalarSet(
        """
        的发建市化展和业务地教保实全进设省工电育新一年人推用学能理区作医提加力中国行生动政机住制管改高施合大\
        房质强体上规源产度民量定等服成就通公办重交点局以城持平有资优为各要入开增校标障家升经方完位关应统结级\
        性项基会水在系不到安面造三义个构任对部目现治供时本效费深均主革分接农跨于金场程网同长算企异好万域单租\
        社县期数出划支门文达范案创导共参备小运准配步法府村善协组责二员赁心落委领易续师调及策快立计十整品代与\
        五衡型内信技月第道态稳更求环乡居科率条坚件收按境确投某监相前流过路可海下总式健自色南比集物疗事防积广\
        日四查东活间明需商直联绿预线护处向专筹营风转价院济消特息次多付据精模口户格题镇综做培低核引打群超江决\
        外指车际促类意知督布险厅智置术问融号园清利报评台诊照扩示河解研并后认子财元将极站碳得是修党职断所取排\
        值织课控试础装原限老验见放干根层考先权战污亿养表旅使措气套或我云字补争至批贯卫例容习受充头空普边请检\
        情近众适则底盖况常药天严每非围宅额苏粮细形双享果康约覆段两儿室突急种占负当带书来素依了款州其列足传证\
        名功索减互究彻切零美由申具少首审千测印满记食景给执链复势团土游承停议煤挥燃屋纳队估惠航序难兴储节降页
        """.unicodeScalars)

    /// Below this share of common characters (with enough Han characters to judge), text is
    /// treated as garbled.
    static let garbledShare = 0.2
    /// A repair is kept only if the repaired text reaches this share.
    static let soundShare = 0.4

    /// The repaired text, or nil when `scalars` are not mojibake or cannot be repaired. A text
    /// that looks garbled but does not repair gets a warning only (`suspect`).
    static func repair(_ scalars: [Unicode.Scalar]) -> Result? {
        repair(scalars, census: Census(scalars))
    }

    /// What to do with `scalars`: mend them, or only warn (`repair`, `suspect`), counted once.
    static func check(_ scalars: [Unicode.Scalar]) -> (fix: Result?, warning: String?) {
        let census = Census(scalars)
        if let fix = repair(scalars, census: census) { return (fix, nil) }
        return (nil, suspect(census))
    }

    private static func repair(_ scalars: [Unicode.Scalar], census: Census) -> Result? {
        if census.han >= 10, Double(census.common) < garbledShare * Double(census.han) {
            if let r = repairLines(scalars, through: .gbk), Census(r.scalars).isSound {
                return Result(
                    scalars: r.scalars,
                    warning: "text was UTF-8 read as GBK (mojibake); repaired \(r.lines) line(s), \(r.lost) character(s) lost", lost: r.lost)
            }
            return nil
        }
        if census.latinHigh >= 20, census.han * 10 < census.latinHigh {
            if let r = repairLines(scalars, through: .latin1), Census(r.scalars).isSound {
                return Result(
                    scalars: r.scalars,
                    warning: "text was UTF-8 read as Latin-1 (mojibake); repaired \(r.lines) line(s)", lost: r.lost)
            }
        }
        return nil
    }

    /// A warning for text that looks garbled and that `repair` could not mend, else nil.
    static func suspect(_ scalars: [Unicode.Scalar]) -> String? { suspect(Census(scalars)) }

    private static func suspect(_ census: Census) -> String? {
        guard census.han >= 30, Double(census.common) < garbledShare / 2 * Double(census.han) else { return nil }
        let share = Int((100 * Double(census.common) / Double(census.han)).rounded())
        return "text looks garbled (only \(share)% of its Han characters are common ones; a wrong charset upstream?); its records may be nonsense"
    }

    /// Counts of the characters the decision rests on.
    struct Census {
        var han = 0
        var common = 0
        var latinHigh = 0

        /// Counts up to `enough` Han characters (or as many of U+00C0–U+00FF): a share taken
        /// over that many is as good as over a whole long notice, and every file pays for it.
        init<C: Collection>(_ scalars: C, enough: Int = 4000) where C.Element == Unicode.Scalar {
            for c in scalars {
                let v = c.value
                if v < 0xC0 { continue }
                if v >= 0x4E00, v <= 0x9FFF {
                    han += 1
                    if MojibakeRepair.commonHan.contains(c) { common += 1 }
                    if han >= enough { break }
                } else if v <= 0xFF {
                    latinHigh += 1
                    if latinHigh >= enough { break }
                }
            }
        }

        var isSound: Bool { han > 0 && Double(common) >= MojibakeRepair.soundShare * Double(han) }
    }

    /// The charset the UTF-8 bytes were wrongly decoded with.
    enum Wrong { case gbk, latin1 }

    /// Every line that holds non-ASCII text, its bytes recovered and decoded as UTF-8; a line
    /// is kept as it was unless that decoding is clean (see `recover`).
    static func repairLines(_ scalars: [Unicode.Scalar], through wrong: Wrong) -> (scalars: [Unicode.Scalar], lines: Int, lost: Int)? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var lines = 0
        var lost = 0
        var start = 0
        while start < scalars.count {
            var end = start
            while end < scalars.count, scalars[end] != "\n" { end += 1 }
            let line = scalars[start..<end]
            if line.contains(where: { $0.value >= 0x80 }), let fixed = recover(line, through: wrong) {
                out.append(contentsOf: fixed.scalars)
                lines += 1
                lost += fixed.lost
            } else {
                out.append(contentsOf: line)
            }
            if end < scalars.count { out.append("\n") }
            start = end + 1
        }
        return lines > 0 ? (out, lines, lost) : nil
    }

    /// One line's original text, or nil if its recovered bytes are not UTF-8. U+FFFD marks
    /// bytes the wrong decoding threw away: the line is recovered in pieces between them (GB18030
    /// would otherwise encode U+FFFD as four bytes, two of them digits), each piece may lose a
    /// broken character at either edge, and each U+FFFD stays one.
    static func recover(_ line: ArraySlice<Unicode.Scalar>, through wrong: Wrong) -> (scalars: [Unicode.Scalar], lost: Int)? {
        var out: [Unicode.Scalar] = []
        var invalid = 0
        var marks = 0
        // A lost character shows as one U+FFFD however many of its bytes went.
        func markLoss() {
            if out.last != "\u{FFFD}" { out.append("\u{FFFD}") }
        }
        for (k, piece) in line.split(separator: "\u{FFFD}", omittingEmptySubsequences: false).enumerated() {
            if k > 0 {
                markLoss()
                marks += 1
            }
            guard let bytes = originalBytes(piece, through: wrong) else { return nil }
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let s): out.append(s)
                case .emptyInput: break decoding
                case .error:
                    invalid += 1
                    markLoss()
                }
            }
        }
        // Sound text re-encoded this way is almost never UTF-8; garbled text is, but for a
        // broken character at each edge of a piece.
        guard invalid <= 2 * marks else { return nil }
        return (out, out.reduce(0) { $1 == "\u{FFFD}" ? $0 + 1 : $0 })
    }

    /// The bytes the wrong decoding read `piece` from, or nil if it holds a character that
    /// decoding could not have produced.
    static func originalBytes(_ piece: ArraySlice<Unicode.Scalar>, through wrong: Wrong) -> [UInt8]? {
        switch wrong {
        case .gbk:
            if piece.isEmpty { return [] }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: piece)
            return try? ICUConverter.encode(String(text), charset: "GB18030")
        case .latin1:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(piece.count)
            for c in piece {
                if c.value <= 0xFF {
                    bytes.append(UInt8(c.value))
                } else if let b = windows1252[c.value] {
                    bytes.append(b)
                } else {
                    return nil
                }
            }
            return bytes
        }
    }

    /// The characters Windows-1252 puts at 0x80–0x9F, where Latin-1 has control codes.
    static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
