import Fluent
import Persistence
import Testing
import Vapor
@testable import App

@Suite struct SecurityTests {
    @Test(arguments: TestDatabase.all)
    func formsWithoutTheCSRFTokenAreRefused(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let before = try await Person.query(on: app.db).count()
            let missing = try await client.post("/f/bjorkadalen/personer/ny", ["name": "Utan token"], csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.body.contains("Formuläret kunde inte skickas"))
            let wrong = try await client.post("/f/bjorkadalen/personer/ny", ["name": "Fel token", "_csrf": String(repeating: "a", count: 64)],
                                              csrf: false)
            #expect(wrong.status == .forbidden)
            #expect(try await Person.query(on: app.db).count() == before)

            let fresh = TestClient(app)
            let login = try await fresh.post("/logga-in", ["username": "kansli", "password": Fixture.password], csrf: false)
            #expect(login.status == .forbidden, "login needs the token too")
        }
    }

    @Test(arguments: TestDatabase.all)
    func failedLoginsAreLimitedPerAccount(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            let start = Date()
            for _ in 1...5 {
                let failed = try await client.login("kansli", password: "fel lösenord")
                #expect(failed.status == .unauthorized)
                #expect(failed.body.contains("Fel användarnamn eller lösenord."))
            }
            let blocked = try await client.login("kansli")
            #expect(blocked.status == .tooManyRequests)
            // The wait counts from the first failure: on a slow machine a minute may already have gone.
            let waited = Int((Date().timeIntervalSince(start) / 60).rounded(.up))
            let said = (0...waited).map { 15 - $0 }.filter { blocked.body.contains("För många misslyckade inloggningsförsök. Vänta \($0) minuter och försök igen.") }
            #expect(said.count == 1, "the wait is the window less the time since the first failure")
            #expect(try await client.get("/f/bjorkadalen/register").status == .seeOther, "still not logged in")
        }
    }

    @Test(arguments: TestDatabase.all)
    func failedLoginsAreLimitedPerAddress(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            for name in ["a", "b", "c", "d", "e"] {
                #expect(try await client.login(name, password: "gissning").status == .unauthorized)
            }
            #expect(try await client.login("revisor").status == .tooManyRequests)
        }
    }

    @Test(arguments: TestDatabase.all)
    func auditorCanReadButNotChange(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("revisor")
            #expect(try await client.get("/f/bjorkadalen/medlemmar").status == .ok)
            #expect(try await client.get("/f/bjorkadalen/logg").status == .ok)
            let form = try await client.get("/f/bjorkadalen/medlemmar/ny")
            #expect(form.status == .forbidden)
            #expect(form.body.contains("Du saknar behörighet"))
            let before = try await Member.query(on: app.db).count()
            let post = try await client.post("/f/bjorkadalen/medlemmar/ny", [
                "name": "X", "kind": "municipality", "organisationNumber": "2120002684", "joinedOn": "2026-01-01"])
            #expect(post.status == .forbidden)
            #expect(try await Member.query(on: app.db).count() == before)
            #expect(try await client.get("/f/bjorkadalen/anvandare").status == .forbidden)
            let list = try await client.get("/f/bjorkadalen/medlemmar")
            #expect(!list.body.contains("Lägg till medlem"), "no edit links for read-only roles")

            let boardMember = TestClient(app)
            try await boardMember.login("ledamot")
            #expect(try await boardMember.get("/f/bjorkadalen/logg").status == .forbidden)
        }
    }

    @Test(arguments: TestDatabase.all)
    func usersSeeOnlyTheirOwnAssociation(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("annan")
            #expect(try await client.get("/f/annat/register").status == .ok)
            for path in ["/f/bjorkadalen/register", "/f/bjorkadalen/medlemmar", "/f/bjorkadalen/personer", "/f/bjorkadalen/logg",
                         "/f/bjorkadalen/medlemsbidrag?ar=2026&total=100"] {
                #expect(try await client.get(path).status == .forbidden, "\(path)")
            }
            let demoPerson = try #require(try await Person.query(on: app.db).filter(\.$organisation.$id == fixture.demo.requireID()).first())
            #expect(try await client.get("/f/annat/personer/\(demoPerson.id!.uuidString)").status == .notFound)
            let home = try await client.get("/")
            #expect(home.body.contains("Dina förbund"))
            #expect(!home.body.contains("href=\"/f/bjorkadalen/register\""))
        }
    }

    @Test(arguments: TestDatabase.all)
    func anonymousVisitorsAreSentToLoginAndBack(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            let redirect = try await client.get("/f/bjorkadalen/personer")
            #expect(redirect.status == .seeOther)
            let location = try #require(redirect.location)
            #expect(location.hasPrefix("/logga-in?next="))
            try await client.get(location)
            let login = try await client.post(location, ["username": "kansli", "password": Fixture.password])
            #expect(login.location == "/f/bjorkadalen/personer")

            let offsite = TestClient(app)
            try await offsite.get("/logga-in")
            let evil = try await offsite.post("/logga-in?next=%2F%2Fevil.example", ["username": "kansli", "password": Fixture.password])
            #expect(evil.location == "/f/bjorkadalen/register", "an address on another site is ignored")
        }
    }

    @Test(arguments: TestDatabase.all)
    func sessionCookieIsProtectedAndLogoutEndsTheSession(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.get("/logga-in")
            let login = try await client.post("/logga-in", ["username": "kansli", "password": Fixture.password])
            let cookie = try #require(login.headers[.setCookie].first { $0.hasPrefix("samordna-session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("Secure"))
            #expect(cookie.contains("SameSite=Lax"))
            try await client.get(try #require(login.location))
            let stolen = try #require(client.cookie)
            let logout = try await client.post("/logga-ut", [:])
            #expect(logout.status == .seeOther)
            let replay = TestClient(app)
            let page = try await app.testing().sendRequest(.GET, "/f/bjorkadalen/register", headers: ["Cookie": stolen])
            #expect(page.status == .seeOther, "the old session no longer logs anyone in")
            #expect(try await replay.get("/f/bjorkadalen/register").status == .seeOther)
            let headers = login.headers
            #expect(headers.first(name: "X-Frame-Options") == "DENY")
        }
    }
}
