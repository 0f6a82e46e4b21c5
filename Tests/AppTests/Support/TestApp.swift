import Domain
import ExternalTools
import Fluent
import Persistence
import Testing
import Vapor
import VaporTesting
@testable import App

/// The external programs' runner for tests that use a program without an application.
let testTools = ToolRunner(limits: ToolLimits())

/// The fixed "today" of app tests, so pages that depend on the date are stable.
let testToday = CivilDate(year: 2026, month: 3, day: 15)!

/// Runs a test against a freshly migrated Samordna on the given database, then removes the database.
func withSamordna(_ database: TestDatabase, loginMaxFailures: Int = 5, smtpPort: Int? = nil,
                  settings adjust: (inout AppSettings) -> Void = { _ in },
                  _ test: (Application) async throws -> Void) async throws {
    let (location, cleanUp) = try database.makeFresh()
    defer { cleanUp() }
    let app = try await Application.make(.testing)
    do {
        var settings = AppSettings(database: location, bcryptCost: 4, secureCookies: true, loginMaxFailures: loginMaxFailures,
                                   loginWindowMinutes: 15, today: .fixed(testToday), publicBaseURL: "https://samordna.test")
        settings.smtp = smtpPort.map { SMTPSettings(host: "127.0.0.1", port: $0, from: "kansli@bjorkadalen.example", fromName: "Björkådalens kansli") }
        adjust(&settings)
        try await configure(app, settings: settings)
        if location.isSQLite { try await SQLiteTuning.apply(on: app.db) }
        try await app.autoMigrate()
        try await test(app)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Records for a test: the demo association, a second association, and one user per role.
struct Fixture {
    let demo: Organisation
    let other: Organisation
    static let password = "ett-långt-lösenord"

    static func load(_ app: Application) async throws -> Fixture {
        let demo = try await DemoData.load(on: app.db, actor: .system)
        let other = try await AssociationSetup.create(
            NewAssociation(slug: "annat", name: NameChange(name: "Samordningsförbundet Annat", validFrom: CivilDate(iso: "2020-01-01")!),
                           details: AssociationDetails(organisationNumber: try OrganisationNumber.parse("222000-3137").get(),
                                                       streetAddress: nil, postalCode: nil, city: "Annanstad", email: nil)),
            administrator: nil, actor: .system, on: app.db)
        let hash = try app.password.hash(password)
        func user(_ name: String, _ roles: Set<AccessRole>, in organisation: Organisation, systemAdmin: Bool = false) async throws {
            let user = User(username: name, displayName: name.capitalized, passwordHash: hash, isSystemAdmin: systemAdmin)
            try await user.create(on: app.db)
            try await UserAccess(userID: user.requireID(), organisationID: organisation.requireID(), roles: roles).create(on: app.db)
        }
        try await user("kansli", [.administrator], in: demo, systemAdmin: true)
        try await user("revisor", [.auditor], in: demo)
        try await user("ledamot", [.boardMember], in: demo)
        try await user("annan", [.administrator], in: other)
        return Fixture(demo: demo, other: other)
    }
}
