import Fluent
import Persistence
import Vapor
import Views

/// The association's audit log, for administrators and auditors.
struct AuditController {
    static let pageSize = 50

    func register(readers: any RoutesBuilder) throws {
        readers.get(SiteURL.auditLog(SiteURL.slug).route, use: page)
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let association = try request.association
        let page = max(1, min(request.query[Int.self, at: "sida"] ?? 1, 10_000))
        let entries = try await AuditEntry.query(on: request.db).filter(\.$organisation.$id == association.id)
            .sort(\.$occurredAt, .descending).sort(\.$createdAt, .descending)
            .range(((page - 1) * Self.pageSize)..<(page * Self.pageSize + 1)).all()
        let hasMore = entries.count > Self.pageSize
        return .html(AuditLogPage.render(AuditLog.rows(Array(entries.prefix(Self.pageSize))), page: page, hasMore: hasMore,
                                         slug: association.slug, context: request.pageContext()))
    }
}
