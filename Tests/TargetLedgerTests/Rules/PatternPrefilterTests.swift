import Foundation
import Testing

@testable import TargetLedger

/// The characters a pattern's matches must hold: what the parser proves, where it refuses, and
/// that on real notices no match of a shipped rule ever lacks them (else a region would be
/// skipped that holds a match).
@Suite struct PatternPrefilterTests {
    static func required(_ pattern: String) -> String? {
        PatternPrefilter(pattern).map { String(String.UnicodeScalarView($0.required.members)) }
    }

    @Test(arguments: [
        ("第[一二三四五六七八九十]+条", "第"),
        ("(?:19|20)\\d{2}年(?:前|之前)?", "年"),
        ("a?b", "b"),
        ("(?:上半年|下半年)", "半"),
        ("[〔\\[［(（【]\\s*(?:19|20)\\d{2}\\s*[〕\\]］)）】]\\s*第?\\d+\\s*号", "号"),
        ("(?<=[，。])[^，。]*[=×]", "=×"),
        ("x(?=y)", "x"),
        ("[0-9]+千伏", "千"),
        ("连续[0-9]+年", "连"),
    ])
    func provesTheCharactersAMatchHolds(pattern: String, expected: String) {
        #expect(Self.required(pattern) == expected)
    }

    @Test(arguments: ["(?:abc)?", "[^x]+", "(?i)abc", "\\p{Han}+", "a|\\d", ".*", "x*", "(?<=y)", "\\u4e00"])
    func refusesWhatItCannotProve(pattern: String) {
        #expect(Self.required(pattern) == nil)
    }

    @Test func admitsOnlyRegionsHoldingARequiredCharacter() throws {
        let pre = try #require(PatternPrefilter("第[0-9]+条"))
        let s = Array("依据第3条，共5项".unicodeScalars)
        #expect(pre.admits(s, 0..<4))
        #expect(!pre.admits(s, 4..<s.count))
    }

    /// Every match of every prefiltered rule pattern, searched over whole notices of the
    /// regression corpus, holds one of the characters its prefilter requires.
    @Test func everyMatchOnRealNoticesHoldsARequiredCharacter() throws {
        let rules = try RuleSet.load(from: TestPaths.rules)
        let patterns = rules.filterPatterns + rules.periodPatterns + rules.deadlines + rules.cuePatterns.values.flatMap { $0 }
        #expect(patterns.allSatisfy { $0.prefilter != nil }, "a shipped pattern lost its prefilter")
        var checked = 0
        for folder in ["seeds", "devdocs"] {
            let dir = TestPaths.corpus.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
                let text = Array(try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8).unicodeScalars)
                let index = TextIndex(text)
                for pr in patterns {
                    guard let pre = pr.prefilter else { continue }
                    for m in index.matches(pr.pattern) {
                        guard let r = m[0], !r.isEmpty else { continue }
                        checked += 1
                        #expect(pre.admits(text, r), "\(pr.rule.id) matched \(index.string(r)) in \(name) without a required character")
                    }
                }
            }
        }
        #expect(checked > 100)
    }
}
