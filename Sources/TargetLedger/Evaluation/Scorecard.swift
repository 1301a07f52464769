/// Matched, predicted and gold counts of one kind (target or milestone) in one document.
public struct MatchCounts: Sendable, Equatable, Codable {
    /// Gold lines matched by a ledger line.
    public var matched: Int
    /// Ledger lines of this kind.
    public var predicted: Int
    /// Gold lines of this kind.
    public var gold: Int

    /// Counts as given.
    public init(matched: Int, predicted: Int, gold: Int) {
        self.matched = matched
        self.predicted = predicted
        self.gold = gold
    }
}

/// A matched pair whose attributes disagree: what a rule writer fixes after recall.
public struct MatchDisagreement: Sendable, Equatable {
    /// The gold line.
    public var gold: LooseJSON
    /// The ledger line matched to it.
    public var ledger: LooseJSON
    /// Scored fields that differ: `indicator` (not exact), `deadline`, `comparator`, `responsible`.
    public var fields: [String]

    /// A disagreement as given.
    public init(gold: LooseJSON, ledger: LooseJSON, fields: [String]) {
        self.gold = gold
        self.ledger = ledger
        self.fields = fields
    }
}

/// The lines behind one document's figures, for `eval --details`.
public struct ScoreDetails: Sendable, Equatable {
    /// Gold targets and milestones no ledger line matched, in gold order.
    public var missed: [LooseJSON] = []
    /// Ledger targets and milestones that matched no gold line, in ledger order.
    public var unmatched: [LooseJSON] = []
    /// Matched target pairs that disagree on a scored field, in gold order.
    public var disagreements: [MatchDisagreement] = []

    /// Empty details.
    public init() {}
}

/// One row of the per-document table.
public struct DocumentScore: Sendable, Equatable {
    /// The gold file's stem (file name up to `.gold.jsonl`).
    public var doc: String
    /// Whether the ledger holds a document record for this stem.
    public var seen: Bool
    /// Target counts.
    public var target: MatchCounts
    /// Milestone counts.
    public var milestone: MatchCounts
    /// The lines behind the counts.
    public var details: ScoreDetails

    /// A row as given.
    public init(doc: String, seen: Bool, target: MatchCounts, milestone: MatchCounts, details: ScoreDetails) {
        self.doc = doc
        self.seen = seen
        self.target = target
        self.milestone = milestone
        self.details = details
    }
}

/// The summary figures of a whole ledger, named as in score.py's JSON.
public struct ScoreSummary: Sendable, Equatable {
    /// Target precision.
    public var targetP: Double
    /// Target recall.
    public var targetR: Double
    /// Target F1.
    public var targetF1: Double
    /// Share of matched targets whose indicator is exactly the gold one.
    public var exactIndicator: Double
    /// Share of matched targets with the gold deadline.
    public var deadlineAccuracy: Double
    /// Share of matched targets with the gold comparator.
    public var comparatorAccuracy: Double
    /// F1 of responsible unit names over matched gold targets that name some.
    public var responsibleF1: Double
    /// Milestone F1.
    public var milestoneF1: Double
    /// Gold targets in the scored documents.
    public var goldTargets: Int
    /// Ledger targets in the scored documents.
    public var ledgerTargets: Int

    /// A summary as given.
    public init(
        targetP: Double, targetR: Double, targetF1: Double, exactIndicator: Double, deadlineAccuracy: Double,
        comparatorAccuracy: Double, responsibleF1: Double, milestoneF1: Double, goldTargets: Int, ledgerTargets: Int
    ) {
        self.targetP = targetP
        self.targetR = targetR
        self.targetF1 = targetF1
        self.exactIndicator = exactIndicator
        self.deadlineAccuracy = deadlineAccuracy
        self.comparatorAccuracy = comparatorAccuracy
        self.responsibleF1 = responsibleF1
        self.milestoneF1 = milestoneF1
        self.goldTargets = goldTargets
        self.ledgerTargets = ledgerTargets
    }
}

/// The result of scoring a ledger against a gold folder.
public struct Scorecard: Sendable, Equatable {
    /// One row per gold file, in file-name order.
    public var documents: [DocumentScore]
    /// Figures over all of them.
    public var summary: ScoreSummary

    /// A scorecard as given.
    public init(documents: [DocumentScore], summary: ScoreSummary) {
        self.documents = documents
        self.summary = summary
    }
}
