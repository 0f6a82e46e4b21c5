import Foundation
import Testing
@testable import Domain

@Suite struct CompositionTests {
    let fk = MemberFacts(id: UUID(), name: "Försäkringskassan", kind: .forsakringskassan,
                         joinedOn: CivilDate(iso: "2010-01-01")!, leftOn: nil)
    let vannas = MemberFacts(id: UUID(), name: "Vännäs kommun", kind: .municipality,
                             joinedOn: CivilDate(iso: "2014-01-01")!, leftOn: nil)

    func mandate(_ role: MandateRole, _ member: MemberFacts, from: String, to: String? = nil) -> MandateFacts {
        MandateFacts(id: UUID(), personID: UUID(), personName: "Person", role: role, appointedByMemberID: member.id,
                     startsOn: CivilDate(iso: from)!, endsOn: to.flatMap { CivilDate(iso: $0) })
    }

    @Test func countsSeatsOnTheChosenDate() {
        let mandates = [mandate(.chair, fk, from: "2023-01-01"), mandate(.substitute, fk, from: "2023-01-01"),
                        mandate(.member, vannas, from: "2023-01-01", to: "2024-12-31"),
                        mandate(.substitute, vannas, from: "2025-01-01"), mandate(.secretary, fk, from: "2020-01-01")]
        let early = Composition(bodyKind: .board, mandates: mandates, members: [fk, vannas], on: CivilDate(iso: "2024-06-01")!)
        #expect(early.votingMembers.count == 2)
        #expect(early.substitutes.count == 1)
        #expect(early.others.count == 1)
        #expect(early.warnings == [.noSubstitute(memberName: "Vännäs kommun")])

        let later = Composition(bodyKind: .board, mandates: mandates, members: [fk, vannas], on: CivilDate(iso: "2025-03-01")!)
        #expect(later.votingMembers.count == 1)
        #expect(later.substitutes.count == 2)
        #expect(later.warnings == [.noVotingMember(memberName: "Vännäs kommun")])
    }

    @Test func lastDayOfAMandateStillCounts() {
        let m = mandate(.member, fk, from: "2023-01-01", to: "2024-12-31")
        #expect(m.isActive(on: CivilDate(iso: "2024-12-31")!))
        #expect(!m.isActive(on: CivilDate(iso: "2025-01-01")!))
    }

    @Test func membersWhoHaveNotJoinedAreNotWarnedAbout() {
        let comp = Composition(bodyKind: .board, mandates: [mandate(.member, fk, from: "2010-01-01"), mandate(.substitute, fk, from: "2010-01-01")],
                               members: [fk, vannas], on: CivilDate(iso: "2013-05-01")!)
        #expect(comp.warnings.isEmpty)
        #expect(comp.perMember.map(\.member.name) == ["Försäkringskassan"])
    }

    @Test func otherBodiesGetNoMemberWarnings() {
        let comp = Composition(bodyKind: .preparatoryGroup, mandates: [], members: [fk, vannas], on: CivilDate(iso: "2025-01-01")!)
        #expect(comp.warnings.isEmpty)
    }
}
