import Foundation
import Yams

/// Reads the YAML rule files of a folder into `Rule`s, collecting every problem with its
/// file, line and column (Yams nodes carry their marks) instead of stopping at the first.
public struct RuleFileLoader {
    /// Fields every rule may carry.
    static let commonFields: Set<String> = ["id", "description", "examples", "words", "pattern", "note"]
    /// Fields each kind adds, and which of them it requires.
    static let kindFields: [RuleKind: (allowed: Set<String>, required: Set<String>)] = [
        .macro: ([], ["pattern"]),
        .lexicon: ([], ["words"]),
        .unit: (["dimension"], ["words", "dimension"]),
        .comparator: (["comparator", "position"], ["words", "comparator", "position"]),
        .change: (["direction"], ["words", "direction"]),
        .deadline: (["date", "relative", "start", "plan_end", "not_deadline", "span", "year_offset"], ["pattern"]),
        .period: ([], []),
        .responsibility: (["role"], ["words", "role"]),
        .filter: ([], []),
        .cue: (["cue"], ["cue"]),
    ]
    static let enumValues: [String: Set<String>] = [
        "dimension": Set(UnitDimension.allCases.map(\.rawValue)),
        "comparator": Set(Comparator.allCases.map(\.rawValue)),
        "position": ["before", "after"],
        "direction": ["increase", "decrease"],
        "role": ["lead", "support", "responsible"],
        "cue": [
            "fact", "forward", "trim", "class", "selfref", "fact_heading", "forward_heading", "not_target", "result_verb", "push_verb",
            "table_lead", "table_support", "table_owner", "milestone_verb", "step_verb", "stage", "condition_end", "trim_milestone",
            "boilerplate", "fact_after", "fact_lead", "place", "measure", "means",
        ],
        "relative": ["true", "false"], "start": ["true", "false"], "plan_end": ["true", "false"],
        "not_deadline": ["true", "false"], "span": ["true", "false"], "year_offset": ["-1", "1"],
    ]

    public init() {}

    /// Every rule of every `*.yaml` file in `directory` (sorted by file name), or all the problems.
    public func load(directory: URL) throws(RuleSetError) -> (rules: [Rule], bytes: [UInt8]) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw RuleSetError(diagnostics: [
                RuleDiagnostic(file: directory.path, line: 0, column: 0, message: "rule folder not found or not readable")
            ])
        }
        var rules: [Rule] = []
        var diagnostics: [RuleDiagnostic] = []
        var allBytes: [UInt8] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            guard let data = fm.contents(atPath: url.path) else {
                diagnostics.append(RuleDiagnostic(file: url.path, line: 0, column: 0, message: "cannot read file"))
                continue
            }
            allBytes += Array(name.utf8) + [0] + Array(data) + [0]
            let (r, d) = parse(String(decoding: data, as: UTF8.self), file: url.path)
            rules += r
            diagnostics += d
        }
        diagnostics += crossCheck(&rules)
        if rules.isEmpty && diagnostics.isEmpty {
            diagnostics.append(RuleDiagnostic(file: directory.path, line: 0, column: 0, message: "no rule files (*.yaml) in folder"))
        }
        if !diagnostics.isEmpty { throw RuleSetError(diagnostics: diagnostics) }
        return (rules, allBytes)
    }

    /// Parses one file's text. Public so that tests can feed broken files inline.
    public func parse(_ yaml: String, file: String) -> ([Rule], [RuleDiagnostic]) {
        var diags: [RuleDiagnostic] = []
        func diag(_ mark: Mark?, _ message: String, _ id: String? = nil) {
            diags.append(RuleDiagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message, ruleID: id))
        }
        let root: Node
        do {
            guard let n = try Yams.compose(yaml: yaml) else {
                diag(nil, "empty rule file")
                return ([], diags)
            }
            root = n
        } catch let error as YamlError {
            diag(Self.mark(of: error), "not valid YAML: \(Self.problem(of: error))")
            return ([], diags)
        } catch {
            diag(nil, "not valid YAML: \(error)")
            return ([], diags)
        }
        guard let top = root.mapping else {
            diag(root.mark, "a rule file is a mapping with `kind` and `rules`")
            return ([], diags)
        }
        for (k, _) in top where !["kind", "rules", "description"].contains(k.string ?? "") {
            diag(k.mark, "unknown field '\(k.string ?? "?")' at the top of a rule file (expected kind, description, rules)")
        }
        guard let kindNode = top["kind"], let kindName = kindNode.string else {
            diag(root.mark, "missing `kind` (one of \(RuleKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            return ([], diags)
        }
        guard let kind = RuleKind(rawValue: kindName) else {
            diag(kindNode.mark, "unknown kind '\(kindName)' (one of \(RuleKind.allCases.map(\.rawValue).joined(separator: ", ")))")
            return ([], diags)
        }
        guard let list = top["rules"]?.sequence else {
            diag(top["rules"]?.mark ?? root.mark, "missing `rules`: a list of rules")
            return ([], diags)
        }
        let spec = Self.kindFields[kind]!
        var rules: [Rule] = []
        for item in list {
            guard let m = item.mapping else {
                diag(item.mark, "a rule is a mapping (id, description, …)")
                continue
            }
            let id = m["id"]?.string
            guard let id, !id.isEmpty else {
                diag(item.mark, "rule without an `id`")
                continue
            }
            var rule = Rule(
                id: id, kind: kind, description: "", file: file, line: item.mark?.line ?? 0, column: item.mark?.column ?? 0,
                words: [], pattern: nil, rawPattern: nil, fields: [:], examples: [])
            for (k, v) in m {
                let key = k.string ?? ""
                if Self.commonFields.contains(key) || spec.allowed.contains(key) {
                    if let allowedValues = Self.enumValues[key] {
                        let s = v.string ?? ""
                        if !allowedValues.contains(s) {
                            diag(v.mark, "'\(s)' is not a valid \(key) (one of \(allowedValues.sorted().joined(separator: ", ")))", id)
                        }
                    }
                    continue
                }
                diag(
                    k.mark,
                    "unknown field '\(key)' for a \(kind.rawValue) rule (allowed: \((Self.commonFields.union(spec.allowed)).sorted().joined(separator: ", ")))",
                    id)
            }
            for req in spec.required where m[req] == nil {
                diag(item.mark, "missing required field '\(req)' for a \(kind.rawValue) rule", id)
            }
            if let d = m["description"]?.string { rule.description = d } else { diag(item.mark, "missing `description`", id) }
            if let w = m["words"] {
                if let seq = w.sequence {
                    rule.words = seq.compactMap(\.string).filter { !$0.isEmpty }
                    if rule.words.isEmpty { diag(w.mark, "`words` is empty", id) }
                } else if let s = w.string {
                    rule.words = [s]
                } else {
                    diag(w.mark, "`words` must be a list of strings", id)
                }
            }
            if let p = m["pattern"] {
                if let s = p.string { rule.rawPattern = s } else { diag(p.mark, "`pattern` must be a string", id) }
            }
            if kind != .macro && kind != .lexicon && kind != .period && kind != .filter && kind != .cue && kind != .deadline
                && rule.words.isEmpty && rule.rawPattern == nil && spec.required.contains("words") == false
            {
                diag(item.mark, "a rule needs `words` or a `pattern`", id)
            }
            if (kind == .period || kind == .filter || kind == .cue) && rule.words.isEmpty && rule.rawPattern == nil {
                diag(item.mark, "a \(kind.rawValue) rule needs `words` or a `pattern`", id)
            }
            for key in spec.allowed { if let s = m[key]?.string { rule.fields[key] = s } }
            if let ex = m["examples"] {
                rule.examples = parseExamples(ex, id: id, diag: { diag($0, $1, id) })
            }
            if rule.examples.filter(\.shouldMatch).isEmpty && kind != .macro {
                diag(m["examples"]?.mark ?? item.mark, "missing example: every rule carries at least one text it must match", id)
            }
            rules.append(rule)
        }
        return (rules, diags)
    }

    private func parseExamples(_ node: Node, id: String, diag: (Mark?, String) -> Void) -> [RuleExample] {
        guard let seq = node.sequence else {
            diag(node.mark, "`examples` must be a list")
            return []
        }
        var out: [RuleExample] = []
        for e in seq {
            if let s = e.string {
                out.append(RuleExample(text: s, expect: [:], shouldMatch: true, line: e.mark?.line ?? 0, column: e.mark?.column ?? 0))
                continue
            }
            guard let m = e.mapping, let text = m["text"]?.string else {
                diag(e.mark, "an example is a string or a mapping with `text` (and `expect` or `no_match`)")
                continue
            }
            for (k, _) in m where !["text", "expect", "no_match"].contains(k.string ?? "") {
                diag(k.mark, "unknown field '\(k.string ?? "?")' in an example (text, expect, no_match)")
            }
            var expect: [String: String] = [:]
            if let ex = m["expect"] {
                guard let em = ex.mapping else {
                    diag(ex.mark, "`expect` must be a mapping of field: value")
                    continue
                }
                for (k, v) in em {
                    if let seq = v.sequence {
                        expect[k.string ?? ""] = seq.compactMap(\.string).joined(separator: "|")
                    } else {
                        expect[k.string ?? ""] = v.string ?? ""
                    }
                }
            }
            let negative = m["no_match"]?.bool ?? (m["no_match"]?.string == "true")
            out.append(
                RuleExample(text: text, expect: expect, shouldMatch: !negative, line: e.mark?.line ?? 0, column: e.mark?.column ?? 0))
        }
        return out
    }

    /// Checks across files: duplicate ids, references to undefined macros, patterns that do not compile.
    private func crossCheck(_ rules: inout [Rule]) -> [RuleDiagnostic] {
        var diags: [RuleDiagnostic] = []
        var seen: [String: Rule] = [:]
        for r in rules {
            if let first = seen[r.id] {
                diags.append(
                    RuleDiagnostic(
                        file: r.file, line: r.line, column: r.column,
                        message: "duplicate id (first defined at \(first.file):\(first.line):\(first.column))", ruleID: r.id))
            } else {
                seen[r.id] = r
            }
        }
        var macros: [String: String] = [:]
        for r in rules where r.kind == .macro { macros[r.id] = r.rawPattern ?? "" }
        for i in rules.indices {
            guard let raw = rules[i].rawPattern else { continue }
            switch Self.expand(raw, macros: macros) {
            case .failure(let name):
                diags.append(
                    RuleDiagnostic(
                        file: rules[i].file, line: rules[i].line, column: rules[i].column,
                        message: "reference to undefined rule '{{\(name.name)}}'", ruleID: rules[i].id))
            case .success(let p):
                rules[i].pattern = p
                do { _ = try ICUPattern(p) } catch {
                    diags.append(
                        RuleDiagnostic(
                            file: rules[i].file, line: rules[i].line, column: rules[i].column,
                            message: "\(error.description) in \(raw)", ruleID: rules[i].id))
                }
            }
        }
        return diags
    }

    /// Replaces `{{name}}` by the macro's pattern (as a non-capturing group), recursively.
    static func expand(_ pattern: String, macros: [String: String], depth: Int = 0) -> Result<String, UndefinedMacroName> {
        guard pattern.contains("{{"), depth < 8 else { return .success(pattern) }
        var out = ""
        var rest = Substring(pattern)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                out += rest[open.lowerBound...]
                rest = ""
                break
            }
            let name = String(rest[open.upperBound..<close.lowerBound])
            guard let body = macros[name] else { return .failure(UndefinedMacroName(name: name)) }
            switch expand(body, macros: macros, depth: depth + 1) {
            case .failure(let e): return .failure(e)
            case .success(let b): out += "(?:\(b))"
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return .success(out)
    }

    static func mark(of error: YamlError) -> Mark? {
        switch error {
        case .scanner(_, _, let m, _), .parser(_, _, let m, _), .composer(_, _, let m, _): return m
        default: return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let p, _, _), .parser(_, let p, _, _), .composer(_, let p, _, _): return p
        default: return "\(error)"
        }
    }
}

/// The name of a `{{macro}}` a pattern references but no macro rule defines.
public struct UndefinedMacroName: Error, Sendable { public var name: String }
