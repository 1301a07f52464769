import Foundation
import Testing

@testable import TargetLedger

/// Broken rule files are reported at their file, line and column, with the rule id.
@Suite struct RuleFileLoaderTests {
    /// Writes `files` into a fresh folder next to a copy of the shipped macros, loads it, and
    /// returns the diagnostics.
    func diagnostics(_ files: [String: String]) throws -> [RuleDiagnostic] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("broken-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(
            at: TestPaths.rules.appendingPathComponent("macros.yaml"), to: dir.appendingPathComponent("macros.yaml"))
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        do {
            _ = try RuleSet.load(from: dir)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func unknownFieldIsReportedAtItsLine() throws {
        let d = try diagnostics([
            "units.yaml": """
            kind: unit
            rules:
              - id: unit.test
                description: a test unit
                words: [公顷]
                dimension: area
                colour: red
                examples:
                  - text: 面积10公顷
            """
        ])
        let hit = try #require(d.first { $0.message.contains("unknown field 'colour'") })
        #expect(hit.file.hasSuffix("units.yaml"))
        #expect(hit.line == 7 && hit.column == 5)
        #expect(hit.ruleID == "unit.test")
        #expect(hit.description.contains("units.yaml:7:5: error: unknown field 'colour'"))
        #expect(hit.description.hasSuffix("[unit.test]"))
    }

    @Test func badPatternIsReported() throws {
        let d = try diagnostics([
            "filters.yaml": """
            kind: filter
            rules:
              - id: filter.broken
                description: an unbalanced group
                pattern: "(abc"
                examples:
                  - abc
            """
        ])
        let hit = try #require(d.first { $0.ruleID == "filter.broken" })
        #expect(hit.line == 3)
        #expect(hit.message.contains("U_REGEX"))
    }

    @Test func duplicateIdAcrossFilesIsReported() throws {
        let one = """
            kind: period
            rules:
              - id: period.same
                description: first
                words: [每年]
                examples:
                  - 每年新增10所
            """
        let d = try diagnostics(["a.yaml": one, "b.yaml": one])
        let hit = try #require(d.first { $0.message.contains("duplicate id") })
        #expect(hit.file.hasSuffix("b.yaml"))
        #expect(hit.ruleID == "period.same")
        #expect(hit.message.contains("a.yaml:3:5"))
    }

    @Test func missingExampleIsReported() throws {
        let d = try diagnostics([
            "cues.yaml": """
            kind: cue
            rules:
              - id: cue.lonely
                description: no examples at all
                words: [已]
                cue: fact
            """
        ])
        let hit = try #require(d.first { $0.ruleID == "cue.lonely" })
        #expect(hit.message.contains("missing example"))
        #expect(hit.line == 3 && hit.column == 5)
    }

    @Test func undefinedReferenceIsReported() throws {
        let d = try diagnostics([
            "deadlines.yaml": """
            kind: deadline
            rules:
              - id: deadline.dangling
                description: uses a macro nobody defines
                pattern: "{{fiscal_year}}年底"
                date: "{year}-12"
                examples:
                  - 2025年底
            """
        ])
        let hit = try #require(d.first { $0.ruleID == "deadline.dangling" })
        #expect(hit.message.contains("undefined rule '{{fiscal_year}}'"))
        #expect(hit.line == 3)
    }

    @Test func badEnumValueAndBadYAMLAndUnknownKind() throws {
        let d = try diagnostics([
            "c.yaml": """
            kind: comparator
            rules:
              - id: cmp.bad
                description: a comparator that is none
                words: [大约]
                comparator: "≈"
                position: before
                examples:
                  - 大约5%
            """,
            "d.yaml": "kind: unit\nrules:\n  - id: [unclosed\n",
            "e.yaml": "kind: spells\nrules: []\n",
        ])
        #expect(d.contains { $0.ruleID == "cmp.bad" && $0.message.contains("not a valid comparator") && $0.line == 6 })
        #expect(d.contains { $0.file.hasSuffix("d.yaml") && $0.message.contains("not valid YAML") && $0.line >= 3 })
        #expect(d.contains { $0.file.hasSuffix("e.yaml") && $0.message.contains("unknown kind 'spells'") && $0.line == 1 })
    }

    @Test func shippedRulesLoad() throws {
        let rules = try RuleSet.load(from: TestPaths.rules)
        #expect(!rules.deadlines.isEmpty && rules.units.count > 50 && rules.comparators.count > 40)
    }
}
