import Fluent
import SQLKit
import Vapor

/// `/health` answers 200 when the database answers a query, 503 otherwise; load balancers use it.
/// `tools` says for each program the server uses (weasyprint, pdftotext …) whether it is
/// installed: a missing one makes some pages say so, not the server unhealthy.
struct HealthController: RouteCollection {
    struct Status: Content {
        var status: String
        var database: String
        var tools: [String: Bool]
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("health") { request async -> Response in
            let response = Response()
            do {
                guard let sql = request.db as? any SQLDatabase else { throw Abort(.internalServerError) }
                try await sql.raw("SELECT 1").run()
                try response.content.encode(Status(status: "ok", database: "ok", tools: ServerTool.presence()))
            } catch {
                request.logger.error("health check failed", metadata: ["error": .string(String(describing: error))])
                response.status = .serviceUnavailable
                try? response.content.encode(Status(status: "unavailable", database: "unreachable", tools: ServerTool.presence()))
            }
            return response
        }
    }
}
