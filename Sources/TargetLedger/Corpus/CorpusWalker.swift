import Foundation

/// Lists the documents of a corpus folder, recursively and in ledger order: `.html .htm .txt
/// .md` files, and files of other names that sniff as HTML or Chinese text; hidden files and
/// folders, folder notes (README.md, SOURCES.md …) and the output folder if it lies inside the
/// corpus are skipped.
public struct CorpusWalker: Sendable {
    /// Extensions read without sniffing.
    public static let documentExtensions: Set<String> = ["html", "htm", "txt", "md", "shtml", "xhtml"]
    /// Extensions never read (data, archives, images, office files the readers do not handle).
    public static let ignoredExtensions: Set<String> = [
        "json", "jsonl", "csv", "tsv", "yaml", "yml", "xml", "sqlite", "db", "pdf", "doc", "docx",
        "xls", "xlsx", "ppt", "pptx", "png", "jpg", "jpeg", "gif", "webp", "svg", "zip", "gz", "tar",
        "7z", "rar", "js", "css", "swift", "py", "sh", "exe", "so", "o", "a", "bin",
    ]

    /// Folders not to descend into (resolved paths), e.g. the output folder.
    public var excluded: [URL]

    /// A walker that skips `excluded` folders.
    public init(excluding excluded: [URL] = []) {
        self.excluded = excluded
    }

    /// Every document under `root`, sorted by path (UTF-8 byte order).
    public func files(under root: URL) throws(CorpusError) -> [CorpusFile] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            throw CorpusError(message: "\(root.path): not a folder")
        }
        let skip = Set(excluded.map { Self.resolved($0) })
        var out: [CorpusFile] = []
        var seen = Set<String>()
        walk(root, relative: "", skip: skip, seen: &seen, into: &out)
        out.sort { LedgerOrder.precedes($0.path, $1.path) }
        return out
    }

    private func walk(_ dir: URL, relative: String, skip: Set<String>, seen: inout Set<String>, into out: inout [CorpusFile]) {
        let real = Self.resolved(dir)
        // Symlinked folders may loop; each real folder is walked once.
        guard !skip.contains(real), seen.insert(real).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for name in names where !name.hasPrefix(".") {
            let url = dir.appendingPathComponent(name)
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard stat(url.path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(url, relative: rel, skip: skip, seen: &seen, into: &out)
            } else if (st.st_mode & S_IFMT) == S_IFREG, Self.isDocument(url) {
                out.append(CorpusFile(path: rel, url: url, size: Int(st.st_size)))
            }
        }
    }

    /// Names of files that describe a folder rather than hold a notice (README.md, SOURCES.md …).
    public static let folderNotes: Set<String> = ["readme", "sources", "license", "changelog", "notes"]

    /// Whether a file is a document: by extension, else by sniffing its first bytes.
    public static func isDocument(_ url: URL) -> Bool {
        let ext = url.pathExtension.lowercased()
        if folderNotes.contains(url.deletingPathExtension().lastPathComponent.lowercased()) { return false }
        // (…and what a test expects of the notices beside it: v2_water.expected.md.)
        if url.deletingPathExtension().pathExtension.lowercased() == "expected" { return false }
        if documentExtensions.contains(ext) { return true }
        if ignoredExtensions.contains(ext) { return false }
        guard let h = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? h.close() }
        let head = Array((try? h.read(upToCount: 4096)) ?? Data())
        return sniff(head)
    }

    /// Whether the first bytes of a file look like an HTML page or text with Chinese in it.
    public static func sniff(_ head: [UInt8]) -> Bool {
        guard !head.isEmpty, !head.contains(0) else { return false }
        let lower = String(decoding: head.prefix(1024), as: UTF8.self).lowercased()
        if lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<body") { return true }
        // Chinese text, UTF-8 (lead bytes E3–E9) or a GB encoding (bytes ≥ 0xA1 in pairs): plenty of high bytes.
        let high = head.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
        return high * 4 >= head.count
    }

    static func resolved(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// A corpus that cannot be walked or an output folder that cannot be used (a usage error).
public struct CorpusError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the folder.
    public var message: String
    /// An error with `message`.
    public init(message: String) { self.message = message }
    /// The message.
    public var description: String { message }
}
