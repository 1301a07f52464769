import Foundation

/// Writes `targets.csv`: one row per target with flat columns, UTF-8 with a byte-order mark (so
/// that Excel reads Chinese as UTF-8), RFC 4180 quoting and CRLF line ends.
public final class TargetsCSVWriter {
    /// The header row, in column order.
    public static let columns = [
        "path", "doc_id", "title", "target_id", "key", "kind", "indicator", "value", "value_max",
        "value_text", "unit", "dimension", "comparator", "change_direction", "change_baseline_year",
        "baseline_value", "baseline_year", "period", "deadline_date", "deadline_text", "deadline_source",
        "responsible", "section", "evidence", "span_start", "span_end", "rule",
    ]

    private let out: BufferedFileWriter

    /// Starts the file at `url` with the BOM and the header.
    public init(url: URL) throws {
        out = try BufferedFileWriter(url: url)
        try out.write(bytes: [0xEF, 0xBB, 0xBF])
        try out.write(Self.row(Self.columns))
    }

    /// The offset in the file of the next row.
    public var offset: Int { out.offset }

    /// Appends one row per target of `result`.
    public func append(_ result: DocumentResult) throws {
        try append(rows: Self.rows(of: result))
    }

    /// Appends rows encoded beforehand by `rows(of:)`.
    public func append(rows: [UInt8]) throws {
        try out.write(bytes: rows)
    }

    /// The rows of every target of `result`, each with its CRLF.
    public static func rows(of result: DocumentResult) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(result.targets.reduce(0) { $0 + 256 + 2 * $1.evidence.utf8.count })
        for t in result.targets { appendRow(of: t, in: result.document, to: &bytes) }
        return bytes
    }

    /// Appends the row of target `t` of document `d` with its CRLF: the bytes of
    /// `appendRow(fields(of: t, in: d))`, without building the array of 27 strings first.
    static func appendRow(of t: TargetRecord, in d: DocumentRecord, to out: inout [UInt8]) {
        var first = true
        func field(_ s: String) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            appendField(s, to: &out)
        }
        field(d.path)
        field(t.docId)
        field(d.title ?? "")
        field(t.targetId)
        field(t.key)
        field(t.kind.rawValue)
        field(t.indicator)
        field(number(t.value))
        field(number(t.valueMax))
        field(t.valueText ?? "")
        field(t.unit ?? "")
        field(t.dimension ?? "")
        field(t.comparator?.rawValue ?? "")
        field(t.change?.direction.rawValue ?? "")
        field(t.change?.baselineYear.map(String.init) ?? "")
        field(number(t.baseline?.value))
        field(t.baseline?.year.map(String.init) ?? "")
        field(t.period ?? "")
        field(t.deadline?.date ?? "")
        field(t.deadline?.text ?? "")
        field(t.deadline?.source.rawValue ?? "")
        field(t.responsible.isEmpty ? "" : responsible(t.responsible))
        field(t.section.count == 1 ? t.section[0] : t.section.joined(separator: " > "))
        field(t.evidence)
        field(t.span.first.map(String.init) ?? "")
        field(t.span.count > 1 ? String(t.span[1]) : "")
        field(t.rule)
        out.append(0x0D)
        out.append(0x0A)
    }

    /// Flushes and closes the file.
    public func close() throws { try out.close() }

    /// The row of target `t` of document `d`, in `columns` order.
    public static func fields(of t: TargetRecord, in d: DocumentRecord) -> [String] {
        [
            d.path, t.docId, d.title ?? "", t.targetId, t.key, t.kind.rawValue, t.indicator,
            number(t.value), number(t.valueMax), t.valueText ?? "", t.unit ?? "", t.dimension ?? "",
            t.comparator?.rawValue ?? "", t.change?.direction.rawValue ?? "",
            t.change?.baselineYear.map(String.init) ?? "", number(t.baseline?.value),
            t.baseline?.year.map(String.init) ?? "", t.period ?? "", t.deadline?.date ?? "",
            t.deadline?.text ?? "", t.deadline?.source.rawValue ?? "", responsible(t.responsible),
            t.section.joined(separator: " > "), t.evidence, t.span.first.map(String.init) ?? "",
            t.span.count > 1 ? String(t.span[1]) : "", t.rule,
        ]
    }

    /// Units as `name (role)` joined by `; `, readable in a spreadsheet cell.
    public static func responsible(_ units: [ResponsibleUnit]) -> String {
        units.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: "; ")
    }

    /// A number as a spreadsheet reads it: integers without `.0`, others in shortest form.
    public static func number(_ value: Double?) -> String {
        guard let v = value else { return "" }
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// One CSV record with its CRLF.
    public static func row(_ fields: [String]) -> String {
        var bytes: [UInt8] = []
        appendRow(fields, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends one CSV record with its CRLF to `out`, working on UTF-8 bytes (every row of a
    /// large ledger passes here; Foundation string replacing was the slowest part of writing).
    public static func appendRow(_ fields: [String], to out: inout [UInt8]) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendField(f, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
    }

    /// A field quoted when RFC 4180 requires it (comma, quote, CR or LF inside), quotes doubled.
    public static func quoted(_ field: String) -> String {
        var bytes: [UInt8] = []
        appendField(field, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendField(_ field: String, to out: inout [UInt8]) {
        // Scanned on the string's contiguous bytes: most fields need no quotes and are copied whole.
        let copied: Bool? = field.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b == UInt8(ascii: ",") || b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D {
                return false
            }
            out.append(contentsOf: bytes)
            return true
        }
        switch copied {
        case true?: return
        case false?: break
        case nil:
            // A bridged string: made contiguous once, then scanned as above.
            var native = field
            native.makeContiguousUTF8()
            return appendField(native, to: &out)
        }
        out.append(UInt8(ascii: "\""))
        for u in field.utf8 {
            out.append(u)
            if u == UInt8(ascii: "\"") { out.append(u) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
