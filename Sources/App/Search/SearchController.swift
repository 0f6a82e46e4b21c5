import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The search page and the same search in the JSON API. Anyone may search; what is not public
/// (secret §§, imported bilagor) is found only by users with a role in the association.
struct SearchController {
    func register(public: any RoutesBuilder, api: any RoutesBuilder) throws {
        `public`.get(SiteURL.search(SiteURL.slug).route, use: page)
        api.get("api", "v1", "organisations", ":slug", "search", use: self.api)
    }

    /// The query parameters; `problem` names the first one that cannot be read.
    struct Parameters {
        var query: ArchiveSearch.Query
        var problem: (field: String, message: String)?

        init(_ request: Request, publicOnly: Bool) {
            func value(_ name: String) -> String? {
                request.query[String.self, at: name].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            query = ArchiveSearch.Query(text: value("q") ?? "", publicOnly: publicOnly)
            query.page = value("sida").flatMap(Int.init).map { min(max(1, $0), 500) } ?? 1
            query.bodyID = value("organ").flatMap(UUID.init(uuidString:))
            for (name, keyPath) in [("fran", \ArchiveSearch.Query.fromYear), ("till", \ArchiveSearch.Query.toYear)] {
                guard let raw = value(name) else { continue }
                if let year = Int(raw), (1900...2199).contains(year) { query[keyPath: keyPath] = year } else if problem == nil { problem = (name, raw) }
            }
            query.documentKind = value("typ").flatMap(DocumentKind.init(rawValue:))
            query.decisionKind = value("beslut").flatMap(DecisionKind.init(rawValue:))
        }
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let organisation = try await request.organisationFromSlug()
        let organisationID = try organisation.requireID()
        let member = try await hasRole(request, in: organisationID)
        let parameters = Parameters(request, publicOnly: !member)
        let bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == organisationID).all()
        let results = parameters.problem == nil && !parameters.query.text.isEmpty
            ? try await ArchiveSearch.run(parameters.query, organisationID: organisationID, on: request.db) : nil
        let query = parameters.query
        let model = SearchPage.Model(
            associationName: try await organisation.currentName(on: request.db, today: request.today), slug: organisation.slug,
            text: query.text, bodyID: query.bodyID?.uuidString, fromYear: request.query[String.self, at: "fran"] ?? "",
            toYear: request.query[String.self, at: "till"] ?? "", documentKind: query.documentKind?.rawValue,
            decisionKind: query.decisionKind?.rawValue, yearProblem: parameters.problem?.field, publicOnly: query.publicOnly,
            bodies: bodies.map { ($0.id!.uuidString, $0.displayName) }.sorted { $0.1 < $1.1 },
            results: results.map { results in
                SearchPage.Results(total: results.total, page: results.page, pages: results.pages, hits: results.hits.map { hit in
                    SearchPage.Hit(title: hit.title, link: hit.link, date: hit.date,
                                   kind: Sv.Search.documentKindName(hit.documentKind), imported: hit.isImported,
                                   snippet: hit.snippet.map { ($0.text, $0.isMatch) })
                })
            })
        return Response.html(SearchPage.render(model, context: request.pageContext()))
    }

    @Sendable func api(_ request: Request) async throws -> APISearchResults {
        let organisation = try await request.apiOrganisation()
        let parameters = Parameters(request, publicOnly: true)
        if let problem = parameters.problem {
            throw Abort(.badRequest, reason: "\(problem.field) must be a year between 1900 and 2199 (got \"\(problem.message)\")")
        }
        let results = try await ArchiveSearch.run(parameters.query, organisationID: organisation.requireID(), on: request.db)
        return APISearchResults(total: results.total, page: results.page, pages: results.pages, data: results.hits.map { hit in
            APISearchResults.Hit(title: hit.title, kind: hit.documentKind, date: hit.date, imported: hit.isImported,
                                 snippet: hit.snippet.map(\.text).joined(),
                                 highlights: hit.snippet.filter(\.isMatch).map(\.text), web: hit.link)
        })
    }

    private func hasRole(_ request: Request, in organisationID: UUID) async throws -> Bool {
        guard let user = request.currentUser, let userID = user.id else { return false }
        let access = try await UserAccess.query(on: request.db).filter(\.$user.$id == userID).filter(\.$organisation.$id == organisationID).first()
        return access.map { !$0.roles.isEmpty } ?? false
    }
}

struct APISearchResults: Content {
    struct Hit: Content {
        var title: String
        var kind: String
        var date: String
        var imported: Bool
        var snippet: String
        var highlights: [String]
        var web: String
    }

    var total: Int
    var page: Int
    var pages: Int
    var data: [Hit]
}
