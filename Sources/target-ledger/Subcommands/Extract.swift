import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger extract FILE... [-o ledger.jsonl] [--explain]`.
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract targets, deadlines and responsible units from documents into a JSONL ledger.",
            discussion: """
                Writes one document record, then that document's target records, per file, in the order given. The same input and rules give byte-identical output. With --explain, each record is followed on stderr by the rules that fired, its deadline and where it came from, and the tokens of its sentence.

                Exit status: 0 all files read; 2 some files could not be read (each named on stderr); 1 usage or rule error.
                """)

        @Argument(help: "Documents to read (HTML, text, scraped pages, crawler CSV/Markdown exports).")
        var files: [String]

        @Option(name: .shortAndLong, help: "Write the ledger here (written to a temporary file, then renamed) instead of stdout.")
        var output: String?

        @Flag(help: "Print, for each record, the rules that fired and the indicator's tokens (on stderr).")
        var explain = false

        @OptionGroup var ruleOptions: RuleOptions

        func run() async throws {
            let rules: RuleSet
            do { rules = try ruleOptions.load() } catch let e as RuleSetError {
                FileHandle.standardError.write(Data((e.description + "\n").utf8))
                throw ExitCode(1)
            }
            let pipeline = Pipeline(rules: rules)
            var lines: [String] = []
            var failed = 0
            for path in files {
                do {
                    let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
                    let doc = try pipeline.read(bytes: bytes, path: path)
                    let traced = TargetExtractor(rules: rules).extractWithTrace(doc)
                    let result = DocumentResult(document: doc.record, targets: traced.map(\.record))
                    lines += try JSONLines.lines(of: result)
                    if explain {
                        let tokenizer = ChineseTokenizer(rules: rules)
                        for t in traced {
                            let r = t.record
                            let tokens = tokenizer.tokens(r.evidence).map(\.text).joined(separator: "|")
                            let msg =
                                "\(path):[\(r.span[0]),\(r.span[1])) \(r.kind.rawValue) \(r.indicator) = \(r.valueText ?? "") deadline \(r.deadline?.date ?? "-") (\(r.deadline?.source.rawValue ?? "-"))\n"
                                + "    rules: \(t.fired.joined(separator: ", "))\n    tokens: \(tokens)\n"
                            FileHandle.standardError.write(Data(msg.utf8))
                        }
                    }
                } catch {
                    failed += 1
                    FileHandle.standardError.write(Data("target-ledger: \(path): \(error)\n".utf8))
                }
            }
            let text = lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
            if let output {
                let url = URL(fileURLWithPath: output)
                let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
                try Data(text.utf8).write(to: tmp)
                if FileManager.default.fileExists(atPath: url.path) { _ = try? FileManager.default.removeItem(at: url) }
                try FileManager.default.moveItem(at: tmp, to: url)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            if failed > 0 { throw ExitCode(2) }
        }
    }
}
