import Domain
import Fluent
@testable import Persistence
import Testing
import Vapor
@testable import App

/// Issue 13, items 5 and 7: a signature is one transaction that sees every earlier one, counts
/// once, and the signing form guesses passwords no faster than the login.
@Suite struct SigningSecurityTests {
    /// The demo board's meeting of 2026-02-13 with a protokoll sent for justering to the kansli
    /// (sekreterare), the chair and one justerare; the protokoll's path.
    static func sentForJustering(_ app: Application, _ signers: Signers) async throws -> String {
        let kansli = signers.kansli
        let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first())
        let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$body.$id == board.requireID())
            .filter(\.$date == "2026-02-13").first())
        let meetingPath = "/f/bjorkadalen/moten/\(meeting.id!.uuidString)"
        try await kansli.post(meetingPath + "/dagordning", [:])
        let protocolPath = try #require(try await kansli.post(meetingPath + "/protokoll", [:]).location)
        try await kansli.post(protocolPath + "/justerare", [
            "secretary": try await personID(app, "Cecilia Norberg").uuidString, "chair": try await personID(app, "Helena Forsberg").uuidString,
            "adjuster1": try await personID(app, "Jonas Lindqvist").uuidString])
        try await kansli.post(protocolPath + "/till-justering", [:])
        for client in [signers.kansli, signers.chair, signers.adjuster] { try await client.get(protocolPath) }
        return protocolPath
    }

    @Test(arguments: TestDatabase.all)
    func twoSignersAtTheSameMomentLeaveItJusterat(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let signers = try await Signers.logIn(app)
            let path = try await Self.sentForJustering(app, signers)
            try await signers.kansli.post(path + "/signera", ["answer": "sign", "password": Fixture.password])
            async let chair = signers.chair.post(path + "/signera", ["answer": "sign", "password": Fixture.password])
            async let adjuster = signers.adjuster.post(path + "/signera", ["answer": "sign", "password": Fixture.password])
            let answers = try await [chair.status, adjuster.status]
            #expect(answers == [.seeOther, .seeOther])
            let record = try #require(try await MeetingProtocol.query(on: app.db).first())
            #expect(record.status == .adjusted && record.adjustedOn == testToday.iso)
            #expect(try await Signature.query(on: app.db).count() == 3)
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPersonSignsTheSameContentOnce(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let signers = try await Signers.logIn(app)
            let path = try await Self.sentForJustering(app, signers)
            #expect(try await signers.chair.post(path + "/signera", ["answer": "sign", "password": Fixture.password]).status == .seeOther)
            let again = try await signers.chair.post(path + "/signera", ["answer": "sign", "password": Fixture.password])
            #expect(again.status == .conflict && again.body.contains("Du har redan justerat exakt det här innehållet"))
            #expect(try await Signature.query(on: app.db).count() == 1)

            try await signers.kansli.post(path + "/signera", ["answer": "sign", "password": Fixture.password])
            try await signers.adjuster.post(path + "/signera", ["answer": "sign", "password": Fixture.password])
            let late = try await signers.chair.post(path + "/signera", ["answer": "sign", "password": Fixture.password])
            #expect(late.status == .conflict && late.body.contains("Protokollet är redan justerat"), "a state conflict is 409, not 403")
            #expect(try await Signature.query(on: app.db).count() == 3)
        }
    }

    @Test(arguments: TestDatabase.all)
    func theSigningFormIsThrottledLikeTheLogin(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let signers = try await Signers.logIn(app)
            let path = try await Self.sentForJustering(app, signers)
            let start = Date()
            for _ in 1...5 {
                let wrong = try await signers.adjuster.post(path + "/signera", ["answer": "sign", "password": "gissning"])
                #expect(wrong.status == .unprocessableEntity)
            }
            let blocked = try await signers.adjuster.post(path + "/signera", ["answer": "sign", "password": Fixture.password])
            // The wait counts from the first failure: on a slow machine a minute may already have gone.
            let waited = Int((Date().timeIntervalSince(start) / 60).rounded(.up))
            #expect(blocked.status == .tooManyRequests
                && (0...waited).contains { blocked.body.contains("För många felaktiga lösenord. Vänta \(15 - $0) minuter") })
            #expect(try await Signature.query(on: app.db).count() == 0, "the right password is not even checked while blocked")
        }
    }

    /// A protokoll that two simultaneous signers left "för justering" with every signature in
    /// place is justerat when the upgrade runs, even though later migrations add columns. On
    /// PostgreSQL only: there reverting the migrations really removes their columns.
    @Test(arguments: TestDatabase.all.filter { if case .postgres = $0 { true } else { false } })
    func theUpgradeJustersAProtokollLeftWithEverySignature(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let signers = try await Signers.logIn(app)
            _ = try await Self.sentForJustering(app, signers)
            let record = try #require(try await MeetingProtocol.query(on: app.db).first())
            for name in ["Cecilia Norberg", "Helena Forsberg", "Jonas Lindqvist"] {
                try await Signature(protocolID: record.requireID(), personID: try await personID(app, name), userID: nil, signedAt: Date(),
                                    signedOn: CivilDate(iso: "2026-02-20")!, contentSHA256: try #require(record.contentSHA256),
                                    declined: false, comment: nil).create(on: app.db)
            }
            let later: [any AsyncMigration] = [M0027_ProtocolAsOnPaper(), M0026_StandingItemPurposes(), M0025_SignOnceAndInheritedSecrecy()]
            for migration in later { try await migration.revert(on: app.db) }
            for migration in later.reversed() { try await migration.prepare(on: app.db) }
            let repaired = try #require(try await MeetingProtocol.find(record.id, on: app.db))
            #expect(repaired.status == .adjusted && repaired.adjustedOn == "2026-02-20")
        }
    }
}
