import Fluent
import Foundation

/// A published kallelse: version 1 is the kallelse, later versions are "Reviderad kallelse".
/// The content is stored as it was sent, so a later change to the agenda never alters it.
public final class Notice: Model, @unchecked Sendable {
    public static let schema = "notices"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "meeting_id") public var meeting: Meeting
    @Field(key: "version") public var version: Int
    /// `NoticeContent` as JSON.
    @Field(key: "content") public var content: String
    @Field(key: "published_at") public var publishedAt: Date
    @Field(key: "published_by") public var publishedBy: String
    @OptionalField(key: "change_note") public var changeNote: String?
    /// The PDFs, made once and kept: the board's (secret items marked) and the public one.
    @OptionalParent(key: "board_pdf_file_id") public var boardPDF: StoredFile?
    @OptionalParent(key: "public_pdf_file_id") public var publicPDF: StoredFile?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, meetingID: UUID, version: Int, content: String, publishedAt: Date, publishedBy: String,
                changeNote: String?) {
        self.$organisation.id = organisationID
        self.$meeting.id = meetingID
        self.version = version
        self.content = content
        self.publishedAt = publishedAt
        self.publishedBy = publishedBy
        self.changeNote = changeNote
    }
}
