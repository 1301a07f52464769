import Foundation

/// Prints a `VersionDiff` as a terminal table, Markdown, JSON or CSV. Output depends only on
/// the diff, so the same inputs always give the same bytes.
public struct DiffRenderer: Sendable {
    /// The output formats of `diff --format`.
    public enum Format: String, Sendable, CaseIterable {
        case table, markdown, json, csv
    }

    /// The diff to print.
    public var diff: VersionDiff

    /// A renderer of `diff`.
    public init(_ diff: VersionDiff) {
        self.diff = diff
    }

    /// The diff in `format`; ANSI colour only when `color` (the caller knows whether stdout is a TTY).
    public func render(_ format: Format, color: Bool = false) throws -> String {
        switch format {
        case .table: table(color: color)
        case .markdown: markdown()
        case .json: try json()
        case .csv: csv()
        }
    }

    /// The action marker of an entry: `+++` added, `---` dropped, `->` changed, `-<` split, `>-` merged.
    public static func action(_ s: VersionDiff.Status) -> String {
        switch s {
        case .added: "+++"
        case .dropped: "---"
        case .changed, .unchanged: "->"
        case .split: "-<"
        case .merged: ">-"
        }
    }

    // MARK: table

    func table(color: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let colors: [VersionDiff.Status: String] = [
            .added: "32", .dropped: "31", .changed: "33", .split: "36", .merged: "36",
        ]
        var out = "--- OLD \(diff.old.path)  (\(diff.old.targets) targets and milestones)\n"
        out += "+++ NEW \(diff.new.path)  (\(diff.new.targets) targets and milestones)\n"
        let shown = diff.entries.filter { $0.status != .unchanged }
        if !shown.isEmpty { out += "\n" }
        for e in shown {
            let head = paint(
                Self.action(e.status).padding(toLength: 3, withPad: " ", startingAt: 0), colors[e.status] ?? "0")
            out += "\(head) \(e.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(Self.title(e))\n"
            // The title already shows a reworded indicator as old → new.
            for c in e.changes where c.field != .indicator {
                out += "              \(Self.describe(c))\n"
            }
        }
        out += "\n" + summaryLine + "\n"
        return out
    }

    /// `12 pairs (10 by key, 2 by similarity): 8 unchanged, 4 changed; 1 added, 1 dropped, 0 split, 0 merged`.
    public var summaryLine: String {
        let s = diff.summary
        return
            "\(s.matchedByKey + s.matchedBySimilarity) pairs (\(s.matchedByKey) by key, \(s.matchedBySimilarity) by similarity): "
            + "\(s.unchanged) unchanged, \(s.changed) changed; \(s.added) added, \(s.dropped) dropped, "
            + "\(s.split) split, \(s.merged) merged"
    }

    /// What an entry is about: the target, or old → new indicators when they differ.
    static func title(_ e: VersionDiff.Entry) -> String {
        let olds = e.old.map(\.indicator)
        let news = e.new.map(\.indicator)
        var s: String
        switch e.status {
        case .added: s = describe(e.new[0])
        case .dropped: s = describe(e.old[0])
        default:
            s =
                olds == news
                ? olds.joined(separator: " | ") : olds.joined(separator: " | ") + " → " + news.joined(separator: " | ")
        }
        if let sim = e.similarity { s += "  (similarity \(String(format: "%.2f", sim)))" }
        return s
    }

    /// `入学率 >= 99% by 2011 [市教育局]`.
    public static func describe(_ t: TargetSnapshot) -> String {
        var parts = [t.indicator]
        if let c = t.comparator { parts.append(c.rawValue) }
        if let v = t.value {
            var s = PairComparer.number(v)
            if let m = t.valueMax { s += "–" + PairComparer.number(m) }
            parts.append(s + (t.unit ?? ""))
        }
        if let c = t.change { parts.append("(\(c))") }
        if let d = t.deadline { parts.append("by \(d)") }
        if !t.responsible.isEmpty { parts.append("[" + t.responsible.joined(separator: ", ") + "]") }
        return parts.joined(separator: " ")
    }

    /// `value 95% → 98% (raised, tightened)`.
    public static func describe(_ c: VersionDiff.FieldChange) -> String {
        if c.field == .responsible {
            return c.direction == .added ? "responsible + \(c.new ?? "")" : "responsible − \(c.old ?? "")"
        }
        let how = [c.direction.rawValue.replacingOccurrences(of: "_", with: " "), c.effect?.rawValue].compactMap { $0 }
        return "\(c.field.rawValue) \(c.old ?? "∅") → \(c.new ?? "∅") (\(how.joined(separator: ", ")))"
    }

    // MARK: markdown

    func markdown() -> String {
        var out = "### Changes from `\(diff.old.path)` to `\(diff.new.path)`\n\n"
        for w in diff.warnings { out += "> **Warning:** \(Self.md(w))\n\n" }
        let rows = Self.rows(diff)
        if rows.isEmpty {
            out += "No target changed.\n\n"
        } else {
            out += "| | status | kind | indicator | field | old | new | how |\n|---|---|---|---|---|---|---|---|\n"
            for r in rows {
                let cells = [
                    "`\(r.action)`", r.status, r.kind, r.indicator, r.field ?? "", r.old ?? "", r.new ?? "", r.how,
                ]
                out += "| " + cells.map(Self.md).joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        out += "**Summary:** " + summaryLine + "\n"
        return out
    }

    static func md(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    // MARK: csv

    func csv() -> String {
        var out =
            "action,status,kind,old_indicator,new_indicator,field,old,new,direction,effect,similarity,old_target_id,new_target_id\n"
        for e in diff.entries where e.status != .unchanged {
            let base = [
                Self.action(e.status), e.status.rawValue, e.kind.rawValue,
                e.old.map(\.indicator).joined(separator: " | "),
                e.new.map(\.indicator).joined(separator: " | "),
            ]
            let tail = [
                e.similarity.map { String(format: "%.3f", $0) } ?? "", e.old.map(\.targetId).joined(separator: " "),
                e.new.map(\.targetId).joined(separator: " "),
            ]
            if e.changes.isEmpty {
                let whole: [String]
                switch e.status {
                case .added: whole = ["", "", DiffRenderer.describe(e.new[0]), "", ""]
                case .dropped: whole = ["", DiffRenderer.describe(e.old[0]), "", "", ""]
                default: whole = ["", "", "", "", ""]
                }
                out += (base + whole + tail).map(Self.csvField).joined(separator: ",") + "\n"
            }
            for c in e.changes {
                let cells = [
                    c.field.rawValue, c.old ?? "", c.new ?? "", c.direction.rawValue, c.effect?.rawValue ?? "",
                ]
                out += (base + cells + tail).map(Self.csvField).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// RFC 4180: quote a field holding a comma, quote or line break; double inner quotes.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: json

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return String(decoding: try encoder.encode(diff), as: UTF8.self) + "\n"
    }

    // MARK: rows shared by markdown

    struct Row {
        var action, status, kind, indicator: String
        var field, old, new: String?
        var how: String
    }

    static func rows(_ diff: VersionDiff) -> [Row] {
        var rows: [Row] = []
        for e in diff.entries where e.status != .unchanged {
            let ind = title(e)
            let base = Row(
                action: action(e.status), status: e.status.rawValue, kind: e.kind.rawValue, indicator: ind, how: "")
            switch e.status {
            case .added:
                var r = base
                r.new = describe(e.new[0])
                rows.append(r)
            case .dropped:
                var r = base
                r.old = describe(e.old[0])
                rows.append(r)
            default:
                if e.changes.isEmpty { rows.append(base) }
                for c in e.changes {
                    var r = base
                    r.field = c.field.rawValue
                    r.old = c.old
                    r.new = c.new
                    r.how = [c.direction.rawValue.replacingOccurrences(of: "_", with: " "), c.effect?.rawValue]
                        .compactMap { $0 }.joined(separator: ", ")
                    rows.append(r)
                }
            }
        }
        return rows
    }
}
