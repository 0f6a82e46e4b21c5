import Domain
import Fluent
import Foundation

/// The association's rules (one row per association); see `AssociationRules` for their meaning.
public final class RulesRecord: Model, @unchecked Sendable {
    public static let schema = "association_rules"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "quorum_rule") public var quorumRule: String
    @Field(key: "qualified_majority_matters") public var qualifiedMajorityMatters: String
    @Field(key: "qualified_majority") public var qualifiedMajority: String
    @Field(key: "adjustment_deadline_days") public var adjustmentDeadlineDays: Int
    @Field(key: "posting_deadline_days") public var postingDeadlineDays: Int
    @Field(key: "appeal_period_days") public var appealPeriodDays: Int
    @Field(key: "remote_participation_allowed") public var remoteParticipationAllowed: Bool
    @OptionalField(key: "remote_participation_from") public var remoteParticipationFrom: String?
    @Field(key: "posts_on_own_notice_board") public var postsOnOwnNoticeBoard: Bool
    @Field(key: "board_term_starts") public var boardTermStarts: String
    @Field(key: "plan_and_budget_deadline") public var planAndBudgetDeadline: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, rules: AssociationRules) {
        self.$organisation.id = organisationID
        apply(rules)
    }

    public func apply(_ rules: AssociationRules) {
        quorumRule = rules.quorum.rawValue
        qualifiedMajorityMatters = AssociationRules.encode(rules.qualifiedMajorityMatters)
        qualifiedMajority = rules.qualifiedMajority.text
        adjustmentDeadlineDays = rules.adjustmentDeadlineDays
        postingDeadlineDays = rules.postingDeadlineDays
        appealPeriodDays = rules.appealPeriodDays
        remoteParticipationAllowed = rules.remoteParticipationAllowed
        remoteParticipationFrom = rules.remoteParticipationFrom?.iso
        postsOnOwnNoticeBoard = rules.postsOnOwnNoticeBoard
        boardTermStarts = rules.boardTermStarts.text
        planAndBudgetDeadline = rules.planAndBudgetDeadline.text
    }

    /// A value that no longer parses (it never should) falls back to the default for that rule.
    public var rules: AssociationRules {
        let defaults = AssociationRules.defaults
        return AssociationRules(
            quorum: QuorumRule(rawValue: quorumRule) ?? defaults.quorum,
            qualifiedMajorityMatters: AssociationRules.decode(qualifiedMajorityMatters),
            qualifiedMajority: Fraction(text: qualifiedMajority) ?? defaults.qualifiedMajority,
            adjustmentDeadlineDays: adjustmentDeadlineDays,
            postingDeadlineDays: postingDeadlineDays,
            appealPeriodDays: appealPeriodDays,
            remoteParticipationAllowed: remoteParticipationAllowed,
            remoteParticipationFrom: remoteParticipationFrom.flatMap { CivilDate(iso: $0) },
            postsOnOwnNoticeBoard: postsOnOwnNoticeBoard,
            boardTermStarts: MonthDay(text: boardTermStarts) ?? defaults.boardTermStarts,
            planAndBudgetDeadline: MonthDay(text: planAndBudgetDeadline) ?? defaults.planAndBudgetDeadline)
    }
}
