import Foundation
import Testing

@testable import TargetLedger

/// Every example carried by the shipped rule files runs here, one test case per rule.
@Suite struct RuleExampleTests {
    static let rules: RuleSet = try! RuleSet.load(from: TestPaths.rules)

    static var ruleIDs: [String] { rules.rules.filter { !$0.examples.isEmpty }.map(\.id) }

    @Test(arguments: ruleIDs)
    func examplesPass(ruleID: String) {
        let rule = Self.rules.rules.first { $0.id == ruleID }!
        let runner = RuleExampleRunner(rules: Self.rules)
        for ex in rule.examples {
            let failure = runner.run(rule, ex)
            #expect(failure == nil, "\(rule.file):\(ex.line): \(ex.text): \(failure ?? "")")
        }
    }

    @Test func everyRuleButMacrosCarriesAMatchingExample() {
        for r in Self.rules.rules where r.kind != .macro {
            #expect(r.examples.contains { $0.shouldMatch }, "\(r.id) has no example")
        }
        #expect(Self.rules.rules.count > 50)
    }

    @Test func ruleSetHashChangesWithAnyRuleFile() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("rules-hash-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestPaths.rules, to: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let a = try RuleSet.load(from: tmp).hash
        let units = tmp.appendingPathComponent("units.yaml")
        try (String(contentsOf: units, encoding: .utf8) + "\n# a comment\n").write(to: units, atomically: true, encoding: .utf8)
        let b = try RuleSet.load(from: tmp).hash
        #expect(a != b)
        #expect(a == Self.rules.hash)
    }
}
