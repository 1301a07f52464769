/// Tells a figure that reports what already happened (kind `fact`) from a commitment: by the
/// years the sentence names against the publication year, by the section's heading (工作回顾
/// against 主要目标), by aspect words (已, 累计, 同比) and by the notice's genre (通报, 报告).
struct FactClassifier {
    let ctx: DocumentContext

    /// Words of a commitment strong enough to hold even under a review heading.
    static let strongForward = ["力争", "确保", "预期目标", "目标是", "目标为", "计划到", "将达到", "要达到"]
    /// Words that lean forward where nothing else decides (a report's undated sentences).
    static let weakForward = strongForward + ["争取", "不低于", "不超过", "不少于", "原则上", "应当", "必须", "不得", "控制在", "以内", "左右", "安排", "将", "要"]

    /// The two word lists as lexicons, built once (String.contains is slow on long text).
    static let strongLexicon: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in strongForward { l.insert(w, true) }
        return l
    }()
    static let weakLexicon: Lexicon<Bool> = {
        var l = Lexicon<Bool>()
        for w in weakForward { l.insert(w, true) }
        return l
    }()

    static let clauseEnds = ScalarSet("，,；;。！？!?\n")

    func kind(sentence: Range<Int>, clause: Range<Int>, block bi: Int) -> TargetKind {
        let s = ctx.index.scalars
        // Years named in the sentence up to the clause's end (a baseline 比2020年 does not count).
        var years: [Int] = []
        for m in ctx.deadlines(in: sentence.lowerBound..<clause.upperBound) {
            if let d = ctx.resolve(m, sentenceStart: sentence.lowerBound)?.date, let y = Int(d.prefix(4)) { years.append(y) }
        }
        let upTo = sentence.lowerBound..<clause.upperBound
        let forward = Self.strongLexicon.occurs(in: s, upTo)
        let leaning = Self.weakLexicon.occurs(in: s, upTo)
        if let pub = ctx.publishedYear, let maxYear = years.max() {
            if maxYear < pub { return .fact }
            if maxYear >= pub { return .target }
        }
        // A section dated before the notice (（一）“十三五”时期住房发展成效 in a 2021 plan) reports.
        if let pub = ctx.publishedYear, !forward {
            for h in ctx.headingChain[bi].reversed() {
                guard let y = ctx.headingCues[h]?.year else { continue }
                if y < pub { return .fact }
                break
            }
        }
        // The innermost heading that speaks decides for the section.
        for h in ctx.headingChain[bi].reversed() {
            guard let cues = ctx.headingCues[h] else { continue }
            if cues.forward { break }
            if cues.fact { return forward ? .target : .fact }
        }
        // Aspect words in the clause, or opening the sentence (过去一年，…).
        let opening = sentence.lowerBound..<min(clause.lowerBound, sentence.lowerBound + 6)
        let aspect = ctx.rules.cues.fact.occurs(in: s, clause) || ctx.rules.cues.fact.occurs(in: s, opening)
        if aspect && !forward { return .fact }
        // Completion words after the figure, in its clause (318件建议提案办理完毕).
        var end = clause.upperBound
        while end < sentence.upperBound, !Self.clauseEnds.contains(s[end]) { end += 1 }
        if !forward && end > clause.upperBound && ctx.rules.cues.factAfter.occurs(in: s, clause.upperBound..<end) { return .fact }
        if ctx.isReport && !leaning && !headingsForward(bi) { return .fact }
        return .target
    }

    private func headingsForward(_ bi: Int) -> Bool {
        ctx.headingChain[bi].contains { ctx.headingCues[$0]?.forward == true }
    }
}
