import Documents
import Domain
import Fluent
import Foundation
@testable import Persistence
import SQLKit
import Testing
import Vapor
@testable import App

/// One search over native and imported protokoll: stemming, å/ä/ö damage, filters, snippets,
/// public content only for the public, the same in the JSON API.
@Suite struct SearchTests {
    func load(_ app: Application) async throws -> Fixture {
        let fixture = try await Fixture.load(app)
        try await DemoProtocol.load(organisationID: fixture.demo.requireID(), associationName: "Samordningsförbundet Björkådalsregionen", on: app.db)
        let text = ArchiveCommitTests.packet
        let result = PacketImporter(lexicon: Lexicon(DomainLexicon.words)).run(text: text, source: "protokoll.txt")
        for _ in 1...2 {
            _ = try await ArchiveCommit.commit(result, file: Data(text.utf8), fileName: "protokoll.txt", organisation: fixture.demo,
                                               importedBy: "test", on: app.db)
        }
        return fixture
    }

    @Test(arguments: TestDatabase.all)
    func wordsFromAnyParagraphAreFoundInAnyForm(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await load(app)
            let client = TestClient(app)
            let imported = try await client.get("/f/bjorkadalen/sok?q=askanden")
            #expect(imported.body.contains("§ 32 Äskande för 2020"), "inflected and without å/ä/ö")
            #expect(imported.body.contains("<mark>äskandet</mark>") && imported.body.contains("importerat"))
            #expect(imported.body.components(separatedBy: "§ 32 Äskande för 2020").count == 2, "imported twice, found once")
            let native = try await client.get("/f/bjorkadalen/sok?q=verksamhetsplanen")
            #expect(native.body.contains("§ 7 Verksamhetsplan 2026–2028"))
            let both = try await client.get("/f/bjorkadalen/sok?q=%C3%A4skande")
            #expect(both.body.contains("Äskande: Unga vuxna i arbete 2026") && both.body.contains("§ 32 Äskande för 2020"))
            #expect(try await client.get("/f/bjorkadalen/sok?q=deltagarnas+vag").body.contains("§ 31 Rapport från insatsen"))
            #expect(try await client.get("/f/bjorkadalen/sok?q=askande+budget").body.contains("Inga träffar"), "every word must match")
        }
    }

    @Test(arguments: TestDatabase.all)
    func agendaItemsOfAPublishedKallelseAreFound(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await load(app)
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2025-12-12").with(\.$body).first())
            let content = try await MeetingPapers.noticeContent(meeting, associationName: "Björkådalen", on: app.db)
            for _ in 1...2 {
                try await SearchIndex.index(notice: content, meetingID: meeting.requireID(), bodyID: meeting.$body.id,
                                            organisationID: meeting.$organisation.id, slug: "bjorkadalen", attachmentTexts: [:], on: app.db)
            }
            let page = try await TestClient(app).get("/f/bjorkadalen/sok?q=attestordningen&typ=kallelse")
            #expect(page.body.contains("Attestordning 2026</a>") && page.body.contains("/f/bjorkadalen/kallelser/"))
            #expect(page.body.contains("1 träff"), "a kallelse published again replaces its items")
            #expect(try await TestClient(app).get("/f/bjorkadalen/sok?q=personalarende&typ=kallelse").body.contains("Inga träffar"))
            #expect(try await SearchIndex.rebuild(on: app.db, tools: app.tools, logger: app.logger).protocols == 2)
            #expect(try await TestClient(app).get("/f/bjorkadalen/sok?q=attestordningen&typ=kallelse").body.contains("1 träff"))
        }
    }

    /// The text of a published kallelse's bilagor (PDF text layer) is found; a secret bilaga only by the association's users.
    @Test(arguments: TestDatabase.all)
    func theTextOfTheBilagorOfAPublishedKallelseIsFound(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await load(app)
            let meeting = try #require(try await Meeting.query(on: app.db).filter(\.$date == "2025-12-12").with(\.$body).first())
            let meetingID = try meeting.requireID()
            for (number, title, ground, sentence) in [(1, "Slutrapport Hälsolotsen", nil, "Enkäten visar att deltagarnas hälsa förbättrades."),
                                                      (2, "Underlag i personärende", "OSL 26 kap. 1 §", "Uppgifter om den enskildes sjukskrivning.")] {
                let pdf = try await WeasyPrintRenderer(tools: app.tools).pdf(fromHTML: "<html lang=\"sv\"><head><meta charset=\"utf-8\"></head><body><p>\(sentence)</p></body></html>")
                let attachment = Attachment(organisationID: meeting.$organisation.id, meetingID: meetingID, number: number, title: title,
                                            secrecyGround: ground)
                try await attachment.create(on: app.db)
                try await AttachmentVersion(attachmentID: attachment.requireID(), version: 1, fileID: FileStore.store(pdf, on: app.db).requireID(),
                                            filename: "bilaga\(number).pdf", mediaType: "application/pdf", byteCount: pdf.count,
                                            uploadedBy: "test").create(on: app.db)
            }
            let content = try await MeetingPapers.noticeContent(meeting, associationName: "Björkådalen", on: app.db)
            let texts = try await SearchIndex.attachmentTexts(content, meetingID: meetingID, tools: app.tools, logger: app.logger, on: app.db)
            try await SearchIndex.index(notice: content, meetingID: meetingID, bodyID: meeting.$body.id,
                                        organisationID: meeting.$organisation.id, slug: "bjorkadalen", attachmentTexts: texts, on: app.db)
            let anonymous = TestClient(app)
            let report = try await anonymous.get("/f/bjorkadalen/sok?q=enkaten+forbattrades")
            #expect(report.body.contains("Bilaga 1: Slutrapport Hälsolotsen") && report.body.contains("<mark>förbättrades</mark>"))
            #expect(report.body.contains("/f/bjorkadalen/kallelser/\(meetingID.uuidString)/bilagor/1"))
            #expect(try await anonymous.get("/f/bjorkadalen/sok?q=sjukskrivning").body.contains("Inga träffar"), "a secret bilaga is not public")
            let member = TestClient(app)
            try await member.login("ledamot")
            #expect(try await member.get("/f/bjorkadalen/sok?q=sjukskrivning").body.contains("Bilaga 2: Underlag i personärende"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func filtersNarrowTheHits(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await load(app)
            let client = TestClient(app)
            #expect(!(try await client.get("/f/bjorkadalen/sok?q=askande&fran=2021").body.contains("§ 32 Äskande för 2020")))
            #expect(try await client.get("/f/bjorkadalen/sok?q=askande&till=2019").body.contains("1 träff"))
            let approvals = try await client.get("/f/bjorkadalen/sok?q=askande&beslut=approval")
            #expect(approvals.body.contains("§ 32 Äskande för 2020"))
            #expect(!(try await client.get("/f/bjorkadalen/sok?q=askande&beslut=rejection").body.contains("§ 32 Äskande för 2020")))
            #expect(try await client.get("/f/bjorkadalen/sok?q=askande&typ=bilaga").body.contains("Inga träffar"))
            let bad = try await client.get("/f/bjorkadalen/sok?q=askande&fran=nittonhundra")
            #expect(bad.status == .ok && bad.body.contains("Från år") && bad.body.contains("has-error"))
        }
    }

    /// On SQLite each full-text hit must be one lookup by rowid, whatever the filters: with a year
    /// range the planner preferred the association/year index and scanned it per hit (250 ms at 1M §§).
    @Test func theSQLitePlanLooksUpEachHitByRowid() async throws {
        try await withSamordna(.sqlite) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            var query = ArchiveSearch.Query(text: "finansiering")
            query.fromYear = 2012
            query.toYear = 2016
            let (from, order) = try #require(ArchiveSearch.statement(query, organisationID: UUID(), dialect: "sqlite"))
            let plan = try await sql.raw("EXPLAIN QUERY PLAN " + ArchiveSearch.rankingStatement(from, order: order, page: 1)).all()
                .map { try $0.decode(column: "detail", as: String.self) }
            #expect(plan.contains { $0.contains("SEARCH e USING INDEX search_entries_fts_rowid_idx") }, "\(plan)")
        }
    }

    @Test(arguments: TestDatabase.all)
    func thePublicFindsOnlyPublicParagraphs(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await load(app)
            let anonymous = TestClient(app)
            #expect(try await anonymous.get("/f/bjorkadalen/sok?q=personalarende").body.contains("Inga träffar"))
            let member = TestClient(app)
            try await member.login("ledamot")
            #expect(try await member.get("/f/bjorkadalen/sok?q=personalarende").body.contains("Personalärende</a>"))
            let outsider = TestClient(app)
            try await outsider.login("annan")
            #expect(try await outsider.get("/f/bjorkadalen/sok?q=personalarende").body.contains("Inga träffar"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func theJSONAPISearchesPublicContent(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await load(app)
            let client = TestClient(app)
            let page = try await client.get("/api/v1/organisations/bjorkadalen/search?q=Vannas+folkets")
            #expect(page.status == .ok)
            let results = try JSONDecoder().decode(APISearchResults.self, from: Data(page.body.utf8))
            #expect(results.total == 0, "the meeting's place is not in any §")
            let decision = try JSONDecoder().decode(APISearchResults.self,
                                                    from: Data(try await client.get("/api/v1/organisations/bjorkadalen/search?q=bifoll+300").body.utf8))
            #expect(decision.total == 1 && decision.data.first?.highlights == ["biföll", "300"])
            #expect(decision.data.first?.web.hasPrefix("/f/bjorkadalen/justerade-protokoll/") == true)
            #expect(try await client.get("/api/v1/organisations/bjorkadalen/search?q=personalarende").body.contains("\"total\":0"))
            #expect(try await client.get("/api/v1/organisations/bjorkadalen/search?q=x&fran=abc").status == .badRequest)
        }
    }
}

@Suite struct SyntheticArchiveTests {
    @Test(arguments: TestDatabase.all)
    func theSyntheticArchiveIsSearchableAndTheIndexCanBeRebuilt(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let summary = try await SyntheticArchive.generate(paragraphs: 400, on: app.db)
            #expect(summary.associations == 1 && summary.paragraphs == 400)
            #expect(try await SyntheticArchive.generate(paragraphs: 400, on: app.db).paragraphs == 0, "a second run adds nothing")
            let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "arkiv-001").first())
            let search = ArchiveSearch.Query(text: "mötet öppnat")
            let before = try await ArchiveSearch.run(search, organisationID: organisation.requireID(), on: app.db)
            let protocols = try await MeetingProtocol.query(on: app.db).count()
            #expect(before.total == protocols && before.hits.count == 20)
            try await SearchIndex.remove(sourceKind: "paragraph", sourceIDs: try await Paragraph.query(on: app.db).all().compactMap(\.id), on: app.db)
            #expect(try await ArchiveSearch.run(search, organisationID: organisation.requireID(), on: app.db).total == 0)
            let rebuilt = try await SearchIndex.rebuild(on: app.db, tools: app.tools, logger: app.logger)
            #expect(rebuilt.protocols == protocols)
            #expect(try await ArchiveSearch.run(search, organisationID: organisation.requireID(), on: app.db).total == before.total)
            var second = search
            second.page = 2
            #expect(try await ArchiveSearch.run(second, organisationID: organisation.requireID(), on: app.db).page == 2)
            #expect((try? OrganisationNumber.parse(SyntheticArchive.organisationNumber(1)).get()) != nil, "a valid check digit")
        }
    }

    /// M0022 rewrites an index of the earlier form (one scope term per entry) into scoped terms on
    /// SQLite, and back; PostgreSQL's index is not touched.
    @Test(arguments: TestDatabase.all)
    func theIndexIsRewrittenToScopedTermsAndBack(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            _ = try await SyntheticArchive.generate(paragraphs: 60, on: app.db)
            let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "arkiv-001").first())
            let search = ArchiveSearch.Query(text: "mötet öppnat")
            let total = try await ArchiveSearch.run(search, organisationID: organisation.requireID(), on: app.db).total
            #expect(total > 0)
            try await M0022_ScopeSQLiteSearchTerms().revert(on: app.db)
            let earlier = try #require(try await SearchEntry.query(on: app.db).first()).searchText
            #expect(earlier.hasPrefix(SearchTerms.organisationTerm(try organisation.requireID().uuidString)))
            if case .sqlite = database {
                #expect(try await ArchiveSearch.run(search, organisationID: organisation.requireID(), on: app.db).total == 0)
            }
            try await M0022_ScopeSQLiteSearchTerms().prepare(on: app.db)
            #expect(try await ArchiveSearch.run(search, organisationID: organisation.requireID(), on: app.db).total == total)
        }
    }
}
