/// Reads task tables flattened one cell per line (任务 | 2024年工作项目 | 2025年计划 | 2026年计划 |
/// 牵头部门 | 配合部门 | 实施主体): each row's figures dated by their column's year, with the
/// row's lead, support and owner columns as responsible units.
struct TaskTableReader {
    let ctx: DocumentContext

    /// Blocks that belong to a task table (read here, not as prose).
    func tableBlocks() -> Set<Int> { [] }

    func read() -> [ExtractedRecord] { [] }
}
