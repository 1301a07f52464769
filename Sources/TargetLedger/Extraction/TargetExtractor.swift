/// Pulls targets, milestones and facts out of a read document with one rule set.
public struct TargetExtractor: Sendable {
    public let rules: RuleSet
    public init(rules: RuleSet) { self.rules = rules }

    public func extract(_ document: ReadDocument) -> [TargetRecord] {
        []
    }
}
