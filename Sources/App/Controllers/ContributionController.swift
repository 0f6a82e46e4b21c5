import Domain
import Fluent
import Persistence
import Vapor
import Views

/// Member contributions for a year: a page with the table, and the same table as CSV.
struct ContributionController {
    func register(readers: any RoutesBuilder) throws {
        readers.get(SiteURL.contributions(SiteURL.slug).route, use: page)
        readers.get(SiteURL.contributionsCSV(SiteURL.slug).route, use: csv)
    }

    struct Input {
        var values: [String: String]
        var issues: [FieldIssue]
        var year: Int?
        var total: Int64?
    }

    func input(_ request: Request) -> Input {
        var values: [String: String] = [:]
        values["ar"] = request.query[String.self, at: "ar"]
        values["total"] = request.query[String.self, at: "total"]
        var validation = FieldValidator(values)
        let asked = values["ar"] != nil || values["total"] != nil
        let year = asked ? validation.integer("ar", in: 1990...2100) : nil
        let total = asked ? validation.integer("total", in: 1...100_000_000_000) : nil
        return Input(values: values, issues: validation.issues, year: year.map(Int.init), total: total)
    }

    func compute(_ request: Request, year: Int, total: Int64) async throws
        -> (Result<ContributionSplit, ContributionSplit.Problem>, [String: String]) {
        let computed = try await ContributionSplits.compute(organisationID: try request.association.id, year: year, total: total,
                                                            on: request.db)
        return (computed.result, computed.organisationNumbers)
    }

    @Sendable func page(_ request: Request) async throws -> Response {
        let association = try request.association
        var input = input(request)
        if input.values.isEmpty { input.values["ar"] = String(request.today.year + 1) }
        var result: Result<ContributionSplit, ContributionSplit.Problem>?
        if let year = input.year, let total = input.total, input.issues.isEmpty {
            result = try await compute(request, year: year, total: total).0
        }
        let state = FormState(values: input.values, issues: input.issues, csrfToken: nil)
        var failed = !input.issues.isEmpty
        if case .failure? = result { failed = true }
        return .html(ContributionsPage.render(state, result: result, slug: association.slug,
                                              context: request.pageContext()), status: failed ? .unprocessableEntity : .ok)
    }

    @Sendable func csv(_ request: Request) async throws -> Response {
        let association = try request.association
        let input = input(request)
        guard let year = input.year, let total = input.total, input.issues.isEmpty else {
            throw Abort(.badRequest, reason: "ar and total are required whole numbers")
        }
        let (result, numbers) = try await compute(request, year: year, total: total)
        switch result {
        case .failure(let problem):
            throw Abort(.unprocessableEntity, reason: ContributionsPage.message(problem, year: year))
        case .success(let split):
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
            headers.replaceOrAdd(name: .contentDisposition,
                                 value: "attachment; filename=\"medlemsbidrag-\(association.slug)-\(year).csv\"")
            return Response(status: .ok, headers: headers, body: .init(string: ContributionsPage.csv(split, organisationNumbers: numbers)))
        }
    }
}
