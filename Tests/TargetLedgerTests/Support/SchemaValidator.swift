import Foundation

/// Validates JSON documents against a JSON Schema with Python's `jsonschema` (installed by
/// `.ci/run`), so that tests check ledgers and diffs against the very schema files users read.
enum SchemaValidator {
    /// The ledger schema, read from ../shared (the contract is kept there, not copied).
    static var ledgerSchema: URL { TestPaths.shared.appendingPathComponent("spec/ledger.schema.json") }

    /// The schema of `diff --format json`.
    static var diffSchema: URL { TestPaths.root.appendingPathComponent("Schemas/diff.schema.json") }

    /// What a Python run gave back.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Every line of a JSON Lines file that fails `schema`, as `line N: message at path`; empty
    /// when all lines validate. Blank lines are skipped, as the ledger readers do.
    static func invalidLines(jsonLines file: URL, schema: URL) throws -> [String] {
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
            v = Draft202012Validator(schema)
            for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
                if not line.strip():
                    continue
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as e:
                    print(f"line {n}: not JSON: {e}")
                    continue
                for e in sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path)):
                    # A oneOf failure says little by itself: name what each branch objected to.
                    why = "; ".join(sorted({f"{list(c.absolute_path)}: {c.message}" for c in e.context}))
                    print(f"line {n}: {e.message[:80]} at {list(e.absolute_path)}" + (f" ({why})" if why else ""))
            """
        let out = try runPython(script, arguments: [schema.path, file.path])
        guard out.status == 0 else {
            throw ValidatorError(message: "python3 jsonschema failed (\(out.status)): \(out.stderr)")
        }
        return out.stdout.split(separator: "\n").map(String.init)
    }

    /// Validates each string (one JSON document each) against `schema`; returns the failures.
    static func invalidDocuments(_ documents: [String], schema: URL) throws -> [String] {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("schema-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        // One document per line: pretty-printed JSON is folded to one line first.
        let lines = try documents.map { doc -> String in
            let obj = try JSONSerialization.jsonObject(with: Data(doc.utf8), options: [.fragmentsAllowed])
            return String(
                decoding: try JSONSerialization.data(withJSONObject: obj, options: [.fragmentsAllowed]), as: UTF8.self)
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        return try invalidLines(jsonLines: file, schema: schema)
    }

    /// Runs `python3 -c script arguments…`, with output captured through files so that a
    /// large output can never fill a pipe and deadlock the wait.
    static func runPython(_ script: String, arguments: [String]) throws -> Output {
        try runPython3(["-c", script] + arguments)
    }

    /// Runs a Python script file with arguments (e.g. ../shared/tools/score.py).
    static func runPythonFile(_ file: URL, arguments: [String]) throws -> Output {
        try runPython3([file.path] + arguments)
    }

    /// Runs `python3 argv…` and collects its status and output.
    private static func runPython3(_ argv: [String]) throws -> Output {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("py-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + argv
        p.standardOutput = outHandle
        p.standardError = errHandle
        try p.run()
        p.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Output(
            status: p.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A failure of the validator itself (not of the document).
    struct ValidatorError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
