import Domain
import Fluent
import Foundation
import Persistence
import Views

/// The protokoll's attendance as it is printed: beslutande first with the chair at the top, then
/// the others; within each list the order the kansli set, then the order they were added.
enum AttendanceList {
    static func ordered(_ attendances: [Attendance]) -> [Attendance] {
        let roles = AttendanceRoleChoices.all
        func key(_ a: Attendance) -> (Int, Int, Int, Int, String) {
            (a.entry.role.votes ? 0 : 1, a.isChair ? 0 : 1, a.position ?? Int.max, roles.firstIndex(of: a.entry.role) ?? 0, a.person.name)
        }
        return attendances.sorted { key($0) < key($1) }
    }

    /// The next position at the end of the list.
    static func nextPosition(in protocolID: UUID, on database: any Database) async throws -> Int {
        (try await Attendance.query(on: database).filter(\.$protocol.$id == protocolID).max(\.$position) ?? 0) + 1
    }

    /// Moves one person a place up within their list (beslutande or others): every position in the
    /// list is written out so that legacy rows without one keep their printed order.
    static func moveUp(_ attendance: Attendance, among all: [Attendance], on database: any Database) async throws {
        let group = ordered(all).filter { $0.entry.role.votes == attendance.entry.role.votes }
        guard var index = group.firstIndex(where: { $0.id == attendance.id }), index > 0 else { return }
        var order = group
        if !(group[index - 1].isChair && !attendance.isChair) {
            order.swapAt(index, index - 1)
            index -= 1
        }
        for (offset, row) in order.enumerated() where row.position != offset + 1 {
            row.position = offset + 1
            try await row.save(on: database)
        }
    }

    /// "Anna Berg (Kalix kommun), ledamot, ordförande" or "Lina Berg, förbundschef": the
    /// organisation that appointed a member, otherwise the person's title.
    static func line(_ attendance: Attendance, appointedBy: String?) -> String {
        let entry = attendance.entry
        let organisation = appointedBy ?? attendance.person.title.flatMap { $0.isEmpty ? nil : $0 }
        let showsRole = entry.role.votes || entry.role == .substitute || entry.role == .coopted || organisation == nil
        return attendance.person.name + (appointedBy.map { " (\($0))" } ?? organisation.map { ", \($0)" } ?? "")
            + (showsRole ? ", " + Sv.Protocols.role(entry.role).lowercased() : "")
            + (attendance.servesFor.map { " " + Sv.Protocols.servesFor($0.name) } ?? "")
            + (entry.isChair ? ", " + Sv.Protocols.isChair.lowercased() : "")
            + (entry.mode == .remote ? ", " + Sv.Protocols.mode(.remote).lowercased() : "")
            + (entry.paragraphs.map { ", " + Sv.Protocols.range($0) } ?? "")
    }
}
