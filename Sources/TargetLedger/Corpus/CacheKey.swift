/// The key of a cached document result: the program version, the rule set's hash, the path and
/// a hash of the bytes. Any change to one of them is a miss, so a stale result is never used.
public struct CacheKey: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// 32 hex digits.
    public let hex: String

    /// A key as an earlier run recorded it (its hex digits).
    init(recorded hex: String) { self.hex = hex }

    /// The key of `bytes` at `path` under `rulesHash` and `version`.
    public init(bytes: [UInt8], path: String, rulesHash: String, version: String = ProgramVersion.current) {
        let content = Self.hash128(bytes)
        let context = Self.hash128(Array("\(version)\u{0}\(rulesHash)\u{0}\(path)".utf8))
        hex = Self.hex(content.0 ^ (context.0 &* 0x9E37_79B9_7F4A_7C15)) + Self.hex(content.1 ^ context.1)
    }

    /// The key as its hex digits.
    public var description: String { hex }

    /// A 128-bit hash read eight bytes at a time: the warm path hashes every byte of the corpus,
    /// and FNV-1a's one multiply per byte would be the slowest part of a warm run.
    public static func hash128(_ bytes: [UInt8]) -> (UInt64, UInt64) {
        var a: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var b: UInt64 = 0x1319_8A2E_0370_7344
        bytes.withUnsafeBytes { raw in
            let n = raw.count / 8
            for i in 0..<n {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                a = mix(a ^ w)
                b = (b &+ w) &* 0xFF51_AFD7_ED55_8CCD
                b ^= b >> 29
            }
            var tail: UInt64 = 0
            for j in (n * 8)..<raw.count { tail = (tail << 8) | UInt64(raw[j]) }
            a = mix(a ^ tail ^ 0xA5)
            b = mix(b ^ tail ^ a)
        }
        return (a, b)
    }

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 27)
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
