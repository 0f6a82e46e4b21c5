import Testing
@testable import Domain

/// Issue 16, item 1: the importer's repairs are general mechanisms (a confusion model, fact lists
/// of kommuner and regioner, letterheads found by repetition), shown here on invented text.
@Suite struct GeneralRepairTests {
    /// The cheapest explanation wins: "Vaxjo" is two plain lost letters (a → ä, o → ö), cheaper
    /// than any rarer confusion, and a word reached by no confusion is left alone.
    @Test func theCheapestKnownRepairIsChosen() {
        let model = OCRConfusions.scanned
        let lexicon = Lexicon(["växjö", "möte", "mötet", "lokal", "kommunen", "ärenden", "beslut"])
        #expect(model.repair("Vaxjo", lexicon: lexicon) == "Växjö")
        #expect(model.repair("Mote", lexicon: lexicon) == "Möte")
        #expect(model.repair("1okal", lexicon: lexicon) == "lokal", "a digit one read for an l")
        #expect(model.repair("kornmunen", lexicon: lexicon) == "kommunen", "rn read for m")
        #expect(model.repair("iirenden", lexicon: lexicon) == "ärenden", "one letter read as two")
        #expect(model.repair("Beslot", lexicon: lexicon) == nil, "no confusion turns o into u")
        #expect(model.repair("ABC", lexicon: lexicon) == nil)
        #expect(model.cost(seen: "a", meant: "ä")! < model.cost(seen: "i", meant: "ä")!)
        #expect(model.cost(seen: "lins", meant: "läns") != nil)
        #expect(model.cost(seen: "kommun", meant: "läns") == nil)
    }

    /// Swedish joins words: a damaged compound no list holds is repaired when it splits into two
    /// known words; a word that already splits so, or a capitalised one (a surname), is left.
    @Test func aCompoundIsRepairedFromItsParts() {
        let lexicon = Lexicon(["sammanträdes", "rum", "stads", "huset", "häll", "berg"])
        #expect(OCRConfusions.scanned.repair("sammantradesrum", lexicon: lexicon) == "sammanträdesrum")
        #expect(OCRConfusions.scanned.repair("stadshuset", lexicon: lexicon) == nil)
        #expect(OCRConfusions.scanned.repair("Hallberg", lexicon: lexicon) == nil)
    }

    /// A text layer is repaired only by the plain lost letters and a digit inside a word, never
    /// by the rest of a scanner's confusions.
    @Test func aTextLayerGetsOnlyThePlainLetters() {
        let lexicon = Lexicon(["lokal", "möte", "kommunen"])
        #expect(TextRepair.repairWord("1okal", lexicon: lexicon, scanned: false) == "lokal")
        #expect(TextRepair.repairWord("kornmunen", lexicon: lexicon, scanned: false) == "kornmunen")
        #expect(TextRepair.repairWord("Mote", lexicon: lexicon, scanned: false) == "Möte")
        #expect(TextRepair.repairWord("MOTE", lexicon: lexicon, scanned: true) == "MÖTE")
        #expect(TextRepair.repairWord("Forsäkringskassan", lexicon: Lexicon(["försäkringskassan"]), scanned: false) == "Försäkringskassan",
                "a word that kept one of its letters and lost another")
    }

    /// All 290 kommuner are known, each once, with a county; a name that OCR stripped of its
    /// å/ä/ö is still a place, and so is its genitive.
    @Test func everyKommunIsKnown() {
        #expect(SwedishMunicipalities.all.count == 290)
        #expect(Set(SwedishMunicipalities.all).count == 290)
        #expect(SwedishMunicipalities.byCounty.count == 21)
        #expect(Set(SwedishMunicipalities.byCounty.keys) == Set(SwedishRegions.counties))
        for place in ["Ornskoldsvik", "Vanersborgs", "Lerum", "Upplands Väsby", "Malung-Sälen", "Västerbottens"] {
            #expect(SwedishMunicipalities.isPlace(place), "\(place)")
        }
        #expect(!SwedishMunicipalities.isPlace("Styrelsen"))
        let lexicon = Lexicon(SwedishMunicipalities.words)
        #expect(TextRepair.repairWord("Hassleholms", lexicon: lexicon, scanned: true) == "Hässleholms")
        #expect(TextRepair.repairWord("Tr0llhattan", lexicon: lexicon, scanned: true) == "Trollhättan")
    }

    /// A lone character OCR confuses with "i" before a kommun, or before a place the packet
    /// writes after "i" elsewhere, is the preposition; before anything else it stays.
    @Test func thePrepositionBeforeAPlaceIsPutBack() {
        var lines = ["Folkets hus 1 Lerum", "Rådhuset l Ystad", "Storgatan 1 B", "Lokal 1 Stora salen", "Kommunhuset 1 Byholma",
                     "Mötet hölls i Byholma.", "Åsvägen 1 Lerum", "Åsvägen 4 1 Lerum"]
        TextRepair.restorePrepositions(&lines)
        #expect(lines == ["Folkets hus i Lerum", "Rådhuset i Ystad", "Storgatan 1 B", "Lokal 1 Stora salen", "Kommunhuset i Byholma",
                          "Mötet hölls i Byholma.", "Åsvägen 1 Lerum", "Åsvägen 4 i Lerum"])
    }

    /// "Hallands lins landsting": the misread "läns" still ends the name before it, in any county.
    @Test func aMisreadPlaceSuffixStillStartsAnOrganisation() {
        let people = AttendanceParser.parse(["Eva Strand Hallands lins landsting"], role: .beslutande)
        #expect(people.first?.name == "Eva Strand")
        #expect(people.first?.organisation == "Hallands lins landsting")
    }

    /// A short line heading several documents is the association's letterhead, whatever it says:
    /// it is no bilaga's title, and it starts the bilaga it heads.
    @Test func aLetterheadIsFoundByRepetition() {
        let text = """
        FINSAM Västra Dal
        Protokoll
        Styrelsen
        Sammanträdesdatum 2022-09-09
        § 1 Mötets öppnande
        Ordföranden öppnade mötet.
        § 2 Budget
        Styrelsen beslutar att fastställa budgeten.
        § 3 Mötets avslutande
        Ordföranden avslutade mötet.



        FINSAM Västra Dal

        Budget 2023

        Intäkter och kostnader per insats.
        Insatsen Steget 400 tkr.
        Insatsen Vägen 350 tkr.
        Kansli och administration 900 tkr.
        Summa kostnader 1 650 tkr.
        Summa intäkter 1 650 tkr.



        FINSAM Västra Dal

        Uppföljning av insatser 2022

        Deltagare per insats och avslut.
        Steget hade 40 deltagare.
        Vägen hade 25 deltagare.
        Av dem som avslutade gick hälften till arbete.
        Några började studera.
        Övriga gick vidare till annan insats.
        """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            SourceLine(number: $0.offset + 1, repaired: String($0.element))
        }
        let letterheads = Letterheads(lines)
        #expect(letterheads.contains("FINSAM Västra Dal"))
        #expect(!letterheads.contains("Budget 2023"))
        let lexicon = Lexicon(DomainLexicon.words + ["intäkter", "kostnader", "per", "insats", "och", "uppföljning", "av", "deltagare"])
        let packet = PacketImporter(lexicon: lexicon).run(text: text, source: "dal.txt").packet
        let bilagor = packet.documents.filter { $0.kind == .bilaga }
        #expect(bilagor.map(\.title) == ["Budget 2023", "Uppföljning av insatser 2022"])
        #expect(bilagor.first?.lines.first == 14, "the letterhead line starts the bilaga")
        #expect(packet.documents.first?.kind == .protokoll && packet.documents.first?.lines.first == 1, "and the protokoll")
    }
}
