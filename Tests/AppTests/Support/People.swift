import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// The id of a person in the demo register, by name.
func personID(_ app: Application, _ name: String) async throws -> UUID {
    try #require(try await Person.query(on: app.db).filter(\.$name == name).first()?.id)
}

/// Links a user to a person in the register, as the kansli does on the user page; with `roles`,
/// creates the user first.
func linkUser(_ app: Application, _ user: String, to name: String, roles: Set<AccessRole>? = nil) async throws {
    let person = try await personID(app, name)
    if let roles {
        let created = User(username: user, displayName: name, passwordHash: try app.password.hash(Fixture.password), isSystemAdmin: false)
        try await created.create(on: app.db)
        let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "bjorkadalen").first())
        try await UserAccess(userID: created.requireID(), organisationID: organisation.requireID(), roles: roles, personID: person).create(on: app.db)
        return
    }
    let account = try #require(try await User.query(on: app.db).filter(\.$username == user).first())
    let access = try #require(try await UserAccess.query(on: app.db).filter(\.$user.$id == account.requireID()).first())
    access.$person.id = person
    try await access.save(on: app.db)
}

/// The three who sign the demo board's protokoll, each logged in with a user linked to their
/// person: the kansli as sekreterare (Cecilia Norberg), the ordförande (Helena Forsberg) and a
/// justerare (Jonas Lindqvist).
struct Signers {
    let kansli: TestClient
    let chair: TestClient
    let adjuster: TestClient

    static func logIn(_ app: Application) async throws -> Signers {
        try await linkUser(app, "kansli", to: "Cecilia Norberg")
        try await linkUser(app, "ledamot", to: "Helena Forsberg")
        try await linkUser(app, "jonas", to: "Jonas Lindqvist", roles: [.boardMember])
        let signers = Signers(kansli: TestClient(app), chair: TestClient(app), adjuster: TestClient(app))
        try await signers.kansli.login("kansli")
        try await signers.chair.login("ledamot")
        try await signers.adjuster.login("jonas")
        return signers
    }
}
