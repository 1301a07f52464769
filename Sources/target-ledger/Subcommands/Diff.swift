import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger diff`: what changed between two versions of a plan.
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Show which targets changed between two versions of a plan.",
            discussion: """
                Each side is a document (extracted on the fly with the current rules), a ledger \
                (JSON Lines) or a `run` output folder holding ledger.jsonl; --doc picks one document \
                of a ledger that holds several. Targets are paired by key, then by indicator \
                similarity (same kind and unit dimension); splits and merges are reported as such.

                Output: a table (default; coloured on a terminal), --format markdown, json (schema \
                in Schemas/diff.schema.json, documented in docs/diff.md) or csv (one row per change; \
                action +++ added, --- dropped, -> changed, -< split, >- merged).

                Exit status: 0 no target changed; 1 some did; 2 error.
                """)

        @Argument(help: "The older version: a document, a ledger, or a run output folder.")
        var old: String?

        @Argument(help: "The newer version: a document, a ledger, or a run output folder.")
        var new: String?

        @Option(name: .long, help: "Document to take from a ledger side (doc_id, path, file name or stem).")
        var doc: String?

        @Option(name: .customLong("old-doc"), help: "Like --doc, for the old side only.")
        var oldDoc: String?

        @Option(name: .customLong("new-doc"), help: "Like --doc, for the new side only.")
        var newDoc: String?

        @Option(name: .long, help: "Output format: table, markdown, json or csv.")
        var format: String = "table"

        @Option(name: .long, help: "Colour the table: auto (only on a terminal), always or never.")
        var color: String = "auto"

        @OptionGroup var ruleOptions: RuleOptions

        // Collected rather than rejected by the parser, so that a mistyped flag exits 2 like
        // every other usage error of diff (the root would map the parser's error to 1).
        @Argument(parsing: .allUnrecognized, help: .hidden)
        var unrecognized: [String] = []

        // Checks are made here rather than in validate(): the root maps a ValidationError to 1,
        // and for diff 1 means "targets changed"; a usage error must exit 2.
        func run() async throws {
            do {
                let diff = try compute()
                for w in diff.warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
                let format = DiffRenderer.Format(rawValue: self.format)!
                let colour =
                    color == "always"
                    || (color == "auto" && isatty(STDOUT_FILENO) == 1
                        && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
                FileHandle.standardOutput.write(Data(try DiffRenderer(diff).render(format, color: colour).utf8))
                throw ExitCode(diff.hasChanges ? 1 : 0)
            } catch let e as ExitCode {
                throw e
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }

        private func compute() throws -> VersionDiff {
            guard unrecognized.isEmpty else {
                throw Usage("unknown argument '\(unrecognized[0])'; see 'target-ledger diff --help'")
            }
            guard let old, let new else {
                throw Usage("give two versions: target-ledger diff OLD NEW (documents, ledgers or run folders)")
            }
            guard DiffRenderer.Format(rawValue: format) != nil else {
                throw Usage("--format '\(format)' is unknown; use table, markdown, json or csv")
            }
            guard ["auto", "always", "never"].contains(color) else {
                throw Usage("--color '\(color)' is unknown; use auto, always or never")
            }
            let loader = DiffSideLoader()
            let sources = [try loader.classify(old), try loader.classify(new)]
            let needsRules = sources.contains { if case .document = $0 { true } else { false } }
            // Rules give the extractor for documents and unit dimensions for matching; a
            // ledger-only diff still works without them (records carry their dimension).
            let rules: RuleSet? =
                needsRules || ruleOptions.rules != nil ? try ruleOptions.load() : try? ruleOptions.load()
            let pipeline = rules.map { Pipeline(rules: $0) }
            let selectors = [oldDoc ?? doc, newDoc ?? doc]
            var sides: [DocumentResult] = []
            for (source, selector) in zip(sources, selectors) {
                switch source {
                case .ledger(let url): sides.append(try loader.loadLedger(url, selector: selector))
                case .document(let url): sides.append(try loader.loadDocument(url, pipeline: pipeline!))
                }
            }
            let scale = rules.map { UnitScale(rules: $0) } ?? UnitScale()
            return VersionDiffer(scale: scale).diff(old: sides[0], new: sides[1])
        }

        /// A usage mistake, reported on stderr with exit status 2.
        struct Usage: Error, CustomStringConvertible {
            var description: String
            init(_ message: String) { description = message }
        }
    }
}
