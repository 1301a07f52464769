import Foundation

/// Renders a scorecard: score.py's table and summary line, its JSON, and the details a rule
/// writer needs to see what to fix.
public struct ScoreReport: Sendable {
    /// The scorecard to render.
    public var scorecard: Scorecard

    /// A report of `scorecard`.
    public init(_ scorecard: Scorecard) {
        self.scorecard = scorecard
    }

    /// The per-document table and the summary line, as score.py prints them; with `details`,
    /// each row is followed by its missed, unmatched and disagreeing lines.
    public func text(details: Bool = false) -> String {
        var out = ""
        for row in scorecard.documents {
            out += Self.tableRow(row) + "\n"
            if details { out += Self.detailLines(row.details) }
        }
        out += summaryLine + "\n"
        return out
    }

    /// One table row, `f"{doc[:28]:28} targets {tp:3}/{pred:3} pred/{gold:3} gold   milestones …"`.
    static func tableRow(_ r: DocumentScore) -> String {
        let t = r.target
        let m = r.milestone
        return "\(pad(String(String.UnicodeScalarView(r.doc.unicodeScalars.prefix(28))), 28)) targets "
            + "\(right(t.matched))/\(right(t.predicted)) pred/\(right(t.gold)) gold   milestones "
            + "\(right(m.matched))/\(right(m.predicted))/\(right(m.gold))"
            + (r.seen ? "" : "   (document missing from ledger)")
    }

    /// The summary line, figures to three decimals.
    public var summaryLine: String {
        let s = scorecard.summary
        return "F1 \(f3(s.targetF1)) (P \(f3(s.targetP)) R \(f3(s.targetR))) exact-ind \(f3(s.exactIndicator)) "
            + "deadline \(f3(s.deadlineAccuracy)) comparator \(f3(s.comparatorAccuracy)) "
            + "responsible-F1 \(f3(s.responsibleF1)) milestone-F1 \(f3(s.milestoneF1))"
    }

    /// `{"docs": [...], "summary": {...}}` exactly as `score.py --json` prints it; with
    /// `details`, a third member `details` lists each document's lines.
    public func json(details: Bool = false) -> String {
        typealias N = PythonJSONWriter.Node
        let docs: [N] = scorecard.documents.map { r in
            .object([
                ("doc", .string(r.doc)), ("seen", .bool(r.seen)),
                ("target", .array([.int(r.target.matched), .int(r.target.predicted), .int(r.target.gold)])),
                (
                    "milestone",
                    .array([.int(r.milestone.matched), .int(r.milestone.predicted), .int(r.milestone.gold)])
                ),
            ])
        }
        let s = scorecard.summary
        let summary: N = .object([
            ("target_p", .float(s.targetP)), ("target_r", .float(s.targetR)), ("target_f1", .float(s.targetF1)),
            ("exact_indicator", .float(s.exactIndicator)), ("deadline_acc", .float(s.deadlineAccuracy)),
            ("comparator_acc", .float(s.comparatorAccuracy)), ("responsible_f1", .float(s.responsibleF1)),
            ("milestone_f1", .float(s.milestoneF1)), ("gold_targets", .int(s.goldTargets)),
            ("ledger_targets", .int(s.ledgerTargets)),
        ])
        var members: [(String, N)] = [("docs", .array(docs)), ("summary", summary)]
        if details {
            members.append(
                (
                    "details",
                    .array(
                        scorecard.documents.map { r in
                            .object([
                                ("doc", .string(r.doc)),
                                ("missed", .array(r.details.missed.map(\.node))),
                                ("unmatched", .array(r.details.unmatched.map(\.node))),
                                (
                                    "disagreements",
                                    .array(
                                        r.details.disagreements.map { d in
                                            .object([
                                                ("fields", .array(d.fields.map { .string($0) })),
                                                ("gold", d.gold.node), ("ledger", d.ledger.node),
                                            ])
                                        })
                                ),
                            ])
                        })
                ))
        }
        return PythonJSONWriter().write(.object(members)) + "\n"
    }

    /// Indented lines under a table row: `- missed`, `+ unmatched`, `~ field,field`.
    static func detailLines(_ d: ScoreDetails) -> String {
        var out = ""
        for g in d.missed {
            out += "    - missed     \(describe(g))" + quoted(g["quote"].string) + "\n"
        }
        for p in d.unmatched {
            out += "    + unmatched  \(describe(p))" + ruleNote(p) + quoted(p["evidence"].string) + "\n"
        }
        for x in d.disagreements {
            out += "    ~ \(x.fields.joined(separator: ","))\n"
            out += "        gold:    \(describe(x.gold))\n"
            out += "        ledger:  \(describe(x.ledger))" + ruleNote(x.ledger) + "\n"
        }
        return out
    }

    /// One line in a few words: `target 入学率 >= 99 % by 2011 [教育局]`.
    static func describe(_ r: LooseJSON) -> String {
        var parts = [r["kind"].string ?? "?", r.indicatorText]
        if r["comparator"] != .null { parts.append(r["comparator"].pythonString) }
        if r["value"] != .null {
            var v = number(r["value"])
            if r["value_max"] != .null { v += "–" + number(r["value_max"]) }
            parts.append(v)
        }
        if let u = r["unit"].string { parts.append(u) }
        if case .object(let c) = r["change"], let dir = c["direction"]?.string { parts.append("(\(dir))") }
        let deadline = r.deadlineDate
        parts.append(deadline == .null ? "no deadline" : "by \(deadline.pythonString)")
        let names = r.responsibleNames.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        if !names.isEmpty { parts.append("[" + names.joined(separator: ", ") + "]") }
        return parts.joined(separator: " ")
    }

    private static func number(_ v: LooseJSON) -> String {
        if case .number(let d) = v, d.rounded() == d, abs(d) < 9e15 { return String(Int(d)) }
        return v.pythonString
    }

    private static func ruleNote(_ r: LooseJSON) -> String {
        r["rule"].string.map { "  (rule \($0))" } ?? ""
    }

    private static func quoted(_ s: String?) -> String {
        guard let s, !s.isEmpty else { return "" }
        let short =
            s.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(s.unicodeScalars.prefix(60))) + "…" : s
        return "  «\(short)»"
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.unicodeScalars.count))
    }

    private static func right(_ i: Int) -> String {
        let s = String(i)
        return String(repeating: " ", count: max(0, 3 - s.count)) + s
    }

    private func f3(_ d: Double) -> String { String(format: "%.3f", d) }
}
