/// The outcome of one rule example.
public struct RuleExampleResult: Sendable {
    public var rule: Rule
    public var example: RuleExample
    /// Nil when the example passed; otherwise what went wrong.
    public var failure: String?

    /// `file:line:col: error: …` for a failed example.
    public var diagnostic: RuleDiagnostic? {
        failure.map {
            RuleDiagnostic(
                file: rule.file, line: example.line, column: example.column, message: "example \"\(example.text)\": \($0)", ruleID: rule.id)
        }
    }
}

/// Runs every example a rule carries: text that must make the rule fire with the expected
/// fields, and text it must not fire on. Examples are read by the real pipeline (a one-line
/// document), so an example tests the rule in the company of every other rule.
public struct RuleExampleRunner: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) { self.rules = rules }

    public func runAll() -> [RuleExampleResult] {
        rules.rules.flatMap { r in r.examples.map { RuleExampleResult(rule: r, example: $0, failure: run(r, $0)) } }
    }

    /// Nil when the example passes; otherwise a message.
    public func run(_ rule: Rule, _ ex: RuleExample) -> String? {
        let fires = fired(rule, ex.text)
        if !ex.shouldMatch { return fires ? "the rule fired on text it must not match" : nil }
        if !fires { return "the rule did not fire" }
        return checkExpectations(rule, ex)
    }

    /// Whether the rule takes part in reading `text`.
    private func fired(_ rule: Rule, _ text: String) -> Bool {
        let sc = Array(text.unicodeScalars)
        switch rule.kind {
        case .macro: return true
        case .lexicon:
            return rule.words.contains { text.contains($0) }
        case .filter, .cue, .deadline, .period:
            if rule.words.contains(where: { text.contains($0) }) { return true }
            if let p = rule.pattern, let c = try? ICUPattern(p) {
                if rule.kind == .deadline {
                    // The deadline scanner must pick this rule's match (longest wins over others).
                    let doc = ReadDocument.snippet(text)
                    let ctx = DocumentContext(document: doc, rules: rules)
                    return ctx.dates.contains { $0.rule == rule.id }
                }
                return !TextIndex(sc).matches(c).isEmpty
            }
            return false
        case .unit, .comparator, .change, .responsibility:
            let recs = TargetExtractor(rules: rules).extractWithTrace(.snippet(text))
            return recs.contains { $0.fired.contains(rule.id) || $0.record.rule == rule.id }
        }
    }

    private func checkExpectations(_ rule: Rule, _ ex: RuleExample) -> String? {
        if ex.expect.isEmpty { return nil }
        if rule.kind == .lexicon, let tok = ex.expect["token"] {
            let toks = ChineseTokenizer(rules: rules).tokens(ex.text).map(\.text)
            return toks.contains(tok) ? nil : "expected token \(tok), got \(toks.joined(separator: "|"))"
        }
        if rule.kind == .deadline, let want = ex.expect["date"] {
            let doc = ReadDocument.snippet(ex.text)
            let ctx = DocumentContext(document: doc, rules: rules)
            let got = ctx.dates.filter { $0.rule == rule.id }.compactMap { ctx.resolve($0, sentenceStart: 0)?.date }
            return got.contains(want) ? nil : "expected date \(want), got \(got.isEmpty ? "none" : got.joined(separator: ","))"
        }
        let recs = TargetExtractor(rules: rules).extractWithTrace(.snippet(ex.text)).map(\.record)
        if let n = ex.expect["targets"] {
            let c = recs.filter { $0.kind == .target }.count
            return String(c) == n ? nil : "expected \(n) targets, got \(c)"
        }
        // Records of any kind (a sentence that must make no milestone either).
        if let n = ex.expect["records"] {
            return String(recs.count) == n ? nil : "expected \(n) records, got \(recs.count)"
        }
        var best: String? = "no record read from the text"
        for r in recs {
            var problems: [String] = []
            for (k, want) in ex.expect.sorted(by: { $0.key < $1.key }) {
                let got = Self.field(k, of: r)
                if !Self.same(got, want, field: k) { problems.append("\(k): expected \(want), got \(got ?? "nil")") }
            }
            if problems.isEmpty { return nil }
            if best == "no record read from the text" || problems.count < (best?.split(separator: ";").count ?? 99) {
                best = problems.joined(separator: "; ")
            }
        }
        return best
    }

    static func field(_ name: String, of r: TargetRecord) -> String? {
        switch name {
        case "value": return r.value.map(formatNumber)
        case "value_max": return r.valueMax.map(formatNumber)
        case "unit": return r.unit
        case "dimension": return r.dimension
        case "comparator": return r.comparator?.rawValue
        case "direction": return r.change?.direction.rawValue
        case "period": return r.period
        case "indicator": return r.indicator
        case "kind": return r.kind.rawValue
        case "date": return r.deadline?.date
        case "responsible": return r.responsible.map(\.name).joined(separator: "|")
        case "role": return r.responsible.first?.role.rawValue
        default: return "(unknown field \(name))"
        }
    }

    /// Whether a field read matches an example's expectation; `null` expects the field empty.
    static func same(_ got: String?, _ want: String, field: String) -> Bool {
        guard let got else { return want == "null" }
        if field == "value" || field == "value_max", let a = Double(got), let b = Double(want) {
            return abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
        }
        return got == want
    }

    static func formatNumber(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}

extension ReadDocument {
    /// A one-paragraph document of already normalised text, as rule examples and tests use.
    public static func snippet(_ text: String, published: String? = nil, plan: PlanPeriod? = nil) -> ReadDocument {
        let t = NormalizedText(text)
        var blocks: [TextBlock] = []
        var sentences: [Sentence] = []
        var start = 0
        for i in 0...t.count where i == t.count || t.scalars[i] == "\n" {
            if i > start {
                blocks.append(TextBlock(range: start..<i, kind: .paragraph))
                sentences.append(Sentence(range: start..<i, block: blocks.count - 1, section: []))
            }
            start = i + 1
        }
        let rec = DocumentRecord(
            docId: ContentHash.hex(text), path: "<example>", reader: .text, encoding: "UTF-8", published: published,
            planPeriod: plan, chars: t.count)
        return ReadDocument(record: rec, text: t, blocks: blocks, sentences: sentences)
    }
}
