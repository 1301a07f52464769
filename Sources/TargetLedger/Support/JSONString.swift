/// JSON string literals as JSONEncoder and Python's `json.dumps(ensure_ascii=False)` both write
/// them: quotes, backslashes and control characters escaped, everything else (Chinese, `/`) as is.
enum JSONString {
    /// Appends `s` as a quoted JSON string to `out` (through the byte writer below: one escaper).
    static func append(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 2)
        append(s, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a quoted JSON string to UTF-8 bytes. Works on bytes: every character to
    /// escape is ASCII, and no byte of a multi-byte UTF-8 sequence is below 0x80.
    static func append(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        let done: Bool? = s.utf8.withContiguousStorageIfAvailable { bytes in
            var clean = 0
            while clean < bytes.count {
                let b = bytes[clean]
                if b < 0x20 || b == 0x22 || b == 0x5C { break }
                clean += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<clean]))
            for b in bytes[clean...] { escape(b, into: &out) }
            return true
        }
        if done == nil { for b in s.utf8 { escape(b, into: &out) } }
        out.append(0x22)
    }

    @inline(__always) private static func escape(_ b: UInt8, into out: inout [UInt8]) {
        switch b {
        case 0x22: out += [0x5C, 0x22]
        case 0x5C: out += [0x5C, 0x5C]
        case 0x0A: out += [0x5C, UInt8(ascii: "n")]
        case 0x0D: out += [0x5C, UInt8(ascii: "r")]
        case 0x09: out += [0x5C, UInt8(ascii: "t")]
        case 0x08: out += [0x5C, UInt8(ascii: "b")]
        case 0x0C: out += [0x5C, UInt8(ascii: "f")]
        case ..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            out += Array("\\u00".utf8)
            out += [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
        default: out.append(b)
        }
    }
}
