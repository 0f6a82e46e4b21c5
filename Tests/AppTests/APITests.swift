import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

@Suite struct APITests {
    @Test(arguments: TestDatabase.all)
    func publicDataWithoutLoginAndNothingPrivate(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            let organisations = try await client.get("/api/v1/organisations")
            #expect(organisations.status == .ok)
            let list = try JSONDecoder().decode(OrgList.self, from: Data(organisations.body.utf8))
            #expect(list.data.map(\.slug) == ["annat", "bjorkadalen"])
            #expect(list.data.last?.name == "Samordningsförbundet Björkådalsregionen")
            #expect(list.data.last?.names.count == 3)

            let members = try await client.get("/api/v1/organisations/bjorkadalen/members")
            #expect(members.body.contains("\"organisationNumber\":\"212000-2742\""))
            #expect(members.body.contains("\"workingAgePopulation\":80310"))
            let bodies = try await client.get("/api/v1/organisations/bjorkadalen/bodies")
            #expect(bodies.body.contains("Styrgrupp Vuxenplattformen"))

            let people = try await client.get("/api/v1/organisations/bjorkadalen/people")
            #expect(people.body.contains("\"name\":\"Helena Forsberg\""))
            #expect(people.body.contains("\"role\":\"chair\""))
            #expect(!people.body.contains("exempel.se"), "no e-mail addresses in the public API")
            #expect(!people.body.contains("Tomas Granberg"), "a mandate that has ended is not current")
            let earlier = try await client.get("/api/v1/organisations/bjorkadalen/people?date=2025-06-01")
            #expect(earlier.body.contains("Tomas Granberg"))
            let bad = try await client.get("/api/v1/organisations/bjorkadalen/people?date=igår")
            #expect(bad.status == .badRequest)
            #expect(bad.body.contains("\"error\""))
            #expect(try await client.get("/api/v1/organisations/saknas").status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.all)
    func everyDocumentedPathAnswers(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            let document = try await client.get("/api/v1/openapi.json")
            #expect(document.headers.contentType == .json)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(document.body.utf8)) as? [String: Any])
            #expect(json["openapi"] as? String == "3.0.3")
            let paths = try #require(json["paths"] as? [String: Any])
            #expect(paths.count == 14)
            let meeting = try #require(try await Meeting.query(on: app.db).first()?.id)
            let budget = Budget()
            budget.$organisation.id = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "bjorkadalen").first()?.id)
            budget.title = "Verksamhetsplan och budget"
            budget.firstYear = 2027
            budget.statusRaw = BudgetStatus.draft.rawValue
            budget.version = 1
            budget.openingEquity = 0
            budget.allocations = [:]
            try await budget.create(on: app.db)
            for path in paths.keys {
                let concrete = path.replacingOccurrences(of: "{slug}", with: "bjorkadalen")
                    .replacingOccurrences(of: "{meetingID}", with: meeting.uuidString)
                    .replacingOccurrences(of: "{budgetID}", with: try budget.requireID().uuidString)
                    .replacingOccurrences(of: "{year}", with: "2025")
                #expect(try await client.get(concrete).status == .ok, "\(path)")
            }
        }
    }

    struct OrgList: Decodable {
        let data: [Org]
    }

    struct Org: Decodable {
        let slug: String
        let name: String
        let names: [APIOrganisation.Name]
    }
}
