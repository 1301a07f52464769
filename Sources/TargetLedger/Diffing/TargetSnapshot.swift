/// The fields of a ledger record that a diff shows, flattened for people and for JSON.
public struct TargetSnapshot: Codable, Sendable, Equatable {
    /// The record's id in its ledger.
    public var targetId: String
    /// Its version-independent key.
    public var key: String
    /// The indicator as written.
    public var indicator: String
    /// The value (the amount of a relative change when `change` is set).
    public var value: Double?
    /// The upper end of a range.
    public var valueMax: Double?
    /// The unit.
    public var unit: String?
    /// The comparator.
    public var comparator: Comparator?
    /// `increase` or `decrease` when the value is a relative change.
    public var change: String?
    /// The deadline's ISO prefix.
    public var deadline: String?
    /// Responsible unit names.
    public var responsible: [String]
    /// The sentence it was read from.
    public var evidence: String

    /// The snapshot of a ledger record.
    public init(_ r: TargetRecord) {
        targetId = r.targetId
        key = r.key
        indicator = r.indicator
        value = r.value
        valueMax = r.valueMax
        unit = r.unit
        comparator = r.comparator
        change = r.change?.direction.rawValue
        deadline = r.deadline?.date
        responsible = r.responsible.map(\.name)
        evidence = r.evidence
    }

    enum CodingKeys: String, CodingKey {
        case key, indicator, value, unit, comparator, change, deadline, responsible, evidence
        case targetId = "target_id"
        case valueMax = "value_max"
    }

    /// Writes every field, nulls included, so that the JSON layout never varies.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(targetId, forKey: .targetId)
        try c.encode(key, forKey: .key)
        try c.encode(indicator, forKey: .indicator)
        try c.encode(value, forKey: .value)
        try c.encode(valueMax, forKey: .valueMax)
        try c.encode(unit, forKey: .unit)
        try c.encode(comparator, forKey: .comparator)
        try c.encode(change, forKey: .change)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(responsible, forKey: .responsible)
        try c.encode(evidence, forKey: .evidence)
    }
}
