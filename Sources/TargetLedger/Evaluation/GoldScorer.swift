import Foundation

/// Scores a ledger against gold files exactly as the reference scorer `shared/tools/score.py`
/// does (GOLD.md, "How a ledger is scored"); any change here must be a change there first.
public struct GoldScorer: Sendable {
    /// A scorer (it holds no state).
    public init() {}

    /// Scores the ledger file against every `*.gold.jsonl` in `goldDirectory`, or only the
    /// stems in `only` when given.
    public func score(goldDirectory: URL, ledgerFile: URL, only: Set<String>? = nil) throws -> Scorecard {
        let ledger = try Self.loadJSONLines(ledgerFile)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: goldDirectory.path)
        } catch {
            throw EvaluationError.unreadable(path: goldDirectory.path, reason: "\(error)")
        }
        var gold: [(stem: String, lines: [LooseJSON])] = []
        for name in Self.pythonSorted(names) where name.hasSuffix(".gold.jsonl") {
            let stem = String(name.dropLast(".gold.jsonl".count))
            if let only, !only.contains(stem) { continue }
            gold.append((stem, try Self.loadJSONLines(goldDirectory.appendingPathComponent(name))))
        }
        return score(gold: gold, ledger: ledger)
    }

    /// Scores parsed ledger lines against parsed gold files, given in the order to report them.
    public func score(gold: [(stem: String, lines: [LooseJSON])], ledger: [LooseJSON]) -> Scorecard {
        // A document record ties its doc_id to the stem of its path; a later record wins.
        var stemOfDoc: [LooseJSON: String] = [:]
        for rec in ledger where rec["record"].pythonEquals(.string("document")) {
            stemOfDoc[rec["doc_id"]] = Self.stem(ofPath: rec)
        }
        let seenStems = Set(stemOfDoc.values)
        var predicted: [String: [LooseJSON]] = [:]
        for rec in ledger where rec["record"].pythonEquals(.string("target")) {
            predicted[stemOfDoc[rec["doc_id"]] ?? "?", default: []].append(rec)
        }

        var tally = Tally()
        var rows: [DocumentScore] = []
        for (stem, goldLines) in gold {
            let lines = predicted[stem] ?? []
            var details = ScoreDetails()
            var counts: [MatchCounts] = []
            for kind in ["target", "milestone"] {
                let g = goldLines.filter { $0["kind"].pythonEquals(.string(kind)) }
                let p = lines.filter { $0["kind"].pythonEquals(.string(kind)) }
                let pairs = GoldMatcher(needValue: kind == "target").match(gold: g, ledger: p)
                counts.append(MatchCounts(matched: pairs.count, predicted: p.count, gold: g.count))
                let matchedGold = Set(pairs.map(\.gold))
                let matchedLedger = Set(pairs.map(\.ledger))
                details.missed += g.indices.filter { !matchedGold.contains($0) }.map { g[$0] }
                details.unmatched += p.indices.filter { !matchedLedger.contains($0) }.map { p[$0] }
                if kind == "target" {
                    tally.targets.add(counts.last!)
                    for (gi, pi) in pairs.sorted(by: { $0.gold < $1.gold }) {
                        if let d = tally.addTargetPair(gold: g[gi], ledger: p[pi]) { details.disagreements.append(d) }
                    }
                } else {
                    tally.milestones.add(counts.last!)
                }
            }
            rows.append(
                DocumentScore(
                    doc: stem, seen: seenStems.contains(stem), target: counts[0], milestone: counts[1],
                    details: details))
        }
        return Scorecard(documents: rows, summary: tally.summary)
    }

    /// The running sums of score.py's `tot`.
    private struct Tally {
        struct Kind {
            var matched = 0, predicted = 0, gold = 0
            mutating func add(_ c: MatchCounts) {
                matched += c.matched
                predicted += c.predicted
                gold += c.gold
            }
        }
        var targets = Kind()
        var milestones = Kind()
        var pairs = 0, exactOK = 0, comparatorOK = 0, deadlineOK = 0
        var respTP = 0, respFP = 0, respFN = 0

        /// Adds one matched target pair; returns what disagrees, if anything.
        mutating func addTargetPair(gold g: LooseJSON, ledger p: LooseJSON) -> MatchDisagreement? {
            var fields: [String] = []
            pairs += 1
            let exact = TextSimilarity.strip(g.indicatorText).unicodeScalars
                .elementsEqual(TextSimilarity.strip(p.indicatorText).unicodeScalars)
            if exact { exactOK += 1 } else { fields.append("indicator") }
            if g.deadlineDate.pythonEquals(p.deadlineDate) { deadlineOK += 1 } else { fields.append("deadline") }
            if g["comparator"].pythonEquals(p["comparator"]) { comparatorOK += 1 } else { fields.append("comparator") }
            let gn = g.responsibleNames
            if !gn.isEmpty {
                let pn = p.responsibleNames
                respTP += gn.intersection(pn).count
                respFP += pn.subtracting(gn).count
                respFN += gn.subtracting(pn).count
                if gn != pn { fields.append("responsible") }
            }
            return fields.isEmpty ? nil : MatchDisagreement(gold: g, ledger: p, fields: fields)
        }

        var summary: ScoreSummary {
            let t = GoldScorer.prf(targets.matched, targets.predicted, targets.gold)
            let m = GoldScorer.prf(milestones.matched, milestones.predicted, milestones.gold)
            let respDenominator = 2 * respTP + respFP + respFN
            return ScoreSummary(
                targetP: t.p, targetR: t.r, targetF1: t.f,
                exactIndicator: pairs > 0 ? Double(exactOK) / Double(pairs) : 0,
                deadlineAccuracy: pairs > 0 ? Double(deadlineOK) / Double(pairs) : 1,
                comparatorAccuracy: pairs > 0 ? Double(comparatorOK) / Double(pairs) : 0,
                responsibleF1: respTP + respFP + respFN > 0 ? 2 * Double(respTP) / Double(respDenominator) : 1,
                milestoneF1: m.f, goldTargets: targets.gold, ledgerTargets: targets.predicted)
        }
    }

    /// Precision, recall and F1 with score.py's conventions for empty sides: nothing predicted
    /// and nothing to find is perfect precision; nothing to find is perfect recall.
    public static func prf(_ tp: Int, _ predicted: Int, _ gold: Int) -> (p: Double, r: Double, f: Double) {
        let p = predicted > 0 ? Double(tp) / Double(predicted) : (gold == 0 ? 1.0 : 0.0)
        let r = gold > 0 ? Double(tp) / Double(gold) : 1.0
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0.0
        return (p, r, f)
    }

    /// The stem a document record ties to: its path's file name up to the first dot.
    static func stem(ofPath rec: LooseJSON) -> String {
        let path: String
        switch rec["path"] {
        case .string(let s): path = s
        case .null where !rec.hasKey("path"): path = ""
        default: path = rec["path"].pythonString
        }
        // os.path.basename: everything after the last "/".
        let base = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        return base.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }

    /// Python's `sorted` on strings: by code point, not by Swift's canonical ordering.
    static func pythonSorted(_ names: [String]) -> [String] {
        names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// Reads a JSON Lines file as score.py's `load_jsonl` does: UTF-8 with an optional BOM,
    /// universal newlines, blank lines skipped, every other line one JSON value.
    public static func loadJSONLines(_ url: URL) throws -> [LooseJSON] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw EvaluationError.unreadable(path: url.path, reason: "\(error)")
        }
        guard var text = String(validating: data, as: UTF8.self) else {
            throw EvaluationError.unreadable(path: url.path, reason: "not UTF-8")
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        var out: [LooseJSON] = []
        var lineNumber = 0
        for raw in splitUniversalNewlines(text) {
            lineNumber += 1
            let line = TextSimilarity.strip(String(raw))
            if line.isEmpty { continue }
            do {
                out.append(try LooseJSON.parse(Substring(line)))
            } catch {
                throw EvaluationError.notJSON(path: url.path, line: lineNumber, reason: "\(error)")
            }
        }
        return out
    }

    /// Lines split on \n, \r\n and \r (Python's text mode), not on the other Unicode breaks.
    static func splitUniversalNewlines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = start
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "\n" || c == "\r" {
                lines.append(Substring(scalars[start..<i]))
                var next = scalars.index(after: i)
                if c == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                i = next
            } else {
                i = scalars.index(after: i)
            }
        }
        if start < scalars.endIndex { lines.append(Substring(scalars[start..<scalars.endIndex])) }
        return lines
    }
}

extension LooseJSON {
    /// Whether an object has `key` at all (a missing path and a null path differ in Python).
    func hasKey(_ key: String) -> Bool {
        if case .object(let o) = self { return o[key] != nil }
        return false
    }
}
