/// The shape of an input file, found by sniffing its text rather than trusting its extension.
public enum InputFormat: String, Sendable, Equatable, Codable {
    case html
    /// Markdown with a `---` YAML front matter header (a crawler export).
    case markdown
    /// A crawler CSV export whose notice text sits in one quoted field.
    case csv
    /// Plain text, possibly a scraped page carrying site furniture.
    case text
}
