import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

@Suite struct BackupTests {
    @Test(arguments: TestDatabase.all)
    func backupThenRestoreBringsBackTheData(database: TestDatabase) async throws {
        let (location, cleanUp) = try database.makeFresh()
        defer { cleanUp() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("samordna-backup-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }

        try await withAppOn(location) { app in
            _ = try await Fixture.load(app)
            try await Backup.write(from: location, database: app.db, to: file)
            await #expect(throws: Backup.Failure.self) {
                try await Backup.write(from: location, database: app.db, to: file)
            }
            try await Person(organisationID: Organisation.query(on: app.db).first()!.requireID(),
                             draft: .init(name: "Efter backupen", title: nil, email: nil, phone: nil)).create(on: app.db)
        }
        try Backup.restore(into: location, from: file)
        try await withAppOn(location) { (app: Application) async throws in
            #expect(try await Person.query(on: app.db).filter(\.$name == "Efter backupen").count() == 0)
            #expect(try await Organisation.query(on: app.db).count() == 2)
            #expect(try await User.query(on: app.db).filter(\.$username == "kansli").count() == 1)
            let client = TestClient(app)
            #expect(try await client.login("kansli").status == .seeOther, "users and passwords came back")
        }
    }

    @Test func restoreRefusesAFileOfTheWrongKind() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-backup-\(UUID().uuidString)").path
        try Data("hello".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(throws: Backup.Failure.self) {
            try Backup.restore(into: .sqlite(path: "/tmp/never-\(UUID().uuidString).sqlite"), from: file)
        }
    }

    func withAppOn(_ location: DatabaseLocation, _ body: (Application) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        do {
            try await configure(app, settings: AppSettings(database: location, bcryptCost: 4, today: .fixed(testToday)))
            try await app.autoMigrate()
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
