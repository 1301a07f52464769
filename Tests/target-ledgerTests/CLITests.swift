import Testing
@testable import TargetLedger

@Test func placeholder() { #expect(Pipeline.self == Pipeline.self) }
