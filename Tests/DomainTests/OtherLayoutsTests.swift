import Testing
@testable import Domain

/// Issue 16, item 2: layouts the corpus does not show but real packets do, each written here from
/// its description for an invented association with other places, people and template.
@Suite struct OtherLayoutsTests {
    static let packet = """
    PROTOKOLL
    Samordningsförbundet Älvdalen Nord
    Sammanträdesdatum 2021-03-12
    Plats och tid: Distansmöte via Teams, kl. 13.00–15.30
    Beslutande  Anna Lindgren     Kalix kommun, ordförande
                Per Eriksson      Region Norrbotten
                Karin Holm        Arbetsförmedlingen
    Övriga deltagare  Sven Olofsson Ekonom
                      Lina Berg Tf förbundschef
    Sekreterare ..............................
      Lina Berg
    Ordförande ..............................
      Anna Lindgren
    Justerare ..............................
      Per Eriksson

    § 1 Sammanträdets öppnande
    Ordföranden förklarade sammanträdet öppnat.

    § 2 Rapport från länets arbetsgrupp för
    psykisk hälsa – information
    Gruppen har träffats två gånger sedan förra sammanträdet.
    Styrelsen beslutar
    att lägga informationen till handlingarna.

    § 3 Budget och mötesplan
    Förbundschefen redogjorde för budgeten.
    Styrelsen beslutar
    att godkänna budgeten.
    Därefter redogjorde förbundschefen för mötesplanen.
    Styrelsen beslutar
    att fastställa mötesplanen för 2021.

    § 4 Sammanträdets avslutande
    Ordföranden förklarade sammanträdet avslutat.
    """

    var document: ImportedDocument {
        get throws {
            let packet = PacketImporter(lexicon: Lexicon(DomainLexicon.words)).run(text: Self.packet, source: "alvdalen-2021-03-12.txt").packet
            return try #require(packet.documents.first { $0.kind == .protokoll })
        }
    }

    @Test func openingAndClosingAreNoDecisions() throws {
        let paragraphs = try document.paragraphs ?? []
        #expect(paragraphs.first { $0.number == 1 }?.decisions == [])
        #expect(paragraphs.first { $0.number == 4 }?.decisions == [])
        for sentence in ["Ordföranden förklarade mötet öppnat.", "Ordförande forklarar motet avslutat.", "Sammanträdet förklaras öppnat."] {
            #expect(DecisionClassifier.kind(of: sentence) == nil, "\(sentence)")
        }
    }

    @Test func aTitleGoesOnOnTheNextLine() throws {
        let paragraphs = try document.paragraphs ?? []
        #expect(paragraphs.first { $0.number == 2 }?.title == "Rapport från länets arbetsgrupp för psykisk hälsa – information")
    }

    @Test func decisionsBrokenOverLinesAndSeveralInOneParagraph() throws {
        let paragraphs = try document.paragraphs ?? []
        #expect(paragraphs.first { $0.number == 2 }?.decisions
            == [ImportedDecision(kind: .tillHandlingarna, text: "Styrelsen beslutar att lägga informationen till handlingarna.")])
        #expect(paragraphs.first { $0.number == 3 }?.decisions.map(\.text)
            == ["Styrelsen beslutar att godkänna budgeten.", "Styrelsen beslutar att fastställa mötesplanen för 2021."])
    }

    @Test func aTitleAfterTheNameIsNotPartOfIt() throws {
        let others = try (document.attendance ?? []).filter { $0.role == .ovrig }
        #expect(others.map(\.name) == ["Sven Olofsson", "Lina Berg"])
        #expect(others.map { $0.organisation ?? $0.note } == ["Ekonom", "Tf förbundschef"])
    }

    /// A scan that kept most of its å/ä/ö may still lose some: a plain letter is put back where
    /// that makes a known word, and a word that is not known is left as it is.
    @Test func aLostLetterIsPutBackOnlyIntoAKnownWord() {
        let lexicon = Lexicon(["mötets", "öppnande", "försäkringskassan"])
        #expect(TextRepair.repairWord("Motets", lexicon: lexicon, scanned: false) == "Mötets")
        #expect(TextRepair.repairWord("Forsakringskassan", lexicon: lexicon, scanned: false) == "Försäkringskassan")
        #expect(TextRepair.repairWord("Holm", lexicon: lexicon, scanned: false) == "Holm")
    }

    /// The regions are a fact list, not one association's places: any county's name is repaired.
    @Test func everyRegionsNameIsKnown() {
        #expect(SwedishRegions.counties.count == 21)
        let lexicon = Lexicon(SwedishRegions.words)
        #expect(TextRepair.repairWord("Visterbottens", lexicon: lexicon, scanned: true) == "Västerbottens")
        #expect(TextRepair.repairWord("Jamtlands", lexicon: lexicon, scanned: false) == "Jämtlands")
        #expect(TextRepair.repairWord("Sormland", lexicon: lexicon, scanned: false) == "Sörmland")
    }

    @Test func aDistansmoteIsRemote() throws {
        #expect(try document.meeting?.remote == true)
    }
}

/// Issue 16, item 2: a two-column attendance table flattened into one line, names first.
@Suite struct FlattenedAttendanceTests {
    @Test func namesAndRolesArePairedByPosition() {
        let people = AttendanceParser.parse(["Lina Berg Per Ek Eva Lund Förbundschef Koordinator Kalix § 12 Koordinator Piteå § 13"], role: .ovrig)
        #expect(people.map(\.name) == ["Lina Berg", "Per Ek", "Eva Lund"])
        #expect(people.map { $0.organisation ?? $0.note } == ["Förbundschef", "Koordinator Kalix", "Koordinator Piteå"])
        #expect(people.map(\.paragraphs) == [nil, [12, 12], [13, 13]])
    }
}

/// Issue 16, item 2: participants listed in a bilaga that the header refers to.
@Suite struct AttendanceAppendixTests {
    static let packet = """
    PROTOKOLL
    Samordningsförbundet Kustlandet
    Sammanträdesdatum 2020-05-15
    Plats och tid Stadshuset i Ödeby, kl. 09.00-12.00
    Beslutande  Maja Sund       Ödeby kommun, ordförande
                Nils Holm       Försäkringskassan
    Övriga deltagare  Eva Lund  Förbundschef
    (övriga deltagare, se bilaga 2)
    Sekreterare ..............................
      Eva Lund
    Ordförande ..............................
      Maja Sund
    Justerare ..............................
      Nils Holm

    § 1 Mötets öppnande
    Ordföranden hälsade välkommen.

    § 3 Strategiska gruppens rapport
    Gruppen redovisade sitt arbete under våren.
    Styrelsen beslutar
    att lägga rapporten till handlingarna.

    § 8 Mötet avslutas
    Ordföranden tackade för visat intresse.

    Bilaga 2. Deltagare från strategiska gruppen, § 3-8
    Anders Berg  Ödeby kommun
    Karin Ek     Arbetsförmedlingen
    Olle Nyberg  Region Kustlandet
    """

    @Test func theyJoinTheAttendanceWithTheRange() throws {
        let packet = PacketImporter(lexicon: Lexicon(DomainLexicon.words)).run(text: Self.packet, source: "kustlandet-2020-05-15.txt").packet
        let minutes = try #require(packet.documents.first { $0.kind == .protokoll })
        let listed = (minutes.attendance ?? []).filter { $0.paragraphs == [3, 8] }
        #expect(listed.map(\.name) == ["Anders Berg", "Karin Ek", "Olle Nyberg"])
        #expect(listed.map(\.organisation) == ["Ödeby kommun", "Arbetsförmedlingen", "Region Kustlandet"] && listed.allSatisfy { $0.role == .ovrig })
        #expect(!(minutes.warnings ?? []).contains { $0.message == ImportMessages.attendanceInAttachment })
        #expect((minutes.attendance ?? []).contains { $0.name == "Eva Lund" && $0.paragraphs == nil })
    }
}

/// Issue 16, item 2: an årsredovisning inside a packet is its own document, and a table row is
/// never a bilaga's title.
@Suite struct PacketDocumentsTests {
    static let packet = """
    PROTOKOLL
    Samordningsförbundet Fjällbygd
    Sammanträdesdatum 2022-02-18
    Plats och tid Kommunhuset i Tallbacka, kl. 10.00-12.00
    Beslutande  Ida Ström   Tallbacka kommun, ordförande
                Jon Myr     Försäkringskassan
    Sekreterare ..............................
      Ida Ström
    Ordförande ..............................
      Ida Ström
    Justerare ..............................
      Jon Myr

    § 1 Mötets öppnande
    Ordföranden hälsade välkommen.

    § 2 Bokslut
    Styrelsen beslutar
    att godkänna årsredovisningen för 2021.

    § 3 Mötet avslutas
    Ordföranden tackade alla.



    Kostnader per insats 2021    1 200 000    1 150 000
    Insats Steget                  600 000      580 000
    Insats Vägen                   600 000      570 000
    Summan avser hela året och följer budgeten.
    Uppföljningen görs per tertial av kansliet.
    Avvikelserna är små och förklaras i noterna.
    Kansliet redovisar dem för styrelsen.
    Tabellen bygger på bokföringen.
    Den är stämd mot huvudboken.

    Årsredovisning 2021
    Förvaltningsberättelse
    Förbundet har under året haft fyra medlemmar.
    Verksamheten har bedrivits enligt verksamhetsplanen.
    Styrelsen har sammanträtt sex gånger.
    Resultatet blev ett överskott.
    Det egna kapitalet ligger under taket.
    Revisorerna har granskat räkenskaperna.
    """

    @Test func theAnnualReportIsItsOwnDocumentAndNoTitleIsATableRow() throws {
        let documents = PacketImporter(lexicon: Lexicon(DomainLexicon.words)).run(text: Self.packet, source: "fjallbygd-2022-02-18.txt").packet.documents
        #expect(documents.map(\.kind) == [.protokoll, .bilaga, .arsredovisning])
        let bilaga = try #require(documents.first { $0.kind == .bilaga })
        #expect(bilaga.title.map { $0.filter(\.isASCIIDigitCharacter).count >= 6 } != true, "a row of figures is no title: \(bilaga.title ?? "nil")")
        #expect(documents.last?.title == "Årsredovisning 2021")
    }
}
