import Fluent
import Foundation

/// An e-mail waiting to be sent, being retried, or sent. Written in the same transaction as the
/// change that causes it, so that a mail server being down loses nothing.
public final class OutboxMessage: Model, @unchecked Sendable {
    public static let schema = "outbox_messages"

    public enum Status: String, Sendable {
        case pending
        case sent
        /// Given up: a permanent refusal or too many attempts.
        case failed
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "recipient") public var recipient: String
    @OptionalField(key: "recipient_name") public var recipientName: String?
    @Field(key: "subject") public var subject: String
    @Field(key: "body") public var body: String
    @OptionalParent(key: "attachment_file_id") public var attachmentFile: StoredFile?
    @OptionalField(key: "attachment_name") public var attachmentName: String?
    @OptionalField(key: "attachment_media_type") public var attachmentMediaType: String?
    /// What the message is about, e.g. "kallelse" with the meeting's id, for the delivery list.
    @Field(key: "topic") public var topic: String
    @OptionalField(key: "subject_id") public var subjectID: UUID?
    @Field(key: "status") public var statusRaw: String
    @Field(key: "attempts") public var attempts: Int
    @Field(key: "next_attempt_at") public var nextAttemptAt: Date
    @OptionalField(key: "last_error") public var lastError: String?
    @OptionalField(key: "sent_at") public var sentAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, recipient: String, recipientName: String?, subject: String, body: String,
                topic: String, subjectID: UUID?, notBefore: Date) {
        self.$organisation.id = organisationID
        self.recipient = recipient
        self.recipientName = recipientName
        self.subject = subject
        self.body = body
        self.topic = topic
        self.subjectID = subjectID
        self.statusRaw = Status.pending.rawValue
        self.attempts = 0
        self.nextAttemptAt = notBefore
    }

    public var status: Status { Status(rawValue: statusRaw) ?? .pending }
}
