import Domain
import Fluent
import Persistence
import Vapor
import Views

/// User accounts of one association, managed by its administrators. A username is unique in the
/// installation; giving an existing user access to a second association is done from the command
/// line by a system administrator, so that one association cannot probe another's users.
struct UserController {
    static let minimumPasswordLength = 12

    func register(admins: any RoutesBuilder) throws {
        admins.get(SiteURL.users(SiteURL.slug).route, use: list)
        admins.get(SiteURL.userNew(SiteURL.slug).route, use: newForm)
        admins.post(SiteURL.userNew(SiteURL.slug).route, use: create)
        admins.get(SiteURL.userEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        admins.post(SiteURL.userEdit(SiteURL.slug, SiteURL.id).route, use: update)
    }

    func people(_ association: OrganisationContext, on database: any Database) async throws -> [Person] {
        try await Person.query(on: database).filter(\.$organisation.$id == association.id).sort(\.$name).all()
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let accesses = try await UserAccess.query(on: request.db).filter(\.$organisation.$id == association.id)
            .with(\.$user).with(\.$person).all().sorted { $0.user.username < $1.user.username }
        let rows = accesses.map {
            UserPages.Row(id: $0.user.id!.uuidString, username: $0.user.username, displayName: $0.user.displayName,
                          roles: AccessRole.allCases.filter($0.roles.contains), person: $0.person?.name)
        }
        return .html(UserPages.list(rows, slug: association.slug, context: request.pageContext()))
    }

    func render(_ request: Request, _ state: FormState, userID: String?, status: HTTPStatus = .ok) async throws -> Response {
        let association = try request.association
        let choices = try await people(association, on: request.db).map { ($0.id!.uuidString, $0.name) }
        return .html(UserPages.form(state, slug: association.slug, userID: userID, people: choices, context: request.pageContext()),
                     status: status)
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        try await render(request, request.formState(), userID: nil)
    }

    struct AccountInput {
        var displayName: String
        var password: String?
        var roles: Set<AccessRole>
        var personID: UUID?
    }

    /// Reads the fields common to new and existing users; the password is required for new ones.
    func read(_ values: [String: String], passwordRequired: Bool, people: [Person]) -> (AccountInput?, FieldValidator) {
        var v = FieldValidator(values)
        let displayName = v.text("displayName", maxLength: 120)
        var password: String?
        if let raw = values["password"], !raw.isEmpty {
            if raw.count < Self.minimumPasswordLength { v.add("password", .tooShort(min: Self.minimumPasswordLength)) } else { password = raw }
        } else if passwordRequired {
            v.add("password", .required)
        }
        let roles = Set(AccessRole.allCases.filter { v.flag("role_\($0.rawValue)") })
        if roles.isEmpty { v.add("roles", .chooseAtLeastOne) }
        let personID = v.reference("personID", required: false)
        if let personID, !people.contains(where: { $0.id == personID }) { v.add("personID", .unknownReference) }
        guard v.isValid, let displayName else { return (nil, v) }
        return (AccountInput(displayName: displayName, password: password, roles: roles, personID: personID), v)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        let (input, validation) = read(values, passwordRequired: true, people: try await people(association, on: request.db))
        var issues = validation.issues
        var usernameCheck = FieldValidator(values)
        let username = usernameCheck.text("username", maxLength: 120)?.lowercased()
        issues = usernameCheck.issues + issues
        if let username, try await User.query(on: request.db).filter(\.$username == username).first() != nil {
            issues.insert(FieldIssue("username", .taken), at: 0)
        }
        guard issues.isEmpty, let input, let username, let password = input.password else {
            return try await render(request, request.formState(values, issues: issues), userID: nil, status: .unprocessableEntity)
        }
        let hash = try await request.password.async.hash(password)
        let actor = request.actor
        try await request.db.transaction { db in
            let user = User(username: username, displayName: input.displayName, passwordHash: hash)
            try await user.create(on: db)
            let access = UserAccess(userID: try user.requireID(), organisationID: association.id, roles: input.roles, personID: input.personID)
            try await access.create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .user,
                                      entityID: user.id, name: username, before: nil,
                                      after: access.snapshot.merging(["username": username, "displayName": input.displayName]) { a, _ in a })
        }
        return request.redirect(to: .users(association.slug), flash: Sv.created)
    }

    func find(_ request: Request) async throws -> UserAccess {
        let association = try request.association
        guard let access = try await UserAccess.query(on: request.db).filter(\.$user.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$user).first() else { throw Abort(.notFound) }
        return access
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let access = try await find(request)
        var values = ["displayName": access.user.displayName, "personID": access.$person.id?.uuidString ?? ""]
        for role in access.roles { values["role_\(role.rawValue)"] = "on" }
        return try await render(request, request.formState(values), userID: access.user.id!.uuidString)
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let access = try await find(request)
        let user = access.user
        let values = try request.formValues()
        let (input, validation) = read(values, passwordRequired: false, people: try await people(association, on: request.db))
        var issues = validation.issues
        if let input, access.roles.contains(.administrator), !input.roles.contains(.administrator) {
            let admins = try await UserAccess.query(on: request.db).filter(\.$organisation.$id == association.id).all()
                .filter { $0.roles.contains(.administrator) && $0.id != access.id }
            if admins.isEmpty { issues.append(FieldIssue("roles", .lastAdministrator)) }
        }
        guard issues.isEmpty, let input else {
            return try await render(request, request.formState(values, issues: issues), userID: user.id!.uuidString,
                                    status: .unprocessableEntity)
        }
        let before = access.snapshot.merging(["displayName": user.displayName]) { a, _ in a }
        let hash: String? = if let password = input.password { try await request.password.async.hash(password) } else { nil }
        let actor = request.actor
        try await request.db.transaction { db in
            user.displayName = input.displayName
            if let hash { user.passwordHash = hash }
            try await user.save(on: db)
            access.roles = input.roles
            access.$person.id = input.personID
            try await access.save(on: db)
            var after = access.snapshot.merging(["displayName": input.displayName]) { a, _ in a }
            if hash != nil { after["password"] = "ändrat" }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .user,
                                      entityID: user.id, name: user.username, before: before, after: after)
        }
        return request.redirect(to: .users(association.slug), flash: Sv.saved)
    }
}
