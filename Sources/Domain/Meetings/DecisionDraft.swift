import Foundation

/// A structured decision under a §: its kind and wording, and for an uppdrag who is to do it and
/// by when, for an inriktningsbeslut the years it covers.
public struct DecisionDraft: Equatable, Sendable {
    public var kind: DecisionKind
    public var wording: String
    /// The text of the §'s part that this decision ends, printed before its *Beslut:*.
    public var background: String?
    public var assigneePersonID: UUID?
    public var deadline: CivilDate?
    public var policyYears: ClosedRange<Int>?
    public var matter: MatterKind?

    public init(kind: DecisionKind, wording: String, assigneePersonID: UUID? = nil, deadline: CivilDate? = nil,
                policyYears: ClosedRange<Int>? = nil, matter: MatterKind? = nil, background: String? = nil) {
        self.background = background
        self.kind = kind
        self.wording = wording
        self.assigneePersonID = assigneePersonID
        self.deadline = deadline
        self.policyYears = policyYears
        self.matter = matter
    }

    public static func parse(_ input: [String: String], meetingDate: CivilDate) -> Result<DecisionDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let kind = v.choice("kind", as: DecisionKind.self)
        let background = v.text("background", required: false, maxLength: 50_000)
        let wording = v.text("wording", maxLength: 4000)
        let assignee = v.reference("assigneePersonID", required: kind?.needsAssignee == true)
        let deadline = v.date("deadline", required: false)
        if let deadline, deadline < meetingDate { v.add("deadline", .mustBeOnOrAfter(meetingDate.iso)) }
        let bounds = 1900...2199
        let fromYear = v.integer("policyFromYear", in: Int64(bounds.lowerBound)...Int64(bounds.upperBound),
                                 required: kind?.needsYears == true)
        let toYear = v.integer("policyToYear", in: Int64(bounds.lowerBound)...Int64(bounds.upperBound),
                               required: kind?.needsYears == true)
        if let fromYear, let toYear, toYear < fromYear { v.add("policyToYear", .endBeforeStart) }
        let matter = v.choice("matter", as: MatterKind.self, required: false)
        return v.result {
            guard let kind, let wording else { return nil }
            var years: ClosedRange<Int>?
            if kind.needsYears, let fromYear, let toYear { years = Int(fromYear)...Int(toYear) }
            return DecisionDraft(kind: kind, wording: wording, assigneePersonID: kind.needsAssignee ? assignee : nil,
                                 deadline: deadline, policyYears: years, matter: matter, background: background)
        }
    }
}
