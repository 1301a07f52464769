/// Writes JSON the way Python's `json.dumps(..., ensure_ascii=False)` does (", " and ": "
/// separators, `repr` of floats), so that `eval --json` prints the bytes score.py prints.
public struct PythonJSONWriter: Sendable {
    /// A writer (it holds no state).
    public init() {}

    /// One value of an ordered tree: objects keep their members in the order given.
    public indirect enum Node: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
        case array([Node])
        case object([(String, Node)])
    }

    /// The JSON text of `node`.
    public func write(_ node: Node) -> String {
        var out = ""
        append(node, to: &out)
        return out
    }

    private func append(_ node: Node, to out: inout String) {
        switch node {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d): out += Self.repr(d)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                append(item, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += ", " }
                Self.quote(key, into: &out)
                out += ": "
                append(value, to: &out)
            }
            out += "}"
        }
    }

    /// Python's `repr(float)`: shortest round-trip digits, as Swift's `description` also gives;
    /// only the spellings of the non-finite values differ.
    static func repr(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
        return d.description
    }

    /// A JSON string literal with Python's escapes (non-ASCII kept as is).
    static func quote(_ s: String, into out: inout String) {
        JSONString.append(s, to: &out)
    }
}

extension LooseJSON {
    /// This value as an ordered node, object members sorted by key so that output is stable.
    public var node: PythonJSONWriter.Node {
        switch self {
        case .null: .null
        case .bool(let b): .bool(b)
        case .number(let d):
            // Integral values print as integers, as they were most likely written.
            d.rounded() == d && abs(d) < 9e15 ? .int(Int(d)) : .float(d)
        case .string(let s): .string(s)
        case .array(let a): .array(a.map(\.node))
        case .object(let o):
            .object(
                o.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }.map {
                    ($0, o[$0]!.node)
                })
        }
    }
}
