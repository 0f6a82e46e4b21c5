import Domain
import Fluent
import Persistence
import Vapor
import Views

/// User accounts of one association, managed by its administrators within what `AccountPolicy`
/// allows: an administrator gives and takes this association's roles; name and password belong to
/// the user, who sets the password through an invitation or reset link, never typed by someone
/// else. A username is unique in the installation; giving an existing user access to a second
/// association is done from the command line by a system administrator, so that one association
/// cannot probe another's users.
struct UserController {
    func register(admins: any RoutesBuilder) throws {
        admins.get(SiteURL.users(SiteURL.slug).route, use: list)
        admins.get(SiteURL.userNew(SiteURL.slug).route, use: newForm)
        admins.post(SiteURL.userNew(SiteURL.slug).route, use: create)
        admins.get(SiteURL.userEdit(SiteURL.slug, SiteURL.id).route, use: editForm)
        admins.post(SiteURL.userEdit(SiteURL.slug, SiteURL.id).route, use: update)
        admins.post(SiteURL.userPasswordLink(SiteURL.slug, SiteURL.id).route, use: passwordLink)
    }

    func people(_ association: OrganisationContext, on database: any Database) async throws -> [Person] {
        try await Person.query(on: database).filter(\.$organisation.$id == association.id).sort(\.$name).all()
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        let association = try request.association
        let accesses = try await UserAccess.query(on: request.db).filter(\.$organisation.$id == association.id)
            .with(\.$user).with(\.$person).all().sorted { $0.user.username < $1.user.username }
        let rows = accesses.map {
            UserPages.Row(id: $0.user.id!.uuidString, username: $0.user.username,
                          displayName: $0.user.displayName + ($0.user.isSystemAdmin ? " (\(Sv.Users.systemAdministrator))" : ""),
                          roles: AccessRole.allCases.filter($0.roles.contains), person: $0.person?.name)
        }
        return .html(UserPages.list(rows, slug: association.slug, context: request.pageContext()))
    }

    func render(_ request: Request, _ state: FormState, userID: String?, scope: UserPages.Scope?,
                status: HTTPStatus = .ok) async throws -> Response {
        let association = try request.association
        let choices = try await people(association, on: request.db).map { ($0.id!.uuidString, $0.name) }
        return .html(UserPages.form(state, slug: association.slug, userID: userID, scope: scope, people: choices,
                                    context: request.pageContext()), status: status)
    }

    @Sendable func newForm(_ request: Request) async throws -> Response {
        try await render(request, request.formState(), userID: nil, scope: nil)
    }

    struct AccessInput {
        var displayName: String?
        var roles: Set<AccessRole>
        var personID: UUID?
    }

    /// Reads the roles and the person, and the name where the administrator may set it.
    func read(_ values: [String: String], withName: Bool, people: [Person]) -> (AccessInput?, FieldValidator) {
        var v = FieldValidator(values)
        let displayName = withName ? v.text("displayName", maxLength: 120) : nil
        let roles = Set(AccessRole.allCases.filter { v.flag("role_\($0.rawValue)") })
        if roles.isEmpty { v.add("roles", .chooseAtLeastOne) }
        let personID = v.reference("personID", required: false)
        if let personID, !people.contains(where: { $0.id == personID }) { v.add("personID", .unknownReference) }
        guard v.isValid else { return (nil, v) }
        return (AccessInput(displayName: displayName, roles: roles, personID: personID), v)
    }

    /// A new account joins this association only; its user chooses a password through the
    /// invitation link shown now (and mailed, when the username is an e-mail address).
    @Sendable func create(_ request: Request) async throws -> Response {
        let association = try request.association
        let values = try request.formValues()
        let (input, validation) = read(values, withName: true, people: try await people(association, on: request.db))
        var issues = validation.issues
        var usernameCheck = FieldValidator(values)
        let username = usernameCheck.text("username", maxLength: 120)?.lowercased()
        issues = usernameCheck.issues + issues
        if let username, try await User.query(on: request.db).filter(\.$username == username).first() != nil {
            issues.insert(FieldIssue("username", .taken), at: 0)
        }
        guard issues.isEmpty, let input, let username, let displayName = input.displayName else {
            return try await render(request, request.formState(values, issues: issues), userID: nil, scope: nil, status: .unprocessableEntity)
        }
        let hash = try await AccountService.unusablePasswordHash(on: request)
        let actor = request.actor
        let user = User(username: username, displayName: displayName, passwordHash: hash)
        try await request.db.transaction { db in
            try await user.create(on: db)
            let access = UserAccess(userID: try user.requireID(), organisationID: association.id, roles: input.roles, personID: input.personID)
            try await access.create(on: db)
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .created, subject: .user,
                                      entityID: user.id, name: username, before: nil,
                                      after: access.snapshot.merging(["username": username, "displayName": displayName]) { a, _ in a })
        }
        let token = try await AccountService.makeLink(for: user, purpose: .invitation, createdBy: actor.name, on: request.db)
        let url = request.application.settings.publicBaseURL + SiteURL.passwordLink(token).path
        let mailed = username.contains("@")
        if mailed {
            try await Outbox.enqueue(on: request.db, organisationID: association.id, to: [Outbox.Recipient(email: username, name: displayName)],
                                     subject: Sv.Users.invitationMailSubject(association.name),
                                     body: Sv.Users.invitationMailBody(name: displayName, association: association.name, link: url,
                                                                       days: AccountService.invitationDays),
                                     topic: "invitation", subjectID: user.id)
        }
        return .html(UserPages.passwordLink(title: Sv.Users.linkTitleInvitation,
                                    text: Sv.Users.linkText(username, invitation: true, days: AccountService.invitationDays, mailed: mailed),
                                    url: url, slug: association.slug, context: request.pageContext()))
    }

    func find(_ request: Request) async throws -> UserAccess {
        let association = try request.association
        guard let access = try await UserAccess.query(on: request.db).filter(\.$user.$id == request.idParameter())
            .filter(\.$organisation.$id == association.id).with(\.$user).first() else { throw Abort(.notFound) }
        return access
    }

    /// What the logged-in administrator may change of this account; nothing is a missing permission.
    func reach(_ request: Request, _ access: UserAccess) async throws -> AccountPolicy.Reach {
        let memberships = try await UserAccess.query(on: request.db).filter(\.$user.$id == access.$user.id).count()
        let reach = AccountPolicy.reach(actorIsSystemAdmin: request.currentUser?.isSystemAdmin ?? false,
                                        targetIsSystemAdmin: access.user.isSystemAdmin, associationCount: memberships)
        guard reach.mayEditAccess else { throw Abort(.forbidden) }
        return reach
    }

    func scope(_ request: Request, _ access: UserAccess, _ reach: AccountPolicy.Reach) throws -> UserPages.Scope {
        let association = try request.association
        let isSelf = access.$user.id == request.currentUser?.id
        let notice: String? = isSelf ? Sv.Users.ownAccountHint : (reach.mayEditAccount ? nil : Sv.Users.sharedAccount)
        let linkAction = reach.mayEditAccount && !isSelf
            ? SiteURL.userPasswordLink(association.slug, access.$user.id.uuidString).path : nil
        return UserPages.Scope(canEditAccount: reach.mayEditAccount, notice: notice, passwordLinkAction: linkAction)
    }

    @Sendable func editForm(_ request: Request) async throws -> Response {
        let access = try await find(request)
        let reach = try await reach(request, access)
        var values = ["displayName": access.user.displayName, "personID": access.$person.id?.uuidString ?? ""]
        for role in access.roles { values["role_\(role.rawValue)"] = "on" }
        return try await render(request, request.formState(values), userID: access.user.id!.uuidString, scope: try scope(request, access, reach))
    }

    @Sendable func update(_ request: Request) async throws -> Response {
        let association = try request.association
        let access = try await find(request)
        let reach = try await reach(request, access)
        let user = access.user
        let values = try request.formValues()
        let (input, validation) = read(values, withName: reach.mayEditAccount, people: try await people(association, on: request.db))
        var issues = validation.issues
        if let input, access.roles.contains(.administrator), !input.roles.contains(.administrator) {
            let admins = try await UserAccess.query(on: request.db).filter(\.$organisation.$id == association.id).all()
                .filter { $0.roles.contains(.administrator) && $0.id != access.id }
            if admins.isEmpty { issues.append(FieldIssue("roles", .lastAdministrator)) }
        }
        guard issues.isEmpty, let input else {
            return try await render(request, request.formState(values, issues: issues), userID: user.id!.uuidString,
                                    scope: try scope(request, access, reach), status: .unprocessableEntity)
        }
        let before = access.snapshot.merging(["displayName": user.displayName]) { a, _ in a }
        let actor = request.actor
        try await request.db.transaction { db in
            if let name = input.displayName, reach.mayEditAccount {
                user.displayName = name
                try await user.save(on: db)
            }
            access.roles = input.roles
            access.$person.id = input.personID
            try await access.save(on: db)
            let after = access.snapshot.merging(["displayName": user.displayName]) { a, _ in a }
            try await AuditLog.record(on: db, actor: actor, organisationID: association.id, action: .updated, subject: .user,
                                      entityID: user.id, name: user.username, before: before, after: after)
        }
        return request.redirect(to: .users(association.slug), flash: Sv.saved)
    }

    /// A link with which the user sets a new password, shown once to the administrator.
    @Sendable func passwordLink(_ request: Request) async throws -> Response {
        let association = try request.association
        let access = try await find(request)
        let reach = try await reach(request, access)
        guard reach.mayEditAccount, access.$user.id != request.currentUser?.id else { throw Abort(.forbidden) }
        let actor = request.actor
        let token = try await AccountService.makeLink(for: access.user, purpose: .reset, createdBy: actor.name, on: request.db)
        try await AuditLog.record(on: request.db, actor: actor, organisationID: association.id, action: .updated, subject: .user,
                                  entityID: access.user.id, name: access.user.username, before: nil, after: ["password": "länk skapad"])
        let url = request.application.settings.publicBaseURL + SiteURL.passwordLink(token).path
        return .html(UserPages.passwordLink(title: Sv.Users.linkTitleReset,
                                    text: Sv.Users.linkText(access.user.username, invitation: false, days: 1, mailed: false),
                                    url: url, slug: association.slug, context: request.pageContext()))
    }
}
