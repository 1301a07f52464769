/// A small, fixed set of Unicode scalars (punctuation, anchors, numeral characters) tested on
/// every character of a notice. `Set<Unicode.Scalar>` hashes each probe, which made hashing one
/// of the extractor's largest costs; this answers from a bit mask for ASCII and a short sorted
/// table otherwise.
struct ScalarSet: Sendable, ExpressibleByArrayLiteral, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Non-ASCII members, sorted.
    private var others: [UInt32] = []
    /// For sets of more than a few non-ASCII members: a bit per character of the Basic
    /// Multilingual Plane (8 KB), so that a probe is one load whatever the set's size.
    private var bmp: [UInt64] = []

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var rest: [UInt32] = []
        for c in scalars {
            let v = c.value
            if v < 64 {
                low |= 1 << UInt64(v)
            } else if v < 128 {
                high |= 1 << UInt64(v - 64)
            } else if !rest.contains(v) {
                rest.append(v)
            }
        }
        others = rest.sorted()
        if others.count > 6 {
            bmp = [UInt64](repeating: 0, count: 1024)
            for v in others where v < 0x10000 { bmp[Int(v >> 6)] |= 1 << UInt64(v & 63) }
        }
    }

    /// The scalars of `string`.
    init(_ string: String) { self.init(string.unicodeScalars) }

    init(arrayLiteral elements: Unicode.Scalar...) { self.init(elements) }

    /// Every member, ASCII first.
    var members: [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for v in 0..<128 where contains(Unicode.Scalar(UInt8(v))) { out.append(Unicode.Scalar(UInt8(v))) }
        return out + others.compactMap { Unicode.Scalar($0) }
    }

    @inline(__always)
    func contains(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 64 { return low & (1 << UInt64(v)) != 0 }
        if v < 128 { return high & (1 << UInt64(v - 64)) != 0 }
        if !bmp.isEmpty && v < 0x10000 { return bmp[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        // The sets are short: a linear pass beats a binary search until a few dozen members.
        if others.count <= 24 {
            for o in others where o == v { return true }
            return false
        }
        var lo = 0
        var hi = others.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if others[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < others.count && others[lo] == v
    }
}

/// UTF-8 of scalars written straight into a buffer: one encoder for the strings and byte
/// buffers the reader and the extractor build from scalar slices.
enum ScalarUTF8 {
    /// The UTF-8 length of `scalars`.
    @inline(__always)
    static func count<C: Collection>(_ scalars: C) -> Int where C.Element == Unicode.Scalar {
        var n = 0
        for c in scalars {
            let v = c.value
            n += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return n
    }

    /// Writes `scalars` as UTF-8 into `buf` (at least `count(scalars)` bytes); returns the length.
    @inline(__always)
    static func write<C: Collection>(_ scalars: C, into buf: UnsafeMutableBufferPointer<UInt8>) -> Int where C.Element == Unicode.Scalar {
        var n = 0
        for c in scalars {
            let v = c.value
            if v < 0x80 {
                buf[n] = UInt8(v)
                n += 1
            } else if v < 0x800 {
                buf[n] = UInt8(0xC0 | (v >> 6))
                buf[n + 1] = UInt8(0x80 | (v & 0x3F))
                n += 2
            } else if v < 0x10000 {
                buf[n] = UInt8(0xE0 | (v >> 12))
                buf[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buf[n + 2] = UInt8(0x80 | (v & 0x3F))
                n += 3
            } else {
                buf[n] = UInt8(0xF0 | (v >> 18))
                buf[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                buf[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                buf[n + 3] = UInt8(0x80 | (v & 0x3F))
                n += 4
            }
        }
        return n
    }
}

extension String {
    /// The string of `scalars`, encoded straight into the string's UTF-8 storage (appending to a
    /// `String.UnicodeScalarView` one scalar at a time was a tenth of extraction time, and
    /// showed in the reader's profiles too). Sized exactly first: a string kept in a record
    /// should not carry four bytes a scalar.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        let capacity = ScalarUTF8.count(scalars)
        if capacity == 0 {
            self = ""
            return
        }
        self.init(unsafeUninitializedCapacity: capacity) { ScalarUTF8.write(scalars, into: $0) }
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in this string, compared as UTF-8 bytes (which, UTF-8 being
    /// self-synchronising, finds exactly the scalar sequences). Foundation's `contains` goes
    /// through NSString on Linux and showed in profiles of the per-block and per-date checks.
    func includes(_ needle: String) -> Bool {
        var n = needle
        return n.withUTF8 { nb in
            guard !nb.isEmpty else { return true }
            if let found = utf8.withContiguousStorageIfAvailable({ Self.search($0, nb) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.search($0, nb) }
        }
    }

    private static func search(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        guard h.count >= n.count else { return false }
        let first = n[0]
        var i = 0
        let last = h.count - n.count
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count, h[i + k] == n[k] { k += 1 }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
