import ArgumentParser
import Foundation
import TargetLedger

extension TargetLedgerCommand {
    /// `target-ledger read FILE... [--pretty]`: the clean text, structure and metadata the extractor sees.
    struct Read: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "read",
            abstract: "Print what the extractor sees of each document: its record, normalised text, blocks and sentences.",
            discussion: """
                Prints one JSON object per file (one line each, or indented with --pretty): the document
                record (title, 文号, issuer, date, plan period, encoding …), the normalised text, its blocks
                (headings with level and marker, paragraphs) and sentences, each with its section path.

                Exit status: 0 all files read; 2 some files could not be read (each named on stderr).
                """)

        @Argument(help: "Documents to read (HTML, text, scraped pages, crawler CSV/Markdown exports).")
        var files: [String]

        @Flag(help: "Indent the JSON.")
        var pretty = false

        func run() async throws {
            let failed = ReadReport.run(
                paths: files, pretty: pretty,
                emit: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
                fail: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
            if failed > 0 { throw ExitCode(2) }
        }
    }
}
