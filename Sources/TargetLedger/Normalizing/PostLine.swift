/// A news page's post line (来源: 新华社 作者: … 发布时间: 2021-11-5 16:33) and the headline
/// above it: on news pages they are the page's date and title, whatever the genre words say.
enum PostLine {
    /// Said in a record's warnings when its date is the page's post date (a repost may be years
    /// younger than the notice it carries).
    static let dateWarning = "publication date from the page's post line"

    /// The first full date in `line` (2021-11-5, 2022/01/13, 2014年8月17日), as ISO.
    static func date(in line: [Unicode.Scalar]) -> String? {
        DateFinder.shared.dates(in: line).first(where: \.hasDay)?.iso
    }

    /// `line` as a headline: short, mostly Han, not a sentence, not a date or a label line.
    static func headline(_ line: [Unicode.Scalar]) -> String? {
        let t = String(scalars: line).trimmingSpaces
        let sc = Array(t.unicodeScalars)
        guard (6...60).contains(sc.count), sc.filter({ CharacterClass.isHan($0.value) }).count * 2 >= sc.count,
            let last = sc.last, !"。，,：:；;、".unicodeScalars.contains(last),
            !sc.contains(where: { $0 == "|" || $0 == "｜" }), date(in: sc) == nil, !opensWithLabel(sc),
            // A byline (兰州日报社全媒体记者李莉, 龚诚良、祝一龙) or markup (span>) is no headline.
            !["记者", "通讯员", "编辑", "作者", "来源"].contains(where: t.contains),
            !sc.contains(where: { $0 == "<" || $0 == ">" || $0 == "=" }),
            !(sc.count <= 12 && sc.contains("、") && !sc.contains(where: { "，,：:".unicodeScalars.contains($0) }))
        else { return nil }
        return TitleCleaner.clean(t)
    }

    /// Whether the line opens with a metadata label and a colon (来源:, 发布时间:), not a speaker (国家发改委:).
    static func opensWithLabel(_ sc: [Unicode.Scalar]) -> Bool {
        guard let colon = sc.prefix(8).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        var probe = SourceHints()
        return probe.set(label: String(scalars: sc[..<colon]), value: "x")
            || ["作者", "编辑", "时间", "来源", "提供者", "供稿", "供稿单位", "发布者", "发布人", "录入", "审核"].contains(String(scalars: sc[..<colon]).trimmingSpaces)
    }
}
