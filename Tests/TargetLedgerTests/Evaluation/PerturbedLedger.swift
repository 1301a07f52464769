import Foundation

@testable import TargetLedger

/// Builds ledgers from gold files with controlled damage, to test the scorer against score.py
/// on ledgers whose mistakes are known.
struct PerturbedLedger {
    /// Which kinds of damage to do, each with a probability per gold line (or per document).
    struct Damage: Sendable, CustomStringConvertible {
        var name: String
        var seed: UInt64
        var dropDocument = 0.0
        var dropLine = 0.0
        var changeValue = 0.0
        var changeDeadline = 0.0
        var changeComparator = 0.0
        var changeUnits = 0.0
        var rewordIndicator = 0.0
        var extraLine = 0.0
        var description: String { name }
    }

    /// A small deterministic generator (SplitMix64), so every run builds the same ledger.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
        mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }
    }

    /// The ledger text (JSON Lines written with `JSONLines.encode`) for every gold file of `goldDirectory`.
    static func build(goldDirectory: URL, damage: Damage) throws -> String {
        var rng = Random(state: damage.seed)
        var lines: [String] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: goldDirectory.path)
            .filter { $0.hasSuffix(".gold.jsonl") }.sorted()
        for file in files {
            if rng.chance(damage.dropDocument) { continue }
            let stem = String(file.dropLast(".gold.jsonl".count))
            let docId = ContentHash.hex(stem)
            // Paths keep a directory and an extension: the scorer ties by file name stem.
            lines.append(
                try JSONLines.encode(
                    // The schema wants a string encoding (a nil one is written as null and fails).
                    DocumentRecord(docId: docId, path: "Corpus/seeds/\(stem).txt", reader: .text, encoding: "UTF-8")))
            let gold = try GoldScorer.loadJSONLines(goldDirectory.appendingPathComponent(file))
            for (n, g) in gold.enumerated() {
                if rng.chance(damage.dropLine) { continue }
                var rec = record(from: g, docId: docId, index: n)
                if rng.chance(damage.changeValue), let v = rec.value { rec.value = v * 10 + 1 }
                if rng.chance(damage.changeDeadline) {
                    rec.deadline = rng.chance(0.5) ? nil : Deadline(date: "2035", text: "到2035年", source: .explicit)
                }
                if rng.chance(damage.changeComparator) {
                    rec.comparator = rng.pick([.atLeast, .atMost, .equal, .approximately, nil])
                }
                if rng.chance(damage.changeUnits) {
                    if rec.responsible.isEmpty {
                        rec.responsible = [ResponsibleUnit(name: "市教育局", role: .lead)]
                    } else {
                        rec.responsible.removeFirst()
                        rec.responsible.append(ResponsibleUnit(name: "市财政局", role: .support))
                    }
                }
                if rng.chance(damage.rewordIndicator) {
                    // Lose the first two characters: still overlapping (containment) or not at all.
                    let s = Array(rec.indicator.unicodeScalars)
                    rec.indicator =
                        rng.chance(0.5)
                        ? String(String.UnicodeScalarView(s.dropFirst(2))) : "其他" + rec.indicator.reversedString
                }
                lines.append(try JSONLines.encode(rec))
                if rng.chance(damage.extraLine) {
                    var extra = rec
                    extra.targetId += "x"
                    extra.kind = rng.pick([.target, .milestone, .fact])
                    extra.indicator += "比例"
                    lines.append(try JSONLines.encode(extra))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A ledger record saying what the gold line says.
    static func record(from g: LooseJSON, docId: String, index: Int) -> TargetRecord {
        let names: [String]
        if case .array(let a) = g["responsible"] { names = a.compactMap(\.string) } else { names = [] }
        var change: Change?
        if case .object = g["change"], let dir = g["change"]["direction"].string {
            change = Change(direction: dir == "increase" ? .increase : .decrease)
        }
        return TargetRecord(
            docId: docId, targetId: "\(docId)-\(index)", key: g.indicatorText,
            kind: TargetKind(rawValue: g["kind"].string ?? "target") ?? .target, indicator: g.indicatorText,
            value: g["value"].pythonFloat, valueMax: g["value_max"].pythonFloat, unit: g["unit"].string,
            comparator: g["comparator"].string.flatMap(Comparator.init(rawValue:)), change: change,
            deadline: g["deadline"].string.map { Deadline(date: $0, text: $0, source: .explicit) },
            responsible: names.map { ResponsibleUnit(name: $0, role: .responsible) },
            evidence: g["quote"].string ?? "", span: [0, 1], rule: "test.gold-copy")
    }
}

extension String {
    /// The scalars in reverse order (a reworded indicator that shares no bigram order).
    fileprivate var reversedString: String { String(String.UnicodeScalarView(unicodeScalars.reversed())) }
}
