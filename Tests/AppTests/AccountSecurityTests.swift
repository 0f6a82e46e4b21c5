import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 13, item 1: an association's administrator manages that association's roles, never
/// another association's account or a system administrator; passwords are set by their users.
/// Item 6: a new password ends the user's other sessions.
@Suite struct AccountSecurityTests {
    /// A second administrator of the demo association who is not a system administrator, and a
    /// user with roles in both associations.
    static func load(_ app: Application) async throws -> Fixture {
        let fixture = try await Fixture.load(app)
        let hash = try app.password.hash(Fixture.password)
        let chef = User(username: "chef", displayName: "Chef", passwordHash: hash)
        try await chef.create(on: app.db)
        try await UserAccess(userID: chef.requireID(), organisationID: fixture.demo.requireID(), roles: [.administrator]).create(on: app.db)
        let shared = User(username: "delad", displayName: "Delad Användare", passwordHash: hash)
        try await shared.create(on: app.db)
        try await UserAccess(userID: shared.requireID(), organisationID: fixture.demo.requireID(), roles: [.auditor]).create(on: app.db)
        try await UserAccess(userID: shared.requireID(), organisationID: fixture.other.requireID(), roles: [.administrator]).create(on: app.db)
        return fixture
    }

    static func user(_ app: Application, _ name: String) async throws -> User {
        try #require(try await User.query(on: app.db).filter(\.$username == name).first())
    }

    @Test(arguments: TestDatabase.all)
    func anAssociationsAdministratorCannotTakeOverTheSystemAdministrator(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Self.load(app)
            let chef = TestClient(app)
            try await chef.login("chef")
            let admin = try await Self.user(app, "kansli")
            let edit = "/f/bjorkadalen/anvandare/\(admin.id!.uuidString)/andra"
            #expect(try await chef.get(edit).status == .forbidden)
            let attempt = try await chef.post(edit, ["displayName": "Övertagen", "password": "ett-nytt-långt-lösenord", "role_auditor": "on"])
            #expect(attempt.status == .forbidden)
            #expect(try await chef.post("/f/bjorkadalen/anvandare/\(admin.id!.uuidString)/losenordslank", [:]).status == .forbidden)
            let after = try await Self.user(app, "kansli")
            #expect(after.passwordHash == admin.passwordHash && after.displayName == admin.displayName)
            #expect(try await TestClient(app).login("kansli", password: "ett-nytt-långt-lösenord").status == .unauthorized)
            let access = try #require(try await UserAccess.query(on: app.db).filter(\.$user.$id == admin.requireID()).first())
            #expect(access.roles == [.administrator], "not even the roles of a system administrator")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aSharedAccountKeepsItsNameAndPasswordWhileItsRolesHereChange(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Self.load(app)
            let chef = TestClient(app)
            try await chef.login("chef")
            let shared = try await Self.user(app, "delad")
            let edit = "/f/bjorkadalen/anvandare/\(shared.id!.uuidString)/andra"
            let form = try await chef.get(edit)
            #expect(form.status == .ok && form.body.contains("Kontot har roller även i andra förbund"))
            #expect(!form.body.contains("name=\"displayName\"") && !form.body.contains("name=\"password\""))
            #expect(!form.body.contains("Skapa länk för nytt lösenord"))
            let saved = try await chef.post(edit, ["displayName": "Övertagen", "password": "ett-nytt-långt-lösenord", "role_boardMember": "on",
                                                   "role_board_member": "on"])
            #expect(saved.status == .seeOther)
            let after = try await Self.user(app, "delad")
            #expect(after.displayName == "Delad Användare" && after.passwordHash == shared.passwordHash)
            let here = try #require(try await UserAccess.query(on: app.db).filter(\.$user.$id == shared.requireID())
                .filter(\.$organisation.$id == (try await Organisation.query(on: app.db).filter(\.$slug == "bjorkadalen").first()!.requireID())).first())
            #expect(here.roles == [.boardMember])
            #expect(try await chef.post("/f/bjorkadalen/anvandare/\(shared.id!.uuidString)/losenordslank", [:]).status == .forbidden)
            #expect(try await TestClient(app).login("delad").status == .seeOther, "the old password still works")
        }
    }

    /// A user of this association only gets a link; following it sets the password, once, and
    /// ends the user's sessions everywhere.
    @Test(arguments: TestDatabase.all)
    func aResetLinkLetsTheUserChooseTheirOwnPassword(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Self.load(app)
            let revisor = TestClient(app)
            try await revisor.login("revisor")
            let chef = TestClient(app)
            try await chef.login("chef")
            let target = try await Self.user(app, "revisor")
            let form = try await chef.get("/f/bjorkadalen/anvandare/\(target.id!.uuidString)/andra")
            #expect(form.body.contains("name=\"displayName\"") && form.body.contains("Skapa länk för nytt lösenord"))
            let page = try await chef.post("/f/bjorkadalen/anvandare/\(target.id!.uuidString)/losenordslank", [:])
            let link = try #require(page.body.range(of: #"https://samordna\.test/losenord/[A-Za-z0-9_-]+"#, options: .regularExpression)
                .map { String(page.body[$0]) })
            let path = String(link.dropFirst("https://samordna.test".count))
            #expect(try await Self.user(app, "revisor").passwordHash == target.passwordHash, "nothing changes until the user acts")

            let user = TestClient(app)
            #expect(try await user.get(path).body.contains("Välj ett lösenord för kontot revisor"))
            let mismatch = try await user.post(path, ["newPassword": "mitt-eget-lösenord", "repeatPassword": "ett-annat-lösenord"])
            #expect(mismatch.status == .unprocessableEntity)
            let done = try await user.post(path, ["newPassword": "mitt-eget-lösenord", "repeatPassword": "mitt-eget-lösenord"])
            #expect(done.status == .ok && done.body.contains("Lösenordet är sparat"))
            #expect(try await user.post(path, ["newPassword": "ett-tredje-lösenord", "repeatPassword": "ett-tredje-lösenord"]).status == .gone)
            #expect(try await revisor.get("/f/bjorkadalen/register").status == .seeOther, "the session from before is over")
            #expect(try await TestClient(app).login("revisor", password: "mitt-eget-lösenord").status == .seeOther)
            #expect(try await TestClient(app).login("revisor").status == .unauthorized)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aNewUserIsInvitedToChooseAPassword(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Self.load(app)
            let chef = TestClient(app)
            try await chef.login("chef")
            let page = try await chef.post("/f/bjorkadalen/anvandare/ny", ["username": "ny@bjorkadalen.example", "displayName": "Ny Ledamot",
                                                                          "role_board_member": "on"])
            #expect(page.status == .ok && page.body.contains("Inbjudan är skapad"))
            let mail = try #require(try await OutboxMessage.query(on: app.db).filter(\.$recipient == "ny@bjorkadalen.example").first())
            let path = try #require(mail.body.range(of: #"/losenord/[A-Za-z0-9_-]+"#, options: .regularExpression).map { String(mail.body[$0]) })
            #expect(page.body.contains(path))
            #expect(try await TestClient(app).login("ny@bjorkadalen.example", password: "").status == .unauthorized)
            let user = TestClient(app)
            _ = try await user.get(path)
            _ = try await user.post(path, ["newPassword": "ledamotens-lösenord", "repeatPassword": "ledamotens-lösenord"])
            #expect(try await TestClient(app).login("ny@bjorkadalen.example", password: "ledamotens-lösenord").status == .seeOther)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aNewPasswordEndsEveryOtherSession(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Self.load(app)
            let laptop = TestClient(app), phone = TestClient(app)
            try await laptop.login("revisor")
            try await phone.login("revisor")
            _ = try await laptop.get("/konto")
            let wrong = try await laptop.post("/konto", ["displayName": "Revisor", "currentPassword": "fel lösenord",
                                                         "newPassword": "ett-nytt-långt-lösenord", "repeatPassword": "ett-nytt-långt-lösenord"])
            #expect(wrong.status == .unprocessableEntity && wrong.body.contains("Nuvarande lösenord stämmer inte."))
            let changed = try await laptop.post("/konto", ["displayName": "Revisor", "currentPassword": Fixture.password,
                                                           "newPassword": "ett-nytt-långt-lösenord", "repeatPassword": "ett-nytt-långt-lösenord"])
            #expect(changed.status == .seeOther)
            #expect(try await laptop.get("/f/bjorkadalen/register").status == .ok, "the browser that changed it stays logged in")
            #expect(try await phone.get("/f/bjorkadalen/register").status == .seeOther, "every other session has ended")

            // The command line (`samordna user passwd`) ends them all.
            let user = try await Self.user(app, "revisor")
            try await AccountService.setPassword(hash: try app.password.hash("ännu-ett-lösenord"), for: user, keepingSession: nil, on: app.db)
            #expect(try await laptop.get("/f/bjorkadalen/register").status == .seeOther)
            #expect(try await BrowserSession.query(on: app.db).filter(\.$userID == user.requireID()).count() == 0)
        }
    }

    /// Item 10: an unknown username costs the same bcrypt work as a known one: each login attempt
    /// checks exactly one hash (a dummy for an unknown account). Counted, not timed, so that a busy
    /// machine cannot make it pass or fail; `scripts/attack` shows the times.
    @Test(arguments: TestDatabase.all)
    func anUnknownUsernameCostsAsMuchAsAWrongPassword(database: TestDatabase) async throws {
        try await withSamordna(database, loginMaxFailures: 100) { app in
            _ = try await Self.load(app)
            let counter = CountingHasher()
            app.passwords.use { _ in counter }
            for name in ["revisor", "finns-inte", ""] {
                let client = TestClient(app)
                _ = try await client.get("/logga-in")
                let before = counter.verifications
                #expect(try await client.post("/logga-in", ["username": name, "password": "fel lösenord"]).status == .unauthorized)
                #expect(counter.verifications - before == 1, "one bcrypt check for \(name.isEmpty ? "an empty name" : name)")
            }
        }
    }
}

/// Bcrypt (cost 4) that counts how often a password is checked.
final class CountingHasher: PasswordHasher, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private let bcrypt = BCryptDigest()

    var verifications: Int { lock.withLock { count } }

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        Array(try bcrypt.hash(String(decoding: password, as: UTF8.self), cost: 4).utf8)
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        lock.withLock { count += 1 }
        return try bcrypt.verify(String(decoding: password, as: UTF8.self), created: String(decoding: digest, as: UTF8.self))
    }
}
