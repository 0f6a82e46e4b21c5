import Domain
import Fluent
import Foundation

/// Money the board granted an insats for one year, by a decision in a protokoll §. A later
/// decision for the same insats and year supersedes it; a grant is never edited.
public final class Grant: Model, @unchecked Sendable {
    public static let schema = "grants"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "intervention_id") public var intervention: Intervention
    @Parent(key: "decision_id") public var decision: Decision
    @Field(key: "year") public var year: Int
    /// Whole kronor.
    @Field(key: "amount") public var amount: Int64
    @OptionalField(key: "conditions") public var conditions: String?
    @OptionalField(key: "superseded_by_id") public var supersededByID: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, interventionID: UUID, decisionID: UUID, year: Int, amount: Int64, conditions: String?) {
        self.$organisation.id = organisationID
        self.$intervention.id = interventionID
        self.$decision.id = decisionID
        self.year = year
        self.amount = amount
        self.conditions = conditions
    }
}
