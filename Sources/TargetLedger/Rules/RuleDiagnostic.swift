/// One problem in a rule file, printed as `file:line:col: error: message [rule-id]`.
public struct RuleDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var ruleID: String?

    public init(file: String, line: Int, column: Int, message: String, ruleID: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.ruleID = ruleID
    }

    public var description: String {
        "\(file):\(line):\(column): error: \(message)" + (ruleID.map { " [\($0)]" } ?? "")
    }
}

/// A rule set that did not load: every diagnostic found, not just the first.
public struct RuleSetError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [RuleDiagnostic]
    public init(diagnostics: [RuleDiagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
