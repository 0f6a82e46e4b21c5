import Domain
import Fluent
import Foundation

/// What the records alone cannot give a year's årsredovisning — the kansli's förvaltningsberättelse
/// and the number of employees — and its way to adoption: the board meeting it is laid before,
/// the bilaga holding the document, the document's SHA-256 and the open-data figures as they were
/// laid before the board (kept so that an adopted report's figures are the ones signed).
public final class AnnualReportRecord: Model, @unchecked Sendable {
    public static let schema = "annual_reports"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Field(key: "year") public var year: Int
    @OptionalField(key: "narrative") public var narrative: String?
    /// Average number of employees in the year, as the five-year overview shows it.
    @OptionalField(key: "employees") public var employees: Int?
    @Field(key: "status") public var statusRaw: String
    @OptionalParent(key: "meeting_id") public var meeting: Meeting?
    @OptionalParent(key: "attachment_id") public var attachment: Attachment?
    @OptionalField(key: "content_sha256") public var contentSHA256: String?
    @OptionalField(key: "figures") public var figures: String?
    @OptionalField(key: "presented_on") public var presentedOn: String?
    @OptionalField(key: "adopted_on") public var adoptedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, year: Int) {
        self.$organisation.id = organisationID
        self.year = year
        self.statusRaw = AnnualReportState.draft.rawValue
    }

    public var status: AnnualReportState { AnnualReportState(rawValue: statusRaw) ?? .draft }
}

/// A ledamot of the board who is to sign the årsredovisning laid before a meeting.
public final class AnnualReportSigner: Model, @unchecked Sendable {
    public static let schema = "annual_report_signers"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "annual_report_id") public var report: AnnualReportRecord
    @Parent(key: "person_id") public var person: Person

    public init() {}

    public init(reportID: UUID, personID: UUID) {
        self.$report.id = reportID
        self.$person.id = personID
    }
}

/// A ledamot's answer to the årsredovisning: signed (with the SHA-256 of the exact document) or
/// sent back with comments; kept after a sending back, as the protokoll's signatures are.
public final class AnnualReportSignature: Model, @unchecked Sendable {
    public static let schema = "annual_report_signatures"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "annual_report_id") public var report: AnnualReportRecord
    @Parent(key: "person_id") public var person: Person
    /// The account that signed; nil only for signatures in the fictional demo data.
    @OptionalParent(key: "user_id") public var user: User?
    @Field(key: "signed_at") public var signedAt: Date
    @Field(key: "signed_on") public var signedOn: String
    @Field(key: "content_sha256") public var contentSHA256: String
    @Field(key: "declined") public var declined: Bool
    @OptionalField(key: "comment") public var comment: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(reportID: UUID, personID: UUID, userID: UUID?, signedAt: Date, signedOn: CivilDate, contentSHA256: String,
                declined: Bool, comment: String?) {
        self.$report.id = reportID
        self.$person.id = personID
        self.$user.id = userID
        self.signedAt = signedAt
        self.signedOn = signedOn.iso
        self.contentSHA256 = contentSHA256
        self.declined = declined
        self.comment = comment
    }
}
