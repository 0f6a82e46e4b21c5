import Domain
import Fluent
import Foundation
import Persistence
import Views

/// The diarium: registering an ärende gives it the year's next diarienummer once. The unique
/// index (association, year, number) makes a number impossible to give twice; when two are
/// registered at the same moment the later one takes the next free number.
enum Diarium {
    static func register(_ draft: RegisteredMatterDraft, organisationID: UUID, actor: Actor, on database: any Database) async throws
        -> RegisteredMatter {
        let year = draft.openedOn.year
        var attempt = 0
        while true {
            let used = try await RegisteredMatter.query(on: database).filter(\.$organisation.$id == organisationID).filter(\.$year == year)
                .all().map(\.number)
            let matter = RegisteredMatter(organisationID: organisationID, diaryNumber: .next(in: year, after: used), draft: draft)
            do {
                try await database.transaction { db in
                    try await matter.create(on: db)
                    try await AuditLog.record(on: db, actor: actor, organisationID: organisationID, action: .created, subject: .matter,
                                              entityID: matter.id, name: matter.diaryNumber.text, before: nil,
                                              after: ["dnr": matter.diaryNumber.text, "title": matter.title, "category": matter.categoryRaw])
                }
                return matter
            } catch where attempt < 5 && ConcurrentWrite.lostRace(error) {
                attempt += 1
            }
        }
    }

    /// The choices for an agenda item's ärende, newest first.
    static func choices(for organisationID: UUID, on database: any Database) async throws -> [(id: String, label: String)] {
        try await RegisteredMatter.query(on: database).filter(\.$organisation.$id == organisationID).all()
            .sorted { $0.diaryNumber > $1.diaryNumber }
            .map { ($0.id!.uuidString, Sv.Diarium.label($0.diaryNumber.text, $0.title)) }
    }
}
