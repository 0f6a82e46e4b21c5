import Domain
import Fluent
import Foundation

/// An insats in the association's register (see `InterventionDraft`).
public final class Intervention: Model, @unchecked Sendable {
    public static let schema = "interventions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "code") public var code: String
    @Field(key: "kind") public var kindRaw: String
    @OptionalParent(key: "owner_member_id") public var owner: Member?
    @OptionalParent(key: "responsible_person_id") public var responsible: Person?
    @OptionalField(key: "partners") public var partners: String?
    @OptionalField(key: "target_group") public var targetGroup: String?
    @OptionalField(key: "age_from") public var ageFrom: Int?
    @OptionalField(key: "age_to") public var ageTo: Int?
    @OptionalField(key: "area") public var area: String?
    @OptionalField(key: "starts_on") public var startsOn: String?
    @OptionalField(key: "ends_on") public var endsOn: String?
    @Field(key: "stage") public var stageRaw: String
    @OptionalParent(key: "steering_body_id") public var steeringBody: Body?
    /// Merged into another insats from this day on; its figures continue there.
    @OptionalField(key: "merged_into_id") public var mergedIntoID: UUID?
    @OptionalField(key: "merged_on") public var mergedOn: String?
    @OptionalField(key: "closed_on") public var closedOn: String?
    @Children(for: \.$intervention) public var names: [InterventionName]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: InterventionDraft) {
        self.$organisation.id = organisationID
        apply(draft)
    }

    public func apply(_ draft: InterventionDraft) {
        code = draft.code
        kindRaw = draft.kind.rawValue
        $owner.id = draft.ownerMemberID
        $responsible.id = draft.responsiblePersonID
        partners = draft.partners
        targetGroup = draft.targetGroup
        ageFrom = draft.ageFrom
        ageTo = draft.ageTo
        area = draft.area
        startsOn = draft.startsOn?.iso
        endsOn = draft.endsOn?.iso
        stageRaw = draft.stage.rawValue
        $steeringBody.id = draft.steeringBodyID
    }

    public var kind: InterventionKind { InterventionKind(rawValue: kindRaw) ?? .individual }
    public var stage: InterventionStage { InterventionStage(rawValue: stageRaw) ?? .project }

    /// The name on a day, from the loaded names.
    public func name(on date: CivilDate) -> String {
        DatedName.name(on: date, among: names.compactMap(\.datedName)) ?? code
    }
}

public final class InterventionName: Model, @unchecked Sendable {
    public static let schema = "intervention_names"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "intervention_id") public var intervention: Intervention
    @Field(key: "name") public var name: String
    @Field(key: "valid_from") public var validFrom: String
    @OptionalField(key: "valid_to") public var validTo: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(interventionID: UUID, name: String, validFrom: String, validTo: String? = nil) {
        self.$intervention.id = interventionID
        self.name = name
        self.validFrom = validFrom
        self.validTo = validTo
    }
}
