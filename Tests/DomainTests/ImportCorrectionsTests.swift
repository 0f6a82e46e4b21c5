import Testing
@testable import Domain

/// A reviewer's corrections of an imported packet: fields per document, checks run again.
@Suite struct ImportCorrectionsTests {
    let result = PacketImporter(lexicon: Lexicon(DomainLexicon.words)).run(text: PacketFixtures.clean, source: "test.txt")

    @Test func theFormShowsWhatWasFoundAndACorrectionAnswersItsWarning() throws {
        var values = ImportCorrections.formValues(of: result.packet)
        #expect(values["d1-date"] == "2021-01-29" && values["d1-noticePostedOn"] == "2021-01-20" && values["d1-adjusters"] == "Lars Berg")
        #expect(values["d1-p2"] == "Föregående protokoll" && values["d0-i2"] == "Föregående protokoll" && values["d2-title"] == "Verksamhetsplan 2021-2023")
        values["d1-noticePostedOn"] = "2021-02-04"
        values["d1-adjusters"] = "Lars Berg och Sara Nyström"
        values["d1-p2"] = "Protokoll från föregående sammanträde"
        values["d1-start"] = "13.15"
        let corrected = try ImportCorrections.apply(values, to: result.packet, lines: result.lines, knownNames: nil).get()
        let minutes = corrected.documents[1]
        #expect(minutes.noticePostedOn == "2021-02-04" && minutes.meeting?.start == "13:15")
        #expect(minutes.adjusters == ["Lars Berg", "Sara Nyström"])
        #expect(minutes.paragraphs?[2].title == "Protokoll från föregående sammanträde" && minutes.paragraphs?[2].number == 12)
        let messages = (minutes.warnings ?? []).map(\.message)
        #expect(!messages.contains { $0.hasPrefix("Anslaget sägs uppsatt") }, "the corrected date is no longer before the meeting")
        #expect(messages.contains("§ 14 följer på § 12; numreringen är inte i följd."), "what was not corrected is still warned about")
        #expect((corrected.documents[2].warnings ?? []).contains { $0.message.hasPrefix("Summan 200") }, "the totals check reads the lines")
        #expect(corrected.documents[0] == result.packet.documents[0], "an untouched document stays as it was")
    }

    @Test func badValuesAreReportedPerFieldAndNothingIsApplied() {
        var values = ImportCorrections.formValues(of: result.packet)
        values["d1-adjustedOn"] = "2021-13-40"
        values["d0-start"] = "11:00"
        values["d0-end"] = "10:00"
        values["d1-p0"] = " "
        guard case .failure(let failure) = ImportCorrections.apply(values, to: result.packet, lines: result.lines, knownNames: nil) else {
            Issue.record("bad values were accepted")
            return
        }
        #expect(failure.issues.contains(FieldIssue("d1-adjustedOn", .invalidDate)))
        #expect(failure.issues.contains(FieldIssue("d0-end", .endBeforeStart)))
        #expect(failure.issues.contains(FieldIssue("d1-p0", .required)))
    }
}
