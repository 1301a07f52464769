/// What a rule's pattern needs to be found at all: a set of characters one of which every
/// match contains (第 for 第N条, 年 for a year, ＝×÷ for a formula). A region of the text with
/// none of them cannot hold a match, so the regex engine is not run there: a scan for a few
/// characters costs a small fraction of a regex search, and most rules' characters are rare.
///
/// The pattern is read with a small parser of the ICU syntax the rule files use; anything it
/// does not know (flags, \p classes, negated classes, back-references) makes it give no set,
/// and the pattern is then searched everywhere as before.
struct PatternPrefilter: Sendable {
    /// Characters one of which every match holds.
    let required: ScalarSet

    /// The prefilter of `pattern`, or nil where no useful set can be proved.
    init?(_ pattern: String) {
        var parser = Parser(Array(pattern.unicodeScalars))
        guard let node = parser.alternation(), parser.atEnd, let best = Self.best(node.sets) else { return nil }
        required = ScalarSet(best.compactMap { Unicode.Scalar($0) })
    }

    /// Whether `s[range]` holds a required character.
    func admits(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range where required.contains(s[i]) { return true }
        return false
    }

    /// The 400 most frequent characters of the regression corpus's notices (seeds, devdocs,
    /// cases), in three bands of falling frequency: a set made of frequent characters rules
    /// out few regions, so the choice between a pattern's sets weighs each character by band.
    static let frequent = ScalarSet("，、。的0建2化地和发保业实,教全市进展务设工1新育学推理医人一区省“”加作提用住国能行中动力生房制年高政强管大施机质合体5规就产定（）等重改成上民通3.点城持资平增度服校源以办优入有为各经要公障升完")
    static let common = ScalarSet("4家级量项结统开性标应会基造电构个方面系在6对义目不局本%费跨治安金部水农现效深租三长异关接到程均域位社任交好算万支创范时出运导主场赁9共划分文善门期同案步村企准法领供员落师参于7十五品小道快8稳达备配更居整坚科续型第协策技心立衡县代收二网路调内府海确责数乡条与及单疗信流求总物南监计积革相防率过健四")
    static let usual = ScalarSet("色明件活态专查式预《》:可按风前筹事直向集投自护付下济联转特精组多环间培综需线口境引消比外决险群题做委院月处融日镇指息车模低促督营诊；核超评类术智_—清利商打绿问次江际示扩子台河园课据极并布格财/党碳研是e认意解职老将元试断报(置放-)后取干养值验价先使原层修a站亿战排知习套云旅织础根表我控得贯考t")

    /// The set that rules out most: few characters, and rare ones.
    static func best(_ sets: [Set<UInt32>]) -> Set<UInt32>? {
        sets.min { cost($0) < cost($1) }
    }

    static func cost(_ set: Set<UInt32>) -> Int {
        set.reduce(0) { total, v in
            guard let c = Unicode.Scalar(v) else { return total + 1 }
            return total + (frequent.contains(c) ? 40 : common.contains(c) ? 12 : usual.contains(c) ? 4 : 1)
        }
    }

    /// What the parser knows of a piece of pattern: sets of characters, each of which every
    /// match of the piece must hit (empty when nothing is known, or the piece can match empty).
    struct Node {
        var sets: [Set<UInt32>]
    }

    struct Parser {
        let p: [Unicode.Scalar]
        var i = 0
        init(_ p: [Unicode.Scalar]) { self.p = p }
        var atEnd: Bool { i >= p.count }

        /// a|b|c: a match hits one branch, so it hits the union of one set of each branch.
        mutating func alternation() -> Node? {
            var branches: [Node] = []
            while true {
                guard let b = concatenation() else { return nil }
                branches.append(b)
                if i < p.count, p[i] == "|" {
                    i += 1
                    continue
                }
                break
            }
            if branches.count == 1 { return branches[0] }
            var union = Set<UInt32>()
            for b in branches {
                guard let best = PatternPrefilter.best(b.sets) else { return Node(sets: []) }
                union.formUnion(best)
            }
            return Node(sets: [union])
        }

        /// ab: a match hits every part's sets.
        mutating func concatenation() -> Node? {
            var sets: [Set<UInt32>] = []
            while i < p.count, p[i] != "|", p[i] != ")" {
                guard var atom = atom() else { return nil }
                guard let (minCount, ok) = quantifier(), ok else { return nil }
                if minCount == 0 { atom.sets = [] }
                sets += atom.sets
            }
            return Node(sets: sets)
        }

        /// ?, *, +, {n}, {n,}, {n,m}, each maybe lazy (?) or possessive (+): the least count.
        mutating func quantifier() -> (Int, Bool)? {
            guard i < p.count else { return (1, true) }
            var least = 1
            switch p[i] {
            case "?", "*":
                least = 0
                i += 1
            case "+":
                i += 1
            case "{":
                var j = i + 1
                var digits = ""
                while j < p.count, ("0"..."9").contains(p[j]) {
                    digits.unicodeScalars.append(p[j])
                    j += 1
                }
                guard let n = Int(digits), j < p.count else { return nil }
                while j < p.count, p[j] != "}" { j += 1 }
                guard j < p.count else { return nil }
                least = n
                i = j + 1
            default:
                return (1, true)
            }
            if i < p.count, p[i] == "?" || p[i] == "+" { i += 1 }
            return (least, true)
        }

        mutating func atom() -> Node? {
            let c = p[i]
            switch c {
            case "(":
                i += 1
                var zeroWidth = false
                if i < p.count, p[i] == "?" {
                    guard i + 1 < p.count else { return nil }
                    switch p[i + 1] {
                    case ":": i += 2
                    case "=", "!":
                        zeroWidth = true
                        i += 2
                    case "<":
                        guard i + 2 < p.count else { return nil }
                        if p[i + 2] == "=" || p[i + 2] == "!" {
                            zeroWidth = true
                            i += 3
                        } else {
                            // A named group (?<name>…).
                            while i < p.count, p[i] != ">" { i += 1 }
                            i += 1
                        }
                    default:
                        return nil  // flags and other constructs: not understood
                    }
                }
                guard let inner = alternation(), i < p.count, p[i] == ")" else { return nil }
                i += 1
                return zeroWidth ? Node(sets: []) : inner
            case "[":
                return charClass()
            case "\\":
                guard i + 1 < p.count else { return nil }
                let e = p[i + 1]
                i += 2
                switch e {
                case "d", "D", "s", "S", "w", "W", "p", "P", "X", "N", "u", "x", "0"..."9", "Q", "E", "k":
                    if e == "p" || e == "P" || e == "N" {
                        // \p{…}: skip its braces; it stands for a class we do not enumerate.
                        if i < p.count, p[i] == "{" {
                            while i < p.count, p[i] != "}" { i += 1 }
                            i += 1
                        } else {
                            i += 1
                        }
                    }
                    if ("0"..."9").contains(e) || e == "u" || e == "x" || e == "Q" || e == "E" || e == "k" { return nil }
                    return Node(sets: [])
                case "b", "B", "A", "z", "Z", "G":
                    return Node(sets: [])
                case "n": return Node(sets: [[10]])
                case "t": return Node(sets: [[9]])
                case "r": return Node(sets: [[13]])
                default:
                    return Node(sets: [[e.value]])
                }
            case "^", "$":
                i += 1
                return Node(sets: [])
            case ".":
                i += 1
                return Node(sets: [])
            case "?", "*", "+", "{", "|", ")":
                return nil
            default:
                i += 1
                return Node(sets: [[c.value]])
            }
        }

        /// [abc], [0-9], with escapes; a negated class or one holding \p… gives no set.
        mutating func charClass() -> Node? {
            i += 1
            var negated = false
            if i < p.count, p[i] == "^" {
                negated = true
                i += 1
            }
            var members = Set<UInt32>()
            var known = !negated
            while i < p.count, p[i] != "]" {
                var c = p[i]
                if c == "[" { return nil }  // nested classes and set operations
                if c == "\\" {
                    guard i + 1 < p.count else { return nil }
                    let e = p[i + 1]
                    i += 2
                    switch e {
                    case "d", "D", "s", "S", "w", "W", "p", "P", "N", "u", "x":
                        known = false
                        if e == "p" || e == "P" || e == "N", i < p.count, p[i] == "{" {
                            while i < p.count, p[i] != "}" { i += 1 }
                            i += 1
                        }
                        continue
                    case "n": c = "\n"
                    case "t": c = "\t"
                    case "r": c = "\r"
                    default: c = e
                    }
                } else {
                    i += 1
                }
                // A range a-b.
                if i + 1 < p.count, p[i] == "-", p[i + 1] != "]" {
                    var hiScalar = p[i + 1]
                    i += 2
                    if hiScalar == "\\" {
                        guard i < p.count else { return nil }
                        hiScalar = p[i]
                        i += 1
                    }
                    guard hiScalar.value >= c.value, hiScalar.value - c.value <= 64 else {
                        known = false
                        continue
                    }
                    for v in c.value...hiScalar.value { members.insert(v) }
                } else {
                    members.insert(c.value)
                }
            }
            guard i < p.count else { return nil }
            i += 1
            return Node(sets: known && !members.isEmpty ? [members] : [])
        }
    }
}
