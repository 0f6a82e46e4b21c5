import Domain
import Fluent
import Foundation

/// One file of the association's archive imported into Samordna. The content hash is unique per
/// association: importing the same file again finds this record and creates nothing.
public final class ArchiveImport: Model, @unchecked Sendable {
    public static let schema = "archive_imports"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "stored_file_id") public var storedFile: StoredFile
    @Field(key: "content_sha256") public var contentSHA256: String
    @Field(key: "file_name") public var fileName: String
    /// The user name, or "cli" for the command line.
    @Field(key: "imported_by") public var importedBy: String
    @Field(key: "warning_count") public var warningCount: Int
    @Children(for: \.$archiveImport) public var documents: [ArchiveDocument]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, storedFileID: UUID, contentSHA256: String, fileName: String, importedBy: String, warningCount: Int) {
        self.$organisation.id = organisationID
        self.$storedFile.id = storedFileID
        self.contentSHA256 = contentSHA256
        self.fileName = fileName
        self.importedBy = importedBy
        self.warningCount = warningCount
    }
}

/// A document found in an imported file (kallelse, protokoll, bilaga …): its place in the file,
/// the fields read from it as the import format has them, and its text, repaired and original.
public final class ArchiveDocument: Model, @unchecked Sendable {
    public static let schema = "archive_documents"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "archive_import_id") public var archiveImport: ArchiveImport
    /// Order within the file.
    @Field(key: "position") public var position: Int
    @Field(key: "kind") public var kindRaw: String
    @OptionalField(key: "title") public var title: String?
    @Field(key: "first_line") public var firstLine: Int
    @Field(key: "last_line") public var lastLine: Int
    @OptionalParent(key: "meeting_id") public var meeting: Meeting?
    @OptionalParent(key: "protocol_id") public var `protocol`: MeetingProtocol?
    /// The `ImportedDocument` as JSON (specs/import-format.md), as committed after review.
    @Field(key: "fields") public var fields: String
    @Field(key: "text") public var text: String
    @Field(key: "original_text") public var originalText: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, importID: UUID, position: Int, kind: DocumentKind, title: String?, lines: ClosedRange<Int>,
                fields: String, text: String, originalText: String) {
        self.$organisation.id = organisationID
        self.$archiveImport.id = importID
        self.position = position
        self.kindRaw = kind.rawValue
        self.title = title
        self.firstLine = lines.lowerBound
        self.lastLine = lines.upperBound
        self.fields = fields
        self.text = text
        self.originalText = originalText
    }

    public var kind: DocumentKind { DocumentKind(rawValue: kindRaw) ?? .annat }
}
