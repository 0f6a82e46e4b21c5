import Domain
import Foundation
import Persistence
import Views

/// Turns mandates (with person and stood-in-for person loaded) into table rows, naming the
/// appointing member and the body from lists already fetched.
struct MandateRows {
    let memberNames: [UUID: String]
    let bodyNames: [UUID: String]

    init(members: [Member], bodies: [Body]) {
        memberNames = Dictionary(uniqueKeysWithValues: members.compactMap { m in m.id.map { ($0, m.name) } })
        bodyNames = Dictionary(uniqueKeysWithValues: bodies.compactMap { b in b.id.map { ($0, b.displayName) } })
    }

    /// Ordered by role (chair first), then start date, then name.
    func rows(_ mandates: [Mandate]) -> [MandateRow] {
        mandates.sorted {
            (MandateRole.allCases.firstIndex(of: $0.role) ?? 0, $0.startsOn, $0.person.name)
                < (MandateRole.allCases.firstIndex(of: $1.role) ?? 0, $1.startsOn, $1.person.name)
        }.map { mandate in
            MandateRow(id: mandate.id!.uuidString, personID: mandate.$person.id.uuidString, person: mandate.person.name,
                       bodyID: mandate.$body.id.uuidString, body: bodyNames[mandate.$body.id] ?? "",
                       role: Sv.mandateRole(mandate.role), member: mandate.$appointedBy.id.flatMap { memberNames[$0] },
                       startsOn: mandate.startsOn, endsOn: mandate.endsOn, party: mandate.party,
                       standsInFor: mandate.standsInFor?.name)
        }
    }
}
