import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// Issue 15, items 3 and 4: an utlysning is published and open until its last day; an äskande
/// goes from application through the beredningsgrupp's sammanställning and recommendation to a
/// punkt before the board, and the board's decision § becomes the grants.
@Suite struct FundingRequestTests {
    @Test(arguments: TestDatabase.all)
    func fromCallToGrant(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let organisationID = try fixture.demo.requireID()
            let kansli = TestClient(app)
            try await kansli.login("kansli")

            let call = ["title": "Unga vuxna närmare arbete", "text": "Förbundet söker insatser för unga vuxna.",
                        "criteria": "Minst två samverkande parter\nStart senast i augusti", "amount": "1 500 000",
                        "applicationDeadline": "2026-03-31", "reviewOn": "2026-04-10", "decisionOn": "2026-04-17", "latestStart": "2026-08-31"]
            let wrongOrder = try await kansli.post("/f/bjorkadalen/utlysningar/ny", call.merging(["reviewOn": "2026-03-01"]) { _, new in new })
            #expect(wrongOrder.status == .unprocessableEntity, "the review cannot come before the last day to apply")
            let callPath = try #require(try await kansli.post("/f/bjorkadalen/utlysningar/ny", call).location)
            #expect(try await kansli.get("/f/bjorkadalen/oppna-utlysningar").body.contains("Unga vuxna närmare arbete") == false,
                    "an unpublished call is not public")
            #expect(try await kansli.post(callPath + "/publicera", [:]).status == .seeOther)
            #expect(try await kansli.post(callPath + "/publicera", [:]).status == .conflict)
            let visitor = TestClient(app)
            let page = try await visitor.get("/f/bjorkadalen/oppna-utlysningar").body
            #expect(page.contains("Unga vuxna närmare arbete") && page.contains("Minst två samverkande parter") && page.contains("1\u{00A0}500\u{00A0}000 kr"))
            let feed = try await visitor.get("/f/bjorkadalen/oppna-utlysningar.atom")
            #expect(feed.headers.first(name: .contentType)?.hasPrefix("application/atom+xml") == true && feed.body.contains("Sista ansökningsdag 2026-03-31"))
            let api = try await visitor.get("/api/v1/organisations/bjorkadalen/calls")
            let calls = try #require(try JSONSerialization.jsonObject(with: Data(api.bytes)) as? [String: Any])["data"] as? [[String: Any]]
            #expect(calls?.first?["open"] as? Bool == true && calls?.first?["amount"] as? Int == 1_500_000 && calls?.first?["reviewOn"] as? String == "2026-04-10")
            let callID = try #require(callPath.split(separator: "/").last.map(String.init))

            let closed = try #require(try await kansli.post("/f/bjorkadalen/utlysningar/ny", call.merging(["title": "Förra omgången",
                "applicationDeadline": "2026-03-01", "reviewOn": "", "decisionOn": "", "latestStart": ""]) { _, new in new }).location)
            #expect(try await kansli.post(closed + "/publicera", [:]).status == .seeOther)

            try await linkUser(app, "agare", to: "David Persson", roles: [.activityOwner])
            let owner = TestClient(app)
            try await owner.login("agare")
            let insats = try #require(try await Intervention.query(on: app.db).filter(\.$code == "P20UNG").first())
            let other = try #require(try await Intervention.query(on: app.db).filter(\.$code == "P10VUX").first())
            let member = try #require(try await Member.query(on: app.db).filter(\.$organisation.$id == organisationID).sort(\.$name).first())
            #expect(try await owner.get("/f/bjorkadalen/askanden/ny?utlysning=\(callID)").status == .ok)
            let application = [
                "interventionID": insats.id!.uuidString, "callID": callID, "firstYear": "2027", "yearCount": "2",
                "purpose": "Fler unga vuxna i arbete eller studier.", "currentState": "Insatsen har 40 deltagare.",
                "expectedResults": "Hälften går till arbete eller studier.",
                "y1_role1": "Coach", "y1_percent1": "50", "y1_cost1": "520 000", "y1_external": "40000",
                "y1_co_\(member.id!.uuidString)": "100000", "y1_stated": "310 000",
                "y2_role1": "Coach", "y2_percent1": "50", "y2_cost1": "530000", "y2_other": "10000",
            ]
            let wrongTotal = try await owner.upload("/f/bjorkadalen/askanden/ny", application, file: nil)
            #expect(wrongTotal.status == .unprocessableEntity && wrongTotal.body.contains("310\u{00A0}000 kr") && wrongTotal.body.contains("300\u{00A0}000 kr"),
                    "a pasted total that the lines do not add up to is refused with both figures")
            let notOwn = try await owner.upload("/f/bjorkadalen/askanden/ny",
                                                application.merging(["interventionID": other.id!.uuidString, "y1_stated": ""]) { _, new in new }, file: nil)
            #expect(notOwn.status == .unprocessableEntity, "an insatsägare applies only for their own insatser")
            let late = try await owner.upload("/f/bjorkadalen/askanden/ny",
                                              application.merging(["callID": closed.split(separator: "/").last.map(String.init)!, "y1_stated": ""]) { _, new in new },
                                              file: nil)
            #expect(late.status == .unprocessableEntity && late.body.contains("2026-03-01"), "an application after the deadline names it")
            #expect(try await FundingRequest.query(on: app.db).count() == 0, "nothing is stored on a refusal")
            let requestPath = try #require(try await owner.upload("/f/bjorkadalen/askanden/ny", application.merging(["y1_stated": "300000"]) { _, new in new },
                                                                  files: [("file[]", "projektplan.pdf", AttachmentFlowTests.pdf),
                                                                          ("file[]", "budget.pdf", AttachmentFlowTests.pdf)]).location)
            let shown = try await owner.get(requestPath).body
            #expect(shown.contains("Medfinansieringen 2027 (100\u{00A0}000 kr) är lägre än det sökta beloppet (300\u{00A0}000 kr)"))
            #expect(shown.contains("-2026<") && shown.contains("575\u{00A0}000"), "two years: 300 000 + 275 000")
            let bilagor = try await FundingRequestFile.query(on: app.db).sort(\.$position).all()
            #expect(bilagor.map(\.filename) == ["projektplan.pdf", "budget.pdf"] && shown.contains(">budget.pdf</a>"))
            #expect(try await owner.get(requestPath + "/bilagor/\(bilagor[1].id!.uuidString)").bytes == AttachmentFlowTests.pdf)
            #expect(try await owner.post(requestPath + "/beredning", ["recommendation": "approve", "considerations": "x"]).status == .forbidden)
            #expect(try await RegisteredMatter.query(on: app.db).filter(\.$categoryRaw == "funding_request").count() == 1)

            let compilation = try await kansli.get("/f/bjorkadalen/askanden/sammanstallning?ar=2027").body
            #expect(compilation.contains("Ungplattformen") && compilation.contains("P20UNG Unga vuxna i arbete") && compilation.contains("Insatsen har 40 deltagare."))
            let pdf = try await kansli.get("/f/bjorkadalen/askanden/sammanstallning.pdf?ar=2027")
            let pdfBody = try pdfText(pdf.bytes)
            #expect(pdf.headers.contentType?.description == "application/pdf" && pdfBody.contains("Insatsen har 40 deltagare."))
            let bgMeeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-04-10").first())
            let attached = try await kansli.post("/f/bjorkadalen/askanden/sammanstallning/bifoga?ar=2027", ["meetingID": bgMeeting.id!.uuidString])
            #expect(attached.status == .seeOther)
            let attachment = try #require(try await Attachment.query(on: app.db).filter(\.$meeting.$id == bgMeeting.requireID()).first())
            #expect(attachment.title == "Sammanställning av äskanden 2027")
            let board = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2026-04-17").first())
            #expect(try await kansli.post("/f/bjorkadalen/askanden/sammanstallning/bifoga?ar=2027", ["meetingID": board.id!.uuidString]).status
                == .unprocessableEntity, "only a beredningsgrupp meeting")

            #expect(try await kansli.post(requestPath + "/dagordning", ["meetingID": board.id!.uuidString]).status == .conflict, "review first")
            let above = try await kansli.post(requestPath + "/beredning", ["recommendation": "partial", "considerations": "Bra samverkan.",
                                                                            "amount_2027": "400000", "amount_2028": "200000"])
            #expect(above.status == .unprocessableEntity, "a delvis bifall is never more than was applied for")
            #expect(try await kansli.post(requestPath + "/beredning", ["recommendation": "partial", "considerations": "Bra samverkan.",
                                                                       "amount_2027": "250000", "amount_2028": "200000",
                                                                       "conditions": "Redovisning efter första året."]).status == .seeOther)
            let budgetForm = ["title": "Verksamhetsplan och budget", "firstYear": "2027", "openingEquity": "0"]
            let budgetPath = try #require(try await kansli.post("/f/bjorkadalen/budget/ny", budgetForm).location)
            let budgetID = try #require(budgetPath.split(separator: "/").last.flatMap { UUID(uuidString: String($0)) })
            let pending = try #require(try await BudgetLine.query(on: app.db).filter(\.$budget.$id == budgetID).filter(\.$fundingRequestID != nil).first())
            #expect(pending.amounts == [250_000, 200_000, 0] && pending.costClass == .existingUndecided && pending.code == "P20UNG",
                    "a pending äskande is a B1 line of the budget with the recommended amounts")
            #expect(try await kansli.get(budgetPath).body.contains("Unga vuxna i arbete (äskande Dnr "))
            #expect(try await kansli.post(requestPath + "/dagordning", ["meetingID": board.id!.uuidString]).status == .seeOther)
            #expect(try await kansli.post(requestPath + "/beredning", ["recommendation": "reject", "considerations": "x"]).status == .conflict)
            let funding = try #require(try await FundingRequest.query(on: app.db).first())
            let item = try #require(try await AgendaItem.find(funding.$agendaItem.id, on: app.db))
            #expect(item.matterID == funding.$matter.id && item.recommendation == .other && item.kind == .decision)
            #expect(item.proposal == "Beredningsgruppen föreslår styrelsen besluta att bevilja 250\u{00A0}000 kr för 2027, 200\u{00A0}000 kr för 2028.")
            #expect(try await kansli.get(requestPath).body.contains("Protokollet har ännu ingen beslutsparagraf för punkten."))

            let record = MeetingProtocol(organisationID: organisationID, meetingID: try board.requireID(), bodyID: board.$body.id, year: 2026)
            try await record.create(on: app.db)
            let paragraph = Paragraph(organisationID: organisationID, protocolID: try record.requireID(), agendaItemID: item.id, number: 7,
                                      title: item.title, kind: .decision, secrecyGround: nil, addedAtMeeting: false)
            try await paragraph.create(on: app.db)
            let bifall = Decision(organisationID: organisationID, paragraphID: try paragraph.requireID(),
                                  draft: DecisionDraft(kind: .approval, wording: "att bevilja enligt beredningsgruppens förslag", policyYears: nil))
            try await bifall.create(on: app.db)
            let decisionPage = try await kansli.get(requestPath).body
            #expect(decisionPage.contains("§ 7") && decisionPage.contains(#"value="250000""#))
            #expect(try await kansli.post(requestPath + "/beslut", ["decisionID": UUID().uuidString]).status == .unprocessableEntity)
            #expect(try await kansli.post(requestPath + "/beslut", ["decisionID": bifall.id!.uuidString, "year1": "2027", "amount1": "250000",
                                                                    "year2": "2028", "amount2": "200000",
                                                                    "conditions": "Redovisning efter första året."]).status == .seeOther)
            let grants = try await Grants.inForce(organisationID: organisationID, interventionID: insats.requireID(), on: app.db)
            #expect(grants.map(\.year) == [2027, 2028] && grants.map(\.amount) == [250_000, 200_000] && grants.allSatisfy { $0.$decision.id == bifall.id })
            #expect(try await kansli.post(budgetPath + "/uppgifter", budgetForm).status == .seeOther)
            let lines = try await BudgetLine.query(on: app.db).filter(\.$budget.$id == budgetID).filter(\.$sectionRaw == "interventions").all()
            #expect(lines.map(\.costClass) == [.decided] && lines.first?.amounts == [250_000, 200_000, 0], "once decided, the äskande's years are A")
            #expect(try await kansli.post(requestPath + "/beslut", ["decisionID": bifall.id!.uuidString]).status == .conflict,
                    "a decided äskande changes only by a new decision")
            #expect(try await visitor.get(requestPath).status != .ok, "äskanden are not public")
        }
    }
}
