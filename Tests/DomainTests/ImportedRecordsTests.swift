import Testing
@testable import Domain

@Suite struct ImportedRecordsTests {
    @Test func namesDamagedByOCRFindTheirPersonButTwinsFindNone() {
        let matcher = NameMatcher([(1, "Johan Söderling"), (2, "Carola Larsson"), (3, "Anna Lind"), (4, "Anna Linde")])
        #expect(matcher.match("johan  söderling") == 1)
        #expect(matcher.match("Johan Sdderling") == 1)
        #expect(matcher.match("Carola Larssan") == 2)
        #expect(matcher.match("Anna Lindh") == nil, "as close to Anna Lind as to Anna Linde")
        #expect(matcher.match("Per Holm") == nil)
    }

    @Test func rolesChairAndRangesComeFromTheAttendanceNotes() {
        let chair = ImportedAttendance(name: "Eva Ström", organisation: "Storumans kommun", role: .beslutande, note: "ordförande")
        #expect(ImportedRecords.role(of: chair) == (.decisionMaker, true))
        let serving = ImportedAttendance(name: "Per Holm", organisation: nil, role: .beslutande, note: "tjänstgörande ersättare", paragraphs: [13, 16])
        #expect(ImportedRecords.role(of: serving) == (.servingSubstitute, false))
        #expect(ImportedRecords.paragraphRange(of: serving) == 13...16)
        #expect(ImportedRecords.role(of: ImportedAttendance(name: "A B", organisation: nil, role: .ovrig)) == (.participant, false))
    }

    @Test func decisionSentencesAreShownApartFromTheText() {
        let paragraph = ImportedParagraph(number: 14, title: "Äskande", text: "Beredningsgruppen tillstyrkte.\nBeslut:\nStyrelsen biföll äskandet. Olle Ek reserverade sig.",
                                          decisions: [ImportedDecision(kind: .bifall, text: "Styrelsen biföll äskandet."),
                                                      ImportedDecision(kind: .reservation, text: "Olle Ek reserverade sig.")])
        #expect(ImportedRecords.narrative(of: paragraph) == "Beredningsgruppen tillstyrkte.\nOlle Ek reserverade sig.")
        #expect(ImportedRecords.decisionKind(.reservation) == nil && ImportedRecords.decisionKind(.tillHandlingarna) == .filed)
    }
}
