/// Compares two versions of a plan, each one document's ledger records, into a `VersionDiff`.
public struct VersionDiffer: Sendable {
    /// Unit sizes and dimensions used for matching and for value comparison.
    public var scale: UnitScale

    /// A differ using `scale` (pass `UnitScale(rules:)` to know the rules' unit dimensions).
    public init(scale: UnitScale = UnitScale()) {
        self.scale = scale
    }

    /// The diff from `old` to `new`. Facts (reported figures) are not compared: they are not
    /// commitments, and a plan's next version reports new ones by design.
    public func diff(old: DocumentResult, new: DocumentResult) -> VersionDiff {
        let o = old.targets.filter { $0.kind != .fact }
        let n = new.targets.filter { $0.kind != .fact }
        let m = VersionMatcher(scale: scale).match(old: o, new: n)
        let comparer = PairComparer(scale: scale)
        var summary = VersionDiff.Summary()

        // Entries are placed where their new record stands in the new version (dropped ones
        // where the old stood, after everything else), so output follows the document.
        var placed: [(position: (Int, Int), entry: VersionDiff.Entry)] = []
        for p in m.pairs {
            let changes = comparer.changes(from: o[p.old], to: n[p.new])
            if p.method == .key { summary.matchedByKey += 1 } else { summary.matchedBySimilarity += 1 }
            if changes.isEmpty { summary.unchanged += 1 } else { summary.changed += 1 }
            placed.append(
                (
                    (0, p.new),
                    VersionDiff.Entry(
                        status: changes.isEmpty ? .unchanged : .changed, kind: o[p.old].kind, match: p.method,
                        // Shown whenever the wording differs, also for a pair found by key.
                        similarity: o[p.old].indicator != n[p.new].indicator || p.method == .similarity
                            ? Self.rounded(p.similarity) : nil,
                        old: [TargetSnapshot(o[p.old])], new: [TargetSnapshot(n[p.new])], changes: changes)
                ))
        }
        for g in m.splits {
            summary.split += 1
            let changes = comparer.groupChanges(old: g.old.map { o[$0] }, new: g.new.map { n[$0] })
            placed.append(
                (
                    (0, g.new.min()!),
                    VersionDiff.Entry(
                        status: .split, kind: o[g.old[0]].kind, match: g.method,
                        similarity: Self.rounded(g.similarity),
                        old: g.old.map { TargetSnapshot(o[$0]) }, new: g.new.map { TargetSnapshot(n[$0]) },
                        changes: changes)
                ))
        }
        for g in m.merges {
            summary.merged += 1
            let changes = comparer.groupChanges(old: g.old.map { o[$0] }, new: g.new.map { n[$0] })
            placed.append(
                (
                    (0, g.new[0]),
                    VersionDiff.Entry(
                        status: .merged, kind: n[g.new[0]].kind, match: g.method,
                        similarity: Self.rounded(g.similarity),
                        old: g.old.map { TargetSnapshot(o[$0]) }, new: g.new.map { TargetSnapshot(n[$0]) },
                        changes: changes)
                ))
        }
        for i in m.added {
            summary.added += 1
            placed.append(
                (
                    (0, i),
                    VersionDiff.Entry(
                        status: .added, kind: n[i].kind, match: nil, similarity: nil, old: [],
                        new: [TargetSnapshot(n[i])], changes: [])
                ))
        }
        for i in m.dropped {
            summary.dropped += 1
            placed.append(
                (
                    (1, i),
                    VersionDiff.Entry(
                        status: .dropped, kind: o[i].kind, match: nil, similarity: nil, old: [TargetSnapshot(o[i])],
                        new: [], changes: [])
                ))
        }
        placed.sort { $0.position < $1.position }

        var warnings: [String] = []
        let paired = m.pairs.count + m.splits.count + m.merges.count
        if o.isEmpty != n.isEmpty {
            let (side, doc) = o.isEmpty ? ("OLD", old.document.path) : ("NEW", new.document.path)
            warnings.append(
                "\(side) (\(doc)) has no targets: every target of the other side is reported as \(o.isEmpty ? "added" : "dropped")."
            )
        } else if !o.isEmpty, paired == 0 {
            warnings.append(
                "OLD (\(old.document.path)) and NEW (\(new.document.path)) have no target in common: "
                    + "they do not look like versions of the same plan.")
        }
        return VersionDiff(
            old: Self.side(old, count: o.count), new: Self.side(new, count: n.count), summary: summary,
            warnings: warnings, entries: placed.map(\.entry))
    }

    static func side(_ d: DocumentResult, count: Int) -> VersionDiff.Side {
        .init(path: d.document.path, docId: d.document.docId, title: d.document.title, targets: count)
    }

    /// Similarity to three decimals, so that JSON output does not depend on float noise.
    static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}
