import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 15, item 7: an insatsägare claims costs against the insats's grant, never beyond what is
/// left of it; the kansli approves or returns with a reason; costs incurred but not claimed at
/// year end are listed as skuld till huvudman.
@Suite struct RequisitionTests {
    @Test(arguments: TestDatabase.all)
    func claimsStayWithinTheGrant(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let organisationID = try fixture.demo.requireID()
            try await DemoProtocol.load(organisationID: organisationID, associationName: "Samordningsförbundet Björkådalsregionen", on: app.db)
            let paragraph = try #require(try await Paragraph.query(on: app.db).filter(\.$organisation.$id == organisationID).first())
            let bifall = Decision(organisationID: organisationID, paragraphID: try paragraph.requireID(),
                                  draft: DecisionDraft(kind: .approval, wording: "att bevilja medel", policyYears: nil))
            try await bifall.create(on: app.db)
            let insats = try #require(try await Intervention.query(on: app.db).filter(\.$code == "P20UNG").first())
            let insatsPath = "/f/bjorkadalen/insatser/\(insats.id!.uuidString)"
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            #expect(try await kansli.post(insatsPath + "/beviljade-medel", ["decisionID": bifall.id!.uuidString, "year1": "2026",
                                                                            "amount1": "300000"]).status == .seeOther)

            let api = try await kansli.get("/api/v1/organisations/bjorkadalen/grants")
            let grants = try #require(try JSONSerialization.jsonObject(with: Data(api.bytes)) as? [String: Any])["data"] as? [[String: Any]]
            let grant = try #require(grants?.first)
            #expect((grant["intervention"] as? [String: Any])?["code"] as? String == "P20UNG" && grant["amount"] as? Int == 300_000)
            #expect(grant["year"] as? Int == 2026 && grant.keys.contains("decision"))

            try await linkUser(app, "agare", to: "David Persson", roles: [.activityOwner])
            let owner = TestClient(app)
            try await owner.login("agare")
            let form = insatsPath + "/rekvisitioner/ny"
            #expect(try await owner.get(insatsPath).body.contains(form), "the insats page leads to the claim form")
            #expect(try await owner.get(form).status == .ok)
            func claim(_ client: TestClient, _ kind: String, _ from: String, _ to: String, _ amounts: [String: String],
                       file: Bool = false) async throws -> TestClient.Page {
                try await client.upload(form, ["kind": kind, "periodFrom": from, "periodTo": to].merging(amounts) { a, _ in a },
                                        file: file ? ("file", "faktura-mars.pdf", AttachmentFlowTests.pdf) : nil)
            }
            let first = try await claim(owner, "claim", "2026-01-01", "2026-03-31", ["staff": "120000", "externalServices": "30000"], file: true)
            let firstPath = try #require(first.location)
            #expect(try await owner.get(firstPath).body.contains("Dnr"))
            #expect(try await owner.get(firstPath + "/underlag").bytes == AttachmentFlowTests.pdf)

            let beyond = try await claim(owner, "claim", "2026-04-01", "2026-06-30", ["staff": "200000"])
            #expect(beyond.status == .unprocessableEntity && beyond.body.contains("återstår av beviljade medel för 2026 (150\u{00A0}000 kr)"))
            let crossing = try await claim(owner, "claim", "2026-12-01", "2027-01-31", ["other": "1000"])
            #expect(crossing.status == .unprocessableEntity && crossing.body.contains("inom ett och samma år"))
            let nothing = try await claim(owner, "claim", "2026-04-01", "2026-06-30", [:])
            #expect(nothing.status == .unprocessableEntity)
            #expect(try await owner.post(firstPath + "/godkann", [:]).status == .forbidden, "only the kansli decides")

            #expect(try await kansli.post(firstPath + "/returnera", ["reason": ""]).status == .unprocessableEntity, "a return names its reason")
            #expect(try await kansli.post(firstPath + "/returnera", ["reason": "Underlaget saknar lönespecifikation."]).status == .seeOther)
            let decided = try await kansli.post(firstPath + "/godkann", [:])
            #expect(decided.status == .conflict && decided.body.contains("redan godkänd eller tillbakaskickad"))

            let second = try #require(try await claim(owner, "claim", "2026-01-01", "2026-06-30", ["staff": "200000"]).location,
                                      "a returned claim no longer counts")
            #expect(try await kansli.post(second + "/godkann", [:]).status == .seeOther)
            #expect(try await claim(owner, "accrual", "2026-07-01", "2026-12-31", ["staff": "100000"]).status == .seeOther)
            #expect(try await claim(owner, "claim", "2026-07-01", "2026-12-31", ["other": "1"]).status == .unprocessableEntity)

            let balance = try await Requisitions.balance(interventionID: insats.requireID(), year: 2026, organisationID: organisationID, on: app.db)
            #expect(balance == GrantBalance(granted: 300_000, approved: 200_000, pending: 0, accrued: 100_000) && balance.remaining == 0)
            let list = try await kansli.get("/f/bjorkadalen/rekvisitioner").body
            #expect(list.contains("Skuld till huvudman, upparbetade projektkostnader") && list.contains("Upparbetade men ej rekvirerade kostnader 2026"))
            #expect(list.contains("Beviljade medel per plattform och år") && list.contains(">Ungplattformen 2026</text>") && list.contains(">300\u{00A0}000</text>"))
            let matters = try await RegisteredMatter.query(on: app.db).filter(\.$categoryRaw == "requisition").count()
            #expect(try await Requisition.query(on: app.db).count() == 3 && matters == 3, "each rekvisition is an ärende")
        }
    }
}
