import Foundation
import Testing
@testable import Domain

/// Packets written for these tests in the formats of DOMAIN.md §7 (the people and places are invented).
enum PacketFixtures {
    static let clean = """
     2021-03-01
        KALLELSE
        FÖREDRAGNINGSLISTA
    Styrelsens sammanträde 2021-03-12 klockan 09.00 – 11.30
    Lokal: Stadshuset, Storgatan 1 Lycksele
    ______________________________

    1. Mötets öppnande

    2. Val av justerare

    3. Föregående protokoll (Bilaga 1)

    4. Rapport om insatsen Steg för steg
    Anna Lind föredragande.

    5. Beslut om budget för nästa år och om fördelning
    mellan insatserna (bilaga 2)
    Beredningsgruppen har gått igenom äskandena.

    6. Mötet avslutas



    PROTOKOLL
    Sammanträdesdatum
    Samordningsförbundet Fjällområdet 2021-01-29
    ______________________________
    Plats och tid                 Kommunhuset i Storuman, klockan 13.00-15.30
    Beslutande Eva Ström Storumans kommun, ordförande
     Lars Berg     Arbetsförmedlingen
     Sara Nyström  Försäkringskassan § 10-12
     Olle Ek       Region Västerbotten

    Ersättare Per Holm Region Västerbotten § 13-16
    Övriga deltagare Anna Lind    Förbundschef
     Jonas Öberg Lycksele kommun § 10-11

    Sekreterare  ..................................
     Anna Lind
    Ordförande  ..................................
     Eva Ström
    Justerare  ..................................
     Lars Berg

    BEVIS
    Sammanträdesdatum: 2021-01-29 Justeringsdatum: 2021-02-03
    Datum för anslags uppsättande:   2021-01-20     Datum för anslags nedtagande: 2021-02-26

    § 10 Mötets öppnande

    Ordförande förklarade mötet öppnat.
    ---
    § 11 Val av justerare

    Lars Berg utsågs att justera dagens protokoll.
    ---
    § 12 Föregående protokoll (Bilaga 1)

    Föregående protokoll lades till handlingarna.
    ---
    § 14 Äskande från Steg för steg
    (Bilaga 2)

    Beredningsgruppen rekommenderade styrelsen att bifalla äskandet.

    Beslut: Styrelsen biföll äskandet med 400 tkr för 2021. Olle Ek reserverade sig mot beslutet.
    ---
    § 15 Mötet avslutas

    Ordförande förklarar mötet avslutat.
    ---




    Verksamhetsplan 2021-2023

    Förbundet ska stödja samverkan mellan parterna.
    Insatserna följs upp varje kvartal.
    Social redovisning 70 tkr
    Ledarskap 150 tkr
    Summa 200 tkr
    Uppföljningen redovisas i årsredovisningen.
    Styrelsen fastställer planen i november.
    """

    /// The same kind of packet as a scanner with no Swedish letters read it: numbers in a column
    /// before their titles, å/ä/ö lost, signatures turned into noise.
    static let scanned = """
     Styrelsens sammantrade 2021-05-07 klockan 08.30 - 12.00
    Lokal: Folkets hus, Lycksele

    1.

    4.

    Motets 6ppnande

    Val av justerare

    Foregaende protokoll (Bilaga 1)
    Anna Lind féredragande

    Arsplan for forbundet

    5.Motet avslutas
     PROTOKOLL

    Sammantridesdatum

    Samordningsforbundet Fjallomradet 2021-03-12

    Plats och tid Stadshuset, Storgatan 1, Lycksele, klockan 09.00-11.30
    Beslutande Eva Strém Storumans kommun, ordforande

    Lars Berg Arbetsformedlingen

    Olle Ek Region Vasterbotten § 20-21
    Ovriga deltagare Anna Lind Forbundschef
    Sekreterare .. ”\\/L( ...... //\\/QL”"(/L
    © Anna Lind
    Ordforande ' wj[};“ (W_Wh .........
    Eva Strém =
    Justerare Q
    ars Berq

    BEVIS
    Sammantridesdatum: 2021-03-12 Justeringsdatum: 2021-03-19
    Datum for anslags uppsiittande:  2021-03-22 Datum fir anslags nedtagande: 2021-04-13

    § 20 Motets 6ppnande

    Ordférande forklarade motet 6ppnat.

    8§ 21 Val av justerare

    Lars Berg utsags att justera dagens protokoll.

    §23 Motet avslutas

    Ordforande forklarar motet avslutat.
    """
}

@Suite struct PacketImporterTests {
    let importer = PacketImporter(lexicon: Lexicon(DomainLexicon.words + ["för", "steg", "fjällområdet", "öppnat", "utsågs", "förklarade",
                                                                         "förklarar", "avslutat", "föregående", "val", "av", "till"]))

    func documents(_ text: String) -> [ImportedDocument] {
        importer.run(text: text, source: "test.txt").packet.documents
    }

    @Test func aCleanPacketIsSplitIntoKallelseProtokollAndBilaga() throws {
        let found = documents(PacketFixtures.clean)
        #expect(found.map(\.kind) == [.kallelse, .protokoll, .bilaga])
        let notice = found[0]
        #expect(notice.meeting == ImportedMeeting(date: "2021-03-12", start: "09:00", end: "11:30", place: "Stadshuset, Storgatan 1 Lycksele"))
        let items = try #require(notice.items)
        #expect(items.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(items[2] == ImportedItem(number: 3, title: "Föregående protokoll", attachments: ["1"]))
        #expect(items[3].presenter == "Anna Lind")
        #expect(items[4].title == "Beslut om budget för nästa år och om fördelning mellan insatserna")
        #expect(items[4].attachments == ["2"])
        #expect(found[2].title == "Verksamhetsplan 2021-2023")
    }

    @Test func aProtokollGivesPeopleRolesRangesSignersAndDates() throws {
        let minutes = documents(PacketFixtures.clean)[1]
        #expect(minutes.meeting == ImportedMeeting(date: "2021-01-29", start: "13:00", end: "15:30", place: "Kommunhuset i Storuman"))
        let people = try #require(minutes.attendance)
        #expect(people.first == ImportedAttendance(name: "Eva Ström", organisation: "Storumans kommun", role: .beslutande, note: "ordförande"))
        #expect(people.contains(ImportedAttendance(name: "Sara Nyström", organisation: "Försäkringskassan", role: .beslutande, paragraphs: [10, 12])))
        #expect(people.contains(ImportedAttendance(name: "Olle Ek", organisation: "Region Västerbotten", role: .beslutande)))
        #expect(people.contains(ImportedAttendance(name: "Per Holm", organisation: "Region Västerbotten", role: .ersattare, paragraphs: [13, 16])))
        #expect(people.contains(ImportedAttendance(name: "Anna Lind", organisation: nil, role: .ovrig, note: "Förbundschef")))
        #expect(people.contains(ImportedAttendance(name: "Jonas Öberg", organisation: "Lycksele kommun", role: .ovrig, paragraphs: [10, 11])))
        #expect(minutes.secretary == "Anna Lind" && minutes.chair == "Eva Ström" && minutes.adjusters == ["Lars Berg"])
        #expect(minutes.adjustedOn == "2021-02-03" && minutes.noticePostedOn == "2021-01-20" && minutes.noticeRemovedOn == "2021-02-26")
    }

    @Test func paragraphsKeepTitlesTextAndClassifiedDecisions() throws {
        let paragraphs = try #require(documents(PacketFixtures.clean)[1].paragraphs)
        #expect(paragraphs.map(\.number) == [10, 11, 12, 14, 15])
        #expect(paragraphs[2].title == "Föregående protokoll")
        #expect(paragraphs[2].decisions == [ImportedDecision(kind: .tillHandlingarna, text: "Föregående protokoll lades till handlingarna.")])
        #expect(paragraphs[3].title == "Äskande från Steg för steg", "a bilaga reference on its own line is not part of the text")
        #expect(paragraphs[3].decisions.map(\.kind) == [.reservation], "the recommendation is no decision; the Beslut: block is")
        #expect(DecisionClassifier.kind(of: "Styrelsen biföll äskandet med 400 tkr.") == .bifall)
        #expect(DecisionClassifier.kind(of: "Styrelsen avslog ansökan.") == .avslag)
        #expect(DecisionClassifier.kind(of: "Styrelsen godkände rapporten.") == .godkandRapport)
        #expect(DecisionClassifier.kind(of: "Inga beslut fattades.") == .ingetBeslut)
        #expect(DecisionClassifier.kind(of: "Kansliet fick i uppdrag att boka lokal.") == .uppdrag)
        #expect(DecisionClassifier.kind(of: "Beredningsgruppen rekommenderade styrelsen att bifalla äskandet.") == nil)
    }

    @Test func doubtfulDatesNumberingAndTotalsAreWarnedAboutInSwedish() {
        let found = documents(PacketFixtures.clean)
        let messages = (found[1].warnings ?? []).map(\.message)
        #expect(messages.contains("Anslaget sägs uppsatt 2021-01-20, före sammanträdet 2021-01-29."))
        #expect(messages.contains("§ 14 följer på § 12; numreringen är inte i följd."))
        #expect(messages.contains { $0.hasPrefix("Per Holm anges närvarande § 13–16") })
        #expect((found[2].warnings ?? []).map(\.message).contains { $0.hasPrefix("Summan 200 på rad") && $0.hasSuffix("som ger 220.") })
    }

    @Test func scannedTextIsReadWithNumbersApartFromTitlesAndNoisySignatures() throws {
        let found = documents(PacketFixtures.scanned)
        #expect(found.map(\.kind) == [.kallelse, .protokoll])
        let items = try #require(found[0].items)
        #expect(items.map(\.number) == [1, 2, 3, 4, 5])
        #expect(items.map(\.title) == ["Mötets öppnande", "Val av justerare", "Föregående protokoll", "Årsplan för förbundet", "Mötet avslutas"])
        #expect(items[2].presenter == "Anna Lind" && items[2].attachments == ["1"])
        let minutes = found[1]
        #expect(minutes.meeting?.date == "2021-03-12")
        #expect(minutes.meeting?.place == "Stadshuset, Storgatan 1, Lycksele")
        #expect(minutes.attendance?.first?.organisation == "Storumans kommun")
        #expect(minutes.secretary == "Anna Lind")
        #expect(minutes.adjusters == ["Lars Berg"], "the damaged signature is matched to the attendance")
        #expect(minutes.noticePostedOn == "2021-03-22" && minutes.noticeRemovedOn == "2021-04-13")
        #expect(minutes.paragraphs?.map(\.number) == [20, 21, 23])
        #expect(minutes.paragraphs?.first?.title == "Mötets öppnande")
    }

    @Test func aPresenterNamedAfterALabelIsTakenOutOfTheTitle() {
        let item = NoticeParser.item(number: 3, title: "Äskande från Vännäs kommun (bilaga 2). Föredragande: Åsa Öberg, förbundschef")
        #expect(item.title == "Äskande från Vännäs kommun" && item.presenter == "Åsa Öberg" && item.attachments == ["2"])
        #expect(Presenter.name(in: "Föredragande: förbundschefen") == nil, "a role is no name")
        #expect(Presenter.name(in: "Mikael Holmlund föredragande.") == "Mikael Holmlund")
    }

    @Test func aFlattenedTableOfNamesThenOrganisationsIsPairedInOrder() {
        let people = AttendanceParser.parse(["Eva Ström Lars Berg Olle Ek Storumans kommun, ordförande Arbetsförmedlingen Region Västerbotten"],
                                            role: .beslutande)
        #expect(people.map(\.name) == ["Eva Ström", "Lars Berg", "Olle Ek"])
        #expect(people.map(\.organisation) == ["Storumans kommun", "Arbetsförmedlingen", "Region Västerbotten"])
        #expect(people[0].note == "ordförande")
        let columns = AttendanceParser.parse(["Eva Ström", "Lars Berg", "Storumans kommun", "Arbetsförmedlingen § 3-4"], role: .beslutande)
        #expect(columns.map(\.organisation) == ["Storumans kommun", "Arbetsförmedlingen"])
    }

    @Test func theJSONHasEveryFieldOfTheSpecWithNullForUnknown() throws {
        let packet = importer.run(text: PacketFixtures.clean, source: "test.txt").packet
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(packet)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        let item = try #require((documents[0]["items"] as? [[String: Any]])?.first)
        #expect(Set(item.keys) == ["number", "title", "presenter", "attachments"])
        #expect(item["presenter"] is NSNull)
        #expect(Set(documents[1].keys) == ["kind", "lines", "meeting", "secretary", "chair", "adjusters", "adjustedOn", "noticePostedOn",
                                           "noticeRemovedOn", "attendance", "paragraphs", "warnings"])
        #expect(Set(documents[2].keys).isSuperset(of: ["kind", "title", "lines"]))
        #expect(documents[1]["lines"] as? [Int] == [25, 72])
    }

    @Test func nothingBreaksTheImporter() {
        #expect(importer.run(text: "", source: "empty.txt").packet.documents.isEmpty)
        let oneLongLine = String(repeating: "Styrelsen beslutar § 12 om 400 tkr. ", count: 30_000)
        #expect(importer.run(text: oneLongLine, source: "long.txt").packet.documents.count <= 1)
        var generator = SeededGenerator(seed: 4)
        let sources = [Array(PacketFixtures.clean.unicodeScalars), Array(PacketFixtures.scanned.unicodeScalars)]
        let noise: [Unicode.Scalar] = ["§", "\n", "\t", " ", "1", ".", "-", "(", ")", "é", "ö", "\u{0}", "\u{FFFD}", ":", "8"]
        for round in 0..<2_000 {
            var scalars = sources[round % 2]
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                let position = Int.random(in: 0..<scalars.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: scalars.remove(at: position)
                case 1: scalars.insert(noise.randomElement(using: &generator)!, at: position)
                case 2: scalars[position] = Unicode.Scalar(UInt8.random(in: 0...255, using: &generator))
                default: scalars.removeSubrange(position..<min(scalars.count, position + Int.random(in: 1...200, using: &generator)))
                }
                if scalars.isEmpty { scalars = ["x"] }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let packet = importer.run(text: text, source: "fuzz.txt").packet
            for document in packet.documents { #expect(document.lines[0] <= document.lines[1]) }
        }
    }
}
