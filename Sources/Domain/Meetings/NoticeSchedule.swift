/// The dates that make a protokoll appeal-safe, checked against each other and the association's
/// rules: sammanträde ≤ justering ≤ anslag, the anslag within the posting deadline unless a reason
/// is recorded, and a warning when justering came later than the association's deadline.
public struct NoticeSchedule: Equatable, Sendable {
    public let meetingDate: CivilDate
    public let adjustedOn: CivilDate
    public let postedOn: CivilDate
    public let appeal: AppealPeriod
    public let latePostingReason: String?

    public enum Warning: Equatable, Sendable {
        /// Justering happened this many days after the meeting, more than the rules allow.
        case lateAdjustment(days: Int, deadline: Int)
    }

    public var warnings: [Warning]

    /// The default posting date: the day of justering (it cannot be earlier).
    public static func defaultPostingDate(adjustedOn: CivilDate) -> CivilDate { adjustedOn }

    public static func latestPostingDate(adjustedOn: CivilDate, rules: AssociationRules) -> CivilDate {
        adjustedOn.adding(days: rules.postingDeadlineDays) ?? adjustedOn
    }

    /// Issues name the form fields `adjustedOn`, `postedOn` and `latePostingReason`.
    public static func check(meetingDate: CivilDate, adjustedOn: CivilDate, postedOn: CivilDate,
                             latePostingReason: String?, rules: AssociationRules) -> Result<NoticeSchedule, ValidationFailure> {
        var issues: [FieldIssue] = []
        if adjustedOn < meetingDate { issues.append(FieldIssue("adjustedOn", .mustBeOnOrAfter(meetingDate.iso))) }
        if postedOn < adjustedOn { issues.append(FieldIssue("postedOn", .mustBeOnOrAfter(adjustedOn.iso))) }
        let reason = latePostingReason?.trimmingWhitespace()
        let latest = latestPostingDate(adjustedOn: adjustedOn, rules: rules)
        if postedOn > latest, (reason ?? "").isEmpty {
            issues.append(FieldIssue("latePostingReason", .reasonNeededAfter(latest.iso)))
        }
        guard issues.isEmpty, let appeal = AppealPeriod(postedOn: postedOn, days: rules.appealPeriodDays) else {
            return .failure(ValidationFailure(issues.isEmpty ? [FieldIssue("postedOn", .invalidDate)] : issues))
        }
        var warnings: [Warning] = []
        let elapsed = meetingDate.days(until: adjustedOn)
        if elapsed > rules.adjustmentDeadlineDays {
            warnings.append(.lateAdjustment(days: elapsed, deadline: rules.adjustmentDeadlineDays))
        }
        return .success(NoticeSchedule(meetingDate: meetingDate, adjustedOn: adjustedOn, postedOn: postedOn, appeal: appeal,
                                       latePostingReason: (reason ?? "").isEmpty ? nil : reason, warnings: warnings))
    }
}
