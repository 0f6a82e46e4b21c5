import Domain
import Fluent
import Foundation

/// The protokoll of one sammanträde. Its §§ are numbered when it is created, continuing the
/// body's numbering for the calendar year.
public final class MeetingProtocol: Model, @unchecked Sendable {
    public static let schema = "protocols"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "meeting_id") public var meeting: Meeting
    /// Copied from the meeting so that numbering queries need no join.
    @Parent(key: "body_id") public var body: Body
    @Field(key: "year") public var year: Int
    @Field(key: "status") public var statusRaw: String
    /// The `ProtocolSnapshot` JSON sent for justering and its SHA-256; nil while a draft.
    @OptionalField(key: "content") public var content: String?
    @OptionalField(key: "content_sha256") public var contentSHA256: String?
    /// Justeringsdatum: the day of the last signature.
    @OptionalField(key: "adjusted_on") public var adjustedOn: String?
    /// The anslag: posted on, the last day of the appeal period (the notice comes down after it),
    /// and the reason recorded when it went up later than the rules allow.
    @OptionalField(key: "posted_on") public var postedOn: String?
    @OptionalField(key: "appeal_ends_on") public var appealEndsOn: String?
    @OptionalField(key: "late_posting_reason") public var latePostingReason: String?
    /// Set on a protokoll imported from the archive ("importerat"): the import it came from.
    @OptionalField(key: "archive_import_id") public var archiveImportID: UUID?
    /// A joint session: the other body that met with this one, for §§ jointFrom–jointTo.
    @OptionalField(key: "joint_body") public var jointBody: String?
    @OptionalField(key: "joint_from") public var jointFrom: Int?
    @OptionalField(key: "joint_to") public var jointTo: Int?
    /// The heading of the närvarobilaga, for those listed there rather than in the header.
    @OptionalField(key: "attendance_appendix_title") public var attendanceAppendixTitle: String?
    /// The day the signers were reminded that the justering deadline is near.
    @OptionalField(key: "adjustment_reminder_sent_on") public var adjustmentReminderSentOn: String?
    @Children(for: \.$protocol) public var paragraphs: [Paragraph]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, meetingID: UUID, bodyID: UUID, year: Int) {
        self.$organisation.id = organisationID
        self.$meeting.id = meetingID
        self.$body.id = bodyID
        self.year = year
        self.statusRaw = ProtocolState.draft.rawValue
    }

    public var status: ProtocolState { ProtocolState(rawValue: statusRaw) ?? .draft }

    /// The state on a given day: a posted protokoll becomes "anslaget" on its posting date and
    /// vinner laga kraft the day after the appeal period ends.
    public func state(on today: CivilDate) -> ProtocolState {
        var appeal: AppealPeriod?
        if let posted = postedOn.flatMap({ CivilDate(iso: $0) }), let ends = appealEndsOn.flatMap({ CivilDate(iso: $0) }) {
            appeal = AppealPeriod(postedOn: posted, endsOn: ends)
        }
        return ProtocolState.derive(sentForAdjustment: status >= .forAdjustment, fullySigned: status >= .adjusted, appeal: appeal, today: today)
    }
}

/// One § of a protokoll.
public final class Paragraph: Model, @unchecked Sendable {
    public static let schema = "paragraphs"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "protocol_id") public var `protocol`: MeetingProtocol
    @OptionalParent(key: "agenda_item_id") public var agendaItem: AgendaItem?
    @Field(key: "number") public var number: Int
    @Field(key: "title") public var title: String
    @OptionalField(key: "narrative") public var narrative: String?
    @OptionalField(key: "secrecy_ground") public var secrecyGround: String?
    @Field(key: "kind") public var kindRaw: String
    @Field(key: "added_at_meeting") public var addedAtMeeting: Bool
    /// From the standing item its agenda item came from, e.g. `.adjusterElection`.
    @OptionalField(key: "purpose") public var purposeRaw: String?
    /// Omedelbar justering: the day every signer signed this § at the meeting, and the SHA-256 of
    /// the content they signed. An immediately justerad § is no longer edited.
    @OptionalField(key: "adjusted_on") public var adjustedOn: String?
    @OptionalField(key: "content_sha256") public var contentSHA256: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, protocolID: UUID, agendaItemID: UUID?, number: Int, title: String, kind: AgendaItemKind,
                secrecyGround: String?, addedAtMeeting: Bool) {
        self.$organisation.id = organisationID
        self.$protocol.id = protocolID
        self.$agendaItem.id = agendaItemID
        self.number = number
        self.title = title
        self.kindRaw = kind.rawValue
        self.secrecyGround = secrecyGround
        self.addedAtMeeting = addedAtMeeting
    }

    public var kind: AgendaItemKind { AgendaItemKind(rawValue: kindRaw) ?? .information }
    public var purpose: StandingItem.Purpose? { purposeRaw.flatMap(StandingItem.Purpose.init(rawValue:)) }
}

/// A person's attendance at a sammanträde, possibly for a § range only.
public final class Attendance: Model, @unchecked Sendable {
    public static let schema = "attendances"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "protocol_id") public var `protocol`: MeetingProtocol
    @Parent(key: "person_id") public var person: Person
    @Field(key: "role") public var roleRaw: String
    @Field(key: "mode") public var modeRaw: String
    @OptionalField(key: "from_paragraph") public var fromParagraph: Int?
    @OptionalField(key: "to_paragraph") public var toParagraph: Int?
    @OptionalParent(key: "serves_for_person_id") public var servesFor: Person?
    @Field(key: "is_chair") public var isChair: Bool
    /// The kansli's order within the role's list (the chair always comes first).
    @OptionalField(key: "position") public var position: Int?
    /// Listed in the närvarobilaga instead of the protokoll's header.
    @Field(key: "in_appendix") public var inAppendix: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, protocolID: UUID, entry: AttendanceEntry) {
        self.$organisation.id = organisationID
        self.$protocol.id = protocolID
        self.$person.id = entry.personID
        self.roleRaw = entry.role.rawValue
        self.modeRaw = entry.mode.rawValue
        self.fromParagraph = entry.paragraphs?.lowerBound
        self.toParagraph = entry.paragraphs?.upperBound
        self.$servesFor.id = entry.servesForPersonID
        self.isChair = entry.isChair
        self.inAppendix = entry.inAppendix
    }

    public var entry: AttendanceEntry {
        var range: ClosedRange<Int>?
        if let fromParagraph, let toParagraph, fromParagraph <= toParagraph { range = fromParagraph...toParagraph }
        return AttendanceEntry(personID: $person.id, role: AttendanceRole(rawValue: roleRaw) ?? .participant,
                               mode: ParticipationMode(rawValue: modeRaw) ?? .onSite, paragraphs: range,
                               servesForPersonID: $servesFor.id, isChair: isChair, inAppendix: inAppendix)
    }
}
