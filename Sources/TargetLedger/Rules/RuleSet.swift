import Foundation

/// A unit as the unit rules define it.
public struct UnitInfo: Sendable, Equatable {
    public var dimension: UnitDimension
    public var rule: String
}

/// A comparator word with where it stands relative to the number.
public struct ComparatorInfo: Sendable, Equatable {
    public var comparator: Comparator
    public var before: Bool
    public var rule: String
}

/// A compiled pattern rule: its ICU pattern and its fields.
/// A class so that iterating a rule list does not copy each rule's fields; set up while the
/// rule set is compiled and never changed after, hence `@unchecked Sendable`.
public final class PatternRule: @unchecked Sendable {
    public let rule: Rule
    public let pattern: ICUPattern
    /// The names of the pattern's capture groups by number, parsed once.
    let captureNames: [String?]
    /// Characters every match holds, where the pattern proves some.
    let prefilter: PatternPrefilter?
    /// This pattern's bit in `RuleSet.prefilterTable`, if it has one.
    var prefilterBit: Int?
    /// The deadline fields of the rule, read once (a dictionary lookup per match showed).
    let deadline: DeadlineFields

    init(rule: Rule, pattern: ICUPattern) {
        self.rule = rule
        self.pattern = pattern
        captureNames = CaptureNames.of(rule.pattern ?? "")
        prefilter = rule.pattern.flatMap(PatternPrefilter.init)
        let f = rule.fields
        deadline = DeadlineFields(
            notDeadline: f["not_deadline"] == "true", relative: f["relative"] == "true", planEnd: f["plan_end"] == "true",
            date: f["date"], start: f["start"] == "true", span: f["span"] == "true")
    }
}

/// What a deadline rule's fields say its matches are.
struct DeadlineFields: Sendable {
    var notDeadline: Bool
    var relative: Bool
    var planEnd: Bool
    /// The ISO template ({year}-{month}), for dates.
    var date: String?
    var start: Bool
    var span: Bool
}

/// The compiled rule set of one run: every rule file of a `Rules/` folder, loaded, checked and
/// compiled once (lexicons and ICU patterns), then shared read-only by every document.
/// A class, because every reader of every sentence holds it: copying a struct of a dozen
/// lexicons cost a retain and a release per field each time. It is filled in by `compile` and
/// never changed once shared, hence `@unchecked Sendable`.
public final class RuleSet: @unchecked Sendable {
    /// A hash of every rule file's bytes: part of the cache key of a corpus run.
    public var hash: String
    /// The folder the rules were loaded from.
    public var directory: URL
    public var rules: [Rule]

    public var units = Lexicon<UnitInfo>()
    public var comparators = Lexicon<ComparatorInfo>()
    public var changes = Lexicon<(direction: Change.Direction, rule: String)>()
    public var responsibility = Lexicon<(role: ResponsibleRole, rule: String)>()
    public var lexicon = Lexicon<String>()
    /// Cue words by cue name (fact, forward, trim, class, selfref …).
    public var cueWords: [String: Lexicon<String>] = [:]
    public var cuePatterns: [String: [PatternRule]] = [:]
    public var periodWords = Lexicon<String>()
    public var periodPatterns: [PatternRule] = []
    public var deadlines: [PatternRule] = []
    public var filterPatterns: [PatternRule] = []
    public var filterWords = Lexicon<String>()

    init(hash: String, directory: URL, rules: [Rule]) {
        self.hash = hash
        self.directory = directory
        self.rules = rules
    }

    /// Loads, checks and compiles every rule file of `directory`; throws all problems found.
    public static func load(from directory: URL) throws(RuleSetError) -> RuleSet {
        let (rules, bytes) = try RuleFileLoader().load(directory: directory)
        return compile(rules, hash: ContentHash.hex(bytes), directory: directory)
    }

    /// Compiles loaded rules (their patterns were already checked by the loader).
    static func compile(_ rules: [Rule], hash: String, directory: URL) -> RuleSet {
        let set = RuleSet(hash: hash, directory: directory, rules: rules)
        func compiled(_ r: Rule) -> PatternRule? {
            guard let p = r.pattern, let c = try? ICUPattern(p) else { return nil }
            return PatternRule(rule: r, pattern: c)
        }
        for r in rules {
            switch r.kind {
            case .macro: break
            case .lexicon: for w in r.words { set.lexicon.insert(w, r.id) }
            case .unit:
                let info = UnitInfo(dimension: UnitDimension(rawValue: r.fields["dimension"] ?? "") ?? .other, rule: r.id)
                for w in r.words { set.units.insert(w, info) }
            case .comparator:
                let info = ComparatorInfo(
                    comparator: Comparator(rawValue: r.fields["comparator"] ?? "=") ?? .equal,
                    before: r.fields["position"] != "after", rule: r.id)
                for w in r.words { set.comparators.insert(w, info) }
            case .change:
                let d: Change.Direction = r.fields["direction"] == "decrease" ? .decrease : .increase
                for w in r.words { set.changes.insert(w, (d, r.id)) }
            case .responsibility:
                let role = ResponsibleRole(rawValue: r.fields["role"] ?? "") ?? .responsible
                for w in r.words { set.responsibility.insert(w, (role, r.id)) }
            case .cue:
                let cue = r.fields["cue"] ?? ""
                for w in r.words { set.cueWords[cue, default: Lexicon()].insert(w, r.id) }
                if let c = compiled(r) { set.cuePatterns[cue, default: []].append(c) }
            case .period:
                for w in r.words { set.periodWords.insert(w, r.id) }
                if let c = compiled(r) { set.periodPatterns.append(c) }
            case .deadline:
                if let c = compiled(r) { set.deadlines.append(c) }
            case .filter:
                for w in r.words { set.filterWords.insert(w, r.id) }
                if let c = compiled(r) { set.filterPatterns.append(c) }
            }
        }
        set.assignPrefilterBits()
        set.cues = KnownCues(set)
        return set
    }

    /// For each character of the Basic Multilingual Plane, a bit for every pattern whose
    /// prefilter needs it: one pass over a region ORs these into the set of patterns that may
    /// match there, instead of one scan of the region per pattern. Two tables of 64 bits: the
    /// patterns searched around numbers (filters, not_target) and those searched where dates
    /// are (deadlines, periods), each set of regions masked with its own.
    private(set) var prefilterTable: [UInt64] = []
    private(set) var datePrefilterTable: [UInt64] = []

    /// Every pattern rule with the characters one of which its matches must hold (nil: the
    /// pattern is searched in every region), for `rules check --prefilters`.
    public var prefilters: [(rule: String, required: String?)] {
        let all = filterPatterns + periodPatterns + deadlines + cuePatterns.keys.sorted().flatMap { cuePatterns[$0]! }
        return all.map { pr in (pr.rule.id, pr.prefilter.map { String(String.UnicodeScalarView($0.required.members)) }) }
    }

    /// The cue lexicons the extractor asks for on every sentence, looked up once.
    private(set) var cues = KnownCues()

    /// Gives up to 64 prefiltered patterns of each kind of region a bit of its table. (Patterns
    /// searched elsewhere, such as heading cues, scan their regions for their characters.)
    private func assignPrefilterBits() {
        func bits(_ patterns: [PatternRule]) -> [UInt64] {
            var table = [UInt64](repeating: 0, count: 0x10000)
            var next = 0
            for pr in patterns {
                guard next < 64, let pre = pr.prefilter, pre.required.members.allSatisfy({ $0.value < 0x10000 }) else { continue }
                pr.prefilterBit = next
                for c in pre.required.members { table[Int(c.value)] |= 1 << UInt64(next) }
                next += 1
            }
            return table
        }
        prefilterTable = bits(filterPatterns + (cuePatterns["not_target"] ?? []))
        datePrefilterTable = bits(periodPatterns + deadlines)
    }

    /// The cue lexicon for `name` (empty when no rule defines it).
    public func cue(_ name: String) -> Lexicon<String> { cueWords[name] ?? Lexicon() }
}

/// Finds the shipped `Rules/` folder: $TARGET_LEDGER_RULES, else `Rules/` in the working
/// directory or above it, else near the executable, else beside this source file's package.
public enum RuleLocator {
    public static func defaultDirectory() -> URL {
        let env = ProcessInfo.processInfo.environment
        if let d = env["TARGET_LEDGER_RULES"], !d.isEmpty { return URL(fileURLWithPath: d) }
        let fm = FileManager.default
        var candidates: [URL] = [URL(fileURLWithPath: fm.currentDirectoryPath)]
        candidates.append(URL(fileURLWithPath: CommandLine.arguments.first ?? ".").deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: #filePath))
        for var dir in candidates {
            for _ in 0..<8 {
                let r = dir.appendingPathComponent("Rules")
                if fm.fileExists(atPath: r.appendingPathComponent("README.md").path) { return r }
                dir.deleteLastPathComponent()
            }
        }
        return URL(fileURLWithPath: "Rules")
    }
}

/// The cue lexicons the extractor consults per quantity or clause, held as fields: looking
/// them up by name hashed a string each time.
struct KnownCues: Sendable {
    var fact = Lexicon<String>()
    /// Completion words that report a figure when they follow it in its clause (46项任务全部完成).
    var factAfter = Lexicon<String>()
    /// Words of a report that open a sentence's earlier clause (截至12月13日，…; 据统计，…).
    var factLead = Lexicon<String>()
    /// Parts of an area that can stand for a whole indicator (…入园率达到50%，县(市)达到30%).
    var place = Lexicon<String>()
    /// Measures that stand alone for a whole indicator after the figure of another measure of
    /// the same thing (粮食播种面积稳定在…，产量稳定在…).
    var measure = Lexicon<String>()
    /// Words that open a clause of means or grounds (通过…改造, 依托…项目): no goal of its own.
    var means = Lexicon<String>()
    var stepVerb = Lexicon<String>()
    var milestoneVerb = Lexicon<String>()
    var classWords = Lexicon<String>()
    var selfref = Lexicon<String>()
    var conditionEnd = Lexicon<String>()
    var pushVerb = Lexicon<String>()
    var boilerplate = Lexicon<String>()
    var trim = Lexicon<String>()
    var trimMilestone = Lexicon<String>()

    init() {}

    init(_ rules: RuleSet) {
        fact = rules.cue("fact")
        factAfter = rules.cue("fact_after")
        factLead = rules.cue("fact_lead")
        place = rules.cue("place")
        measure = rules.cue("measure")
        means = rules.cue("means")
        stepVerb = rules.cue("step_verb")
        milestoneVerb = rules.cue("milestone_verb")
        classWords = rules.cue("class")
        selfref = rules.cue("selfref")
        conditionEnd = rules.cue("condition_end")
        pushVerb = rules.cue("push_verb")
        boilerplate = rules.cue("boilerplate")
        trim = rules.cue("trim")
        trimMilestone = rules.cue("trim_milestone")
    }
}
