/// A fast, stable 64-bit content hash (FNV-1a), used for document ids and cache keys.
/// Stable across runs and machines, unlike Swift's seeded `Hasher`.
public enum ContentHash {
    /// FNV-1a over `bytes`.
    public static func fnv1a<S: Sequence>(_ bytes: S, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where S.Element == UInt8 {
        var h = seed
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }

    /// 16 hex digits of the hash of `bytes`.
    public static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        hex(hash: fnv1a(bytes))
    }

    /// 16 hex digits of a hash value.
    public static func hex(hash h: UInt64) -> String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// 16 hex digits of the hash of a string's UTF-8.
    public static func hex(_ string: String) -> String { hex(string.utf8) }
}
