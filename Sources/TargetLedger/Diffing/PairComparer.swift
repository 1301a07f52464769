import Foundation

/// What changed between an old and a new version of one target, field by field, with the
/// direction of each change and whether it makes the target harder (tightened) or easier.
public struct PairComparer: Sendable {
    /// Unit sizes, to compare 5万吨 with 50000吨.
    public var scale: UnitScale

    /// A comparer using `scale`.
    public init(scale: UnitScale = UnitScale()) {
        self.scale = scale
    }

    /// The changes from `old` to `new`, in a fixed field order; empty when nothing changed.
    /// A split or merge compares its value as a sum (`groupChanges`), so it leaves value and
    /// indicator out here.
    public func changes(
        from old: TargetRecord, to new: TargetRecord, value compareValue: Bool = true,
        indicator compareIndicator: Bool = true
    ) -> [VersionDiff.FieldChange] {
        var out: [VersionDiff.FieldChange] = []
        if compareIndicator, !old.indicator.unicodeScalars.elementsEqual(new.indicator.unicodeScalars) {
            out.append(.init(field: .indicator, old: old.indicator, new: new.indicator, direction: .replaced))
        }
        let factor = unitFactor(old, new)
        if old.unit != new.unit {
            out.append(
                .init(field: .unit, old: old.unit, new: new.unit, direction: factor == nil ? .replaced : .rescaled))
        }
        if compareValue, let c = valueChange(old, new, factor: factor ?? 1) { out.append(c) }
        if old.comparator != new.comparator {
            out.append(
                .init(
                    field: .comparator, old: old.comparator?.rawValue, new: new.comparator?.rawValue,
                    direction: .replaced, effect: comparatorEffect(old.comparator, new.comparator)))
        }
        if old.change != new.change {
            out.append(
                .init(
                    field: .change, old: Self.text(old.change), new: Self.text(new.change),
                    direction: presence(old.change, new.change)))
        }
        if let c = deadlineChange(old.deadline?.date, new.deadline?.date) { out.append(c) }
        let oldNames = old.responsible.map(\.name)
        let newNames = new.responsible.map(\.name)
        for name in oldNames where !newNames.contains(name) {
            out.append(.init(field: .responsible, old: name, new: nil, direction: .removed))
        }
        for name in newNames where !oldNames.contains(name) {
            out.append(.init(field: .responsible, old: nil, new: name, direction: .added))
        }
        if old.period != new.period {
            out.append(
                .init(field: .period, old: old.period, new: new.period, direction: presence(old.period, new.period)))
        }
        return out
    }

    /// The changes of a split (one old, several new) or a merge (several old, one new): the
    /// value as the sum of the parts against the whole (300公里 → 180公里 + 120公里 is no
    /// change), every other field part by part against the whole, each change listed once.
    public func groupChanges(old: [TargetRecord], new: [TargetRecord]) -> [VersionDiff.FieldChange] {
        var out: [VersionDiff.FieldChange] = []
        for o in old {
            for n in new {
                for c in changes(from: o, to: n, value: false, indicator: false) where !out.contains(c) {
                    out.append(c)
                }
            }
        }
        guard let unitOf = new.first else { return out }
        // Shares and rates (入学率 90% split into 城镇 92% and 农村 85%) do not add up: each
        // part's value is compared with the whole's instead.
        let dimension = scale.dimension(unit: unitOf.unit, recorded: unitOf.dimension)
        if Self.nonAdditive.contains(dimension) {
            var valueChanges: [VersionDiff.FieldChange] = []
            for o in old {
                for n in new {
                    if let c = valueChange(o, n, factor: unitFactor(o, n) ?? 1), !valueChanges.contains(c) {
                        valueChanges.append(c)
                    }
                }
            }
            out.insert(contentsOf: valueChanges, at: out.firstIndex { $0.field != .unit } ?? out.count)
            return out
        }
        // Amounts add up: each side summed in the unit of the first new record; a part without
        // a value or with a unit of another size leaves the sums undefined, and nothing is said.
        func sum(_ rs: [TargetRecord]) -> Double? {
            var total = 0.0
            for r in rs {
                guard let v = r.value, r.valueMax == nil, let f = unitFactor(r, unitOf) else { return nil }
                total += v * f
            }
            return total
        }
        guard let a = sum(old), let b = sum(new), !Self.equal(a, b) else { return out }
        let raised = b > a
        let text = { (rs: [TargetRecord]) in rs.compactMap(Self.valueText).joined(separator: " + ") }
        out.insert(
            .init(
                field: .value, old: text(old), new: text(new), direction: raised ? .raised : .lowered,
                effect: effectOfRaising(unitOf).map { raised == ($0 == .tightened) ? .tightened : .relaxed }),
            at: out.firstIndex { $0.field != .unit } ?? out.count)
        return out
    }

    /// Dimensions whose values are levels, not amounts, and so are never summed.
    static let nonAdditive: Set<String> = ["percent", "percentage_point", "rate", "grade", "ratio", "none"]

    /// Whether the two values (and range ends) are equal once the units are scaled alike.
    public func sameValue(_ a: TargetRecord, _ b: TargetRecord) -> Bool {
        let f = unitFactor(a, b) ?? 1
        return Self.equal(a.value.map { $0 * f }, b.value) && Self.equal(a.valueMax.map { $0 * f }, b.valueMax)
    }

    /// How many new units make one old unit, when both are sized alike (1 for equal units).
    func unitFactor(_ old: TargetRecord, _ new: TargetRecord) -> Double? {
        guard let ou = old.unit, let nu = new.unit else { return old.unit == new.unit ? 1 : nil }
        return scale.factor(from: ou, to: nu)
    }

    private func valueChange(_ old: TargetRecord, _ new: TargetRecord, factor: Double) -> VersionDiff.FieldChange? {
        let ov = old.value.map { $0 * factor }
        let om = old.valueMax.map { $0 * factor }
        if Self.equal(ov, new.value) && Self.equal(om, new.valueMax) { return nil }
        let oldText = Self.valueText(old)
        let newText = Self.valueText(new)
        guard let a = ov, let b = new.value else {
            return .init(field: .value, old: oldText, new: newText, direction: ov == nil ? .added : .removed)
        }
        // A range whose lower end stayed put moved by its upper end.
        let (x, y) = Self.equal(a, b) ? (om ?? a, new.valueMax ?? b) : (a, b)
        let raised = y > x
        return .init(
            field: .value, old: oldText, new: newText, direction: raised ? .raised : .lowered,
            effect: effectOfRaising(new).map { raised == ($0 == .tightened) ? .tightened : .relaxed })
    }

    /// What raising the value does to this target: a floor (>=, >) is tightened, a cap (<=, <)
    /// relaxed; a relative change (下降13.5%, 增长6%) with no cap is tightened, the amount
    /// being the ambition; a plain level (=, ~) says nothing either way.
    func effectOfRaising(_ r: TargetRecord) -> VersionDiff.Effect? {
        switch r.comparator {
        case .atLeast, .greater: return .tightened
        case .atMost, .less: return .relaxed
        case .equal, .approximately, nil: return r.change == nil ? nil : .tightened
        }
    }

    /// A strict comparator is harder to meet than its non-strict form.
    private func comparatorEffect(_ old: Comparator?, _ new: Comparator?) -> VersionDiff.Effect? {
        switch (old, new) {
        case (.atLeast, .greater), (.atMost, .less): .tightened
        case (.greater, .atLeast), (.less, .atMost): .relaxed
        default: nil
        }
    }

    private func deadlineChange(_ old: String?, _ new: String?) -> VersionDiff.FieldChange? {
        switch (old, new) {
        case (nil, nil): return nil
        case (nil, let n?): return .init(field: .deadline, old: nil, new: n, direction: .added, effect: .tightened)
        case (let o?, nil): return .init(field: .deadline, old: o, new: nil, direction: .removed, effect: .relaxed)
        case (let o?, let n?):
            // 2025 and 2025-12 end on the same day: no change.
            let a = Self.lastDay(o)
            let b = Self.lastDay(n)
            if a == b { return nil }
            let earlier = b.lexicographicallyPrecedes(a)
            return .init(
                field: .deadline, old: o, new: n, direction: earlier ? .broughtForward : .pushedBack,
                effect: earlier ? .tightened : .relaxed)
        }
    }

    /// The last day an ISO prefix allows, as (year, month, day); an unreadable date sorts last.
    static func lastDay(_ iso: String) -> [Int] {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard let y = parts.first ?? nil else { return [Int.max, 12, 31] }
        let m = parts.count > 1 ? (parts[1] ?? 12) : 12
        let d = parts.count > 2 ? (parts[2] ?? 31) : 31
        return [y, m, d]
    }

    private func presence<T>(_ old: T?, _ new: T?) -> VersionDiff.Direction {
        old == nil ? .added : (new == nil ? .removed : .replaced)
    }

    static func equal(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * Swift.max(1, abs(a), abs(b))
    }

    /// `95%`, `10–15 万`, `≥ 99 %`: the value as people read it, without the comparator.
    public static func valueText(_ r: TargetRecord) -> String? {
        guard let v = r.value else { return nil }
        var s = number(v)
        if let m = r.valueMax { s += "–" + number(m) }
        if let u = r.unit { s += u }
        return s
    }

    /// A number without a trailing `.0`, and without exponent for the sizes plans use.
    public static func number(_ d: Double) -> String {
        if d.rounded() == d, abs(d) < 1e15 { return String(Int(d)) }
        var s = String(format: "%.6f", d)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    static func text(_ c: Change?) -> String? {
        guard let c else { return nil }
        return c.direction.rawValue + (c.baselineYear.map { " vs \($0)" } ?? "")
    }
}
