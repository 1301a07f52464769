/// The differences between two versions of a plan: what `diff --format json` prints, with the
/// schema in Schemas/diff.schema.json (bump `schemaVersion` on any incompatible change).
public struct VersionDiff: Codable, Sendable, Equatable {
    /// Version of this JSON layout.
    public var schemaVersion: Int = 1
    /// The older side.
    public var old: Side
    /// The newer side.
    public var new: Side
    /// Counts over all entries.
    public var summary: Summary
    /// Warnings for people (e.g. the sides share no target).
    public var warnings: [String]
    /// One entry per pair, split, merge, added or dropped target, in a stable order.
    public var entries: [Entry]

    /// A diff as given.
    public init(old: Side, new: Side, summary: Summary, warnings: [String], entries: [Entry]) {
        self.old = old
        self.new = new
        self.summary = summary
        self.warnings = warnings
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case old, new, summary, warnings, entries
        case schemaVersion = "schema_version"
    }

    /// Whether anything changed (the exit status is 1 when it did).
    public var hasChanges: Bool {
        entries.contains { $0.status != .unchanged }
    }

    /// One side of the diff: which document it was.
    public struct Side: Codable, Sendable, Equatable {
        /// The document's path as recorded.
        public var path: String
        /// The document's content id.
        public var docId: String
        /// The title, if known.
        public var title: String?
        /// Targets and milestones compared (facts are left out).
        public var targets: Int

        /// A side as given.
        public init(path: String, docId: String, title: String?, targets: Int) {
            self.path = path
            self.docId = docId
            self.title = title
            self.targets = targets
        }

        enum CodingKeys: String, CodingKey {
            case path, title, targets
            case docId = "doc_id"
        }

        /// Writes every field, nulls included, so that the JSON layout never varies.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(docId, forKey: .docId)
            try c.encode(title, forKey: .title)
            try c.encode(targets, forKey: .targets)
        }
    }

    /// Counts of entries by status, and how pairs were found.
    public struct Summary: Codable, Sendable, Equatable {
        /// Pairs found by equal key.
        public var matchedByKey: Int = 0
        /// Pairs found by indicator similarity.
        public var matchedBySimilarity: Int = 0
        /// Pairs with no difference.
        public var unchanged: Int = 0
        /// Pairs with some difference.
        public var changed: Int = 0
        /// Targets only in the new version.
        public var added: Int = 0
        /// Targets only in the old version.
        public var dropped: Int = 0
        /// Old targets split into several new ones.
        public var split: Int = 0
        /// Groups of old targets merged into one new one.
        public var merged: Int = 0

        /// All zero.
        public init() {}

        enum CodingKeys: String, CodingKey {
            case unchanged, changed, added, dropped, split, merged
            case matchedByKey = "matched_by_key"
            case matchedBySimilarity = "matched_by_similarity"
        }
    }

    /// What happened to a target between the versions.
    public enum Status: String, Codable, Sendable, Equatable, CaseIterable {
        case unchanged, changed, added, dropped, split, merged
    }

    /// How an entry's old and new sides were paired.
    public enum MatchMethod: String, Codable, Sendable, Equatable {
        case key, similarity
    }

    /// One pair, split, merge, addition or drop.
    public struct Entry: Codable, Sendable, Equatable {
        /// What happened.
        public var status: Status
        /// `target` or `milestone`.
        public var kind: TargetKind
        /// How the sides were paired (none for added and dropped).
        public var match: MatchMethod?
        /// Indicator overlap of a pair whose indicators differ (the lowest, for a split or merge).
        public var similarity: Double?
        /// The old record(s): one for a pair, several for a merge, none when added.
        public var old: [TargetSnapshot]
        /// The new record(s): one for a pair, several for a split, none when dropped.
        public var new: [TargetSnapshot]
        /// Field by field, what differs (empty when unchanged, added or dropped).
        public var changes: [FieldChange]

        /// An entry as given.
        public init(
            status: Status, kind: TargetKind, match: MatchMethod?, similarity: Double?, old: [TargetSnapshot],
            new: [TargetSnapshot], changes: [FieldChange]
        ) {
            self.status = status
            self.kind = kind
            self.match = match
            self.similarity = similarity
            self.old = old
            self.new = new
            self.changes = changes
        }

        enum CodingKeys: String, CodingKey { case status, kind, match, similarity, old, new, changes }

        /// Writes every field, nulls included, so that the JSON layout never varies.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(status, forKey: .status)
            try c.encode(kind, forKey: .kind)
            try c.encode(match, forKey: .match)
            try c.encode(similarity, forKey: .similarity)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
            try c.encode(changes, forKey: .changes)
        }
    }

    /// Which field of a pair changed.
    public enum Field: String, Codable, Sendable, Equatable, CaseIterable {
        case indicator, value, unit, comparator, change, deadline, responsible, period
    }

    /// Which way a field moved.
    public enum Direction: String, Codable, Sendable, Equatable, CaseIterable {
        case raised, lowered
        case broughtForward = "brought_forward"
        case pushedBack = "pushed_back"
        case added, removed
        case rescaled, replaced
    }

    /// Whether a change makes the target harder or easier to meet.
    public enum Effect: String, Codable, Sendable, Equatable {
        case tightened, relaxed
    }

    /// One field's change: old and new as display text, and which way it went.
    public struct FieldChange: Codable, Sendable, Equatable {
        /// The field.
        public var field: Field
        /// The old value as text (null when the field was empty).
        public var old: String?
        /// The new value as text (null when the field became empty).
        public var new: String?
        /// Which way it moved.
        public var direction: Direction
        /// Harder or easier, where the comparator and `change` say so.
        public var effect: Effect?

        /// A field change as given.
        public init(field: Field, old: String?, new: String?, direction: Direction, effect: Effect? = nil) {
            self.field = field
            self.old = old
            self.new = new
            self.direction = direction
            self.effect = effect
        }

        enum CodingKeys: String, CodingKey { case field, old, new, direction, effect }

        /// Writes every field, nulls included, so that the JSON layout never varies.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(field, forKey: .field)
            try c.encode(old, forKey: .old)
            try c.encode(new, forKey: .new)
            try c.encode(direction, forKey: .direction)
            try c.encode(effect, forKey: .effect)
        }
    }
}
