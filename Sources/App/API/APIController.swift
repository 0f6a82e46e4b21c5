import Domain
import Fluent
import Persistence
import Vapor
import Views

/// The read-only public JSON API. Only public data: no contact details, no users, no audit log.
struct APIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("openapi.json", use: openAPI)
        api.get("organisations", use: organisations)
        api.get("organisations", ":slug", use: organisation)
        api.get("organisations", ":slug", "members", use: members)
        api.get("organisations", ":slug", "bodies", use: bodies)
        api.get("organisations", ":slug", "people", use: people)
        api.get("organisations", ":slug", "meetings", use: meetings)
        api.get("organisations", ":slug", "meetings", ":meetingID", use: meeting)
        api.get("organisations", ":slug", "decisions", use: decisions)
        api.get("organisations", ":slug", "budgets", use: budgets)
        api.get("organisations", ":slug", "budgets", ":budgetID", use: budget)
        api.get("organisations", ":slug", "grants", use: grants)
        api.get("organisations", ":slug", "calls", use: calls)
        api.get("organisations", ":slug", "annual-reports", ":year", use: annualReport)
    }

    @Sendable func openAPI(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(string: OpenAPIDocument.json))
    }

    func dto(_ organisation: Organisation, today: CivilDate) -> APIOrganisation {
        let names = organisation.names.sorted { $0.validFrom < $1.validFrom }
        let dated = names.compactMap(\.datedName)
        let base = "/api/v1/organisations/\(organisation.slug)"
        return APIOrganisation(
            id: organisation.id!.uuidString, slug: organisation.slug,
            name: DatedName.name(on: today, among: dated) ?? organisation.slug,
            names: names.map { .init(name: $0.name, validFrom: $0.validFrom, validTo: $0.validTo) },
            organisationNumber: organisation.organisationNumber,
            address: .init(streetAddress: organisation.streetAddress, postalCode: organisation.postalCode, city: organisation.city),
            web: SiteURL.publicOrganisation(organisation.slug).path, members: base + "/members", bodies: base + "/bodies",
            people: base + "/people", created: organisation.createdAt, modified: organisation.updatedAt)
    }

    @Sendable func organisations(_ request: Request) async throws -> APIList<APIOrganisation> {
        let all = try await Organisation.query(on: request.db).with(\.$names).sort(\.$slug).all()
        return APIList(data: all.map { dto($0, today: request.today) })
    }

    func find(_ request: Request) async throws -> Organisation {
        try await request.apiOrganisation()
    }

    @Sendable func organisation(_ request: Request) async throws -> APIOrganisation {
        dto(try await find(request), today: request.today)
    }

    @Sendable func members(_ request: Request) async throws -> APIList<APIMember> {
        let id = try await find(request).requireID()
        let populations = Dictionary(grouping: try await MemberPopulation.query(on: request.db)
            .filter(\.$organisation.$id == id).sort(\.$year).all(), by: { $0.$member.id })
        let members = try await Member.query(on: request.db).filter(\.$organisation.$id == id).all()
            .sorted { ($0.kind.listingOrder, $0.name) < ($1.kind.listingOrder, $1.name) }
        return APIList(data: members.map { member in
            APIMember(id: member.id!.uuidString, name: member.name, kind: member.kindRaw, organisationNumber: member.organisationNumber,
                      startDate: member.joinedOn, endDate: member.leftOn, postsNotices: member.postsNotices,
                      populations: (populations[member.id!] ?? []).map { .init(year: $0.year, workingAgePopulation: $0.count) })
        })
    }

    @Sendable func bodies(_ request: Request) async throws -> APIList<APIBody> {
        let id = try await find(request).requireID()
        let bodies = try await Body.query(on: request.db).filter(\.$organisation.$id == id).all()
        return APIList(data: bodies.map {
            APIBody(id: $0.id!.uuidString, name: $0.displayName, kind: $0.kindRaw, description: $0.bodyDescription,
                    startDate: $0.establishedOn, endDate: $0.dissolvedOn)
        }.sorted { $0.name < $1.name })
    }

    /// People holding a mandate on `?date=` (default today), with those mandates.
    @Sendable func people(_ request: Request) async throws -> APIList<APIPerson> {
        let id = try await find(request).requireID()
        var date = request.today
        if let raw = request.query[String.self, at: "date"] {
            guard let parsed = CivilDate(iso: raw) else { throw Abort(.badRequest, reason: "date must be YYYY-MM-DD") }
            date = parsed
        }
        let bodies = Dictionary(uniqueKeysWithValues: try await Body.query(on: request.db).filter(\.$organisation.$id == id).all()
            .map { ($0.id!, $0.displayName) })
        let members = Dictionary(uniqueKeysWithValues: try await Member.query(on: request.db).filter(\.$organisation.$id == id).all()
            .map { ($0.id!, $0.name) })
        let mandates = try await Mandate.query(on: request.db).filter(\.$organisation.$id == id).with(\.$person).all()
            .filter { $0.facts.isActive(on: date) }
        let byPerson = Dictionary(grouping: mandates, by: { $0.$person.id })
        let people = byPerson.values.compactMap { list -> APIPerson? in
            guard let person = list.first?.person else { return nil }
            return APIPerson(id: person.id!.uuidString, name: person.name, membership: list.map { mandate in
                APIMembership(id: mandate.id!.uuidString, body: mandate.$body.id.uuidString, bodyName: bodies[mandate.$body.id] ?? "",
                              role: mandate.roleRaw, onBehalfOf: mandate.$appointedBy.id?.uuidString,
                              onBehalfOfName: mandate.$appointedBy.id.flatMap { members[$0] }, startDate: mandate.startsOn,
                              endDate: mandate.endsOn, party: mandate.party)
            }.sorted { ($0.bodyName, $0.role) < ($1.bodyName, $1.role) })
        }
        return APIList(data: people.sorted { $0.name < $1.name })
    }
}

extension Request {
    /// The association named by `:slug` in an API path, with its names; 404 in the API's words otherwise.
    func apiOrganisation() async throws -> Organisation {
        guard let slug = parameters.get("slug"),
              let organisation = try await Organisation.query(on: db).filter(\.$slug == slug).with(\.$names).first()
        else { throw Abort(.notFound, reason: "No association with that slug") }
        return organisation
    }
}
