/// Words that end the title of a section (一、指导思想, 四、保障措施). They let a heading be
/// found when the text runs on without a break, as in PDF or scraped text with no line breaks.
enum HeadingLexicon {
    static let words: [[Unicode.Scalar]] = [
        "指导思想", "总体要求", "基本原则", "工作原则", "主要目标", "工作目标", "总体目标", "具体目标", "发展目标", "目标任务",
        "主要任务", "重点任务", "工作任务", "工作内容", "实施内容", "工作措施", "主要措施", "保障措施", "组织领导", "组织保障",
        "组织实施", "实施步骤", "工作步骤", "实施范围", "适用范围", "进度安排", "时间安排", "工作安排", "工作要求", "有关要求",
        "基本情况", "存在问题", "职责分工", "考核评估", "督导检查", "监督检查", "工作机制", "重要意义", "实施主体", "资金保障",
        "工作重点", "主要内容", "实施原则", "工作思路", "总体思路", "预期目标", "发展现状", "面临形势",
    ].map { Array($0.unicodeScalars) }

    /// Where a lexicon word ends if one starts within `window` scalars of `from`.
    static func end(in s: [Unicode.Scalar], from: Int, limit: Int, window: Int = 8) -> Int? {
        var p = from
        while p < min(limit, from + window) {
            for w in words where p + w.count <= limit && s[p] == w[0] && s[p..<(p + w.count)].elementsEqual(w) {
                return p + w.count
            }
            p += 1
        }
        return nil
    }
}
