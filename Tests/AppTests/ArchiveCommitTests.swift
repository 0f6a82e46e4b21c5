import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
@testable import App

/// Committing an imported packet: historical records once, people matched to the register, the
/// protokoll shown as imported, and nothing left behind when the commit fails.
@Suite struct ArchiveCommitTests {
    /// A protokoll of an invented meeting in 2019, in the layout of the association's old papers.
    static let packet = """
    PROTOKOLL
    Sammanträdesdatum
    Samordningsförbundet Björkådalen 2019-10-04
    ______________________________
    Plats och tid                 Folkets hus i Vännäs, klockan 09.00-11.00
    Beslutande Helena Forsberg Region Västerbotten, ordförande
     Jonas Lindqvist   Umeå kommun
     Maria Ekstrom     Försäkringskassan
    Övriga deltagare Cecilia Norberg   Förbundschef
     Ove Strand        Vännäs kommun § 31-32

    Sekreterare  ..................................
     Cecilia Norberg
    Ordförande  ..................................
     Helena Forsberg
    Justerare  ..................................
     Jonas Lindqvist

    BEVIS
    Sammanträdesdatum: 2019-10-04 Justeringsdatum: 2019-10-09
    Datum för anslags uppsättande: 2019-10-10     Datum för anslags nedtagande: 2019-11-01

    § 30 Mötets öppnande

    Ordförande förklarade mötet öppnat.
    ---
    § 31 Rapport från insatsen Arbetsnära stöd

    Ove Strand berättade om deltagarnas väg till arbete under året.
    Styrelsen godkände rapporten.
    ---
    § 32 Äskande för 2020

    Beslut: Styrelsen biföll äskandet med 300 tkr för 2020.
    ---
    § 33 Mötet avslutas

    Ordförande förklarar mötet avslutat.
    """

    struct Interrupted: Error {}

    func commit(_ app: Application, _ organisation: Organisation, failing: Bool = false) async throws -> ArchiveCommit.Outcome {
        let result = PacketImporter(lexicon: Lexicon(DomainLexicon.words)).run(text: Self.packet, source: "protokoll-2019-10-04.txt")
        return try await ArchiveCommit.commit(result, file: Data(Self.packet.utf8), fileName: "protokoll-2019-10-04.txt",
                                              organisation: organisation, importedBy: "test", on: app.db) { _ in
            if failing { throw Interrupted() }
        }
    }

    /// Issue 16, item 2: at a distansmöte everyone took part remotely.
    @Test func aDistansmoteIsImportedAsRemote() async throws {
        try await withSamordna(.sqlite) { app in
            let fixture = try await Fixture.load(app)
            let text = Self.packet.replacingOccurrences(of: "Folkets hus i Vännäs, klockan", with: "Distansmöte via Teams, klockan")
            let result = PacketImporter(lexicon: Lexicon(DomainLexicon.words)).run(text: text, source: "distans.txt")
            _ = try await ArchiveCommit.commit(result, file: Data(text.utf8), fileName: "distans.txt", organisation: fixture.demo, importedBy: "test",
                                               on: app.db)
            let record = try #require(try await MeetingProtocol.query(on: app.db).filter(\.$year == 2019).with(\.$meeting).first())
            #expect(record.meeting.format == .remote)
            let modes = try await Attendance.query(on: app.db).filter(\.$protocol.$id == record.requireID()).all().map(\.entry.mode)
            #expect(modes.count == 5 && modes.allSatisfy { $0 == .remote })
        }
    }

    @Test(arguments: TestDatabase.all)
    func aPacketBecomesAnImportedProtokollOnce(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let peopleBefore = try await Person.query(on: app.db).count()
            let outcome = try await commit(app, fixture.demo)
            #expect(!outcome.alreadyImported && outcome.protocols == 1 && outcome.paragraphs == 4 && outcome.attendances == 5)
            #expect(outcome.newPeople == 1, "Ove Strand is new; 'Maria Ekstrom' is Maria Ekström of the register")
            #expect(try await Person.query(on: app.db).count() == peopleBefore + 1)

            let record = try #require(try await MeetingProtocol.query(on: app.db).filter(\.$year == 2019).with(\.$meeting).first())
            #expect(record.archiveImportID != nil && record.adjustedOn == "2019-10-09" && record.postedOn == "2019-10-10")
            #expect(record.meeting.date == "2019-10-04" && record.meeting.startsAt == "09:00" && record.meeting.place == "Folkets hus i Vännäs")
            let paragraphs = try await Paragraph.query(on: app.db).filter(\.$protocol.$id == record.requireID()).sort(\.$number).all()
            #expect(paragraphs.map(\.number) == [30, 31, 32, 33])
            #expect(paragraphs[1].narrative == "Ove Strand berättade om deltagarnas väg till arbete under året.", "the decision is shown apart")
            let decisions = try await Decision.query(on: app.db).filter(\.$paragraph.$id == paragraphs[2].requireID()).all()
            #expect(decisions.map(\.kind) == [.approval] && decisions.first?.taskStatusRaw == nil)
            let attendance = try await Attendance.query(on: app.db).filter(\.$protocol.$id == record.requireID()).with(\.$person).all()
            let chair = try #require(attendance.first { $0.isChair })
            #expect(chair.person.name == "Helena Forsberg" && chair.entry.role == .decisionMaker)
            #expect(attendance.first { $0.person.name == "Ove Strand" }?.entry.paragraphs == 31...32)
            #expect(try await ProtocolSigner.query(on: app.db).filter(\.$protocol.$id == record.requireID()).count() == 3)
            let documents = try await ArchiveDocument.query(on: app.db).all()
            #expect(documents.count == 1 && documents[0].text.contains("§ 32 Äskande för 2020"))

            let again = try await commit(app, fixture.demo)
            #expect(again.alreadyImported, "the same file again is recognised by its content")
            #expect(try await MeetingProtocol.query(on: app.db).filter(\.$year == 2019).count() == 1)
            #expect(try await ArchiveImport.query(on: app.db).count() == 1)

            let page = try await TestClient(app).get("/f/bjorkadalen/justerade-protokoll/\(record.requireID().uuidString)")
            #expect(page.body.contains("Importerat från arkivet") && page.body.contains("§ 32 Äskande för 2020"))
            #expect(page.body.contains("Styrelsen biföll äskandet med 300 tkr för 2020."))
            #expect(page.body.contains("Ove Strand, Vännäs kommun, §§ 31–32"), "a person present for some §§ keeps them (issue 16, item 4)")
            let kansli = TestClient(app)
            try await kansli.login("kansli")
            let inside = try await kansli.get("/f/bjorkadalen/protokoll/\(record.requireID().uuidString)").body
            #expect(inside.contains("Justerat på papper 2019-10-09 (importerat från arkivet)") && !inside.contains(">Väntar<"),
                    "the signers of an imported protokoll signed on paper")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aFailedCommitLeavesNothingBehind(database: TestDatabase) async throws {
        try await withSamordna(database) { app in
            let fixture = try await Fixture.load(app)
            let people = try await Person.query(on: app.db).count()
            let meetings = try await Meeting.query(on: app.db).count()
            // Stopped after the protokoll, its §§, attendance and a new person were written.
            await #expect(throws: Interrupted.self) { try await commit(app, fixture.demo, failing: true) }
            #expect(try await ArchiveImport.query(on: app.db).count() == 0)
            #expect(try await ArchiveDocument.query(on: app.db).count() == 0)
            #expect(try await StoredFile.query(on: app.db).count() == 0)
            #expect(try await MeetingProtocol.query(on: app.db).filter(\.$year == 2019).count() == 0)
            #expect(try await Person.query(on: app.db).count() == people)
            #expect(try await Meeting.query(on: app.db).count() == meetings)
            let outcome = try await commit(app, fixture.demo)
            #expect(!outcome.alreadyImported && outcome.protocols == 1, "a failed commit does not count as imported")
        }
    }
}
