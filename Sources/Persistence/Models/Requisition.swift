import Domain
import Fluent
import Foundation

/// A rekvisition (or a year-end report of costs not yet claimed) against an insats's grant.
public final class Requisition: Model, @unchecked Sendable {
    public static let schema = "requisitions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "intervention_id") public var intervention: Intervention
    @OptionalParent(key: "registered_matter_id") public var matter: RegisteredMatter?
    @Field(key: "kind") public var kindRaw: String
    @Field(key: "year") public var year: Int
    @Field(key: "period_from") public var periodFrom: String
    @Field(key: "period_to") public var periodTo: String
    @Field(key: "staff") public var staff: Int64
    @Field(key: "external_services") public var externalServices: Int64
    @Field(key: "premises") public var premises: Int64
    @Field(key: "other") public var other: Int64
    @Field(key: "status") public var statusRaw: String
    @OptionalField(key: "return_reason") public var returnReason: String?
    @Field(key: "submitted_by") public var submittedBy: String
    @OptionalField(key: "decided_by") public var decidedBy: String?
    @OptionalField(key: "decided_on") public var decidedOn: String?
    @OptionalParent(key: "stored_file_id") public var file: StoredFile?
    @OptionalField(key: "filename") public var filename: String?
    @OptionalField(key: "media_type") public var mediaType: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, interventionID: UUID, draft: RequisitionDraft, submittedBy: String) {
        self.$organisation.id = organisationID
        self.$intervention.id = interventionID
        kindRaw = draft.kind.rawValue
        year = draft.year
        periodFrom = draft.periodFrom.iso
        periodTo = draft.periodTo.iso
        staff = draft.staff
        externalServices = draft.externalServices
        premises = draft.premises
        other = draft.other
        statusRaw = RequisitionStatus.submitted.rawValue
        self.submittedBy = submittedBy
    }

    public var kind: RequisitionKind { RequisitionKind(rawValue: kindRaw) ?? .claim }
    public var status: RequisitionStatus { RequisitionStatus(rawValue: statusRaw) ?? .submitted }
    public var total: Int64 { staff + externalServices + premises + other }
}
