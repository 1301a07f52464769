/// A set of scalar ranges merged into disjoint, sorted intervals, asked "does this range touch
/// any of them?" in O(log n) — so that a long document with many filtered spans stays linear.
struct SpanSet: Sendable {
    private var starts: [Int] = []
    private var ends: [Int] = []

    init<S: Sequence>(_ ranges: S) where S.Element == Range<Int> {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        for r in sorted {
            if let last = ends.last, r.lowerBound <= last {
                ends[ends.count - 1] = max(last, r.upperBound)
            } else {
                starts.append(r.lowerBound)
                ends.append(r.upperBound)
            }
        }
    }

    /// Whether `r` overlaps some span.
    func overlaps(_ r: Range<Int>) -> Bool {
        guard !starts.isEmpty, !r.isEmpty else { return false }
        // The last interval starting before r ends is the only one that can overlap.
        var lo = 0
        var hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < r.upperBound { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return false }
        return ends[lo - 1] > r.lowerBound
    }

    /// Whether position `p` lies inside some span.
    func contains(_ p: Int) -> Bool { overlaps(p..<(p + 1)) }
}

extension Array where Element == DateMention {
    /// The index of the first mention starting at or after `p` (mentions sorted by start).
    func firstIndex(startingAtOrAfter p: Int) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid].range.lowerBound < p { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
