import Domain
import Fluent
import Foundation

/// A file uploaded for import, waiting to be read, reviewed and committed (or removed).
public final class ArchiveUpload: Model, @unchecked Sendable {
    public static let schema = "archive_uploads"

    public enum Status: String, Sendable {
        /// Uploaded; the background reader has not taken it yet.
        case waiting
        case reading
        /// Read; the packet waits for review.
        case ready
        /// The file could not be read; `problem` says why.
        case failed
    }

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "file_name") public var fileName: String
    @Field(key: "byte_count") public var byteCount: Int
    @Field(key: "data") public var data: Data
    @Field(key: "status") public var statusRaw: String
    /// Why the file could not be read, in Swedish.
    @OptionalField(key: "problem") public var problem: String?
    /// What the reader did that a reviewer should know (OCR pages, a guessed encoding), in Swedish, one per line.
    @Field(key: "reader_notes") public var readerNotes: String
    /// The `ImportedPacket` as JSON, with the reviewer's corrections.
    @OptionalField(key: "packet") public var packet: String?
    /// The `[TextRepair.Line]` of the file as JSON.
    @OptionalField(key: "lines") public var lines: String?
    /// The body whose meetings the file records, as the reviewer chose; the board when nil.
    @OptionalParent(key: "body_id") public var body: Body?
    @Field(key: "uploaded_by") public var uploadedBy: String
    /// While a PDF is read: its pages, those done, and when reading began (for the time left).
    @OptionalField(key: "pages_total") public var pagesTotal: Int?
    @OptionalField(key: "pages_done") public var pagesDone: Int?
    @OptionalField(key: "reading_started_at") public var readingStartedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, fileName: String, data: Data, uploadedBy: String) {
        self.$organisation.id = organisationID
        self.fileName = fileName
        self.byteCount = data.count
        self.data = data
        self.statusRaw = Status.waiting.rawValue
        self.readerNotes = ""
        self.uploadedBy = uploadedBy
    }

    public var status: Status { Status(rawValue: statusRaw) ?? .failed }
}
