import Testing
@testable import Domain

/// Issue 16, item 2: pieces of other associations' templates, each from a description.
@Suite struct OtherTemplatesTests {
    @Test func datesWrittenOutAndHoursWithoutMinutes() {
        #expect(ArchiveText.dates(in: "Tid: torsdagen den 8 april 2021, kl. 13–16").map(\.iso) == ["2021-04-08"])
        #expect(ArchiveText.dates(in: "den 1:e sept. 2022 och 2022-10-03").map(\.iso) == ["2022-09-01", "2022-10-03"])
        #expect(ArchiveText.dates(in: "§ 14 Sammanträdet öppnas").isEmpty)
        #expect(ArchiveText.dates(in: "31 februari 2021").isEmpty, "no such day")
        #expect(ArchiveText.timeRange(in: "kl. 9–11.30") == ("09:00", "11:30"))
        #expect(ArchiveText.timeRange(in: "klockan 13 - 16") == ("13:00", "16:00"))
        #expect(ArchiveText.timeRange(in: "Inklusive 3 - 4 personer") == (nil, nil), "a count is no hour")
    }

    @Test func protocolHeadingsOfOtherTemplates() {
        for heading in ["Protokoll", "Protokoll fört vid styrelsemöte", "Protokoll nr 3/2021", "Protokoll styrelsen 2021-03-12",
                        "Sammanträdesprotokoll", "Mötesprotokoll"] {
            #expect(PacketSegmenter.isProtocolHeading(heading), "\(heading)")
        }
        for line in ["Protokollet justeras på kansliet", "Protokollförare: Eva Lund"] {
            #expect(!PacketSegmenter.isProtocolHeading(line), "\(line)")
        }
    }

    @Test func bulletsOfAnyFont() {
        for line in ["ü Studiebesök hos andra förbund", "Ø Uppföljning", "e Rapport", "– Budget"] {
            #expect(NoticeParser.isBullet(line), "\(line)")
        }
        for line in ["i samverkan med kommunen", "3 insatser", "§ 4 Budget", "Budget"] {
            #expect(!NoticeParser.isBullet(line), "\(line)")
        }
    }

    /// "Name, role, organisation" in any order after the name, and a remark in brackets.
    @Test func commaSeparatedAttendanceWithRemarks() {
        let people = AttendanceParser.parse(["Birgitta Ahlström (S), ordförande, Sala kommun", "Kent Åberg, förbundsekonom",
                                             "Namn   Representerar   Närvaro", "Sofia Hed, Försäkringskassan § 3-5"], role: .beslutande)
        #expect(people.map(\.name) == ["Birgitta Ahlström", "Kent Åberg", "Sofia Hed"])
        #expect(people.map(\.organisation) == ["Sala kommun", nil, "Försäkringskassan"])
        #expect(people.map(\.note) == ["S, ordförande", "förbundsekonom", nil])
        #expect(people.last?.paragraphs == [3, 5])
    }

    /// Two lists side by side are split where the second list's heading starts.
    @Test func twoColumnsSplitWhereTheSecondHeadingStarts() {
        let header = "Närvarande ledamöter                  Närvarande ersättare"
        let column = MinutesParser.secondLabel(header)
        #expect(column?.offset == 38)
        let split = ArchiveText.columns(of: "Tomas Granberg, Region Halland        Sofia Hed, Arbetsförmedlingen", splitAt: 38)
        #expect(split.left == "Tomas Granberg, Region Halland")
        #expect(split.right == "Sofia Hed, Arbetsförmedlingen")
    }

    /// A föredragningslista numbered without dots, with a column of föredragande at the right.
    @Test func bareNumbersAndAPresenterColumn() {
        let text = """
        Ärenden                                     Föredragande
         1  Sammanträdets öppnande                  Ordföranden
         2  Årsredovisning 2021                     Karl Nyberg
         3  Ansökan om medel för Resursteam Unga    Sara Holm
        """
        let lines = text.split(separator: "\n").enumerated().map { SourceLine(number: $0.offset + 1, repaired: String($0.element)) }
        let items = NoticeParser.items(in: lines[...])
        #expect(items.map(\.title) == ["Sammanträdets öppnande", "Årsredovisning 2021", "Ansökan om medel för Resursteam Unga"])
        #expect(items.map(\.presenter) == [nil, "Karl Nyberg", "Sara Holm"], "a role is no föredragande's name")
        #expect(NoticeParser.bareNumberedItems(in: lines.prefix(2)).isEmpty, "one bare number is no list")
    }

    /// A label broken over two lines, and a § whose heading holds only its diarienummer.
    @Test func splitLabelsAndDiaryNumbers() {
        let header = ["Justeringens", "plats och tid         Kramfors 2022-02-15"].enumerated().map { SourceLine(number: $0.offset + 1, repaired: $0.element) }
        #expect(MinutesParser.joinedLabels(header).first?.text == "Justeringens plats och tid Kramfors 2022-02-15")
        #expect(MinutesParser.isDiaryNumber("Dnr 2022/4") && MinutesParser.isDiaryNumber("Dnr: 12-2021"))
        #expect(!MinutesParser.isDiaryNumber("Budget 2022") && !MinutesParser.isDiaryNumber("Dnr-rutiner"))
        let paragraphs = MinutesParser.paragraphs(in: ["§ 3   Dnr 2022/4", "      Årsredovisning 2021", "Styrelsen beslutar att godkänna den."]
            .enumerated().map { SourceLine(number: $0.offset + 1, repaired: $0.element) }[...])
        #expect(paragraphs.first?.title == "Årsredovisning 2021")
    }
}
