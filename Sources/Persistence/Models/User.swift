import Domain
import Fluent
import Foundation

/// A login. What it may do is given per association by `UserAccess`.
public final class User: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    @Field(key: "password_hash") public var passwordHash: String
    /// May create associations; still sees only the associations it has access to.
    @Field(key: "is_system_admin") public var isSystemAdmin: Bool
    @Children(for: \.$user) public var accesses: [UserAccess]
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(username: String, displayName: String, passwordHash: String, isSystemAdmin: Bool = false) {
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.isSystemAdmin = isSystemAdmin
    }
}

/// A user's roles in one association, and the person in that association's register they are.
public final class UserAccess: Model, @unchecked Sendable {
    public static let schema = "user_accesses"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "user_id") public var user: User
    @Parent(key: "organisation_id") public var organisation: Organisation
    @OptionalParent(key: "person_id") public var person: Person?
    @Field(key: "roles") public var rolesRaw: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(userID: UUID, organisationID: UUID, roles: Set<AccessRole>, personID: UUID? = nil) {
        self.$user.id = userID
        self.$organisation.id = organisationID
        self.rolesRaw = AccessRole.encode(roles)
        self.$person.id = personID
    }

    public var roles: Set<AccessRole> {
        get { AccessRole.decode(rolesRaw) }
        set { rolesRaw = AccessRole.encode(newValue) }
    }
}
