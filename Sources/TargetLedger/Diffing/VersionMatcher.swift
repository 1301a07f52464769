/// Pairs the targets of two versions of a plan: by equal `key` first, then by indicator
/// similarity, one to one; then recognises splits (one old → several new) and merges.
/// Only records of the same kind and unit dimension are ever paired.
public struct VersionMatcher: Sendable {
    /// Indicator overlap a pair found by similarity must exceed. The scorer accepts 0.5 itself,
    /// but between versions that admits three-character indicators sharing one bigram
    /// (旧指标/新指标), which are different targets far more often than rewordings.
    public static let threshold = 0.5

    /// Share of a part's bigrams that must lie in the whole for a split or merge.
    public static let partCoverage = 0.75

    /// Bigrams a part needs before coverage says anything (产能 alone is in too many wholes).
    public static let minimumPartBigrams = 3

    /// Unit dimensions and sizes.
    public var scale: UnitScale

    /// A matcher using `scale` for unit dimensions.
    public init(scale: UnitScale = UnitScale()) {
        self.scale = scale
    }

    /// A pair of one old and one new record.
    public struct Pair: Sendable, Equatable {
        /// Index into the old records.
        public var old: Int
        /// Index into the new records.
        public var new: Int
        /// How it was found.
        public var method: VersionDiff.MatchMethod
        /// Indicator overlap (1 for containment).
        public var similarity: Double
    }

    /// One old record split into several new ones, or several old merged into one new.
    public struct Group: Sendable, Equatable {
        /// Indices into the old records (one for a split).
        public var old: [Int]
        /// Indices into the new records (one for a merge).
        public var new: [Int]
        /// The lowest indicator overlap between the single side and each part.
        public var similarity: Double
        /// `key` when every part shares the whole's key, else `similarity`.
        public var method: VersionDiff.MatchMethod
    }

    /// The outcome: pairs, splits, merges and the records left on each side.
    public struct Result: Sendable, Equatable {
        /// One-to-one pairs, by old index.
        public var pairs: [Pair] = []
        /// Splits, by old index.
        public var splits: [Group] = []
        /// Merges, by new index.
        public var merges: [Group] = []
        /// Old records with no counterpart.
        public var dropped: [Int] = []
        /// New records with no counterpart.
        public var added: [Int] = []
    }

    /// Matches `old` against `new`; the result does not depend on the order of the records
    /// except to break exact ties.
    public func match(old: [TargetRecord], new: [TargetRecord]) -> Result {
        let oldDims = old.map { scale.dimension(unit: $0.unit, recorded: $0.dimension) }
        let newDims = new.map { scale.dimension(unit: $0.unit, recorded: $0.dimension) }
        func compatible(_ o: Int, _ n: Int) -> Bool {
            old[o].kind == new[n].kind && oldDims[o] == newDims[n]
        }

        struct Candidate {
            var old: Int, new: Int, similarity: Double, dice: Double, agreement: Int
        }
        func candidate(_ o: Int, _ n: Int) -> Candidate {
            Candidate(
                old: o, new: n, similarity: TextSimilarity.overlap(old[o].indicator, new[n].indicator),
                dice: TextSimilarity.dice(old[o].indicator, new[n].indicator), agreement: agreement(old[o], new[n]))
        }
        // Best first: closer indicators, then records agreeing on more fields (so that of two
        // same-key targets each finds its own), then position to make the order total.
        func ordered(_ cs: [Candidate]) -> [Candidate] {
            cs.sorted { a, b in
                if a.similarity != b.similarity { return a.similarity > b.similarity }
                if a.dice != b.dice { return a.dice > b.dice }
                if a.agreement != b.agreement { return a.agreement > b.agreement }
                if a.old != b.old { return a.old < b.old }
                return a.new < b.new
            }
        }

        var usedOld = Set<Int>()
        var usedNew = Set<Int>()
        var result = Result()

        // 1. Equal keys: the extractor's own statement that two indicators are the same.
        var byKey: [String: [Int]] = [:]
        for (n, r) in new.enumerated() where !r.key.isEmpty { byKey[r.key, default: []].append(n) }
        var keyCandidates: [Candidate] = []
        for (o, r) in old.enumerated() where !r.key.isEmpty {
            for n in byKey[r.key] ?? [] where compatible(o, n) { keyCandidates.append(candidate(o, n)) }
        }
        for c in ordered(keyCandidates) where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
            usedOld.insert(c.old)
            usedNew.insert(c.new)
            result.pairs.append(Pair(old: c.old, new: c.new, method: .key, similarity: c.similarity))
        }

        // 2. Reworded indicators: bigram overlap over what is left.
        var fuzzy: [Candidate] = []
        for o in old.indices where !usedOld.contains(o) {
            for n in new.indices where !usedNew.contains(n) && compatible(o, n) {
                let c = candidate(o, n)
                if c.similarity > Self.threshold { fuzzy.append(c) }
            }
        }
        for c in ordered(fuzzy) where !usedOld.contains(c.old) && !usedNew.contains(c.new) {
            usedOld.insert(c.old)
            usedNew.insert(c.new)
            result.pairs.append(Pair(old: c.old, new: c.new, method: .similarity, similarity: c.similarity))
        }

        // 3. A leftover new record whose closest old record (same key, else similar indicator)
        //    is already paired is a part of a split of that old record, provided it is not a
        //    repeat of the pair's own indicator; a leftover old record, likewise, of a merge.
        //    A part is narrower than the whole, so it qualifies also when most of its bigrams
        //    lie inside the whole's indicator (新建再生水厂 in 新建污水处理厂、再生水厂).
        func closest(_ cs: [Candidate], sameKey: (Candidate) -> Bool, isPart: (Candidate) -> Bool) -> Candidate? {
            let keyed = cs.filter(sameKey)
            return ordered(keyed.isEmpty ? cs.filter { $0.similarity > Self.threshold || isPart($0) } : keyed).first
        }
        func isPart(_ part: String, of whole: String) -> Bool {
            TextSimilarity.bigrams(part).count >= Self.minimumPartBigrams
                && TextSimilarity.coverage(part, in: whole) >= Self.partCoverage
        }
        var splitParts: [Int: [(new: Int, similarity: Double, keyed: Bool)]] = [:]
        for n in new.indices where !usedNew.contains(n) {
            let cs = old.indices.filter { compatible($0, n) }.map { candidate($0, n) }
            guard
                let top = closest(
                    cs, sameKey: { !new[n].key.isEmpty && old[$0.old].key == new[n].key },
                    isPart: { isPart(new[n].indicator, of: old[$0.old].indicator) }),
                let pair = result.pairs.first(where: { $0.old == top.old }),
                new[pair.new].indicator != new[n].indicator
            else { continue }
            splitParts[top.old, default: []].append(
                (n, top.similarity, !new[n].key.isEmpty && old[top.old].key == new[n].key))
        }
        for (o, parts) in splitParts.sorted(by: { $0.key < $1.key }) {
            let i = result.pairs.firstIndex { $0.old == o }!
            let pair = result.pairs.remove(at: i)
            let members = ([(pair.new, pair.similarity)] + parts.map { ($0.new, $0.similarity) }).sorted { $0.0 < $1.0 }
            for p in parts { usedNew.insert(p.new) }
            let method: VersionDiff.MatchMethod = pair.method == .key && parts.allSatisfy(\.keyed) ? .key : .similarity
            result.splits.append(
                Group(old: [o], new: members.map(\.0), similarity: members.map(\.1).min()!, method: method))
        }
        var mergeParts: [Int: [(old: Int, similarity: Double, keyed: Bool)]] = [:]
        for o in old.indices where !usedOld.contains(o) {
            let cs = new.indices.filter { compatible(o, $0) }.map { candidate(o, $0) }
            guard
                let top = closest(
                    cs, sameKey: { !old[o].key.isEmpty && new[$0.new].key == old[o].key },
                    isPart: { isPart(old[o].indicator, of: new[$0.new].indicator) }),
                let pair = result.pairs.first(where: { $0.new == top.new }),
                old[pair.old].indicator != old[o].indicator
            else { continue }
            mergeParts[top.new, default: []].append(
                (o, top.similarity, !old[o].key.isEmpty && new[top.new].key == old[o].key))
        }
        for (n, parts) in mergeParts.sorted(by: { $0.key < $1.key }) {
            let i = result.pairs.firstIndex { $0.new == n }!
            let pair = result.pairs.remove(at: i)
            let members = ([(pair.old, pair.similarity)] + parts.map { ($0.old, $0.similarity) }).sorted { $0.0 < $1.0 }
            for p in parts { usedOld.insert(p.old) }
            let method: VersionDiff.MatchMethod = pair.method == .key && parts.allSatisfy(\.keyed) ? .key : .similarity
            result.merges.append(
                Group(old: members.map(\.0), new: [n], similarity: members.map(\.1).min()!, method: method))
        }

        result.pairs.sort { $0.old < $1.old }
        result.dropped = old.indices.filter { !usedOld.contains($0) }
        result.added = new.indices.filter { !usedNew.contains($0) }
        return result
    }

    /// How many compared fields two records share (value after unit scaling, comparator,
    /// deadline, responsible units).
    func agreement(_ a: TargetRecord, _ b: TargetRecord) -> Int {
        var n = 0
        if PairComparer(scale: scale).sameValue(a, b) { n += 1 }
        if a.comparator == b.comparator { n += 1 }
        if a.deadline?.date == b.deadline?.date { n += 1 }
        if a.responsible.map(\.name) == b.responsible.map(\.name) { n += 1 }
        return n
    }
}
