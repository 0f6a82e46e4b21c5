import Testing
@testable import Domain

@Suite struct ValidationTests {
    @Test func memberFormReportsEveryBadField() {
        let input = ["name": "  ", "kind": "kommun?", "organisationNumber": "212000-2743",
                     "joinedOn": "2014-01-01", "leftOn": "2013-12-31"]
        guard case .failure(let failure) = MemberDraft.parse(input) else {
            Issue.record("expected failure")
            return
        }
        #expect(failure.issues == [FieldIssue("name", .required), FieldIssue("kind", .notAChoice),
                                   FieldIssue("organisationNumber", .organisationNumberCheckDigit),
                                   FieldIssue("leftOn", .endBeforeStart)])
    }

    @Test func acceptsThousandsSeparators() throws {
        let figure = try PopulationFigure.parse(["year": "2018", "count": "83 420"]).get()
        #expect(figure.count == 83_420)
    }

    @Test func steeringGroupNeedsAName() {
        guard case .failure(let failure) = BodyDraft.parse(["kind": "steering_group"]) else {
            Issue.record("expected failure")
            return
        }
        #expect(failure.issues == [FieldIssue("name", .required)])
        #expect((try? BodyDraft.parse(["kind": "board"]).get())?.name == nil)
    }

    @Test func boardSeatsNeedTheAppointingMember() {
        let base = ["personID": "8A0B5F53-4F0B-4B7C-9E43-6E3A1A0C2D11", "bodyID": "1C3E1D6C-2B0E-4F61-A5A3-0B9E0C3F8A22",
                    "role": "member", "startsOn": "2025-01-01"]
        guard case .failure(let failure) = MandateDraft.parse(base, bodyKind: .board) else {
            Issue.record("expected failure")
            return
        }
        #expect(failure.issues == [FieldIssue("appointedByMemberID", .required)])
        #expect((try? MandateDraft.parse(base, bodyKind: .steeringGroup).get()) != nil)
    }

    @Test func slugsAreCheckedAndSuggested() {
        #expect(Slug.isValid("umearegionen"))
        #expect(!Slug.isValid("Umeå"))
        #expect(!Slug.isValid("-a"))
        #expect(Slug.suggest(from: "Samordningsförbundet Umeå-Vännäs") == "samordningsforbundet-umea-vannas")
    }
}
