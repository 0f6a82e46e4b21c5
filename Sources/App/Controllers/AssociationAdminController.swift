import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Adding an association to the installation, for system administrators. The creator becomes
/// its first administrator; the association starts with the default rules and a board.
struct AssociationAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.organisationNew.route, use: form)
        routes.post(SiteURL.organisationNew.route, use: create)
    }

    func requireSystemAdmin(_ request: Request) throws -> User {
        guard let user = request.currentUser, user.isSystemAdmin else { throw Abort(.forbidden) }
        return user
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        _ = try requireSystemAdmin(request)
        let state = request.formState(["validFrom": request.today.iso])
        return .html(AssociationForms.newAssociation(state, context: request.pageContext()))
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let user = try requireSystemAdmin(request)
        let values = try request.formValues()
        var issues: [FieldIssue] = []
        switch NewAssociation.parse(values) {
        case .failure(let failure):
            issues = failure.issues
        case .success(let association):
            if try await Organisation.query(on: request.db).filter(\.$slug == association.slug).first() != nil {
                issues = [FieldIssue("slug", .taken)]
                break
            }
            let organisation = try await AssociationSetup.create(association, administrator: user, actor: request.actor, on: request.db)
            return request.redirect(to: .register(organisation.slug), flash: Sv.created)
        }
        return .html(AssociationForms.newAssociation(request.formState(values, issues: issues), context: request.pageContext()),
                     status: .unprocessableEntity)
    }
}

/// Creating an association with what every association needs from the start; shared by the web
/// form, the demo data and the first start.
enum AssociationSetup {
    static func create(_ association: NewAssociation, administrator: User?, actor: Actor,
                       on database: any Database) async throws -> Organisation {
        try await database.transaction { db in
            let organisation = Organisation(slug: association.slug, organisationNumber: association.details.organisationNumber.text)
            organisation.apply(association.details)
            try await organisation.create(on: db)
            let id = try organisation.requireID()
            try await OrganisationName(organisationID: id, name: association.name.name,
                                       validFrom: association.name.validFrom.iso).create(on: db)
            try await RulesRecord(organisationID: id, rules: .defaults).create(on: db)
            try await Body(organisationID: id, draft: BodyDraft(kind: .board, name: nil, description: nil,
                                                                establishedOn: association.name.validFrom, dissolvedOn: nil)).create(on: db)
            if let administrator {
                try await UserAccess(userID: administrator.requireID(), organisationID: id, roles: [.administrator]).create(on: db)
            }
            try await AuditLog.record(on: db, actor: actor, organisationID: id, action: .created, subject: .organisation,
                                      entityID: id, name: association.name.name, before: nil, after: organisation.snapshot)
            return organisation
        }
    }
}

extension Organisation {
    func apply(_ details: AssociationDetails) {
        organisationNumber = details.organisationNumber.text
        streetAddress = details.streetAddress
        postalCode = details.postalCode
        city = details.city
        email = details.email
    }
}
