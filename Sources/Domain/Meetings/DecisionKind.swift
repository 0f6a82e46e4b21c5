/// The kinds of decision a § records (DOMAIN.md §3.4).
public enum DecisionKind: String, CaseIterable, Sendable, Codable {
    case decision
    case approvedReport = "approved_report"
    case filed
    case assignment
    case approval
    case rejection
    case policy
    case noDecision = "no_decision"

    /// An uppdrag names who is to act (and usually by when).
    public var needsAssignee: Bool { self == .assignment }
    /// An inriktningsbeslut covers named years and is reviewed each year.
    public var needsYears: Bool { self == .policy }
}
