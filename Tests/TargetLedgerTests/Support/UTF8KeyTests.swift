import Foundation
import Testing

@testable import TargetLedger

@Suite struct UTF8KeyTests {
    @Test func equalBytesAreEqualKeysAndHashAlike() {
        let a = UTF8Key("毛入园率" + "达到")
        let b = UTF8Key("毛入园率达到")
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(UTF8Key("毛入园率") != UTF8Key("毛入学率"))
        #expect(UTF8Key("") == UTF8Key(""))
        #expect(UTF8Key("a") != UTF8Key("ab"))
        // A bridged (non-native) string compares by the same bytes.
        let bridged = NSString(string: "教育局") as String
        #expect(UTF8Key(bridged) == UTF8Key("教育局"))
        #expect(Set<UTF8Key>(["建设", "建设", "完成"]).count == 2)
    }

    /// Canonically equivalent but differently encoded text is two keys: the pipeline compares
    /// text after the reader's normaliser, which gives one encoding.
    @Test func bytesNotCanonicalEquivalenceDecide() {
        let composed = "\u{00E9}"
        let decomposed = "e\u{0301}"
        #expect(composed == decomposed)
        #expect(UTF8Key(composed) != UTF8Key(decomposed))
    }
}
