import Fluent
import SQLKit
import Vapor

/// `/health` answers 200 when the database answers a query, 503 otherwise; load balancers use it.
struct HealthController: RouteCollection {
    struct Status: Content {
        var status: String
        var database: String
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("health") { request async -> Response in
            let response = Response()
            do {
                guard let sql = request.db as? any SQLDatabase else { throw Abort(.internalServerError) }
                try await sql.raw("SELECT 1").run()
                try response.content.encode(Status(status: "ok", database: "ok"))
            } catch {
                request.logger.error("health check failed", metadata: ["error": .string(String(describing: error))])
                response.status = .serviceUnavailable
                try? response.content.encode(Status(status: "unavailable", database: "unreachable"))
            }
            return response
        }
    }
}
