/// When a posted protokoll's decisions become final (vinner laga kraft): the notice stays up for
/// the appeal period counted from the posting date, and a period that ends on a Saturday, Sunday
/// or holiday ends on the next working day instead.
public struct AppealPeriod: Equatable, Sendable {
    public let postedOn: CivilDate
    /// The last day an appeal can arrive; the notice is taken down after it.
    public let endsOn: CivilDate

    /// A period as it was recorded, e.g. when the rules' number of days has changed since.
    public init(postedOn: CivilDate, endsOn: CivilDate) {
        self.postedOn = postedOn
        self.endsOn = endsOn
    }

    public init?(postedOn: CivilDate, days: Int) {
        guard days > 0, let nominal = postedOn.adding(days: days) else { return nil }
        self.postedOn = postedOn
        self.endsOn = SwedishHolidays.workingDay(onOrAfter: nominal)
    }

    /// The decisions have vunnit laga kraft once the last day of the period has passed.
    public func isFinal(on today: CivilDate) -> Bool {
        today > endsOn
    }
}
