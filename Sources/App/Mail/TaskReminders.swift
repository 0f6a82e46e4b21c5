import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Views

/// The e-mail reminder a week before an uppdrag's deadline. Run with the outbox; each uppdrag is
/// claimed by setting its reminder date only where none is set, so that two app servers never
/// remind twice.
enum TaskReminders {
    @discardableResult
    static func enqueueDue(_ app: Application, today: CivilDate) async throws -> Int {
        let candidates = try await Decision.query(on: app.db).filter(\.$kindRaw == DecisionKind.assignment.rawValue)
            .filter(\.$taskStatusRaw == TaskStatus.open.rawValue).filter(\.$reminderSentOn == nil).filter(\.$deadline != nil)
            .with(\.$assignee).with(\.$organisation)
            .with(\.$paragraph) { $0.with(\.$protocol) { $0.with(\.$meeting) { $0.with(\.$body) } } }
            .all()
        var count = 0
        for decision in candidates {
            guard TaskStatus.needsReminder(status: .open, deadline: decision.deadline.flatMap { CivilDate(iso: $0) }, reminderSentOn: nil,
                                           on: today),
                  let person = decision.assignee, let email = person.email, let deadline = decision.deadline else { continue }
            let association = decision.organisation
            let name = try await association.currentName(on: app.db, today: today)
            let url = app.settings.publicBaseURL + SiteURL.paragraph(association.slug, decision.$paragraph.id.uuidString).path
            let claimed = try await app.db.transaction { db -> Bool in
                guard try await RowLock.markOnce(Decision.schema, id: decision.requireID(), column: "reminder_sent_on",
                                                 value: today.iso, on: db) else { return false }
                try await Outbox.enqueue(on: db, organisationID: try association.requireID(),
                                         to: [Outbox.Recipient(email: email, name: person.name)],
                                         subject: Sv.DecisionRegister.reminderSubject(deadline),
                                         body: Sv.DecisionRegister.reminderBody(name: person.name, wording: decision.wording,
                                                                                paragraph: DecisionRows.paragraphLabel(decision),
                                                                                deadline: deadline, url: url, association: name),
                                         topic: "uppdrag", subjectID: decision.id)
                return true
            }
            if claimed { count += 1 }
        }
        return count
    }
}
