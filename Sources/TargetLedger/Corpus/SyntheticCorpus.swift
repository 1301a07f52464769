import Foundation

/// Builds a benchmark corpus of a given size from the notices in `Corpus/`: each copy of a
/// notice becomes an HTML page (UTF-8), a GBK HTML page or a text file, and carries a small
/// variation (its copy number, a shifted figure) so that no two files share content and the
/// cache cannot hide the work of a cold run.
public struct SyntheticCorpus: Sendable {
    /// The source notices' texts.
    public let sources: [String]

    /// A builder over every `.txt` notice under `corpus` (seeds, devdocs …), and the text of
    /// HTML ones with tags stripped.
    public init(corpus: URL) throws {
        let files = try CorpusWalker().files(under: corpus).filter {
            ($0.path.hasSuffix(".txt") || $0.path.hasSuffix(".html")) && $0.size > 1000
        }
        var texts: [String] = []
        for f in files {
            var s = String(decoding: try DocumentWorker.readBytes(f.url), as: UTF8.self)
            if f.path.hasSuffix(".html") {
                s = s.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
            }
            texts.append(s)
        }
        guard !texts.isEmpty else { throw CorpusError(message: "\(corpus.path): no notices to build a corpus from") }
        sources = texts
    }

    /// Writes files into `directory` until they hold at least `megabytes` MB; returns the
    /// number of files and bytes written.
    public func write(to directory: URL, megabytes: Int) throws -> (files: Int, bytes: Int) {
        let fm = FileManager.default
        try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = megabytes * 1_000_000
        var bytes = 0
        var n = 0
        while bytes < target {
            let src = sources[n % sources.count]
            let copy = n / sources.count
            let text = Self.vary(src, copy: copy, index: n)
            let kind = n % 3
            let folder = directory.appendingPathComponent(String(format: "batch%03d", n / 500))
            if n % 500 == 0 { try fm.createDirectory(at: folder, withIntermediateDirectories: true) }
            let data: [UInt8]
            let name: String
            switch kind {
            case 0:
                data = Array(Self.html(text, charset: "utf-8").utf8)
                name = String(format: "doc%06d.html", n)
            case 1:
                data = try ICUConverter.encode(Self.html(text, charset: "gbk"), charset: "GBK")
                name = String(format: "doc%06d_gbk.html", n)
            default:
                data = Array(text.utf8)
                name = String(format: "doc%06d.txt", n)
            }
            try Data(data).write(to: folder.appendingPathComponent(name))
            bytes += data.count
            n += 1
        }
        return (n, bytes)
    }

    /// The notice with its copy number in the title line and one year and one figure shifted.
    static func vary(_ text: String, copy: Int, index: Int) -> String {
        var t = text
        if copy > 0 {
            if let r = t.range(of: "2025年") { t.replaceSubrange(r, with: "\(2025 + copy % 10)年") }
            if let r = t.range(of: "%") { t.replaceSubrange(r, with: "\(copy % 7)%") }
        }
        return "（副本\(index)）\n" + t
    }

    /// A government-site page around the text: navigation, the article, a footer.
    static func html(_ text: String, charset: String) -> String {
        var body = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let escaped = line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            body += "<p style=\"text-indent:2em\">\(escaped)</p>\n"
        }
        return """
            <!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=\(charset)">
            <title>政策文件</title></head><body>
            <div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>
            <div class="article">\(body)</div>
            <div class="footer">主办单位：人民政府办公室　网站标识码：0000000000　备案号：京ICP备00000000号</div>
            </body></html>
            """
    }
}
