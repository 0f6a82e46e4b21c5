import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Guards the association's internal pages: the association must exist, the visitor must be
/// logged in and must have a role in it. Users of another association get "no access", never data.
/// Usually the session's own query read the association and the access (`SessionContext`), and
/// this runs on the event loop; it starts a task only when it must ask the database.
struct OrganisationAccessMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        if let user = request.currentUser, let slug = request.parameters.get("slug"),
           request.sessionContext?.user?.id == user.id,
           let access = request.sessionContext?.access(to: slug, today: request.today) {
            guard case .granted(let context) = access else { return request.eventLoop.makeFailedFuture(Abort(.forbidden)) }
            request.organisationContext = context
            return next.respond(to: request)
        }
        return request.eventLoop.makeFutureWithTask { try await Self.lookUp(request, next: next) }
    }

    private static func lookUp(_ request: Request, next: any Responder) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        guard let user = request.currentUser, let userID = user.id else {
            let target = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
            return request.redirect(to: SiteURL.login.path + "?next=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        guard let access = try await UserAccess.query(on: request.db)
            .filter(\.$user.$id == userID)
            .filter(\.$organisation.$id == organisation.requireID())
            .first(), !access.roles.isEmpty else {
            throw Abort(.forbidden)
        }
        let name = try await organisation.currentName(on: request.db, today: request.today)
        request.organisationContext = OrganisationContext(organisation: organisation, name: name, access: access)
        return try await next.respond(to: request).get()
    }
}

/// Lets through only users whose roles in the association allow the action.
struct RequirePermission: Middleware {
    let allows: @Sendable (Permissions) -> Bool

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard let context = request.organisationContext, allows(context.permissions) else {
            return request.eventLoop.makeFailedFuture(Abort(.forbidden))
        }
        return next.respond(to: request)
    }
}

struct OrganisationContext: Sendable {
    let organisation: Organisation
    let name: String
    let access: UserAccess
    let permissions: Permissions

    /// The permissions follow from the access's roles.
    init(organisation: Organisation, name: String, access: UserAccess) {
        self.organisation = organisation
        self.name = name
        self.access = access
        self.permissions = Permissions(roles: access.roles)
    }

    var id: UUID { organisation.id! }
    var slug: String { organisation.slug }
}

extension Request {
    private struct OrganisationContextKey: StorageKey {
        typealias Value = OrganisationContext
    }

    var organisationContext: OrganisationContext? {
        get { storage[OrganisationContextKey.self] }
        set { storage[OrganisationContextKey.self] = newValue }
    }

    /// Inside the guarded routes the context is always there.
    var association: OrganisationContext {
        get throws {
            guard let context = organisationContext else { throw Abort(.internalServerError) }
            return context
        }
    }

    func organisationFromSlug() async throws -> Organisation {
        guard let slug = parameters.get("slug"),
              let organisation = try await Organisation.query(on: db).filter(\.$slug == slug).first() else {
            throw Abort(.notFound)
        }
        return organisation
    }
}

extension Organisation {
    func datedNames(on database: any Database) async throws -> [DatedName] {
        try await OrganisationName.query(on: database).filter(\.$organisation.$id == requireID()).all().compactMap(\.datedName)
    }

    func currentName(on database: any Database, today: CivilDate) async throws -> String {
        DatedName.name(on: today, among: try await datedNames(on: database)) ?? slug
    }
}
