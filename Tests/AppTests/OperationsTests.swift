import Documents
import Fluent
import Persistence
import Synchronization
import Testing
import Vapor
import Views
@testable import App

@Suite struct OperationsTests {
    @Test(arguments: TestDatabase.all)
    func healthReportsTheDatabase(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let response = try await app.testing().sendRequest(.GET, "/health")
            #expect(response.status == .ok)
            let status = try JSONDecoder().decode(HealthController.Status.self, from: response.body)
            #expect(status.status == "ok" && status.database == "ok")
            #expect(Set(status.tools.keys) == ["weasyprint", "pdftotext", "pdftoppm", "tesseract", "swedishWordList"])
            #expect(status.tools.values.allSatisfy { $0 }, "scripts/install-deps installed every one: \(status.tools)")
        }
    }

    /// Issue 17, item 1: a PDF whose program is missing says so in Swedish, never "ett oväntat fel".
    @Test func aMissingProgramIsNamedInSwedish() async throws {
        try await withSamordna(.sqlite) { app in
            let login = try #require(try await FirstStart.runIfEmpty(app))
            let budget = try #require(try await Budget.query(on: app.db).first())
            app.pdfRenderer = WeasyPrintRenderer(executable: "/saknas/weasyprint", tools: app.tools)
            let client = TestClient(app)
            try await client.login("admin", password: login.password)
            let page = try await client.get(SiteURL.budgetPDF("bjorkadalen", try budget.requireID().uuidString).path)
            #expect(page.status == .serviceUnavailable)
            #expect(page.body.contains("PDF kan inte skapas: programmet weasyprint saknas på servern"))
            #expect(!page.body.contains("oväntat fel"))
        }
    }

    /// Background work (an archive upload being read, the periodic jobs) ends with the application.
    @Test func backgroundTasksStopWithTheApplication() async throws {
        let tasks = BackgroundTasks()
        let finished = Mutex(false)
        tasks.run {
            try? await Task.sleep(for: .seconds(600))
            finished.withLock { $0 = Task.isCancelled }
        }
        #expect(tasks.count == 1)
        let app = try await Application.make(.testing)
        await tasks.shutdownAsync(app)
        try await app.asyncShutdown()
        for _ in 0..<100 where tasks.count > 0 { try await Task.sleep(for: .milliseconds(20)) }
        #expect(tasks.count == 0)
        #expect(finished.withLock { $0 }, "the task saw that it was cancelled")
    }

    /// The login printed at the first start names the port the server listens on.
    @Test func theListenAddressFollowsTheCommandLine() {
        #expect(ListenAddress(arguments: [], hostname: "127.0.0.1", port: 8080) == ListenAddress(arguments: ["--auto-migrate"], hostname: "127.0.0.1", port: 8080))
        #expect(ListenAddress(arguments: ["--port", "8081"], hostname: "127.0.0.1", port: 8080).port == 8081)
        #expect(ListenAddress(arguments: ["-p", "9000", "-H", "0.0.0.0"], hostname: "127.0.0.1", port: 8080) == ListenAddress(arguments: ["--bind", "0.0.0.0:9000"], hostname: "x", port: 1))
        #expect(ListenAddress(arguments: ["--port=7000"], hostname: "127.0.0.1", port: 8080).port == 7000)
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
