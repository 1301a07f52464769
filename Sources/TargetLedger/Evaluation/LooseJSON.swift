import Foundation

/// Any JSON value, read without a schema, compared the way Python compares what `json.loads`
/// returns. The scorer reads gold and ledger lines this way rather than as `TargetRecord`s,
/// because gold lines are not ledger records (no span, deadline as a bare string) and the
/// reference scorer tolerates lines that the typed decoder would reject.
public enum LooseJSON: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([LooseJSON])
    case object([String: LooseJSON])

    /// Decodes whichever JSON value is there (booleans tried before numbers, as JSON tells them apart).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([LooseJSON].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: LooseJSON].self))
        }
    }

    /// Parses one JSON text.
    public static func parse(_ text: Substring) throws -> LooseJSON {
        try JSONDecoder().decode(LooseJSON.self, from: Data(text.utf8))
    }

    /// `dict.get(key)`: the member, or `.null` when absent or when this is not an object.
    public subscript(key: String) -> LooseJSON {
        if case .object(let o) = self { return o[key] ?? .null }
        return .null
    }

    /// The string, if this is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// Python's truthiness: null, false, 0, "", [] and {} are false.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .number(let d): d != 0
        case .string(let s): !s.isEmpty
        case .array(let a): !a.isEmpty
        case .object(let o): !o.isEmpty
        }
    }

    /// `float(x)` in Python: numbers and booleans, and strings that spell a decimal number.
    public var pythonFloat: Double? {
        switch self {
        case .number(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .string(let s):
            let t = TextSimilarity.strip(s).replacingOccurrences(of: "_", with: "")
            // Swift also reads hexadecimal floats, Python does not.
            if t.lowercased().contains("x") { return nil }
            return Double(t)
        default: return nil
        }
    }

    /// `str(x)` in Python for the scalars a ledger may hold (used for unit names).
    public var pythonString: String {
        switch self {
        case .null: "None"
        case .bool(let b): b ? "True" : "False"
        case .number(let d): d.description
        case .string(let s): s
        case .array, .object: "\(self)"
        }
    }

    /// Python's `==` on decoded JSON: booleans equal the numbers 1 and 0, containers compare
    /// member by member.
    public func pythonEquals(_ other: LooseJSON) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.number, .number), (.number, .bool), (.bool, .number), (.bool, .bool):
            return pythonFloat == pythonFloat(other)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.pythonEquals($1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { k, v in b[k].map { v.pythonEquals($0) } ?? false }
        default: return false
        }
    }

    private func pythonFloat(_ v: LooseJSON) -> Double? { v.pythonFloat }
}
