/// The program's version: part of every cache key, so that a new build never reuses results of
/// an older extractor. Bump it with any change to what the pipeline outputs.
public enum ProgramVersion {
    /// The version string, as `--version` would print it.
    public static let current = "0.1.0"
}
