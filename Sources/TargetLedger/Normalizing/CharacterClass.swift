/// Character classes the normaliser and the structure parser test on every scalar.
enum CharacterClass {
    /// CJK ideographs (the BMP blocks and Extension A).
    @inline(__always) static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FFFF).contains(v)
    }

    /// Han characters and CJK punctuation: a space between two of these is a PDF artefact.
    @inline(__always) static func isCJK(_ v: UInt32) -> Bool {
        isHan(v) || (0x3001...0x303F).contains(v) || (0xFF01...0xFF0F).contains(v) || (0xFF1A...0xFF20).contains(v)
            || (0x2018...0x201D).contains(v) || v == 0x3007 || v == 0x25CB
    }

    /// Space-like characters collapsed into one ASCII space.
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C || v == 0xA0 || (0x2000...0x200A).contains(v) || v == 0x202F
            || v == 0x205F || v == 0x3000 || v == 0x1680
    }

    /// Characters that carry nothing: zero-width spaces and joiners, soft hyphens, BOMs.
    @inline(__always) static func isInvisible(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF || v == 0x00AD || v == 0x180E
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
    }

    /// Line separators other than \n.
    @inline(__always) static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85
    }

    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
}
