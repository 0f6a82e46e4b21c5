import Domain
import Fluent
import FluentSQL
import Persistence
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
        guard let sql = database as? any SQLDatabase else { return nil }
        var query: SQLQueryString = "SELECT \(unsafeRaw: slug == nil ? sessionColumns : associationColumns) FROM sessions s LEFT JOIN users u ON u.id = s.user_id"
        if let slug {
            // One row per name of the association: its names come with everything else.
            query += """
                 LEFT JOIN organisations o ON o.slug = \(bind: slug)
                 LEFT JOIN user_accesses a ON a.user_id = u.id AND a.organisation_id = o.id
                 LEFT JOIN organisation_names n ON n.organisation_id = o.id
                """
        }
        query += " WHERE s.token_hash = \(bind: tokenHash)"
        let rows = try await sql.raw(query).all()
        guard let first = rows.first else { return nil }
        let organisation = try Prefixed(first, "o_").model(Organisation.self)
        return SessionContext(
            data: try first.decode(column: "s_data", as: String.self),
            expiresAt: try first.decode(column: "s_expires_at", as: Date.self),
            user: try Prefixed(first, "u_").model(User.self),
            organisation: organisation,
            access: organisation == nil ? nil : try Prefixed(first, "a_").model(UserAccess.self),
            names: organisation == nil ? [] : try rows.compactMap { row in
                guard let name = try row.decode(column: "n_name", as: String?.self),
                      let from = CivilDate(iso: try row.decode(column: "n_valid_from", as: String.self)) else { return nil }
                return DatedName(name: name, validFrom: from, validTo: try row.decode(column: "n_valid_to", as: String?.self).flatMap(CivilDate.init(iso:)))
            })
    }

    /// Each model's columns under its prefix, listed once: `Model.keys` reflects on every call.
    private static let sessionColumns = (["s.data AS s_data", "s.expires_at AS s_expires_at"] + prefixed(User.self, "u")).joined(separator: ", ")
    private static let associationColumns = ([sessionColumns] + prefixed(Organisation.self, "o") + prefixed(UserAccess.self, "a")
        + ["n.name AS n_name", "n.valid_from AS n_valid_from", "n.valid_to AS n_valid_to"]).joined(separator: ", ")

    private static func prefixed<M: Model>(_ model: M.Type, _ alias: String) -> [String] {
        M.keys.map { "\(alias).\($0) AS \(alias)_\($0)" }
    }

    enum Access {
        case granted(OrganisationContext)
        case refused
    }

    /// The user's access to the association of the route's slug; nil when it was not read here.
    func access(to slug: String, today: CivilDate) -> Access? {
        guard let organisation, organisation.slug == slug else { return nil }
        guard let access, !access.roles.isEmpty else { return .refused }
        return .granted(OrganisationContext(organisation: organisation, name: DatedName.name(on: today, among: names) ?? slug,
                                            access: access, permissions: Permissions(roles: access.roles)))
    }
}

/// A row's columns under a prefix, read as a model; nil when the join found nothing (no id).
private struct Prefixed: SQLRow {
    let row: any SQLRow
    let prefix: String

    init(_ row: any SQLRow, _ prefix: String) {
        self.row = row
        self.prefix = prefix
    }

    var allColumns: [String] { row.allColumns.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) } }
    func contains(column: String) -> Bool { row.contains(column: prefix + column) }
    func decodeNil(column: String) throws -> Bool { try row.decodeNil(column: prefix + column) }
    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D { try row.decode(column: prefix + column, as: D.self) }

    func model<M: Model>(_ type: M.Type) throws -> M? {
        guard try !decodeNil(column: "id") else { return nil }
        return try decode(fluentModel: M.self)
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
