/// Decodes a file's bytes: BOM first, then what the bytes themselves say (a valid UTF-8 stream),
/// then the declaration, then GB18030 — a declaration that contradicts the bytes loses.
public struct ByteDecoder: Sendable {
    /// A decoder; it holds no state.
    public init() {}

    /// The text of `bytes`, never failing: invalid bytes become U+FFFD and are counted.
    public func decode(_ bytes: [UInt8], declared: String? = nil) -> DecodedText {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return convert(Array(bytes[3...]), charset: "UTF-8", declared: declared, note: nil)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return convert(Array(bytes[2...]), charset: "UTF-16LE", declared: declared, note: nil)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return convert(Array(bytes[2...]), charset: "UTF-16BE", declared: declared, note: nil)
        }
        let scan = UTF8Scan(bytes)
        let declaredGB = declared.map(CharsetDeclaration.isGB) ?? false
        if scan.invalid == 0 {
            let note =
                declaredGB && scan.multibyte > 0 ? "declared charset \(declared!) contradicts the bytes (valid UTF-8); read as UTF-8" : nil
            return convert(bytes, charset: "UTF-8", declared: declared, note: note)
        }
        // Mostly valid UTF-8 with a few bad bytes is damaged UTF-8, not GBK: GBK text read as
        // UTF-8 forms a valid sequence for fewer than one pair in ten.
        if scan.multibyte > 0, scan.invalid * 2 < scan.multibyte, !declaredGB {
            return convert(bytes, charset: "UTF-8", declared: declared, note: nil)
        }
        let declaredUTF8 = declared.map { $0.uppercased().filter { $0 != "-" } == "UTF8" } ?? false
        var note: String? = nil
        if declaredUTF8 {
            note = "declared charset \(declared!) contradicts the bytes (not UTF-8); read as GB18030"
        } else if declared == nil, let guess = ICUConverter.detect(bytes), !CharsetDeclaration.isGB(guess.name),
            guess.confidence >= 60, guess.name.hasPrefix("Big5") || guess.name.hasPrefix("Shift") || guess.name.hasPrefix("EUC")
        {
            // The detector is trusted only for another CJK charset; GB18030 is otherwise the
            // overwhelming prior for Chinese government pages.
            return convert(bytes, charset: guess.name, declared: declared, note: "charset not declared; detected \(guess.name)")
        }
        return convert(bytes, charset: "GB18030", declared: declared, note: note)
    }

    private func convert(_ bytes: [UInt8], charset: String, declared: String?, note: String?) -> DecodedText {
        var warnings: [String] = []
        if let note { warnings.append(note) }
        let units: [UInt16]
        var subs = 0
        do {
            let r = try ICUConverter.decode(bytes, charset: charset)
            units = r.text
            subs = r.substitutions
        } catch {
            warnings.append("ICU could not decode as \(charset) (\(error)); read as UTF-8")
            let s = String(decoding: bytes, as: UTF8.self)
            return DecodedText(scalars: Array(s.unicodeScalars), encoding: "UTF-8", declared: declared, replacements: 0, warnings: warnings)
        }
        if subs > 0 { warnings.append("\(subs) invalid byte sequence(s) in \(charset) replaced by U+FFFD") }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var it = units.makeIterator()
        var utf16 = UTF16()
        loop: while true {
            switch utf16.decode(&it) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: scalars.append("\u{FFFD}")
            }
        }
        return DecodedText(scalars: scalars, encoding: charset, declared: declared, replacements: subs, warnings: warnings)
    }
}

/// Counts well-formed multi-byte UTF-8 sequences and invalid bytes in one pass.
struct UTF8Scan {
    var multibyte = 0
    var invalid = 0

    init(_ b: [UInt8]) {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let len: Int
            if c >= 0xC2 && c <= 0xDF {
                len = 2
            } else if c >= 0xE0 && c <= 0xEF {
                len = 3
            } else if c >= 0xF0 && c <= 0xF4 {
                len = 4
            } else {
                invalid += 1
                i += 1
                continue
            }
            if i + len > n {
                invalid += 1
                i += 1
                continue
            }
            var ok = true
            for k in 1..<len where b[i + k] & 0xC0 != 0x80 {
                ok = false
                break
            }
            if ok {
                multibyte += 1
                i += len
            } else {
                invalid += 1
                i += 1
            }
        }
    }
}
