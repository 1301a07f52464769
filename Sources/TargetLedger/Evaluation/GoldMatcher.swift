/// Pairs gold lines with ledger lines one to one, greedily, best indicator overlap first —
/// exactly the `match` of score.py, including its tie-breaking.
public struct GoldMatcher: Sendable {
    /// Targets must agree on value; milestones on deadline instead.
    public var needValue: Bool

    /// A matcher for targets (`needValue`) or for milestones.
    public init(needValue: Bool) {
        self.needValue = needValue
    }

    /// The matched pairs as (gold index, ledger index), in the order they were taken.
    public func match(gold: [LooseJSON], ledger: [LooseJSON]) -> [(gold: Int, ledger: Int)] {
        struct Candidate {
            var overlap: Double
            var deadlineDiffers: Bool
            var comparatorDiffers: Bool
            var gold: Int
            var ledger: Int
        }
        var candidates: [Candidate] = []
        for (gi, g) in gold.enumerated() {
            for (pi, p) in ledger.enumerated() {
                if needValue, !LooseJSON.sameValue(g["value"], p["value"]) { continue }
                let deadlineDiffers = !g.deadlineDate.pythonEquals(p.deadlineDate)
                if !needValue, deadlineDiffers { continue }
                let ov = TextSimilarity.overlap(g["indicator"].string, p["indicator"].string)
                if ov >= 0.5 {
                    candidates.append(
                        Candidate(
                            overlap: ov, deadlineDiffers: deadlineDiffers,
                            comparatorDiffers: !g["comparator"].pythonEquals(p["comparator"]), gold: gi, ledger: pi))
                }
            }
        }
        // score.py sorts tuples (-overlap, deadline differs, comparator differs, gi, pi):
        // False sorts before True, and the indices make the order total.
        candidates.sort { a, b in
            if a.overlap != b.overlap { return a.overlap > b.overlap }
            if a.deadlineDiffers != b.deadlineDiffers { return !a.deadlineDiffers }
            if a.comparatorDiffers != b.comparatorDiffers { return !a.comparatorDiffers }
            if a.gold != b.gold { return a.gold < b.gold }
            return a.ledger < b.ledger
        }
        var usedGold = Set<Int>()
        var usedLedger = Set<Int>()
        var out: [(gold: Int, ledger: Int)] = []
        for c in candidates where !usedGold.contains(c.gold) && !usedLedger.contains(c.ledger) {
            usedGold.insert(c.gold)
            usedLedger.insert(c.ledger)
            out.append((c.gold, c.ledger))
        }
        return out
    }
}
