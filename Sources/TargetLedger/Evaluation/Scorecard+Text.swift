/// Shortcuts to the report, for tests and callers that hold a scorecard.
extension Scorecard {
    /// score.py's table and summary line (the summary is the last line), with details if asked.
    public func text(details: Bool = false) -> String { ScoreReport(self).text(details: details) }

    /// score.py's JSON (`--json`), with details if asked.
    public func json(details: Bool = false) -> String { ScoreReport(self).json(details: details) }

    /// The summary line alone.
    public var summaryLine: String { ScoreReport(self).summaryLine }
}
