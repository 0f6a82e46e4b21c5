import Domain
import Fluent
import Foundation

/// A decision under a §, with its votering when there was one.
public final class Decision: Model, @unchecked Sendable {
    public static let schema = "decisions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "paragraph_id") public var paragraph: Paragraph
    @Field(key: "kind") public var kindRaw: String
    @Field(key: "wording") public var wording: String
    /// The part of the §'s text that leads to this decision, when a § has several parts.
    @OptionalField(key: "background") public var background: String?
    @OptionalParent(key: "assignee_person_id") public var assignee: Person?
    @OptionalField(key: "deadline") public var deadline: String?
    @OptionalField(key: "policy_from_year") public var policyFromYear: Int?
    @OptionalField(key: "policy_to_year") public var policyToYear: Int?
    @OptionalField(key: "matter") public var matterRaw: String?
    /// Nil for acclamation; otherwise the computed result of the votering.
    @OptionalField(key: "vote_outcome") public var voteOutcome: String?
    /// For an uppdrag: open or done, the day it was reported done, and the day the reminder went out.
    @OptionalField(key: "task_status") public var taskStatusRaw: String?
    @OptionalField(key: "task_done_on") public var taskDoneOn: String?
    @OptionalField(key: "reminder_sent_on") public var reminderSentOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, paragraphID: UUID, draft: DecisionDraft) {
        self.$organisation.id = organisationID
        self.$paragraph.id = paragraphID
        kindRaw = draft.kind.rawValue
        wording = draft.wording
        background = draft.background
        $assignee.id = draft.assigneePersonID
        deadline = draft.deadline?.iso
        policyFromYear = draft.policyYears?.lowerBound
        policyToYear = draft.policyYears?.upperBound
        matterRaw = draft.matter?.rawValue
        taskStatusRaw = draft.kind == .assignment ? TaskStatus.open.rawValue : nil
    }

    public var taskStatus: TaskStatus? { taskStatusRaw.flatMap(TaskStatus.init(rawValue:)) }

    public var kind: DecisionKind { DecisionKind(rawValue: kindRaw) ?? .decision }
}

public final class Vote: Model, @unchecked Sendable {
    public static let schema = "votes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "decision_id") public var decision: Decision
    @Parent(key: "person_id") public var person: Person
    @Field(key: "choice") public var choiceRaw: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(decisionID: UUID, personID: UUID, choice: VoteChoice) {
        self.$decision.id = decisionID
        self.$person.id = personID
        self.choiceRaw = choice.rawValue
    }
}

/// A beslutande's reservation against a decision, with an optional written reason.
public final class Reservation: Model, @unchecked Sendable {
    public static let schema = "reservations"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "decision_id") public var decision: Decision
    @Parent(key: "person_id") public var person: Person
    @OptionalField(key: "reason") public var reason: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(decisionID: UUID, personID: UUID, reason: String?) {
        self.$decision.id = decisionID
        self.$person.id = personID
        self.reason = reason
    }
}

/// Jäv: the person leaves the meeting for this §.
public final class Recusal: Model, @unchecked Sendable {
    public static let schema = "recusals"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "paragraph_id") public var paragraph: Paragraph
    @Parent(key: "person_id") public var person: Person
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(paragraphID: UUID, personID: UUID) {
        self.$paragraph.id = paragraphID
        self.$person.id = personID
    }
}
