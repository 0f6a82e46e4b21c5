import Domain

/// The förbundsordning's rules as Samordna applies them, and the form to change them.
public enum RulesPages {
    public static func show(_ rules: AssociationRules, noticeBoards: [String], slug: String, context: PageContext) -> String {
        let matters = rules.qualifiedMajorityMatters.isEmpty
            ? Sv.Rules.noneQualified
            : MatterKind.allCases.filter(rules.qualifiedMajorityMatters.contains).map(Sv.matterKind).joined(separator: ", ")
        let boards = (rules.postsOnOwnNoticeBoard ? [Sv.Rules.ownBoard] : []) + noticeBoards
        return Layout.page(title: Sv.Rules.heading, context: context) {
            h1 { Sv.Rules.heading }
            paragraph { Sv.Rules.intro }
            summaryList([
                (Sv.Rules.quorum, .text(Sv.quorumRule(rules.quorum))),
                (Sv.Rules.qualifiedMatters, .text(matters)),
                (Sv.Rules.qualifiedMajority, .text(rules.qualifiedMajority.text)),
                (Sv.Rules.adjustmentDeadline, .text(Sv.Rules.days(rules.adjustmentDeadlineDays))),
                (Sv.Rules.postingDeadline, .text(Sv.Rules.days(rules.postingDeadlineDays))),
                (Sv.Rules.appealPeriod, .text(Sv.Rules.days(rules.appealPeriodDays))),
                (Sv.Rules.remote, .text(rules.remoteParticipationAllowed
                    ? rules.remoteParticipationFrom.map { Sv.Rules.remoteFrom($0.iso) } ?? Sv.yes : Sv.no)),
                (Sv.Rules.boardTermStarts, .text(rules.boardTermStarts.text)),
                (Sv.Rules.planDeadline, .text(rules.planAndBudgetDeadline.text)),
                (Sv.Rules.noticesPostedAt, .text(boards.isEmpty ? Sv.none : boards.joined(separator: ", "))),
            ])
            paragraph(.class("hint")) { Sv.Rules.noticesPostedAtHint }
            if context.association?.permissions.canEditRegister == true {
                paragraph { actionLink(SiteURL.rulesEdit(slug).path, Sv.Rules.editTitle) }
            }
        }
    }

    /// Form values for the current rules, in the same shape the form sends them.
    public static func values(_ rules: AssociationRules) -> [String: String] {
        var values = [
            "quorum": rules.quorum.rawValue, "qualifiedMajority": rules.qualifiedMajority.text,
            "adjustmentDeadlineDays": String(rules.adjustmentDeadlineDays),
            "postingDeadlineDays": String(rules.postingDeadlineDays),
            "appealPeriodDays": String(rules.appealPeriodDays),
            "boardTermStarts": rules.boardTermStarts.text, "planAndBudgetDeadline": rules.planAndBudgetDeadline.text,
        ]
        if rules.remoteParticipationAllowed { values["remoteParticipationAllowed"] = "on" }
        values["remoteParticipationFrom"] = rules.remoteParticipationFrom?.iso ?? ""
        if rules.postsOnOwnNoticeBoard { values["postsOnOwnNoticeBoard"] = "on" }
        for matter in rules.qualifiedMajorityMatters { values["matter_\(matter.rawValue)"] = "on" }
        return values
    }

    public static func form(_ state: FormState, slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Rules.editTitle, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Rules.editTitle }
            FormView.render(state, action: SiteURL.rulesEdit(slug).path, submit: Sv.save, cancel: SiteURL.rules(slug).path, items: [
                .field(FieldSpec("quorum", Sv.Rules.quorum, .select(QuorumRule.allCases.map { ($0.rawValue, Sv.quorumRule($0)) }, includeEmpty: false))),
                .group(legend: Sv.Rules.qualifiedMatters, hint: Sv.Rules.qualifiedMattersHint,
                       MatterKind.allCases.map { FieldSpec("matter_\($0.rawValue)", Sv.matterKind($0), .checkbox) }),
                .field(FieldSpec("qualifiedMajority", Sv.Rules.qualifiedMajority, hint: Sv.Rules.qualifiedMajorityHint)),
                .field(FieldSpec("adjustmentDeadlineDays", Sv.Rules.adjustmentDeadline, .text(inputMode: "numeric"))),
                .field(FieldSpec("postingDeadlineDays", Sv.Rules.postingDeadline, .text(inputMode: "numeric"))),
                .field(FieldSpec("appealPeriodDays", Sv.Rules.appealPeriod, .text(inputMode: "numeric"))),
                .field(FieldSpec("remoteParticipationAllowed", Sv.Rules.remote, .checkbox, hint: Sv.Rules.remoteHint)),
                .field(FieldSpec("remoteParticipationFrom", Sv.Rules.remoteFromLabel, .date, hint: Sv.Rules.remoteFromHint, optional: true)),
                .field(FieldSpec("postsOnOwnNoticeBoard", Sv.Rules.ownNoticeBoard, .checkbox)),
                .field(FieldSpec("boardTermStarts", Sv.Rules.boardTermStarts, hint: Sv.Rules.monthDayHint)),
                .field(FieldSpec("planAndBudgetDeadline", Sv.Rules.planDeadline, hint: Sv.Rules.monthDayHint)),
            ])
        }
    }
}
