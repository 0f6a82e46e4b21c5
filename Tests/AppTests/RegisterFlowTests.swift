import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// The register as the kansli uses it: create, edit and list every kind of entry through HTTP.
@Suite struct RegisterFlowTests {
    @Test(arguments: TestDatabase.all)
    func memberCanBeAddedEditedAndListed(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let client = TestClient(app)
            #expect(try await client.login("kansli").status == .seeOther)

            try await client.get("/f/bjorkadalen/medlemmar/ny")
            let created = try await client.post("/f/bjorkadalen/medlemmar/ny", [
                "name": "Vindelns kommun", "kind": "municipality", "organisationNumber": "2120002684",
                "joinedOn": "2026-01-01", "postsNotices": "on"])
            #expect(created.status == .seeOther)
            let memberPath = try #require(created.location)

            let shown = try await client.get(memberPath)
            #expect(shown.body.contains("Vindelns kommun"))
            #expect(shown.body.contains("212000-2684"))
            #expect(shown.body.contains("Uppgiften är tillagd."))

            try await client.post(memberPath + "/befolkning", ["year": "2026", "count": "3 150"])
            try await client.get(memberPath + "/andra")
            let edited = try await client.post(memberPath + "/andra", [
                "name": "Vindeln kommun", "kind": "municipality", "organisationNumber": "212000-2684", "joinedOn": "2026-01-01"])
            #expect(edited.status == .seeOther)

            let list = try await client.get("/f/bjorkadalen/medlemmar")
            #expect(list.body.contains("Vindeln kommun"))
            #expect(!list.body.contains("Vindelns kommun"))
            let member = try #require(try await Member.query(on: app.db).filter(\.$name == "Vindeln kommun").first())
            #expect(member.postsNotices == false)
            let population = try await MemberPopulation.query(on: app.db).filter(\.$member.$id == member.requireID()).first()
            #expect(population?.count == 3_150)
        }
    }

    @Test(arguments: TestDatabase.all)
    func bodyPersonAndMandateFlow(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")

            try await client.get("/f/bjorkadalen/organ/nytt")
            let body = try await client.post("/f/bjorkadalen/organ/nytt", [
                "kind": "steering_group", "name": "Styrgrupp Matcha", "establishedOn": "2025-01-01"])
            let bodyPath = try #require(body.location)
            let bodyID = String(bodyPath.split(separator: "/").last!)

            let person = try await client.post("/f/bjorkadalen/personer/ny", ["name": "Greta Holm", "email": "greta@exempel.se"])
            let personPath = try #require(person.location)
            let personID = String(personPath.split(separator: "/").last!)
            try await client.post(personPath + "/andra", ["name": "Greta Holm", "title": "projektledare"])

            let umea = try #require(try await Member.query(on: app.db).filter(\.$organisation.$id == fixture.demo.requireID())
                .filter(\.$name == "Umeå kommun").first())
            try await client.get("/f/bjorkadalen/uppdrag/nytt?person=\(personID)")
            let mandate = try await client.post("/f/bjorkadalen/uppdrag/nytt", [
                "personID": personID, "bodyID": bodyID, "role": "chair", "appointedByMemberID": umea.id!.uuidString,
                "startsOn": "2025-02-01", "party": ""])
            #expect(mandate.status == .seeOther)

            let shownPerson = try await client.get(personPath)
            #expect(shownPerson.body.contains("Styrgrupp Matcha"))
            #expect(shownPerson.body.contains("projektledare"))
            let shownBody = try await client.get(bodyPath + "?datum=2025-06-01")
            #expect(shownBody.body.contains("Styrgrupp Matcha 2025-06-01: 1 ledamot, 0 ersättare"))
            #expect(shownBody.body.contains("Greta Holm"))
            let before = try await client.get(bodyPath + "?datum=2025-01-15")
            #expect(before.body.contains("0 ledamöter"))

            let stored = try #require(try await Mandate.query(on: app.db).filter(\.$person.$id == UUID(uuidString: personID)!).first())
            try await client.post("/f/bjorkadalen/uppdrag/\(stored.id!.uuidString)/andra", [
                "personID": personID, "bodyID": bodyID, "role": "chair", "appointedByMemberID": umea.id!.uuidString,
                "startsOn": "2025-02-01", "endsOn": "2025-12-31"])
            let ended = try await client.get(bodyPath + "?datum=2026-01-01")
            #expect(ended.body.contains("0 ledamöter"))
            #expect(try await Mandate.query(on: app.db).filter(\.$person.$id == UUID(uuidString: personID)!).count() == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func boardPageWarnsAboutMissingSeats(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("ledamot")
            let board = try #require(try await Body.query(on: app.db).filter(\.$organisation.$id == fixture.demo.requireID())
                .filter(\.$kindRaw == "board").first())
            let now = try await client.get("/f/bjorkadalen/organ/\(board.id!.uuidString)")
            #expect(now.body.contains("Styrelsen 2026-03-15: 7 ledamöter, 6 ersättare"))
            #expect(now.body.contains("Robertsfors kommun saknar ersättare."))
            let earlier = try await client.get("/f/bjorkadalen/organ/\(board.id!.uuidString)?datum=2025-03-01")
            #expect(earlier.body.contains("Styrelsen 2025-03-01: 7 ledamöter, 7 ersättare"))
            #expect(!earlier.body.contains("saknar ersättare"))
            let bad = try await client.get("/f/bjorkadalen/organ/\(board.id!.uuidString)?datum=2025-02-30")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("Sammansättning den måste vara ett giltigt datum"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func associationDetailsNamesAndRules(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let client = TestClient(app)
            try await client.login("kansli")

            try await client.get("/f/bjorkadalen/register/andra")
            #expect(try await client.post("/f/bjorkadalen/register/andra", [
                "organisationNumber": "222000-3129", "streetAddress": "Kungsgatan 3", "postalCode": "903 25", "city": "Umeå"]).status == .seeOther)

            let early = try await client.post("/f/bjorkadalen/register/namn/nytt", ["name": "För tidigt", "validFrom": "2017-01-01"])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.contains("måste vara efter 2018-01-01"))
            #expect(try await client.post("/f/bjorkadalen/register/namn/nytt", [
                "name": "Samordningsförbundet Björkådalen 2.0", "validFrom": "2026-03-01"]).status == .seeOther)
            let overview = try await client.get("/f/bjorkadalen/register")
            #expect(overview.body.contains("<h1>Samordningsförbundet Björkådalen 2.0</h1>"))
            #expect(overview.body.contains("Kungsgatan 3"))
            let names = try await OrganisationName.query(on: app.db).filter(\.$organisation.$id == fixture.demo.requireID()).all()
            #expect(names.first { $0.name == "Samordningsförbundet Björkådalsregionen" }?.validTo == "2026-02-28")

            try await client.get("/f/bjorkadalen/regler/andra")
            #expect(try await client.post("/f/bjorkadalen/regler/andra", [
                "quorum": "more_than_half", "matter_budget": "on", "qualifiedMajority": "3/4", "adjustmentDeadlineDays": "10",
                "postingDeadlineDays": "1", "appealPeriodDays": "21", "boardTermStarts": "04-01",
                "planAndBudgetDeadline": "11-30"]).status == .seeOther)
            let rules = try #require(try await RulesRecord.query(on: app.db).filter(\.$organisation.$id == fixture.demo.requireID()).first())
            #expect(rules.rules.adjustmentDeadlineDays == 10)
            #expect(rules.rules.qualifiedMajorityMatters == [.budget])
            #expect(rules.rules.boardTermStarts.text == "04-01")
            #expect(rules.rules.remoteParticipationAllowed == false)
            let page = try await client.get("/f/bjorkadalen/regler")
            #expect(page.body.contains("10 dagar"))
            #expect(page.body.contains("Region Västerbotten"))
        }
    }
}
