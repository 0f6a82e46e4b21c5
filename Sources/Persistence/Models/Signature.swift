import Domain
import Fluent
import Foundation

/// A person who is to sign the protokoll: the sekreterare, the ordförande and the justerare.
public final class ProtocolSigner: Model, @unchecked Sendable {
    public static let schema = "protocol_signers"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "protocol_id") public var `protocol`: MeetingProtocol
    @Parent(key: "person_id") public var person: Person
    @Field(key: "role") public var roleRaw: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(protocolID: UUID, personID: UUID, role: SignerRole) {
        self.$protocol.id = protocolID
        self.$person.id = personID
        self.roleRaw = role.rawValue
    }

    public var role: SignerRole { SignerRole(rawValue: roleRaw) ?? .adjuster }
}

/// A signer's answer to a draft sent for justering: signed (with the SHA-256 of the exact content)
/// or declined with comments. Kept after a decline, so the history of the justering stays visible.
public final class Signature: Model, @unchecked Sendable {
    public static let schema = "signatures"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "protocol_id") public var `protocol`: MeetingProtocol
    @Parent(key: "person_id") public var person: Person
    /// The account that signed; nil only for signatures in the fictional demo data.
    @OptionalParent(key: "user_id") public var user: User?
    @Field(key: "signed_at") public var signedAt: Date
    @Field(key: "signed_on") public var signedOn: String
    @Field(key: "content_sha256") public var contentSHA256: String
    @Field(key: "declined") public var declined: Bool
    @OptionalField(key: "comment") public var comment: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(protocolID: UUID, personID: UUID, userID: UUID?, signedAt: Date, signedOn: CivilDate, contentSHA256: String,
                declined: Bool, comment: String?) {
        self.$protocol.id = protocolID
        self.$person.id = personID
        self.$user.id = userID
        self.signedAt = signedAt
        self.signedOn = signedOn.iso
        self.contentSHA256 = contentSHA256
        self.declined = declined
        self.comment = comment
    }
}
