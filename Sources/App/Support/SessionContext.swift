import Domain
import Fluent
import Persistence
import SQLKit
import Vapor

/// What a logged-in request needs before its page, read in one query when the session is read:
/// the session, its user and, on an association's pages, the association (by the route's slug),
/// the user's access to it and its names. `CurrentUserMiddleware` and
/// `OrganisationAccessMiddleware` take them from here instead of asking the database again.
struct SessionContext {
    let data: String
    let expiresAt: Date
    let user: User?
    let organisation: Organisation?
    let access: UserAccess?
    let names: [DatedName]

    static func load(tokenHash: String, slug: String?, on database: any Database) async throws -> SessionContext? {
        let rows = if let slug {
            try await InAssociation.rows([.text(tokenHash), .text(slug)], on: database)
        } else {
            try await Alone.rows([.text(tokenHash)], on: database)
        }
        guard let first = rows.first else { return nil }
        let organisation = slug == nil ? nil : try Self.organisationRow(first)
        return SessionContext(
            data: try first.decode(column: "s_data", as: String.self),
            expiresAt: try first.decode(column: "s_expires_at", as: Date.self),
            user: try Self.userRow(first),
            organisation: organisation,
            access: organisation == nil ? nil : try Self.accessRow(first),
            names: organisation == nil ? [] : try rows.compactMap { row in
                guard let name = try row.decode(column: "n_name", as: String?.self),
                      let from = CivilDate(iso: try row.decode(column: "n_valid_from", as: String.self)) else { return nil }
                return DatedName(name: name, validFrom: from, validTo: try row.decode(column: "n_valid_to", as: String?.self).flatMap(CivilDate.init(iso:)))
            })
    }

    // The columns are named here and the models built by hand, marked as stored (so that saving
    // one updates its row): Fluent's decoding reflects on the model's properties for every row,
    // which cost more than the query on the busiest pages.
    private static let sessionColumns = """
        s.data AS s_data, s.expires_at AS s_expires_at, u.id AS u_id, u.username AS u_username, u.display_name AS u_display_name,
        u.password_hash AS u_password_hash, u.is_system_admin AS u_is_system_admin
        """

    /// The session and its user, off an association's pages.
    private enum Alone: PreparedRead {
        static let sql = "SELECT \(sessionColumns) FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1"
    }

    /// On an association's pages, also the association of the route's slug, the user's access to
    /// it and one row per name of the association.
    private enum InAssociation: PreparedRead {
        static let sql = """
            SELECT \(sessionColumns), o.id AS o_id, o.slug AS o_slug, o.organisation_number AS o_organisation_number,
            o.street_address AS o_street_address, o.postal_code AS o_postal_code, o.city AS o_city, o.email AS o_email,
            a.id AS a_id, a.roles AS a_roles, a.person_id AS a_person_id, n.name AS n_name, n.valid_from AS n_valid_from,
            n.valid_to AS n_valid_to
            FROM sessions s LEFT JOIN users u ON u.id = s.user_id
            LEFT JOIN organisations o ON o.slug = $2
            LEFT JOIN user_accesses a ON a.user_id = u.id AND a.organisation_id = o.id
            LEFT JOIN organisation_names n ON n.organisation_id = o.id
            WHERE s.token_hash = $1
            """
    }

    private static func userRow(_ row: any SQLRow) throws -> User? {
        guard let id = try row.decode(column: "u_id", as: UUID?.self) else { return nil }
        let user = User(username: try row.decode(column: "u_username", as: String.self),
                        displayName: try row.decode(column: "u_display_name", as: String.self),
                        passwordHash: try row.decode(column: "u_password_hash", as: String.self),
                        isSystemAdmin: try row.decode(column: "u_is_system_admin", as: Bool.self))
        user.id = id
        user.$id.exists = true
        return user
    }

    private static func organisationRow(_ row: any SQLRow) throws -> Organisation? {
        guard let id = try row.decode(column: "o_id", as: UUID?.self) else { return nil }
        let organisation = Organisation(id: id, slug: try row.decode(column: "o_slug", as: String.self),
                                        organisationNumber: try row.decode(column: "o_organisation_number", as: String.self))
        organisation.streetAddress = try row.decode(column: "o_street_address", as: String?.self)
        organisation.postalCode = try row.decode(column: "o_postal_code", as: String?.self)
        organisation.city = try row.decode(column: "o_city", as: String?.self)
        organisation.email = try row.decode(column: "o_email", as: String?.self)
        organisation.$id.exists = true
        return organisation
    }

    private static func accessRow(_ row: any SQLRow) throws -> UserAccess? {
        guard let id = try row.decode(column: "a_id", as: UUID?.self), let userID = try row.decode(column: "u_id", as: UUID?.self),
              let organisationID = try row.decode(column: "o_id", as: UUID?.self) else { return nil }
        let access = UserAccess(userID: userID, organisationID: organisationID, roles: [],
                                personID: try row.decode(column: "a_person_id", as: UUID?.self))
        access.rolesRaw = try row.decode(column: "a_roles", as: String.self)
        access.id = id
        access.$id.exists = true
        return access
    }

    enum Access {
        case granted(OrganisationContext)
        case refused
    }

    /// The user's access to the association of the route's slug; nil when it was not read here.
    func access(to slug: String, today: CivilDate) -> Access? {
        guard let organisation, organisation.slug == slug else { return nil }
        guard let access, !access.roles.isEmpty else { return .refused }
        return .granted(OrganisationContext(organisation: organisation, name: DatedName.name(on: today, among: names) ?? slug, access: access))
    }
}

extension Request {
    private struct SessionContextKey: StorageKey {
        typealias Value = SessionContext
    }

    /// Set by `DatabaseSessions.readSession`.
    var sessionContext: SessionContext? {
        get { storage[SessionContextKey.self] }
        set { storage[SessionContextKey.self] = newValue }
    }
}
