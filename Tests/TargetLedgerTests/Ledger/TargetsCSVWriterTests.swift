import Foundation
import Testing

@testable import TargetLedger

@Suite struct TargetsCSVWriterTests {
    @Test func startsWithBOMAndUsesCRLF() throws {
        let dir = try LedgerFixtures.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bytes = Array(try Data(contentsOf: dir.appendingPathComponent(LedgerOutputs.Name.csv)))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(TargetsCSVWriter.columns.joined(separator: ",") + "\r\n"))
    }

    @Test(arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("l1\nl2", "\"l1\nl2\"")])
    func quotesAsRFC4180Requires(field: String, expected: String) {
        #expect(TargetsCSVWriter.quoted(field) == expected)
    }

    /// Python's csv module is what an analyst reads the file with; its rows must equal the JSONL.
    @Test func pythonCSVReadsTheSameRowsAsTheJSONL() throws {
        let dir = try LedgerFixtures.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
            import csv, json, sys
            d = sys.argv[1]
            rows = list(csv.DictReader(open(d + '/targets.csv', encoding='utf-8-sig', newline='')))
            docs, targets = {}, []
            for line in open(d + '/ledger.jsonl', encoding='utf-8'):
                r = json.loads(line)
                if r['record'] == 'document': docs[r['doc_id']] = r
                else: targets.append(r)
            assert len(rows) == len(targets), (len(rows), len(targets))
            def num(v): return '' if v is None else (str(int(v)) if float(v).is_integer() else repr(float(v)))
            for row, t in zip(rows, targets):
                d = docs[t['doc_id']]
                exp = {'path': d['path'], 'doc_id': t['doc_id'], 'target_id': t['target_id'], 'key': t['key'],
                       'kind': t['kind'], 'indicator': t['indicator'], 'evidence': t['evidence'],
                       'value': num(t['value']), 'unit': t['unit'] or '', 'comparator': t['comparator'] or '',
                       'deadline_date': (t['deadline'] or {}).get('date') or '', 'rule': t['rule'],
                       'span_start': str(t['span'][0]), 'span_end': str(t['span'][1]),
                       'section': ' > '.join(t['section']),
                       'responsible': '; '.join('%s (%s)' % (u['name'], u['role']) for u in t['responsible'])}
                for k, v in exp.items():
                    assert row[k] == v, (k, row[k], v)
            print(len(rows))
            """
        let (status, out) = try LedgerFixtures.run("python3", ["-c", script, dir.path])
        #expect(status == 0, "python3's csv check failed (see its traceback above)")
        #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == "3")
    }

    /// The row written straight into bytes (the run's path) is the row of `fields(of:in:)`.
    @Test func directRowsEqualTheRowsOfTheFields() {
        var results = LedgerFixtures.results()
        results[0].targets[0].section = ["一", "a,b", "c\"d"]
        results[0].targets[1].section = ["单独一节"]
        results[0].targets[1].change = Change(direction: .increase, baselineYear: nil)
        for r in results {
            var expected: [UInt8] = []
            for t in r.targets { TargetsCSVWriter.appendRow(TargetsCSVWriter.fields(of: t, in: r.document), to: &expected) }
            #expect(TargetsCSVWriter.rows(of: r) == expected)
        }
    }

    @Test func numbersLookLikeTheirJSON() {
        #expect(TargetsCSVWriter.number(95) == "95")
        #expect(TargetsCSVWriter.number(13.5) == "13.5")
        #expect(TargetsCSVWriter.number(nil) == "")
    }
}
