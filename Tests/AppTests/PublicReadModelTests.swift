import Fluent
import Persistence
import SQLKit
import Testing
import Vapor
import Views
@testable import App

/// Issue 17, item 2: public pages answered from memory until something public changes, on this
/// server (a request, a saved model) or on another one (the database's change count).
@Suite struct PublicReadModelTests {
    private func currentName(_ app: Application) async throws -> OrganisationName {
        try #require(try await OrganisationName.query(on: app.db).sort(\.$validFrom, .descending).first())
    }

    /// Another app server's write, as it reaches this one: a statement on the database.
    private func renameElsewhere(_ app: Application, _ id: UUID, to name: String) async throws {
        let sql = try #require(app.db as? any SQLDatabase)
        try await sql.raw("UPDATE organisation_names SET name = \(bind: name) WHERE id = \(bind: id)").run()
    }

    @Test(arguments: TestDatabase.all)
    func aPublicPageIsKeptUntilAnythingPublicChanges(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let watcher = PublicChangeWatcher()
            try await watcher.check(app)
            let visitor = TestClient(app)
            let name = try await currentName(app)
            let first = try await visitor.get("/")
            #expect(first.body.contains(name.name))

            try await renameElsewhere(app, try name.requireID(), to: "Samordningsförbundet Annanstans")
            let kept = try await visitor.get("/")
            #expect(kept.body == first.body, "answered from memory: the other server's change is not read yet")
            #expect(kept.headers.first(name: "Content-Security-Policy") != nil && kept.headers.first(name: .contentType) == "text/html; charset=utf-8")

            try await watcher.check(app)
            #expect(try await visitor.get("/").body.contains("Samordningsförbundet Annanstans"), "the change count ended the kept page")

            name.name = "Samordningsförbundet Björkådalen Nu"
            try await name.save(on: app.db)
            #expect(try await visitor.get("/").body.contains("Samordningsförbundet Björkådalen Nu"), "a save on this server ends it at once")

            try await renameElsewhere(app, try name.requireID(), to: "Samordningsförbundet Nästa Dag")
            app.settings.today = .fixed(testToday.adding(days: 1)!)
            #expect(try await visitor.get("/").body.contains("Samordningsförbundet Nästa Dag"), "a kept page lasts its day only")

            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let own = try await kansli.get("/")
            let visitors = try await visitor.get("/")
            #expect(own.body.contains("Logga ut") && !visitors.body.contains("Logga ut"),
                    "a logged-in user gets their own page, never the visitor's, and leaves none for visitors")
        }
    }

    /// The register's member list, the same for every user of the association, is kept the same way.
    @Test(arguments: TestDatabase.all)
    func theKeptMemberListEndsWithAnyChange(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let watcher = PublicChangeWatcher()
            try await watcher.check(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let member = try #require(try await Member.query(on: app.db).filter(\.$name == "Vännäs kommun").first())
            #expect(try await kansli.get("/f/bjorkadalen/medlemmar").body.contains("Vännäs kommun"))
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE members SET name = 'Vännäs kommun (annan server)' WHERE id = \(bind: member.requireID())").run()
            #expect(!(try await kansli.get("/f/bjorkadalen/medlemmar").body.contains("annan server")), "kept until the change count is read")
            try await watcher.check(app)
            #expect(try await kansli.get("/f/bjorkadalen/medlemmar").body.contains("Vännäs kommun (annan server)"))
            let ledamot = TestClient(app)
            try await ledamot.login("ledamot")
            #expect(try await ledamot.get("/f/bjorkadalen/medlemmar").body.contains("Vännäs kommun (annan server)"))
            member.name = "Vännäs kommun"
            try await member.save(on: app.db)
            #expect(!(try await kansli.get("/f/bjorkadalen/medlemmar").body.contains("annan server")), "a model saved here ends it at once")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aRequestThatWritesEndsTheKeptPagesOnceAnswered(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let visitor = TestClient(app)
            let board = SiteURL.noticeBoard(fixture.demo.slug).path
            let before = try await visitor.get(board)
            #expect(before.status == .ok)
            #expect(app.publicReadModels.page(board, on: testToday) != nil, "kept for the next visitor")
            let generation = app.publicReadModels.currentGeneration
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            #expect(app.publicReadModels.currentGeneration > generation, "the login's POST counted as a possible change")
            #expect(app.publicReadModels.page(board, on: testToday) == nil)
        }
    }

    @Test(arguments: TestDatabase.all)
    func everyTableCountsItsChangesExceptThoseNoPublicPageShows(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            #expect(try await PublicChanges.tablesWithoutTrigger(on: app.db) == [],
                    "a migration that creates a table calls PublicChanges.watch for it")
            let before = try await PublicChanges.count(on: app.db)
            _ = try await Fixture.load(app)
            let afterLoad = try await PublicChanges.count(on: app.db)
            #expect(afterLoad > before)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            _ = try await kansli.get("/konto")
            #expect(try await PublicChanges.count(on: app.db) == afterLoad, "a login writes only tables no public page shows")
        }
    }
}
