/// What a rule file's rules are about; each kind has its own fields (see Rules/README.md).
public enum RuleKind: String, Sendable, Codable, CaseIterable {
    /// Named pattern fragments (`{year}`) that other rules' patterns reference.
    case macro
    /// Words for the tokenizer's domain lexicon (入学率, 责任单位 …).
    case lexicon
    /// Units with their dimension (平方米 → area).
    case unit
    /// Words that set the comparator (达到 → >=, 以内 → <=).
    case comparator
    /// Words of relative change (下降, 增长 …).
    case change
    /// Date and deadline expressions (ICU patterns with a date template).
    case deadline
    /// Period words of recurring targets (每年, 年均).
    case period
    /// Markers of responsible units (责任单位, 牵头单位).
    case responsibility
    /// Spans that are never values (document numbers, names with numbers).
    case filter
    /// Context cues: reported facts, forward commitments, verbs to trim, classes of bodies.
    case cue
}

/// The dimension of a unit (TARGETS.md and issue 4).
public enum UnitDimension: String, Sendable, Codable, CaseIterable {
    case count, area, length, volume, mass, energy, power, money, time, percent
    case percentagePoint = "percentage_point"
    case rate, grade, ratio, frequency, other
}

/// One example a rule carries: text that must (or must not) give the expected fields.
public struct RuleExample: Sendable, Equatable {
    public var text: String
    /// Expected fields of a record the text yields (`value`, `unit`, `comparator`, `date` …).
    public var expect: [String: String]
    /// False for a `no_match` example: the rule must not fire on the text.
    public var shouldMatch: Bool
    public var line: Int
    public var column: Int
}

/// One rule of a rule file: an id, a description, its fields and its own examples.
public struct Rule: Sendable {
    public var id: String
    public var kind: RuleKind
    public var description: String
    public var file: String
    public var line: Int
    public var column: Int
    /// Literal words, matched longest first.
    public var words: [String]
    /// An ICU regular expression, after `{macro}` references were expanded.
    public var pattern: String?
    /// The pattern as written, with its references.
    public var rawPattern: String?
    /// Kind-specific string fields (dimension, comparator, position, direction, role, date, cue …).
    public var fields: [String: String]
    public var examples: [RuleExample]
}
