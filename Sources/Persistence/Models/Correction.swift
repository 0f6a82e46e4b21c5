import Fluent
import Foundation

/// A rättelse of a justerat protokoll: the protokoll itself never changes; the correction is
/// recorded beside it (when, by whom, what and why) and shown with it.
public final class Correction: Model, @unchecked Sendable {
    public static let schema = "corrections"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organisation_id") public var organisation: Organisation
    @Parent(key: "protocol_id") public var `protocol`: MeetingProtocol
    /// The § the correction concerns; nil when it concerns the header or the whole protokoll.
    @OptionalField(key: "paragraph_number") public var paragraphNumber: Int?
    @Field(key: "recorded_on") public var recordedOn: String
    /// The name of the person who recorded it, kept as text so the record reads the same later.
    @Field(key: "recorded_by") public var recordedBy: String
    @Field(key: "what") public var what: String
    @Field(key: "why") public var why: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organisationID: UUID, protocolID: UUID, paragraphNumber: Int?, recordedOn: String, recordedBy: String, what: String,
                why: String) {
        self.$organisation.id = organisationID
        self.$protocol.id = protocolID
        self.paragraphNumber = paragraphNumber
        self.recordedOn = recordedOn
        self.recordedBy = recordedBy
        self.what = what
        self.why = why
    }
}

/// A signer's signature on one § at the sammanträde (omedelbar justering), over the SHA-256 of
/// that §'s exact content.
public final class ParagraphSignature: Model, @unchecked Sendable {
    public static let schema = "paragraph_signatures"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "paragraph_id") public var paragraph: Paragraph
    @Parent(key: "person_id") public var person: Person
    @OptionalParent(key: "user_id") public var user: User?
    @Field(key: "signed_at") public var signedAt: Date
    @Field(key: "signed_on") public var signedOn: String
    @Field(key: "content_sha256") public var contentSHA256: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(paragraphID: UUID, personID: UUID, userID: UUID?, signedAt: Date, signedOn: String, contentSHA256: String) {
        self.$paragraph.id = paragraphID
        self.$person.id = personID
        self.$user.id = userID
        self.signedAt = signedAt
        self.signedOn = signedOn
        self.contentSHA256 = contentSHA256
    }
}
