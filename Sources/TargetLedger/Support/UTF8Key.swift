import Foundation

/// A string that hashes and compares by its UTF-8 bytes, for sets and dictionary keys on the
/// per-document path. Swift's `String` hashes and compares by canonical equivalence, which
/// normalises non-ASCII text on every hash (a profile of a corpus run found it at 3% of the
/// CPU). The pipeline's strings all come out of the reader's normaliser, so equal text has
/// equal bytes there.
struct UTF8Key: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The string.
    let string: String

    /// The key of `string`.
    init(_ string: String) { self.string = string }

    init(stringLiteral value: String) { string = value }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        let x = a.string.utf8, y = b.string.utf8
        guard x.count == y.count else { return false }
        let fast: Bool?? = x.withContiguousStorageIfAvailable { p in
            y.withContiguousStorageIfAvailable { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
        }
        if let fast, let fast { return fast }
        return x.elementsEqual(y)
    }

    func hash(into hasher: inout Hasher) {
        let bytes = string.utf8
        if bytes.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for b in bytes { hasher.combine(b) }
        }
    }
}
