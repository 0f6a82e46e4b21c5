import Fluent
import Foundation

/// A bilaga of a meeting, numbered per meeting. Its content lives in versions; replacing the file
/// adds a version and keeps the old one.
public final class Attachment: Model, @unchecked Sendable {
    public static let schema = "attachments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "meeting_id") public var meeting: Meeting
    @Field(key: "number") public var number: Int
    @Field(key: "title") public var title: String
    @OptionalField(key: "secrecy_ground") public var secrecyGround: String?
    /// The kansli has published it although it belongs only to secret items (`AttachmentSecrecy`).
    @Field(key: "published_explicitly") public var publishedExplicitly: Bool
    @Children(for: \.$attachment) public var versions: [AttachmentVersion]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, meetingID: UUID, number: Int, title: String, secrecyGround: String?) {
        self.$organisation.id = organisationID
        self.$meeting.id = meetingID
        self.number = number
        self.title = title
        self.secrecyGround = secrecyGround
        self.publishedExplicitly = false
    }

    public var isSecret: Bool { secrecyGround != nil }
}

/// One uploaded file of a bilaga.
public final class AttachmentVersion: Model, @unchecked Sendable {
    public static let schema = "attachment_versions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "attachment_id") public var attachment: Attachment
    @Field(key: "version") public var version: Int
    @Parent(key: "stored_file_id") public var file: StoredFile
    @Field(key: "filename") public var filename: String
    @Field(key: "media_type") public var mediaType: String
    @Field(key: "byte_count") public var byteCount: Int
    @Field(key: "uploaded_by") public var uploadedBy: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(attachmentID: UUID, version: Int, fileID: UUID, filename: String, mediaType: String, byteCount: Int, uploadedBy: String) {
        self.$attachment.id = attachmentID
        self.version = version
        self.$file.id = fileID
        self.filename = filename
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.uploadedBy = uploadedBy
    }
}

/// Which agenda items a bilaga belongs to; one bilaga can serve several items.
public final class AgendaItemAttachment: Model, @unchecked Sendable {
    public static let schema = "agenda_item_attachments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "agenda_item_id") public var item: AgendaItem
    @Parent(key: "attachment_id") public var attachment: Attachment
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(itemID: UUID, attachmentID: UUID) {
        self.$item.id = itemID
        self.$attachment.id = attachmentID
    }
}
