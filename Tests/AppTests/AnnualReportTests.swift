import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
import Views
@testable import App

/// Issue 18, items 6 and 8: the annual report drawn up from the records, its tables agreeing with
/// each other, and its open-data figures in the contract's shape.
@Suite struct AnnualReportTests {
    @Test(arguments: TestDatabase.all)
    func theDemoYearsReportReconcilesAndIsOpenData(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            try await DemoProtocol.load(organisationID: fixture.demo.requireID(), associationName: "Samordningsförbundet Björkådalsregionen", on: app.db)
            let visitor = TestClient(app)
            let response = try await visitor.get("/api/v1/organisations/bjorkadalen/annual-reports/2025")
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.bytes)) as? [String: Any])
            #expect(Set(json.keys) == ["year", "status", "income", "costs", "financialNet", "result", "equity", "cash", "cashFlow",
                                       "participants", "impactIndex"])
            #expect(json["year"] as? Int == 2025 && json["status"] as? String == "draft")
            #expect((json["impactIndex"] as? Double).map { (0...100).contains($0) } == true, "the demo's social accounting has an index")
            let income = try #require(json["income"] as? Int), costs = try #require(json["costs"] as? Int)
            let financialNet = try #require(json["financialNet"] as? Int), result = try #require(json["result"] as? Int)
            #expect(income - costs + financialNet == result)
            #expect(income == 9_600_000 && result == 610_000, "the demo's contributions less its costs")
            let equity = try #require(json["equity"] as? [String: Int]), cash = try #require(json["cash"] as? [String: Int])
            let flow = try #require(json["cashFlow"] as? [String: Int])
            #expect(equity["closing"]! - equity["opening"]! == result)
            #expect(flow["operating"]! + flow["investing"]! + flow["financing"]! == flow["total"]!)
            #expect(flow["total"] == cash["closing"]! - cash["opening"]!)
            let participants = try #require(json["participants"] as? [String: Any])
            let during = try #require(participants["during"] as? [String: Int]), outcomes = try #require(participants["outcomes"] as? [String: Int])
            let ended = try #require(participants["ended"] as? Int), remaining = try #require(participants["remaining"] as? Int)
            #expect(during["women"]! + during["men"]! + during["other"]! == during["total"]!)
            #expect(during["total"]! == ended + remaining && outcomes.values.reduce(0, +) == ended && during["total"]! > 20)
            #expect(!response.body.contains("participantKey") && !response.body.contains("key"), "aggregate only")
            #expect(try await visitor.get("/api/v1/organisations/bjorkadalen/annual-reports/2031").status == .notFound)
            #expect(try await visitor.get("/api/v1/openapi.json").body.contains("/annual-reports/{year}"))

            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let page = try await kansli.get("/f/bjorkadalen/arsredovisning?ar=2025")
            #expect(page.status == .ok)
            #expect(page.body.components(separatedBy: "Stämmer: ").count == 6 && !page.body.contains("Stämmer inte"), "every identity holds")
            for heading in ["Resultaträkning", "Balansräkning", "Kassaflödesanalys", "Noter", "Driftredovisning 2025", "Balanskravsresultat",
                            "Femårsöversikt", "Deltagarresultat per insats", "Förvaltningsberättelse"] {
                #expect(page.body.contains(heading), "\(heading)")
            }
            #expect(page.body.contains(">\(Sv.grouped(Int64(result)))</td>"))
            // The förvaltningsberättelse: the kansli's text, then the year's decisions from the justerade protokoll.
            #expect(page.body.contains("Förbundet har under året arbetat efter verksamhetsplanen") && page.body.contains("Årets beslut"))
            #expect(page.body.contains("Verksamhetsplanens mål 2025: indikatorernas resultat mot målvärdena")
                && page.body.contains("Andel av de avslutade till arbete eller studier (Nytta för samhället och medlemmarna)"), "the goals with the year's results")
            let decisions = try #require(page.body.components(separatedBy: "Årets beslut").last?.components(separatedBy: "</ul>").first)
            #expect(decisions.contains("Dataskyddsombud: Förbundschefen får i uppdrag att utse ett dataskyddsombud") && !decisions.contains("Personalärende"),
                    "the year's decisions, the secret § left out")
            #expect(try await kansli.get("/f/bjorkadalen/arsredovisning?ar=2019").status == .notFound)
            // The document for the board and the members: PDF/A with the same tables.
            let pdf = try await kansli.get("/f/bjorkadalen/arsredovisning/arsredovisning.pdf?ar=2025")
            #expect(pdf.status == .ok && pdf.headers.contentType?.subType == "pdf")
            let text = try pdfText(pdf.bytes)
            for heading in ["Årsredovisning 2025", "Resultaträkning", "Balansräkning", "Kassaflödesanalys", "Noter", "Femårsöversikt"] {
                #expect(text.contains(heading), "the PDF has \(heading)")
            }
            // pdftotext gives the grouping's no-break space as a plain one.
            func plain(_ text: String) -> String { text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ") }
            #expect(plain(text).contains(plain(Sv.grouped(Int64(result)))) && plain(text).contains(plain(Sv.grouped(Int64(income)))))
            #expect(!text.contains("Stämmer inte"))
        }
    }
}
