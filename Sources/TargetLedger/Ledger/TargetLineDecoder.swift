import Foundation

/// Reads a ledger target line back into a `TargetRecord` straight from its UTF-8 bytes. A cache
/// hit, a merge and a diff read back lines this program wrote; `JSONDecoder` spent most of a
/// run that changes one document of a large corpus decoding the unchanged ones. Anything this
/// reader does not expect (an unknown or repeated key, a value of another type, an odd number)
/// makes it give up with nil, and the caller decodes the line with `JSONDecoder` as before, so
/// a line means the same record either way; a test holds the two to the same records.
struct TargetLineDecoder {
    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    /// The record of `line`, or nil when the line is not in the shape this program writes.
    static func decode(_ line: String) -> TargetRecord? {
        var line = line
        return line.withUTF8 { decode($0) }
    }

    /// The record of one line's UTF-8 bytes (without its newline), or nil as above.
    static func decode(_ line: UnsafeBufferPointer<UInt8>) -> TargetRecord? {
        var d = TargetLineDecoder(line)
        guard let r = d.target() else { return nil }
        d.space()
        return d.i == line.count ? r : nil
    }

    // MARK: The record

    private mutating func target() -> TargetRecord? {
        var r = TargetRecord(docId: "", kind: .target, indicator: "", evidence: "", span: [], rule: "")
        var seen: UInt32 = 0
        // Fields JSONDecoder requires: doc_id, kind, indicator, evidence, span, rule.
        let required: UInt32 = 1 << 0 | 1 << 1 | 1 << 2 | 1 << 3 | 1 << 4 | 1 << 5
        let ok = object { d, key in
            func mark(_ bit: UInt32) -> Bool {
                guard seen & (1 << bit) == 0 else { return false }
                seen |= 1 << bit
                return true
            }
            switch key {
            case "doc_id": guard mark(0), let v = d.string() else { return false }; r.docId = v
            case "kind": guard mark(1), let v = d.string().flatMap(TargetKind.init(rawValue:)) else { return false }; r.kind = v
            case "indicator": guard mark(2), let v = d.string() else { return false }; r.indicator = v
            case "evidence": guard mark(3), let v = d.string() else { return false }; r.evidence = v
            case "span": guard mark(4), let v = d.ints() else { return false }; r.span = v
            case "rule": guard mark(5), let v = d.string() else { return false }; r.rule = v
            case "target_id": guard mark(6), let v = d.optional({ $0.string() }) else { return false }; r.targetId = v ?? ""
            case "key": guard mark(7), let v = d.optional({ $0.string() }) else { return false }; r.key = v ?? ""
            case "value": guard mark(8), let v = d.optional({ $0.double() }) else { return false }; r.value = v
            case "value_max": guard mark(9), let v = d.optional({ $0.double() }) else { return false }; r.valueMax = v
            case "value_text": guard mark(10), let v = d.optional({ $0.string() }) else { return false }; r.valueText = v
            case "unit": guard mark(11), let v = d.optional({ $0.string() }) else { return false }; r.unit = v
            case "dimension": guard mark(12), let v = d.optional({ $0.string() }) else { return false }; r.dimension = v
            case "comparator":
                guard mark(13), let v = d.optional({ $0.string().flatMap(Comparator.init(rawValue:)) }) else { return false }
                r.comparator = v
            case "change": guard mark(14), let v = d.optional({ $0.change() }) else { return false }; r.change = v
            case "baseline": guard mark(15), let v = d.optional({ $0.baseline() }) else { return false }; r.baseline = v
            case "period": guard mark(16), let v = d.optional({ $0.string() }) else { return false }; r.period = v
            case "deadline": guard mark(17), let v = d.optional({ $0.deadline() }) else { return false }; r.deadline = v
            case "responsible":
                guard mark(18), let v = d.optional({ $0.array { $0.unit() } }) else { return false }
                r.responsible = v ?? []
            case "section": guard mark(19), let v = d.optional({ $0.array { $0.string() } }) else { return false }; r.section = v ?? []
            // Written, never read back (JSONDecoder ignores it too), but it must be a string.
            case "record": guard mark(20), d.string() != nil else { return false }
            default: return false
            }
            return true
        }
        guard ok, seen & required == required else { return nil }
        return r
    }

    private mutating func change() -> Change? {
        var direction: Change.Direction?
        var year: Int?? = .none
        let ok = object { d, key in
            switch key {
            case "direction": guard direction == nil, let v = d.string().flatMap(Change.Direction.init(rawValue:)) else { return false }; direction = v
            case "baseline_year": guard year == nil, let v = d.optional({ $0.int() }) else { return false }; year = .some(v)
            default: return false
            }
            return true
        }
        guard ok, let direction else { return nil }
        return Change(direction: direction, baselineYear: year ?? nil)
    }

    private mutating func baseline() -> Baseline? {
        var value: Double?? = .none
        var year: Int?? = .none
        let ok = object { d, key in
            switch key {
            case "value": guard value == nil, let v = d.optional({ $0.double() }) else { return false }; value = .some(v)
            case "year": guard year == nil, let v = d.optional({ $0.int() }) else { return false }; year = .some(v)
            default: return false
            }
            return true
        }
        return ok ? Baseline(value: value ?? nil, year: year ?? nil) : nil
    }

    private mutating func deadline() -> Deadline? {
        var date: String?? = .none
        var text: String?
        var source: DeadlineSource?
        let ok = object { d, key in
            switch key {
            case "date": guard date == nil, let v = d.optional({ $0.string() }) else { return false }; date = .some(v)
            case "text": guard text == nil, let v = d.string() else { return false }; text = v
            case "source": guard source == nil, let v = d.string().flatMap(DeadlineSource.init(rawValue:)) else { return false }; source = v
            default: return false
            }
            return true
        }
        guard ok, let text, let source else { return nil }
        return Deadline(date: date ?? nil, text: text, source: source)
    }

    private mutating func unit() -> ResponsibleUnit? {
        var name: String?
        var role: ResponsibleRole?
        let ok = object { d, key in
            switch key {
            case "name": guard name == nil, let v = d.string() else { return false }; name = v
            case "role": guard role == nil, let v = d.string().flatMap(ResponsibleRole.init(rawValue:)) else { return false }; role = v
            default: return false
            }
            return true
        }
        guard ok, let name, let role else { return nil }
        return ResponsibleUnit(name: name, role: role)
    }

    // MARK: JSON pieces

    private mutating func space() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    private mutating func take(_ c: UInt8) -> Bool {
        space()
        guard i < b.count, b[i] == c else { return false }
        i += 1
        return true
    }

    /// `{ "key": value, … }`, calling `field` with each key (a String: keys are short ASCII).
    private mutating func object(_ field: (inout TargetLineDecoder, String) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            space()
            guard let key = string(), take(UInt8(ascii: ":")) else { return false }
            space()
            guard field(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    private mutating func array<T>(_ element: (inout TargetLineDecoder) -> T?) -> [T]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var out: [T] = []
        if take(UInt8(ascii: "]")) { return out }
        repeat {
            space()
            guard let v = element(&self) else { return nil }
            out.append(v)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? out : nil
    }

    /// `null` as `.some(nil)`, a value as `.some(value)`, anything else as nil.
    private mutating func optional<T>(_ value: (inout TargetLineDecoder) -> T?) -> T?? {
        space()
        if i + 4 <= b.count, b[i] == UInt8(ascii: "n"), b[i + 1] == UInt8(ascii: "u"), b[i + 2] == UInt8(ascii: "l"),
            b[i + 3] == UInt8(ascii: "l")
        {
            i += 4
            return .some(nil)
        }
        guard let v = value(&self) else { return nil }
        return .some(v)
    }

    private mutating func ints() -> [Int]? { array { $0.int() } }

    private mutating func string() -> String? {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let start = i
        while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\") {
            // A raw control character is not valid JSON: leave it to JSONDecoder.
            if b[i] < 0x20 { return nil }
            i += 1
        }
        guard i < b.count else { return nil }
        if b[i] == UInt8(ascii: "\"") {
            i += 1
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<(i - 1)]), as: UTF8.self)
        }
        // Escapes: rebuild the bytes.
        var out = Array(b[start..<i])
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { return nil }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < b.count else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var v = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(v) {
                    // A surrogate pair; a lone half is left to JSONDecoder.
                    guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { return nil }
                    i += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(v) {
                    return nil
                }
                guard let scalar = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: Array(String(scalar).utf8))
            default: return nil
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = b[i + k]
            let d: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - UInt8(ascii: "A") + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }

    /// The bytes of a JSON number (sign, digits, fraction, exponent), and whether it is an integer.
    private mutating func numberToken() -> (Range<Int>, integral: Bool)? {
        let start = i
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        let digits = i
        while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
        guard i > digits else { return nil }
        // JSON allows no leading zeros; leave such text to JSONDecoder.
        if b[digits] == UInt8(ascii: "0"), i - digits > 1 { return nil }
        var integral = true
        if i < b.count, b[i] == UInt8(ascii: ".") {
            integral = false
            i += 1
            let f = i
            while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            guard i > f else { return nil }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            integral = false
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            let e = i
            while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            guard i > e else { return nil }
        }
        return (start..<i, integral)
    }

    private mutating func int() -> Int? {
        // Integers only, and short enough not to overflow: anything else goes to JSONDecoder.
        guard let (r, integral) = numberToken(), integral, r.count <= 18 else { return nil }
        var v = 0
        var k = r.lowerBound
        let negative = b[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        while k < r.upperBound {
            v = v * 10 + Int(b[k] - UInt8(ascii: "0"))
            k += 1
        }
        return negative ? -v : v
    }

    private mutating func double() -> Double? {
        guard let (r, _) = numberToken(), r.count < 64 else { return nil }
        // strtod reads the same text JSON writes and rounds correctly, as JSONDecoder does.
        var buffer = [CChar](repeating: 0, count: r.count + 1)
        for (k, j) in r.enumerated() { buffer[k] = CChar(bitPattern: b[j]) }
        return buffer.withUnsafeBufferPointer { p -> Double? in
            var end: UnsafeMutablePointer<CChar>?
            let v = strtod(p.baseAddress!, &end)
            guard let end, end - UnsafeMutablePointer(mutating: p.baseAddress!) == r.count, v.isFinite else { return nil }
            return v
        }
    }
}
