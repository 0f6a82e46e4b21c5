import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
import Views
@testable import App

/// Snapshots of the pages whose models need the whole demo to be realistic (issue 17, item 4):
/// the money pages (insatser, budgets, utfall, kontoplan, driftredovisning, rekvisitioner,
/// äskanden and their sammanställning), the diarium's ärende, a § of the demo's justerat protokoll,
/// the agenda item and bilaga forms and the archive. Each is fetched as the kansli
/// reads it, with the ids numbered in order of appearance, the form token and the moments of the
/// change log written as placeholders, so that the snapshot is the same on every run.
@Suite struct PageSnapshotTests {
    private let snapshots = SnapshotTests()

    static func normalised(_ html: String) -> String {
        var text = html
        var ids: [String: String] = [:]
        let uuid = try! Regex("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
        for match in html.matches(of: uuid) {
            let id = String(html[match.range]).uppercased()
            if ids[id] == nil { ids[id] = "id-\(ids.count + 1)" }
        }
        text = text.replacing(uuid) { match in ids[String(text[match.range]).uppercased()] ?? "id" }
        text = text.replacing(try! Regex(#"name="_csrf" value="[0-9a-f]+""#), with: #"name="_csrf" value="CSRF""#)
        text = text.replacing(try! Regex(#"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?"#), with: "ÅÅÅÅ-MM-DD TT:MM")
        return text
    }

    @Test func theDemosPagesAsTheKansliReadsThem() async throws {
        try await withSamordna(.sqlite) { app in
            let fixture = try await Fixture.load(app)
            let organisationID = try fixture.demo.requireID()
            try await DemoProtocol.load(organisationID: organisationID, associationName: "Samordningsförbundet Björkådalsregionen", on: app.db)
            try await DemoFunding.load(organisationID: organisationID, on: app.db)
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            func first(_ path: String, linkTo prefix: String) async throws -> String {
                let body = try await kansli.get(path).body
                let pattern = try Regex(NSRegularExpression.escapedPattern(for: prefix) + "[0-9A-Fa-f-]{36}")
                return try #require(body.firstMatch(of: pattern).map { String(body[$0.range]) }, "\(path) links to \(prefix)")
            }
            let base = "/f/bjorkadalen"
            let insats = try await first(base + "/insatser", linkTo: base + "/insatser/")
            let budget = try await first(base + "/budget", linkTo: base + "/budget/")
            let ledgerImport = try await first(base + "/utfall", linkTo: base + "/utfall/")
            let requisition = try await first(base + "/rekvisitioner", linkTo: base + "/rekvisitioner/")
            let fundingRequest = try await first(base + "/askanden", linkTo: base + "/askanden/")
            let matter = try await first(base + "/diarium", linkTo: base + "/diarium/")
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$organisation.$id == organisationID)
                .filter(\.$date == "2026-04-17").with(\.$body).all().first { $0.body.kind == .board })
            let meetingPath = base + "/moten/" + meeting.id!.uuidString
            let paragraph = try #require(try await Paragraph.query(on: app.db).filter(\.$organisation.$id == organisationID)
                .sort(\.$number).first())
            let pages: [(String, String)] = [
                ("insatser", base + "/insatser"), ("insats", insats), ("budgetar", base + "/budget"), ("budget", budget),
                ("utfall", base + "/utfall"), ("utfallsimport", ledgerImport), ("kontoplan", base + "/kontoplan"),
                ("driftredovisning", base + "/driftredovisning?ar=2025"), ("rekvisitioner", base + "/rekvisitioner"), ("rekvisition", requisition),
                ("askanden", base + "/askanden"), ("askande", fundingRequest), ("sammanstallning", base + "/askanden/sammanstallning?ar=2027"),
                ("arende", matter), ("paragraf", SiteURL.paragraph("bjorkadalen", paragraph.id!.uuidString).path),
                ("ny-punkt", meetingPath + "/punkter/ny"), ("ny-bilaga", meetingPath + "/bilagor/ny"), ("arkiv", base + "/arkiv"),
            ]
            for (name, path) in pages {
                let page = try await kansli.get(path)
                #expect(page.status == .ok, "\(name): \(path)")
                snapshots.check(Self.normalised(page.body), name)
            }
        }
    }
}
