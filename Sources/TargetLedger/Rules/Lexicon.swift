/// A word list matched longest first over scalars, forwards from a position or backwards to it.
/// Built once per rule set; lookups touch only the words starting (or ending) with one scalar.
public struct Lexicon<Payload: Sendable>: Sendable {
    private var byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], payload: Payload)]] = [:]
    private var byLast: [Unicode.Scalar: [(word: [Unicode.Scalar], payload: Payload)]] = [:]
    public private(set) var count = 0

    public init() {}

    /// Adds `word` with its payload (later duplicates are kept; the first added wins ties).
    public mutating func insert(_ word: String, _ payload: Payload) {
        let w = Array(word.unicodeScalars)
        guard let f = w.first, let l = w.last else { return }
        byFirst[f, default: []].append((w, payload))
        byFirst[f]!.sort { $0.word.count > $1.word.count }
        byLast[l, default: []].append((w, payload))
        byLast[l]!.sort { $0.word.count > $1.word.count }
        count += 1
    }

    /// The longest word starting at `i`, with its length.
    public func match(_ text: [Unicode.Scalar], at i: Int, limit: Int? = nil) -> (length: Int, payload: Payload)? {
        let end = limit ?? text.count
        guard i < end, let cands = byFirst[text[i]] else { return nil }
        for c in cands where i + c.word.count <= end {
            var ok = true
            for k in 1..<c.word.count where text[i + k] != c.word[k] { ok = false; break }
            if ok { return (c.word.count, c.payload) }
        }
        return nil
    }

    /// The longest word ending just before `end` (that is, occupying `end-length..<end`).
    public func match(_ text: [Unicode.Scalar], endingAt end: Int, from start: Int = 0) -> (length: Int, payload: Payload)? {
        guard end > start, end <= text.count, let cands = byLast[text[end - 1]] else { return nil }
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
