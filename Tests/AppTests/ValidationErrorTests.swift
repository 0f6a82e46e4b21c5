import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Bad input gets a Swedish message naming the field, and nothing is stored.
@Suite struct ValidationErrorTests {
    @Test(arguments: TestDatabase.all)
    func memberFormShowsEachProblemAndStoresNothing(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let before = try await Member.query(on: app.db).count()
            try await client.get("/f/bjorkadalen/medlemmar/ny")
            let page = try await client.post("/f/bjorkadalen/medlemmar/ny", [
                "name": "Bjurholms kommun", "kind": "municipality", "organisationNumber": "212000-2685",
                "joinedOn": "2026-02-30"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("<title>Fel: Lägg till medlem – Samordna</title>"))
            #expect(page.body.contains(##"<a href="#f-organisationNumber">Organisationsnummer har fel kontrollsiffra. Kontrollera numret.</a>"##))
            #expect(page.body.contains(##"<a href="#f-joinedOn">Medlem sedan måste vara ett giltigt datum i formatet ÅÅÅÅ-MM-DD.</a>"##))
            #expect(page.body.contains(#"aria-invalid="true""#))
            #expect(page.body.contains(#"value="Bjurholms kommun""#), "typed values are kept")
            #expect(try await Member.query(on: app.db).count() == before)
        }
    }

    @Test(arguments: TestDatabase.all)
    func duplicateOrganisationNumberIsRefused(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let page = try await client.post("/f/bjorkadalen/medlemmar/ny", [
                "name": "Umeå igen", "kind": "municipality", "organisationNumber": "212000-2742", "joinedOn": "2026-01-01"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Organisationsnummer används redan."))
        }
    }

    @Test(arguments: TestDatabase.all)
    func mandateNeedsAppointingMemberInTheBoardAndKnownRecords(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            let board = try #require(try await Body.query(on: app.db).filter(\.$organisation.$id == fixture.demo.requireID())
                .filter(\.$kindRaw == "board").first())
            let person = try #require(try await Person.query(on: app.db).filter(\.$organisation.$id == fixture.demo.requireID()).first())
            let before = try await Mandate.query(on: app.db).count()
            try await client.get("/f/bjorkadalen/uppdrag/nytt")
            let page = try await client.post("/f/bjorkadalen/uppdrag/nytt", [
                "personID": person.id!.uuidString, "bodyID": board.id!.uuidString, "role": "member", "startsOn": "2026-01-01"])
            #expect(page.status == .unprocessableEntity)
            #expect(page.body.contains("Fyll i utsedd av."))

            let otherBoard = try #require(try await Body.query(on: app.db).filter(\.$organisation.$id == fixture.other.requireID()).first())
            let foreign = try await client.post("/f/bjorkadalen/uppdrag/nytt", [
                "personID": person.id!.uuidString, "bodyID": otherBoard.id!.uuidString, "role": "secretary", "startsOn": "2026-01-01"])
            #expect(foreign.status == .unprocessableEntity)
            #expect(foreign.body.contains("Välj ett av alternativen för organ."))
            #expect(try await Mandate.query(on: app.db).count() == before)
        }
    }

    @Test(arguments: TestDatabase.all)
    func rulesAndContributionInputAreChecked(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            try await client.get("/f/bjorkadalen/regler/andra")
            let rules = try await client.post("/f/bjorkadalen/regler/andra", [
                "quorum": "more_than_half", "qualifiedMajority": "två tredjedelar", "adjustmentDeadlineDays": "0",
                "postingDeadlineDays": "2", "appealPeriodDays": "21", "boardTermStarts": "13-01", "planAndBudgetDeadline": "11-30"])
            #expect(rules.status == .unprocessableEntity)
            #expect(rules.body.contains("ska anges som ett bråk, till exempel 2/3."))
            #expect(rules.body.contains("måste vara mellan 1 och 90."))
            #expect(rules.body.contains("Ny styrelse tillträder (MM-DD) måste anges som MM-DD"))

            let contributions = try await client.get("/f/bjorkadalen/medlemsbidrag?ar=tjugo&total=-5")
            #expect(contributions.status == .unprocessableEntity)
            #expect(contributions.body.contains("År måste vara ett heltal."))
            #expect(contributions.body.contains("Total tilldelning i kronor måste vara mellan 1 och"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func userFormNeedsRolesAndKeepsAnAdministrator(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")
            try await client.get("/f/bjorkadalen/anvandare/ny")
            let noRoles = try await client.post("/f/bjorkadalen/anvandare/ny", [
                "username": "ny@exempel.se", "displayName": "Ny", "password": "kort"])
            #expect(noRoles.status == .unprocessableEntity)
            #expect(!noRoles.body.contains("Lösenord"), "a new user chooses the password through the invitation")
            #expect(noRoles.body.contains("Välj minst ett alternativ för roller i förbundet."))
            let taken = try await client.post("/f/bjorkadalen/anvandare/ny", [
                "username": "Revisor", "displayName": "Dubblett", "password": "tillräckligt-långt", "role_auditor": "on"])
            #expect(taken.body.contains("Användarnamn används redan."))

            let me = try #require(try await User.query(on: app.db).filter(\.$username == "kansli").first())
            let demote = try await client.post("/f/bjorkadalen/anvandare/\(me.id!.uuidString)/andra", [
                "displayName": "Kansli", "role_auditor": "on"])
            #expect(demote.status == .unprocessableEntity)
            #expect(demote.body.contains("Förbundet måste ha minst en administratör"))
        }
    }
}
