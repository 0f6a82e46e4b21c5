import Fluent
import Persistence
import Testing
import Vapor
@testable import App

@Suite struct OperationsTests {
    @Test(arguments: TestDatabase.all)
    func healthReportsTheDatabase(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let response = try await app.testing().sendRequest(.GET, "/health")
            #expect(response.status == .ok)
            let status = try JSONDecoder().decode([String: String].self, from: response.body)
            #expect(status == ["status": "ok", "database": "ok"])
        }
    }

    @Test func firstStartLoadsTheDemoAndCreatesAnAdministratorOnce() async throws {
        try await withSamordna(.sqlite) { app in
            let login = try #require(try await FirstStart.runIfEmpty(app))
            #expect(login.username == "admin")
            #expect(login.password.count == 20)
            #expect(try await FirstStart.runIfEmpty(app) == nil)
            let client = TestClient(app)
            let response = try await client.login("admin", password: login.password)
            #expect(response.location == "/f/bjorkadalen/register")
            #expect(try await client.get("/forbund/nytt").status == .ok, "the first administrator may add associations")
        }
    }

    @Test(arguments: TestDatabase.all)
    func systemAdministratorAddsAnAssociation(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            try await client.get("/forbund/nytt")
            let taken = try await client.post("/forbund/nytt", ["name": "Nytt", "validFrom": "2026-01-01", "slug": "annat",
                                                                "organisationNumber": "222000-3137"])
            #expect(taken.body.contains("Kortnamn i webbadressen används redan."))
            let created = try await client.post("/forbund/nytt", ["name": "Samordningsförbundet Nytt", "validFrom": "2026-01-01",
                                                                  "slug": "nytt", "organisationNumber": "222000-3137"])
            #expect(created.location == "/f/nytt/register")
            #expect(try await client.get("/f/nytt/register").status == .ok)
            #expect(try await client.get("/f/nytt/organ").body.contains("Styrelsen"))

            let notAdmin = TestClient(app)
            try await notAdmin.login("revisor")
            #expect(try await notAdmin.get("/forbund/nytt").status == .forbidden)
        }
    }

    @Test func settingsComeFromTheEnvironmentWithClearErrors() throws {
        let defaults = try AppSettings.fromEnvironment([:])
        #expect(defaults.database == .sqlite(path: "samordna.sqlite"))
        #expect(defaults.port == 8080)
        let postgres = try AppSettings.fromEnvironment(["DATABASE_URL": "postgres://u:p@db/samordna", "SAMORDNA_PORT": "9000"])
        #expect(postgres.database == .postgres(url: "postgres://u:p@db/samordna"))
        #expect(postgres.database.description == "PostgreSQL postgres://u:***@db/samordna")
        #expect(throws: AppSettings.Invalid.self) { try AppSettings.fromEnvironment(["SAMORDNA_PORT": "åtta"]) }
        #expect(throws: DatabaseLocation.UnsupportedURL.self) { try AppSettings.fromEnvironment(["DATABASE_URL": "mysql://x"]) }
        #expect(try AppSettings.fromEnvironment(["SAMORDNA_TODAY": "2026-11-23"]).today.date().iso == "2026-11-23")
        #expect(throws: AppSettings.Invalid.self) { try AppSettings.fromEnvironment(["SAMORDNA_TODAY": "2026-02-30"]) }
    }
}
