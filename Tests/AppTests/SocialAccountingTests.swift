import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 18, items 4 and 5: goal areas with weights that must sum to 100 %, indicators computed
/// from the participations or entered by hand with a source, and the Impactindex in the annual
/// report's open data.
@Suite struct SocialAccountingTests {
    @Test(arguments: TestDatabase.all)
    func theSocialBudgetIsLaidOutFollowedUpAndIndexed(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let page = try await kansli.get("/f/bjorkadalen/mal?ar=2025")
            #expect(page.status == .ok && page.body.contains("Impactindex 2025 per målområde") && page.body.contains("Räknat ur deltagarregistreringen"))
            let report = try await kansli.get("/api/v1/organisations/bjorkadalen/annual-reports/2025")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(report.bytes)) as? [String: Any])
            let index = try #require(json["impactIndex"] as? Double)
            let computed = try #require(try await SocialAccounts.impactIndex(organisationID: fixture.demo.requireID(), year: 2025, on: app.db))
            #expect(abs(index - (computed * 10).rounded() / 10) < 1e-9 && (0...100).contains(index))

            // A new year: an area far from its ideal is refused; weights that do not sum to 100 % leave no index.
            let far = try await kansli.post("/f/bjorkadalen/mal/malomraden?ar=2026", ["name": "Nytta", "idealWeight": "40", "usedWeight": "50"])
            #expect(far.status == .unprocessableEntity && far.body.contains("högst 5 procentenheter från idealvikten 40 %"))
            #expect(try await GoalArea.query(on: app.db).filter(\.$year == 2026).count() == 0, "nothing saved")
            #expect(try await kansli.post("/f/bjorkadalen/mal/malomraden?ar=2026", ["name": "Nytta", "idealWeight": "60", "usedWeight": "60"]).status == .seeOther)
            #expect(try await kansli.post("/f/bjorkadalen/mal/malomraden?ar=2026", ["name": "Samverkan", "idealWeight": "40", "usedWeight": "35"]).status == .seeOther)
            let unbalanced = try await kansli.get("/f/bjorkadalen/mal?ar=2026")
            #expect(unbalanced.body.contains("De använda vikterna går inte ihop: angivet 100, men delarna ger 95."))
            let wrongSum = try await kansli.post("/f/bjorkadalen/mal/vikter?ar=2026", ["used0": "60", "used1": "30"])
            #expect(wrongSum.status == .unprocessableEntity)
            #expect(try await kansli.post("/f/bjorkadalen/mal/vikter?ar=2026", ["used0": "60", "used1": "40"]).status == .seeOther)
            let area = try #require(try await GoalArea.query(on: app.db).filter(\.$year == 2026).filter(\.$name == "Samverkan").first())
            #expect(area.usedWeight == 40)
            #expect(try await kansli.post("/f/bjorkadalen/mal/indikatorer?ar=2026", [
                "goalAreaID": area.id!.uuidString, "goal": "Parterna är nöjda", "name": "Andel nöjda parter", "weight": "11", "target": "80",
                "direction": "at_least", "measure": "manual"]).status == .unprocessableEntity, "a weight is 1–10")
            #expect(try await kansli.post("/f/bjorkadalen/mal/indikatorer?ar=2026", [
                "goalAreaID": area.id!.uuidString, "goal": "Parterna är nöjda", "name": "Andel nöjda parter", "weight": "6", "target": "80",
                "direction": "at_least", "measure": "manual"]).status == .seeOther)
            let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$name == "Andel nöjda parter").first())
            let noSource = try await kansli.post("/f/bjorkadalen/mal/resultat?ar=2026", ["indicatorID": indicator.id!.uuidString, "tertial": "1", "value": "72,5"])
            #expect(noSource.status == .unprocessableEntity && noSource.body.contains("Fyll i källa"))
            #expect(try await kansli.post("/f/bjorkadalen/mal/resultat?ar=2026", ["indicatorID": indicator.id!.uuidString, "tertial": "1",
                                                                                  "value": "72,5", "source": "Partsenkät mars 2026"]).status == .seeOther)
            let followed = try await kansli.get("/f/bjorkadalen/mal?ar=2026").body
            #expect(followed.contains("72,5") && followed.contains("Partsenkät mars 2026"))
            let ledamot = TestClient(app)
            try await ledamot.login("ledamot")
            #expect(try await ledamot.get("/f/bjorkadalen/mal?ar=2025").status == .ok)
            #expect(try await ledamot.post("/f/bjorkadalen/mal/malomraden?ar=2026", ["name": "X", "idealWeight": "5", "usedWeight": "5"]).status == .forbidden)
        }
    }
}
