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
        let declaredGB = declared.map(CharsetDeclaration.isGB) ?? false
        // Well-formed UTF-8 (most pages) needs no separate scan: it is what the scan below
        // would find valid, decoded in the same pass.
        if let scalars = Self.wellFormedUTF8(bytes) {
            let multibyte = scalars.contains { $0.value >= 0x80 }
            let note =
                declaredGB && multibyte ? "declared charset \(declared!) contradicts the bytes (valid UTF-8); read as UTF-8" : nil
            return DecodedText(scalars: scalars, encoding: "UTF-8", declared: declared, replacements: 0, warnings: note.map { [$0] } ?? [])
        }
        let scan = UTF8Scan(bytes)
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
        // Well-formed UTF-8 decodes to the same scalars with or without ICU; decoding it here
        // skips ICU's UTF-16 and the pass that turns that into scalars.
        if charset == "UTF-8", let scalars = Self.wellFormedUTF8(bytes) {
            return DecodedText(scalars: scalars, encoding: charset, declared: declared, replacements: 0, warnings: warnings)
        }
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
        // UTF-16 to scalars; a lone surrogate becomes U+FFFD, one unit at a time.
        let n = units.count
        let scalars = units.withUnsafeBufferPointer { u in
            [Unicode.Scalar](unsafeUninitializedCapacity: n) { buf, count in
                var i = 0
                var w = 0
                while i < n {
                    let c = u[i]
                    if c < 0xD800 || c > 0xDFFF {
                        buf[w] = Unicode.Scalar(c)!
                        i += 1
                    } else if c <= 0xDBFF, i + 1 < n, u[i + 1] >= 0xDC00, u[i + 1] <= 0xDFFF {
                        let v = 0x10000 + ((UInt32(c) - 0xD800) << 10) + (UInt32(u[i + 1]) - 0xDC00)
                        buf[w] = Unicode.Scalar(v)!
                        i += 2
                    } else {
                        buf[w] = "\u{FFFD}"
                        i += 1
                    }
                    w += 1
                }
                count = w
            }
        }
        return DecodedText(scalars: scalars, encoding: charset, declared: declared, replacements: subs, warnings: warnings)
    }
}

extension ByteDecoder {
    /// The scalars of strictly well-formed UTF-8 (no overlong forms, surrogates or values past
    /// U+10FFFF), or nil: then, and for a NUL byte or a second BOM, ICU decides as before.
    static func wellFormedUTF8(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return nil }
        let n = bytes.count
        var ok = true
        let out = bytes.withUnsafeBufferPointer { p in
            [Unicode.Scalar](unsafeUninitializedCapacity: n) { buf, count in
                if let w = decodeWellFormed(p, into: buf) {
                    count = w
                } else {
                    ok = false
                    count = 0
                }
            }
        }
        return ok ? out : nil
    }

    /// Decodes strictly well-formed UTF-8 without NUL bytes into `out` (room for one scalar a
    /// byte); the number of scalars, or nil at the first byte that is not.
    static func decodeWellFormed(_ p: UnsafeBufferPointer<UInt8>, into buf: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int? {
        let n = p.count
        let raw = UnsafeRawBufferPointer(p)
        var i = 0
        var w = 0
        while i < n {
            let b0 = p[i]
            if b0 < 0x80 {
                // Eight ASCII bytes, none of them NUL, at a time.
                if i + 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if x & 0x8080_8080_8080_8080 == 0, (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 == 0 {
                        for k in 0..<8 { buf[w + k] = Unicode.Scalar(p[i + k]) }
                        w += 8
                        i += 8
                        continue
                    }
                }
                if b0 == 0 { return nil }
                buf[w] = Unicode.Scalar(b0)
                w += 1
                i += 1
                continue
            }
            var v: UInt32
            var len: Int
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: v = UInt32(b0 & 0x1F); len = 2
            case 0xE0: v = 0; len = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: v = UInt32(b0 & 0x0F); len = 3
            case 0xED: v = 0x0D; len = 3; hi = 0x9F
            case 0xF0: v = 0; len = 4; lo = 0x90
            case 0xF1...0xF3: v = UInt32(b0 & 0x07); len = 4
            case 0xF4: v = 4; len = 4; hi = 0x8F
            default: return nil
            }
            guard i + len <= n else { return nil }
            let b1 = p[i + 1]
            guard b1 >= lo, b1 <= hi else { return nil }
            v = (v << 6) | UInt32(b1 & 0x3F)
            for k in 2..<len {
                let b = p[i + k]
                guard b & 0xC0 == 0x80 else { return nil }
                v = (v << 6) | UInt32(b & 0x3F)
            }
            buf[w] = Unicode.Scalar(v)!
            w += 1
            i += len
        }
        return w
    }
}

/// Counts well-formed multi-byte UTF-8 sequences and invalid bytes in one pass.
struct UTF8Scan {
    var multibyte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        var multibyte = 0
        var invalid = 0
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            let raw = UnsafeRawBufferPointer(b)
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    // Eight ASCII bytes at a time: most of an HTML page is markup.
                    while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                    continue
                }
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
        self.multibyte = multibyte
        self.invalid = invalid
    }
}
