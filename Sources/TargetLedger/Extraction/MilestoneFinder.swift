/// Finds milestones: dated commitments without a number (stage headings with their steps, and
/// dated clauses with an action).
struct MilestoneFinder {
    let ctx: DocumentContext

    func find(excluding: Set<Int>, targets: [ExtractedRecord]) -> [ExtractedRecord] { [] }
}
