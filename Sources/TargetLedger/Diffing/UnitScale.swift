/// Units, their dimension and their size in a base unit, so that a diff compares 5万吨 with
/// 50000吨 as equal. The one place that knows unit sizes; dimensions named as in Rules/units.yaml.
public struct UnitScale: Sendable {
    /// How big one unit is: `factor` base units of `base`, in `dimension`.
    public struct Entry: Sendable, Equatable {
        /// The dimension (area, mass, money …) as the unit rules name it.
        public var dimension: String
        /// The unit that all units of this family are converted to.
        public var base: String
        /// How many base units make one of this unit.
        public var factor: Double
    }

    /// The sizes known here. Most units in a ledger are base units already (the number layer
    /// multiplies 万/亿 out), but a hand-written ledger or an older extractor may keep 万吨.
    static let sizes: [String: Entry] = {
        var t: [String: Entry] = [:]
        func add(_ dim: String, _ base: String, _ units: [(String, Double)]) {
            t[base] = Entry(dimension: dim, base: base, factor: 1)
            for (u, f) in units { t[u] = Entry(dimension: dim, base: base, factor: f) }
        }
        add("percent", "%", [("‰", 0.1)])
        add("mass", "吨", [("万吨", 1e4), ("亿吨", 1e8), ("千克", 1e-3), ("公斤", 1e-3), ("克", 1e-6), ("斤", 5e-4)])
        add("money", "元", [("万元", 1e4), ("亿元", 1e8), ("千元", 1e3)])
        add(
            "area", "平方米",
            [
                ("平米", 1), ("㎡", 1), ("万平方米", 1e4), ("平方公里", 1e6), ("平方千米", 1e6), ("公顷", 1e4),
                ("亩", 10000.0 / 15), ("万亩", 1e4 * 10000.0 / 15),
            ])
        add("length", "米", [("公里", 1e3), ("千米", 1e3), ("厘米", 1e-2), ("毫米", 1e-3), ("万公里", 1e7)])
        add("volume", "立方米", [("方", 1), ("万立方米", 1e4), ("亿立方米", 1e8), ("升", 1e-3)])
        add("energy", "千瓦时", [("度", 1), ("万千瓦时", 1e4), ("亿千瓦时", 1e8)])
        add("power", "千瓦", [("瓦", 1e-3), ("兆瓦", 1e3), ("万千瓦", 1e4), ("亿千瓦", 1e8), ("吉瓦", 1e6)])
        add("time", "小时", [("分钟", 1.0 / 60), ("秒", 1.0 / 3600)])
        add("time-days", "天", [("日", 1)])
        add("time-months", "月", [("年", 12)])
        add("count", "人", [("万人", 1e4), ("人次", 1)])
        add("count-households", "户", [("万户", 1e4)])
        return t
    }()

    /// Dimensions of units the table does not size (from the unit rules when given).
    var dimensions: [String: String]

    /// A scale knowing only the built-in sizes.
    public init() {
        dimensions = [:]
    }

    /// A scale that also knows the dimension of every unit word in the rule set's unit rules.
    public init(rules: RuleSet) {
        dimensions = [:]
        for rule in rules.rules where rule.kind == .unit {
            guard let dim = rule.fields["dimension"] else { continue }
            for w in rule.words { dimensions[w] = dim }
        }
    }

    /// The size entry of `unit`, if the table knows it.
    public func entry(_ unit: String) -> Entry? { Self.sizes[unit] }

    /// The dimension of a record's unit: the record's own, else the table's, else the rules';
    /// a unit nobody knows is its own dimension, and no unit at all is `none`.
    public func dimension(unit: String?, recorded: String?) -> String {
        if let recorded, !recorded.isEmpty { return Self.family(recorded) }
        guard let unit, !unit.isEmpty else { return "none" }
        if let e = Self.sizes[unit] { return Self.family(e.dimension) }
        if let d = dimensions[unit] { return Self.family(d) }
        return "unit:" + unit
    }

    /// Families split only to stop conversions (days vs months) share one dimension for matching.
    static func family(_ dimension: String) -> String {
        if dimension.hasPrefix("time") { return "time" }
        if dimension.hasPrefix("count") { return "count" }
        return dimension
    }

    /// How many `to` units make one `from` unit, when both are sized in the same family.
    public func factor(from: String, to: String) -> Double? {
        if from == to { return 1 }
        guard let a = Self.sizes[from], let b = Self.sizes[to], a.base == b.base else { return nil }
        return a.factor / b.factor
    }
}
