import Foundation
import Testing

@testable import TargetLedger

/// The scorer's rules one at a time, on hand-made lines.
@Suite("GoldScorer")
struct GoldScorerTests {
    func parse(_ lines: [String]) throws -> [LooseJSON] { try lines.map { try LooseJSON.parse(Substring($0)) } }

    let doc = #"{"record":"document","doc_id":"D","path":"some/dir/a1.v2.txt","reader":"text"}"#

    @Test("JSON scalars keep their Python types: 1 is a number, true a boolean equal to 1")
    func looseScalars() throws {
        let v = try LooseJSON.parse(#"{"a":1,"b":true,"c":"99.5","d":null,"e":[1,"x"]}"#)
        #expect(v["a"] == .number(1) && v["b"] == .bool(true))
        #expect(v["a"].pythonEquals(v["b"]) && !v["a"].pythonEquals(.string("1")))
        #expect(LooseJSON.sameValue(v["c"], .number(99.5)) && LooseJSON.sameValue(v["d"], v["missing"]))
        #expect(!LooseJSON.sameValue(v["d"], .number(0)) && !LooseJSON.sameValue(v["e"], .number(1)))
    }

    @Test("prf edge cases follow score.py")
    func prfEdges() {
        #expect(GoldScorer.prf(0, 0, 0) == (1, 1, 1))
        #expect(GoldScorer.prf(0, 0, 3) == (0, 0, 0))
        #expect(GoldScorer.prf(0, 2, 0) == (0, 1, 0))
        let p = GoldScorer.prf(2, 4, 3)
        #expect(p.p == 0.5 && abs(p.r - 2.0 / 3) < 1e-12)
    }

    @Test("stem is the path's file name up to the first dot")
    func stems() throws {
        let gold = try parse([#"{"kind":"target","indicator":"入学率","value":99,"comparator":">=","deadline":"2011"}"#])
        let ledger = try parse([
            doc,
            #"{"record":"target","doc_id":"D","kind":"target","indicator":"初中入学率","value":99.0000001,"comparator":">=","deadline":{"date":"2011"}}"#,
        ])
        let card = GoldScorer().score(gold: [("a1", gold), ("b", gold)], ledger: ledger)
        #expect(card.documents[0].seen && card.documents[0].target == MatchCounts(matched: 1, predicted: 1, gold: 1))
        #expect(!card.documents[1].seen && card.documents[1].target == MatchCounts(matched: 0, predicted: 0, gold: 1))
        #expect(card.summary.exactIndicator == 0 && card.summary.deadlineAccuracy == 1)
        #expect(card.documents[0].details.disagreements.first?.fields == ["indicator"])
        #expect(card.documents[1].details.missed.count == 1)
    }

    @Test("ties on overlap go to the pair that agrees on deadline, then on comparator")
    func tieBreaking() throws {
        let gold = try parse([#"{"kind":"target","indicator":"入学率","value":99,"comparator":">=","deadline":"2011"}"#])
        let ledger = try parse([
            doc,
            #"{"record":"target","doc_id":"D","kind":"target","indicator":"入学率","value":99,"comparator":">=","deadline":{"date":"2012"}}"#,
            #"{"record":"target","doc_id":"D","kind":"target","indicator":"入学率","value":99,"comparator":"<=","deadline":{"date":"2011"}}"#,
            #"{"record":"target","doc_id":"D","kind":"target","indicator":"入学率","value":99,"comparator":">=","deadline":{"date":"2011"}}"#,
        ])
        let card = GoldScorer().score(gold: [("a1", gold)], ledger: ledger)
        #expect(card.summary.deadlineAccuracy == 1 && card.summary.comparatorAccuracy == 1)
        #expect(card.documents[0].details.unmatched.count == 2)
    }

    @Test("milestones match on equal deadline; facts are not scored; responsible F1 only where gold names units")
    func milestonesFactsUnits() throws {
        let gold = try parse([
            #"{"kind":"milestone","indicator":"成立领导小组","deadline":"2022-12"}"#,
            #"{"kind":"target","indicator":"新增图书","value":150000,"comparator":"=","deadline":null,"responsible":["市教育局","市财政局"]}"#,
            #"{"kind":"target","indicator":"辍学率","value":0,"comparator":"=","deadline":null,"responsible":[]}"#,
        ])
        let ledger = try parse([
            doc,
            #"{"record":"target","doc_id":"D","kind":"milestone","indicator":"成立领导小组","deadline":{"date":"2022-11"}}"#,
            #"{"record":"target","doc_id":"D","kind":"fact","indicator":"新增图书","value":150000}"#,
            #"{"record":"target","doc_id":"D","kind":"target","indicator":"新增图书","value":150000,"comparator":"=","deadline":null,"responsible":[{"name":" 市教育局 "},{"name":"市人社局"}]}"#,
            #"{"record":"target","doc_id":"D","kind":"target","indicator":"辍学率","value":0,"comparator":"=","responsible":[{"name":"区教育局"}]}"#,
        ])
        let card = GoldScorer().score(gold: [("a1", gold)], ledger: ledger)
        #expect(card.documents[0].milestone == MatchCounts(matched: 0, predicted: 1, gold: 1))
        #expect(card.documents[0].target == MatchCounts(matched: 2, predicted: 2, gold: 2))
        // tp 1 (市教育局), fp 1 (市人社局), fn 1 (市财政局); the 辍学率 pair names none in gold.
        #expect(card.summary.responsibleF1 == 0.5)
        #expect(card.summary.milestoneF1 == 0)
    }

    @Test("a bad ledger line is reported at its file and line")
    func badLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).jsonl")
        try Data("\u{FEFF}\(doc)\r\n\n{oops\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: EvaluationError.self) { try GoldScorer.loadJSONLines(url) }
        do {
            _ = try GoldScorer.loadJSONLines(url)
        } catch let e as EvaluationError {
            #expect(e.description.hasPrefix("\(url.path):3: not JSON"))
        }
    }

    @Test("--details text lists missed, unmatched and disagreeing lines")
    func detailsText() throws {
        let gold = try parse([
            #"{"kind":"target","indicator":"入学率","value":99,"comparator":">=","deadline":"2011","quote":"入学率达到99%"}"#,
            #"{"kind":"target","indicator":"新增图书","value":150000,"unit":"册","comparator":"=","deadline":null}"#,
        ])
        let ledger = try parse([
            doc,
            #"{"record":"target","doc_id":"D","kind":"target","indicator":"入学率","value":99,"comparator":"=","deadline":{"date":"2011"},"rule":"r1"}"#,
            #"{"record":"target","doc_id":"D","kind":"target","indicator":"辍学率","value":0,"rule":"r2","evidence":"确保辍学率为零"}"#,
        ])
        let text = ScoreReport(GoldScorer().score(gold: [("a1", gold)], ledger: ledger)).text(details: true)
        #expect(text.contains("- missed     target 新增图书 = 150000 册 no deadline"))
        #expect(text.contains("+ unmatched  target 辍学率 0 no deadline  (rule r2)  «确保辍学率为零»"))
        #expect(text.contains("~ comparator"))
    }
}
