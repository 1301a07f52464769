import Foundation
import Testing

@testable import TargetLedger

/// Helpers shared by the reading tests: read a corpus file, and list the sentences of a raw
/// text that must survive cleaning.
enum ReadingSupport {
    static func read(_ relative: String) throws -> ReadDocument {
        let url = TestPaths.corpusFile(relative)
        return try DocumentReader().read(bytes: try TestPaths.bytes(url), path: relative)
    }

    static func prepare(_ relative: String) throws -> DocumentReader.Prepared {
        let url = TestPaths.corpusFile(relative)
        return try DocumentReader().prepare(bytes: try TestPaths.bytes(url), path: relative)
    }

    /// The first file of `folder` whose name starts with `prefix`.
    static func file(_ folder: String, _ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.corpusFile(folder).path).sorted()
        let name = try #require(names.first { $0.hasPrefix(prefix) })
        return folder + "/" + name
    }

    /// Text without spaces and line breaks, so that comparisons ignore how lines were wrapped.
    static func squeeze(_ s: String) -> String { String(s.unicodeScalars.filter { $0 != " " && $0 != "\n" }.map(Character.init)) }

    /// The normalised, squeezed sentences of `raw` (split on 。！？； and line breaks) that hold
    /// none of `furniture`; a leading bullet or page marker (•, 2、 at a line start) is dropped.
    static func bodySentences(_ raw: String, furniture: [String]) -> [String] {
        var out: [String] = []
        for line in raw.split(separator: "\n") {
            var l = Substring(line.trimmingCharacters(in: .whitespaces))
            while let f = l.first, f == "•" || f == " " { l = l.dropFirst() }
            var piece = ""
            for ch in l {
                piece.append(ch)
                if "。！？；".contains(ch) {
                    out.append(piece)
                    piece = ""
                }
            }
            out.append(piece)
        }
        return out.compactMap { s -> String? in
            let n = squeeze(TextNormalizer().normalize(NormalizedText(s)).string)
            guard n.unicodeScalars.count >= 2, !furniture.contains(where: { s.contains($0) }) else { return nil }
            // A document site's page marker (2、断优化…): the page is glued to the one before.
            if let r = n.range(of: #"^[0-9]{1,2}、"#, options: .regularExpression) { return String(n[r.upperBound...]) }
            return n
        }
    }

    static func occurrences(of needle: String, in hay: String) -> Int {
        var count = 0
        var range = hay.startIndex..<hay.endIndex
        while let r = hay.range(of: needle, range: range) {
            count += 1
            range = r.upperBound..<hay.endIndex
        }
        return count
    }
}
