import Foundation
import Testing

@testable import TargetLedger

/// The four output formats, and the JSON against Schemas/diff.schema.json.
@Suite("DiffRenderer")
struct DiffRendererTests {
    typealias F = DiffFixtures

    /// A diff holding every status and most kinds of field change.
    static let busy: VersionDiff = {
        var new = F.plan.map { r -> TargetRecord in
            var r = r
            switch r.indicator {
            case "初中入学率":
                r.value = 99.5
                r.deadline = Deadline(date: "2010-12", text: "", source: .explicit)
            case "总投资": r.responsible.append(ResponsibleUnit(name: "市发展改革委", role: .support))
            case "全市村级小学": r.comparator = .less
            case "接受国家督导评估认定": r.deadline = Deadline(date: "2030", text: "", source: .explicit)
            default: break
            }
            return r
        }
        new.removeFirst()
        new.append(F.target("专任教师学历合格率, \"本科\"", 100, "%", .atLeast, by: "2011"))
        let old = [F.target("化学需氧量和氨氮排放总量", 10, "%", .atLeast, by: "2025")] + F.plan
        new += [
            F.target("化学需氧量排放总量", 10, "%", .atLeast, by: "2025"), F.target("氨氮排放总量", 12, "%", .atLeast, by: "2025"),
        ]
        return F.diff(old, new)
    }()

    @Test("JSON output validates against Schemas/diff.schema.json")
    func jsonValidates() throws {
        let quiet = F.diff(F.plan, F.plan)
        let odd = F.diff(F.plan, [F.target("粮食产量", 1.3e11, "斤", .atLeast)])
        let docs = try [Self.busy, quiet, odd].map { try DiffRenderer($0).render(.json) }
        let errors = try SchemaValidator.invalidDocuments(docs, schema: SchemaValidator.diffSchema)
        #expect(errors.isEmpty, "\(errors)")
        #expect(Self.busy.summary.split == 1 && Self.busy.summary.added == 1 && Self.busy.summary.dropped == 1)
    }

    @Test("the schema rejects a malformed diff (so a pass means something)")
    func schemaRejects() throws {
        var bad = Self.busy
        bad.entries[0].status = .added  // an added entry with an old side
        let json = try DiffRenderer(bad).render(.json).replacingOccurrences(
            of: "\"brought_forward\"", with: "\"sideways\"")
        let errors = try SchemaValidator.invalidDocuments([json], schema: SchemaValidator.diffSchema)
        #expect(!errors.isEmpty)
    }

    @Test("JSON round-trips and is byte-identical on a rerun")
    func jsonStable() throws {
        let a = try DiffRenderer(Self.busy).render(.json)
        #expect(a == (try DiffRenderer(Self.busy).render(.json)))
        let back = try JSONDecoder().decode(VersionDiff.self, from: Data(a.utf8))
        #expect(back == Self.busy)
    }

    @Test("CSV has one row per change with +++, --- and -> actions, quoted where needed")
    func csv() throws {
        let out = try DiffRenderer(Self.busy).render(.csv)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("action,status,kind,old_indicator,new_indicator,field,old,new,direction,effect"))
        #expect(lines.contains { $0.hasPrefix("+++,added,target,,\"专任教师学历合格率, \"\"本科\"\"\"") })
        #expect(lines.contains { $0.hasPrefix("---,dropped,target,小学学龄儿童入学率,") })
        #expect(lines.contains { $0.hasPrefix("->,changed,target,初中入学率,初中入学率,value,99%,99.5%,raised,tightened") })
        #expect(
            lines.contains {
                $0.hasPrefix("->,changed,target,初中入学率,初中入学率,deadline,2011,2010-12,brought_forward,tightened")
            })
        #expect(lines.contains { $0.hasPrefix("->,changed,target,总投资,总投资,responsible,,市发展改革委,added,") })
        #expect(
            lines.contains {
                $0.hasPrefix("-<,split,target,化学需氧量和氨氮排放总量,化学需氧量排放总量 | 氨氮排放总量,value,10%,12%,raised,tightened")
            })
        // Header + 2 value/deadline + responsible + comparator + milestone deadline + split + added + dropped.
        #expect(lines.count == 9)
    }

    @Test("the table is plain text unless colour is asked for")
    func table() throws {
        let plain = try DiffRenderer(Self.busy).render(.table)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("->  target    初中入学率\n"))
        #expect(plain.contains("value 99% → 99.5% (raised, tightened)"))
        #expect(plain.hasSuffix(DiffRenderer(Self.busy).summaryLine + "\n"))
        let coloured = try DiffRenderer(Self.busy).render(.table, color: true)
        #expect(coloured.contains("\u{1B}[32m+++"))
    }

    @Test("markdown is a table with escaped pipes and the summary")
    func markdown() throws {
        let md = try DiffRenderer(Self.busy).render(.markdown)
        #expect(md.contains("| | status | kind | indicator | field | old | new | how |"))
        #expect(md.contains("化学需氧量排放总量 \\| 氨氮排放总量"))
        #expect(md.contains("**Summary:** "))
        #expect(try DiffRenderer(F.diff(F.plan, F.plan)).render(.markdown).contains("No target changed."))
    }
}
