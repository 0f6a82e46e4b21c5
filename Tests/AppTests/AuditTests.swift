import Fluent
import Persistence
import Testing
import Vapor
@testable import App

@Suite struct AuditTests {
    @Test(arguments: TestDatabase.all)
    func everyChangeIsLoggedWithBeforeAndAfter(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let umea = try #require(try await Member.query(on: app.db).filter(\.$organisation.$id == fixture.demo.requireID())
                .filter(\.$name == "Umeå kommun").first())
            let path = "/f/bjorkadalen/medlemmar/\(umea.id!.uuidString)"
            try await client.get(path + "/andra")
            try await client.post(path + "/andra", ["name": "Umeå kommun", "kind": "municipality", "organisationNumber": "212000-2742",
                                                    "joinedOn": "2009-01-01", "leftOn": "2030-12-31", "postsNotices": "on"])
            try await client.post(path + "/befolkning", ["year": "2026", "count": "81000"])

            let entries = try await AuditEntry.query(on: app.db).filter(\.$entityID == umea.requireID())
                .sort(\.$occurredAt, .ascending).all()
            #expect(entries.count == 2)
            let edit = try #require(entries.first { $0.entityType == "member" })
            #expect(edit.action == "updated")
            #expect(edit.actor == "Kansli (kansli)")
            #expect(edit.before?.contains("\"leftOn\"") == false)
            #expect(edit.after?.contains("\"leftOn\" : \"2030-12-31\"") == true)
            let population = try #require(entries.first { $0.entityType == "population" })
            #expect(population.before?.contains("80310") == true)
            #expect(population.after?.contains("81000") == true)

            let history = try await client.get(path)
            #expect(history.body.contains("Medlem ändrad: Umeå kommun"))
            #expect(history.body.contains("Befolkningssiffra ändrad: Umeå kommun 2026"))

            let auditor = TestClient(app)
            try await auditor.login("revisor")
            let log = try await auditor.get("/f/bjorkadalen/logg")
            #expect(log.body.contains("Medlem ändrad: Umeå kommun"))
            #expect(log.body.contains("Kansli (kansli)"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theLogIsPagedAndScopedToTheAssociation(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            for index in 1...55 {
                try await client.post("/f/bjorkadalen/personer/ny", ["name": "Person \(index)"])
            }
            let first = try await client.get("/f/bjorkadalen/logg")
            #expect(first.body.contains("Person tillagd: Person 55"))
            #expect(first.body.contains("?sida=2"))
            let second = try await client.get("/f/bjorkadalen/logg?sida=2")
            #expect(second.body.contains("Person tillagd: Person 1<") || second.body.contains("Person tillagd: Person 2<"))

            let other = TestClient(app)
            try await other.login("annan")
            let otherLog = try await other.get("/f/annat/logg")
            #expect(!otherLog.body.contains("Person tillagd"))
        }
    }
}
