/// A word list matched longest first over scalars, forwards from a position or backwards to it.
/// Built once per rule set; lookups touch only the words starting (or ending) with one scalar.
public struct Lexicon<Payload: Sendable>: Sendable {
    private var byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], payload: Payload)]] = [:]
    private var byLast: [Unicode.Scalar: [(word: [Unicode.Scalar], payload: Payload)]] = [:]
    /// Bitsets over the BMP of the scalars some word starts / ends with: most positions start no
    /// word, and a bit test is far cheaper than hashing the scalar for a dictionary lookup.
    private var mayStart = [UInt64](repeating: 0, count: 1024)
    private var mayEnd = [UInt64](repeating: 0, count: 1024)
    public private(set) var count = 0

    @inline(__always)
    private static func test(_ bits: [UInt64], _ c: Unicode.Scalar) -> Bool {
        let v = Int(c.value)
        guard v < 65536 else { return true }
        return bits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    private static func set(_ bits: inout [UInt64], _ c: Unicode.Scalar) {
        let v = Int(c.value)
        guard v < 65536 else { return }
        bits[v >> 6] |= 1 << UInt64(v & 63)
    }

    public init() {}

    /// Adds `word` with its payload (later duplicates are kept; the first added wins ties).
    public mutating func insert(_ word: String, _ payload: Payload) {
        let w = Array(word.unicodeScalars)
        guard let f = w.first, let l = w.last else { return }
        byFirst[f, default: []].append((w, payload))
        byFirst[f]!.sort { $0.word.count > $1.word.count }
        byLast[l, default: []].append((w, payload))
        byLast[l]!.sort { $0.word.count > $1.word.count }
        Self.set(&mayStart, f)
        Self.set(&mayEnd, l)
        count += 1
    }

    /// The longest word starting at `i`, with its length.
    public func match(_ text: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> (length: Int, payload: Payload)? {
        let end = limit ?? text.count
        guard i < end, Self.test(mayStart, text[i]), let cands = byFirst[text[i]] else { return nil }
        for c in cands where i + c.word.count <= end {
            var ok = true
            for k in 1..<c.word.count where text[i + k] != c.word[k] { ok = false; break }
            if ok { return (c.word.count, c.payload) }
        }
        return nil
    }

    /// The longest word ending just before `end` (that is, occupying `end-length..<end`).
    public func match(_ text: [Unicode.Scalar], endingAt end: Int, from start: Int = 0) -> (length: Int, payload: Payload)? {
        guard end > start, end <= text.count, Self.test(mayEnd, text[end - 1]), let cands = byLast[text[end - 1]] else { return nil }
        for c in cands where end - c.word.count >= start {
            let s = end - c.word.count
            var ok = true
            for k in 0..<c.word.count where text[s + k] != c.word[k] { ok = false; break }
            if ok { return (c.word.count, c.payload) }
        }
        return nil
    }

    /// Every match in `range`, scanning left to right and skipping over each match found.
    public func allMatches(_ text: [Unicode.Scalar], in range: Range<Int>) -> [(range: Range<Int>, payload: Payload)] {
        var out: [(Range<Int>, Payload)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = match(text, at: i, limit: range.upperBound) {
                out.append((i..<i + m.length, m.payload))
                i += m.length
            } else {
                i += 1
            }
        }
        return out
    }

    /// Whether some word occurs in `range`.
    public func occurs(in text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if match(text, at: i, limit: range.upperBound) != nil { return true }
            i += 1
        }
        return false
    }
}
