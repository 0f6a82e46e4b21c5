import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// Which insatser a user may see and act for: all of the association's, or for an insatsägare
/// and nothing else, those they are responsible for (none while their user is linked to no person).
enum InterventionAccess {
    static func seesOwnOnly(_ request: Request) throws -> Bool {
        try request.association.permissions.roles == [.activityOwner]
    }

    static func visible(_ request: Request) throws -> QueryBuilder<Intervention> {
        let association = try request.association
        let query = Intervention.query(on: request.db).filter(\.$organisation.$id == association.id)
        guard try seesOwnOnly(request) else { return query }
        return query.filter(\.$responsible.$id == (association.access.$person.id ?? UUID()))
    }

    /// Whether the user acts for the insats (claims its money, records its participants): the
    /// kansli for any, an insatsägare for the insatser they are responsible for.
    static func actsFor(_ request: Request, for intervention: Intervention) throws -> Bool {
        let association = try request.association
        if association.permissions.canPrepareMeetings { return true }
        guard association.permissions.roles.contains(.activityOwner), let person = association.access.$person.id else { return false }
        return intervention.$responsible.id == person
    }

    /// The insats of the route's id, when the user acts for it (404 when not visible, 403 otherwise).
    static func actedFor(_ request: Request) async throws -> Intervention {
        guard let intervention = try await visible(request).filter(\.$id == request.idParameter()).with(\.$names).first()
        else { throw Abort(.notFound) }
        guard try actsFor(request, for: intervention) else { throw Abort(.forbidden, reason: Sv.FollowUp.noRight) }
        return intervention
    }
}
