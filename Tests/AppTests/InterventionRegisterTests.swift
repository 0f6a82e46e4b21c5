import Domain
import Fluent
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 15, item 1: the register of insatser — a code unique in the association, names kept over
/// time, merging that ends an insats, and an insatsägare who sees their own insatser only.
@Suite struct InterventionRegisterTests {
    @Test(arguments: TestDatabase.all)
    func codesNamesOverTimeMergingAndOwners(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let vannas = try #require(try await Member.query(on: app.db).filter(\.$name == "Vännäs kommun").first()?.id?.uuidString)
            let steering = try #require(try await Body.query(on: app.db).filter(\.$name == "Styrgrupp Unga vuxna i arbete").first()?.id?.uuidString)
            let board = try #require(try await Body.query(on: app.db).filter(\.$kindRaw == "board").first()?.id?.uuidString)
            let david = try await personID(app, "David Persson").uuidString
            var form = ["code": " p41vän ", "name": "Vägen in", "kind": "individual", "stage": "project", "ownerMemberID": vannas,
                        "responsiblePersonID": david, "steeringBodyID": steering, "startsOn": "2016-01-01", "ageFrom": "16", "ageTo": "29"]
            try await kansli.get("/f/bjorkadalen/insatser/ny")
            let created = try await kansli.post("/f/bjorkadalen/insatser/ny", form)
            let path = try #require(created.location)
            let insats = try #require(try await Intervention.query(on: app.db).filter(\.$code == "P41VÄN").first())
            #expect(insats.code == "P41VÄN" && insats.stage == .project && insats.ageFrom == 16)

            form["name"] = "Annan"
            let taken = try await kansli.post("/f/bjorkadalen/insatser/ny", form)
            #expect(taken.status == .unprocessableEntity && taken.body.contains("Projektkod används redan"))
            form["code"] = "P 41!"
            let bad = try await kansli.post("/f/bjorkadalen/insatser/ny", form)
            #expect(bad.status == .unprocessableEntity && bad.body.contains("Projektkod får bara innehålla versaler"))
            form["code"] = "P50UNG"
            form["steeringBodyID"] = board
            let notSteering = try await kansli.post("/f/bjorkadalen/insatser/ny", form)
            #expect(notSteering.status == .unprocessableEntity && notSteering.body.contains("Välj ett av alternativen för styrgrupp"))
            #expect(try await Intervention.query(on: app.db).filter(\.$code != "P41VÄN").count() == 3, "nothing stored from the refused forms")

            // A rename from a date: the old name stays for the years before.
            let early = try await kansli.post(path + "/nytt-namn", ["name": "Vägen in, Vännäs", "validFrom": "2015-06-01"])
            #expect(early.status == .unprocessableEntity)
            try await kansli.post(path + "/nytt-namn", ["name": "Vägen in, Vännäs", "validFrom": "2018-01-01"])
            let named = try #require(try await Intervention.query(on: app.db).filter(\.$code == "P41VÄN").with(\.$names).first())
            #expect(named.name(on: CivilDate(iso: "2017-12-31")!) == "Vägen in")
            #expect(named.name(on: CivilDate(iso: "2018-01-01")!) == "Vägen in, Vännäs")
            #expect(try await kansli.get("/f/bjorkadalen/insatser").body.contains("Vägen in, Vännäs"))

            // Merged into another insats, it is history: further changes are a state conflict.
            form["steeringBodyID"] = ""
            form["responsiblePersonID"] = try await personID(app, "Ahmed Karimi").uuidString
            form["name"] = "Unga vuxna i arbete"
            let other = try #require(try await kansli.post("/f/bjorkadalen/insatser/ny", form).location)
            let otherID = String(try #require(other.split(separator: "/").last))
            #expect(try await kansli.post(path + "/sla-samman", ["mergedIntoID": otherID, "mergedOn": "2024-01-01"]).status == .seeOther)
            let merged = try #require(try await Intervention.find(insats.id, on: app.db))
            #expect(merged.mergedIntoID?.uuidString == otherID && merged.closedOn == "2023-12-31" && merged.stage == .closed)
            let late = try await kansli.post(path + "/nytt-namn", ["name": "Något annat", "validFrom": "2025-01-01"])
            #expect(late.status == .conflict && late.body.contains("redan avslutad eller sammanslagen"))
            #expect(try await kansli.get(path).body.contains("Gick upp i P50UNG från och med 2024-01-01."))

            // The insatsägare sees the insats they are responsible for, and nothing else; they cannot register one.
            try await linkUser(app, "agare", to: "David Persson", roles: [.activityOwner])
            let owner = TestClient(app)
            try await owner.login("agare")
            let list = try await owner.get("/f/bjorkadalen/insatser").body
            #expect(list.contains("P41VÄN") && !list.contains("P50UNG"))
            #expect(try await owner.get(path).status == .ok)
            #expect(try await owner.get(other).status == .notFound)
            #expect(try await owner.post("/f/bjorkadalen/insatser/ny", form).status == .forbidden)
        }
    }
}
