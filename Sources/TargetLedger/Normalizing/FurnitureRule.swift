/// One kind of site furniture, as data: an id, why it is furniture, and an ICU pattern with no
/// capturing groups (the rules are compiled into one alternation, one group per rule).
public struct FurnitureRule: Sendable {
    /// Where the pattern applies.
    public enum Scope: String, Sendable {
        /// The whole line must match; the line is dropped.
        case line
        /// The whole line must match, and only in the first or last lines of the text (page
        /// header and footer): 来源：, 时间： lines are notice text elsewhere.
        case edgeLine
        /// Every match is cut out of its line (truncation notices glued into a paragraph).
        case inline
        /// The line is dropped when the pattern occurs anywhere in it and the line is no longer
        /// than `maxLength` (a footer line holding 版权所有). Searched once over the whole
        /// text: a `.*(…).*` line pattern would backtrack at every character.
        case containing
    }

    public var id: String
    public var description: String
    public var pattern: String
    public var scope: Scope
    /// Characters one of which a line must hold for the rule to be tried: a cheap test that
    /// spares most lines the pattern.
    public var needs: String? = nil
    /// Characters one of which a line must start with for a whole-line rule to be tried: the
    /// first characters of the pattern's alternatives (a stronger test than `needs` for a rule
    /// whose words are common, such as a line of bare buttons).
    public var starts: String? = nil
    /// The longest line the rule may drop (`containing` rules need one).
    public var maxLength: Int? = nil
    /// A list of links follows (相关文章): bullet lines after it are dropped too.
    public var startsList = false
    /// A breadcrumb whose steps follow on lines of their own (首页 / > / 云南要闻): short lines
    /// after it are dropped too.
    public var startsTrail = false
    /// The line carries metadata: the hint label its text after the colon fills (标题).
    public var hint: String? = nil
    /// A document-sharing site: its page markers (1、 2、 … at page starts) are glued back.
    public var documentSite = false
    /// Words one of which every match holds (`containing` and `inline` rules): a line holding
    /// none is not searched. Empty: every line is.
    public var words: [String] = []
    /// Lines that must match (the rule's own examples, checked by the tests).
    public var examples: [String] = []
}
