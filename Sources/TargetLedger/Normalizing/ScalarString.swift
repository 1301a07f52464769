extension String {
    /// The String of `scalars`, written as UTF-8 into storage sized up front: appending scalar
    /// by scalar to a `String.UnicodeScalarView` showed in the reader's profiles.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var n = 0
        for s in scalars {
            let v = s.value
            n += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        if n == 0 {
            self = ""
            return
        }
        self = String(unsafeUninitializedCapacity: n) { buf in
            var w = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buf[w] = UInt8(v)
                    w += 1
                } else if v < 0x800 {
                    buf[w] = UInt8(0xC0 | (v >> 6))
                    buf[w + 1] = UInt8(0x80 | (v & 0x3F))
                    w += 2
                } else if v < 0x10000 {
                    buf[w] = UInt8(0xE0 | (v >> 12))
                    buf[w + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[w + 2] = UInt8(0x80 | (v & 0x3F))
                    w += 3
                } else {
                    buf[w] = UInt8(0xF0 | (v >> 18))
                    buf[w + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buf[w + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buf[w + 3] = UInt8(0x80 | (v & 0x3F))
                    w += 4
                }
            }
            return w
        }
    }
}
