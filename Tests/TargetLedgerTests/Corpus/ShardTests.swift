import Testing

@testable import TargetLedger

@Suite struct ShardTests {
    @Test func shardsAreDisjointAndCoverTheCorpus() throws {
        let paths = (0..<500).map { "dir\($0 % 7)/doc\($0).html" }
        let shards = (0..<4).map { Shard(index: $0, count: 4)! }
        for p in paths {
            #expect(shards.filter { $0.contains(path: p) }.count == 1)
        }
        // Balanced enough that no machine gets more than twice its share.
        for s in shards { #expect(paths.filter { s.contains(path: $0) }.count < 250) }
    }

    @Test func parsesIndexOverCount() {
        #expect(Shard("0/4") == Shard(index: 0, count: 4))
        #expect(Shard("3/4")?.description == "3/4")
        for bad in ["4/4", "-1/4", "1", "a/b", "1/0", "1/2/3"] { #expect(Shard(bad) == nil, "\(bad)") }
    }

    @Test func membershipDependsOnThePathAlone() {
        let s = Shard(index: 1, count: 3)!
        #expect(s.contains(path: "a/b.txt") == Shard("1/3")!.contains(path: "a/b.txt"))
        #expect(ContentHash.fnv1a("a/b.txt".utf8) % 3 == 1 ? s.contains(path: "a/b.txt") : !s.contains(path: "a/b.txt"))
    }
}
