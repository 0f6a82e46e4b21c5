/// The follow-up of an uppdrag: open until the kansli records it as done. Whether it is overdue
/// or due for its reminder follows from the deadline and the day.
public enum TaskStatus: String, CaseIterable, Sendable, Codable {
    case open
    case done

    /// The reminder goes out this many days before the deadline.
    public static let reminderLeadDays = 7

    /// How an uppdrag stands on a given day, for lists and filters.
    public enum Standing: String, CaseIterable, Sendable {
        case open
        case dueSoon = "due_soon"
        case overdue
        case done
    }

    public static func standing(status: TaskStatus, deadline: CivilDate?, on today: CivilDate) -> Standing {
        guard status == .open else { return .done }
        guard let deadline else { return .open }
        if today > deadline { return .overdue }
        return today.days(until: deadline) <= reminderLeadDays ? .dueSoon : .open
    }

    /// An open uppdrag gets its one reminder from a week before the deadline until the deadline
    /// itself; one reminded already, or without a deadline, gets none.
    public static func needsReminder(status: TaskStatus, deadline: CivilDate?, reminderSentOn: CivilDate?, on today: CivilDate) -> Bool {
        guard status == .open, reminderSentOn == nil, let deadline else { return false }
        let days = today.days(until: deadline)
        return days >= 0 && days <= reminderLeadDays
    }
}
