/// What a ledger line of kind target/milestone/fact records (TARGETS.md).
public enum TargetKind: String, Codable, Sendable, Equatable, Hashable {
    case target, milestone, fact
}

/// How the value relates to the indicator: 达到 → `>=`, 控制在 → `<=`, a plain amount → `=`.
public enum Comparator: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
    case equal = "="
    case greater = ">"
    case less = "<"
    case approximately = "~"
}

/// A relative change: the value is the amount, as in 比2020年下降13.5%.
public struct Change: Codable, Sendable, Equatable, Hashable {
    public enum Direction: String, Codable, Sendable, Equatable, Hashable { case increase, decrease }
    public var direction: Direction
    public var baselineYear: Int?
    public init(direction: Direction, baselineYear: Int? = nil) {
        self.direction = direction
        self.baselineYear = baselineYear
    }
    enum CodingKeys: String, CodingKey {
        case direction
        case baselineYear = "baseline_year"
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(direction, forKey: .direction)
        try c.encode(baselineYear, forKey: .baselineYear)
    }
}

/// The stated starting level of a level target (由现在的132所减少到109所 → 132).
public struct Baseline: Codable, Sendable, Equatable, Hashable {
    public var value: Double?
    public var year: Int?
    public init(value: Double?, year: Int? = nil) {
        self.value = value
        self.year = year
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(year, forKey: .year)
    }
    enum CodingKeys: String, CodingKey { case value, year }
}

/// Where a deadline came from (TARGETS.md, "Deadlines").
public enum DeadlineSource: String, Codable, Sendable, Equatable, Hashable {
    case explicit, inherited
    case planPeriod = "plan_period"
    case relative
}

/// The last day a target allows, as an ISO-8601 prefix, with the words it was read from.
public struct Deadline: Codable, Sendable, Equatable, Hashable {
    public var date: String?
    public var text: String
    public var source: DeadlineSource
    public init(date: String?, text: String, source: DeadlineSource) {
        self.date = date
        self.text = text
        self.source = source
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(text, forKey: .text)
        try c.encode(source, forKey: .source)
    }
    enum CodingKeys: String, CodingKey { case date, text, source }
}

/// A responsible unit's part in a target, from the words only (牵头 → lead, 配合 → support).
public enum ResponsibleRole: String, Codable, Sendable, Equatable, Hashable {
    case lead, support, responsible
}

/// One body named as responsible for a target, exactly as written.
public struct ResponsibleUnit: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var role: ResponsibleRole
    public init(name: String, role: ResponsibleRole) {
        self.name = name
        self.role = role
    }
}

/// A `target` line of the ledger: one target, milestone or reported fact, with its evidence.
public struct TargetRecord: Codable, Sendable, Equatable {
    public var record: String = "target"
    public var docId: String
    public var targetId: String
    public var key: String
    public var kind: TargetKind
    public var indicator: String
    public var value: Double?
    public var valueMax: Double?
    public var valueText: String?
    public var unit: String?
    /// The unit's dimension from the unit rules (percent, area, money …); not in the schema, added.
    public var dimension: String?
    public var comparator: Comparator?
    public var change: Change?
    public var baseline: Baseline?
    public var period: String?
    public var deadline: Deadline?
    public var responsible: [ResponsibleUnit]
    public var section: [String]
    public var evidence: String
    public var span: [Int]
    public var rule: String

    public init(
        docId: String, targetId: String = "", key: String = "", kind: TargetKind, indicator: String,
        value: Double? = nil, valueMax: Double? = nil, valueText: String? = nil, unit: String? = nil,
        dimension: String? = nil, comparator: Comparator? = nil, change: Change? = nil,
        baseline: Baseline? = nil, period: String? = nil, deadline: Deadline? = nil,
        responsible: [ResponsibleUnit] = [], section: [String] = [], evidence: String, span: [Int],
        rule: String
    ) {
        self.docId = docId
        self.targetId = targetId
        self.key = key
        self.kind = kind
        self.indicator = indicator
        self.value = value
        self.valueMax = valueMax
        self.valueText = valueText
        self.unit = unit
        self.dimension = dimension
        self.comparator = comparator
        self.change = change
        self.baseline = baseline
        self.period = period
        self.deadline = deadline
        self.responsible = responsible
        self.section = section
        self.evidence = evidence
        self.span = span
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case record, key, kind, indicator, value, unit, dimension, comparator, change, baseline, period
        case deadline, responsible, section, evidence, span, rule
        case docId = "doc_id"
        case targetId = "target_id"
        case valueMax = "value_max"
        case valueText = "value_text"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(record, forKey: .record)
        try c.encode(docId, forKey: .docId)
        try c.encode(targetId, forKey: .targetId)
        try c.encode(key, forKey: .key)
        try c.encode(kind, forKey: .kind)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(value, forKey: .value)
        try c.encode(valueMax, forKey: .valueMax)
        try c.encode(valueText, forKey: .valueText)
        try c.encode(unit, forKey: .unit)
        try c.encode(dimension, forKey: .dimension)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(change, forKey: .change)
        try c.encode(baseline, forKey: .baseline)
        try c.encode(period, forKey: .period)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(responsible, forKey: .responsible)
        try c.encode(section, forKey: .section)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(span, forKey: .span)
        try c.encode(rule, forKey: .rule)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        docId = try c.decode(String.self, forKey: .docId)
        targetId = try c.decodeIfPresent(String.self, forKey: .targetId) ?? ""
        key = try c.decodeIfPresent(String.self, forKey: .key) ?? ""
        kind = try c.decode(TargetKind.self, forKey: .kind)
        indicator = try c.decode(String.self, forKey: .indicator)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        valueMax = try c.decodeIfPresent(Double.self, forKey: .valueMax)
        valueText = try c.decodeIfPresent(String.self, forKey: .valueText)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        dimension = try c.decodeIfPresent(String.self, forKey: .dimension)
        comparator = try c.decodeIfPresent(Comparator.self, forKey: .comparator)
        change = try c.decodeIfPresent(Change.self, forKey: .change)
        baseline = try c.decodeIfPresent(Baseline.self, forKey: .baseline)
        period = try c.decodeIfPresent(String.self, forKey: .period)
        deadline = try c.decodeIfPresent(Deadline.self, forKey: .deadline)
        responsible = try c.decodeIfPresent([ResponsibleUnit].self, forKey: .responsible) ?? []
        section = try c.decodeIfPresent([String].self, forKey: .section) ?? []
        evidence = try c.decode(String.self, forKey: .evidence)
        span = try c.decode([Int].self, forKey: .span)
        rule = try c.decode(String.self, forKey: .rule)
    }
}

/// One line of a ledger file: a document record or a target record.
public enum LedgerLine: Sendable, Equatable {
    case document(DocumentRecord)
    case target(TargetRecord)
}
