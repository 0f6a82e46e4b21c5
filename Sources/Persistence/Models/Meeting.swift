import Domain
import Fluent
import Foundation

/// A sammanträde of one body in the mötesplan. Moving or cancelling it raises `sequence`, which
/// calendar programs use to replace the event they already have (RFC 5545 SEQUENCE).
public final class Meeting: Model, @unchecked Sendable {
    public static let schema = "meetings"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "body_id") public var body: Body
    @Field(key: "date") public var date: String
    @Field(key: "starts_at") public var startsAt: String
    @OptionalField(key: "ends_at") public var endsAt: String?
    @Field(key: "place") public var place: String
    @OptionalField(key: "address") public var address: String?
    @Field(key: "remote_offered") public var remoteOffered: Bool
    /// Nil for meetings stored before formats existed: see `format`.
    @OptionalField(key: "format") public var formatRaw: String?
    @OptionalField(key: "theme") public var theme: String?
    @Field(key: "status") public var statusRaw: String
    @OptionalField(key: "cancellation_reason") public var cancellationReason: String?
    @Field(key: "sequence") public var sequence: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, draft: MeetingDraft) {
        self.$organisation.id = organisationID
        statusRaw = MeetingStatus.planned.rawValue
        sequence = 0
        apply(draft)
    }

    public func apply(_ draft: MeetingDraft) {
        $body.id = draft.bodyID
        date = draft.date.iso
        startsAt = draft.startsAt.text
        endsAt = draft.endsAt?.text
        place = draft.place
        address = draft.address
        remoteOffered = draft.remoteOffered
        formatRaw = draft.format.rawValue
        theme = draft.theme
    }

    public var status: MeetingStatus { MeetingStatus(rawValue: statusRaw) ?? .planned }
    public var format: MeetingFormat { formatRaw.flatMap(MeetingFormat.init(rawValue:)) ?? .legacy(remoteOffered: remoteOffered) }
    public var civilDate: CivilDate? { CivilDate(iso: date) }
    public var startTime: ClockTime? { ClockTime(text: startsAt) }
    public var endTime: ClockTime? { endsAt.flatMap { ClockTime(text: $0) } }
}

/// A person invited to one sammanträde beyond the body and the presenters.
public final class MeetingGuest: Model, @unchecked Sendable {
    public static let schema = "meeting_guests"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "meeting_id") public var meeting: Meeting
    @Parent(key: "person_id") public var person: Person
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, meetingID: UUID, personID: UUID) {
        self.$organisation.id = organisationID
        self.$meeting.id = meetingID
        self.$person.id = personID
    }
}
