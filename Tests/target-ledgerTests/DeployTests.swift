import Foundation
import TargetLedger
import Testing

/// The cluster scripts of deploy/, run on this machine: the Slurm scripts with a stand-in
/// `sbatch` that runs each job at once (array tasks one after another), and the local simulation
/// of the Kubernetes Indexed Job.
@Suite struct DeployTests {
    /// Runs a shell command with `env` added, returns status and combined output.
    func shell(_ script: String, env: [String: String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 }
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func slurmArrayAndMergeGiveOneRunsLedger() throws {
        let bin = try BinaryPaths.requireBinary()
        let c = try ScratchCorpus(seeds: 4)
        try Data([0, 1, 2, 0xFF]).write(to: c.corpus.appendingPathComponent("junk.txt"))
        let fake = c.dir("bin")
        try FileManager.default.createDirectory(at: fake, withIntermediateDirectories: true)
        // Stand-in sbatch: runs the script now; an --array=0-K runs it K+1 times with the task id.
        let sbatch = """
            #!/usr/bin/env bash
            array=""; exports=""
            while [ $# -gt 1 ]; do
              case "$1" in
                --array=*) array="${1#--array=}";;
                --export=*) exports="${1#--export=ALL,}";;
              esac
              shift
            done
            script="$1"
            IFS=',' read -ra kv <<< "$exports"; for x in "${kv[@]}"; do export "$x"; done
            if [ -n "$array" ]; then
              for ((i = ${array%-*}; i <= ${array#*-}; i++)); do SLURM_ARRAY_TASK_ID=$i bash "$script" || exit 1; done
            else
              bash "$script" || exit 1
            fi
            echo $RANDOM
            """
        try Data(sbatch.utf8).write(to: fake.appendingPathComponent("sbatch"))
        chmod(fake.appendingPathComponent("sbatch").path, 0o755)
        let (status, output) = try shell(
            "\(BinaryPaths.root.path)/deploy/slurm/nightly.sh",
            env: [
                "PATH": fake.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                "CORPUS": c.corpus.path, "OUT": c.dir("ledger").path, "SHARDS": "3",
                "TARGET_LEDGER_BIN": bin.path, "TARGET_LEDGER_RULES": BinaryPaths.rules.path,
            ])
        #expect(status == 0, "\(output)")
        let whole = try runBinary(["run", c.corpus.path, "--out", c.dir("whole").path, "--quiet", "--rules", BinaryPaths.rules.path])
        #expect(whole.status == 2)
        for name in ["ledger.jsonl", "targets.csv", "errors.jsonl"] {
            #expect(try c.file("ledger/nightly", name) == c.file("whole", name), "\(name) differs")
        }
    }

    @Test func localSimulationOfTheIndexedJobMatchesOneRun() throws {
        let bin = try BinaryPaths.requireBinary()
        let c = try ScratchCorpus(seeds: 4)
        let (status, output) = try shell(
            "\(BinaryPaths.root.path)/deploy/simulate-local.sh '\(c.corpus.path)' '\(c.dir("work").path)' 3",
            env: ["TARGET_LEDGER_BIN": bin.path, "TARGET_LEDGER_RULES": BinaryPaths.rules.path])
        #expect(status == 0, "\(output)")
        #expect(output.contains("merge of 3 shards == one run"))
    }
}
