extension AssociationRules {
    /// Reads the rules form. Day counts have sane bounds so that a typo cannot set a deadline of years.
    public static func parse(_ input: [String: String]) -> Result<AssociationRules, ValidationFailure> {
        var v = FieldValidator(input)
        let quorum = v.choice("quorum", as: QuorumRule.self)
        let matters = Set(MatterKind.allCases.filter { v.flag("matter_\($0.rawValue)") })
        var fraction: Fraction?
        if let raw = v.text("qualifiedMajority", maxLength: 20) {
            fraction = Fraction(text: raw)
            if fraction == nil { v.add("qualifiedMajority", .invalidFraction) }
        }
        let adjustment = v.integer("adjustmentDeadlineDays", in: 1...90)
        let posting = v.integer("postingDeadlineDays", in: 0...30)
        let appeal = v.integer("appealPeriodDays", in: 1...90)
        let termStarts = v.monthDay("boardTermStarts")
        let planDeadline = v.monthDay("planAndBudgetDeadline")
        let remote = v.flag("remoteParticipationAllowed")
        let remoteFrom = v.date("remoteParticipationFrom", required: remote)
        let ownBoard = v.flag("postsOnOwnNoticeBoard")
        return v.result {
            guard let quorum, let fraction, let adjustment, let posting, let appeal, let termStarts, let planDeadline
            else { return nil }
            return AssociationRules(
                quorum: quorum, qualifiedMajorityMatters: matters, qualifiedMajority: fraction,
                adjustmentDeadlineDays: Int(adjustment), postingDeadlineDays: Int(posting),
                appealPeriodDays: Int(appeal), remoteParticipationAllowed: remote, remoteParticipationFrom: remote ? remoteFrom : nil,
                postsOnOwnNoticeBoard: ownBoard, boardTermStarts: termStarts, planAndBudgetDeadline: planDeadline)
        }
    }
}
