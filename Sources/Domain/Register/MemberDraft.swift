/// A member authority as entered in the register.
public struct MemberDraft: Equatable, Sendable {
    public var name: String
    public var kind: MemberKind
    public var organisationNumber: OrganisationNumber
    public var joinedOn: CivilDate
    public var leftOn: CivilDate?
    /// Whether the association's notices go up on this member's anslagstavla.
    public var postsNotices: Bool

    public init(name: String, kind: MemberKind, organisationNumber: OrganisationNumber, joinedOn: CivilDate, leftOn: CivilDate?,
                postsNotices: Bool) {
        self.name = name
        self.kind = kind
        self.organisationNumber = organisationNumber
        self.joinedOn = joinedOn
        self.leftOn = leftOn
        self.postsNotices = postsNotices
    }

    public static func parse(_ input: [String: String]) -> Result<MemberDraft, ValidationFailure> {
        var v = FieldValidator(input)
        let name = v.text("name")
        let kind = v.choice("kind", as: MemberKind.self)
        let number = v.organisationNumber("organisationNumber")
        let joined = v.date("joinedOn")
        let left = v.date("leftOn", required: false)
        v.ordered(joined, left, endField: "leftOn")
        let posts = v.flag("postsNotices")
        return v.result {
            guard let name, let kind, let number, let joined else { return nil }
            return MemberDraft(name: name, kind: kind, organisationNumber: number, joinedOn: joined, leftOn: left, postsNotices: posts)
        }
    }
}

/// The working-age population (20–64 years) of a municipality in a year; the municipalities'
/// quarter of the allocation is split by it.
public struct PopulationFigure: Equatable, Sendable {
    public var year: Int
    public var count: Int64

    public init(year: Int, count: Int64) {
        self.year = year
        self.count = count
    }

    public static func parse(_ input: [String: String]) -> Result<PopulationFigure, ValidationFailure> {
        var v = FieldValidator(input)
        let year = v.integer("year", in: 1990...2100)
        let count = v.integer("count", in: 1...20_000_000)
        return v.result { year.flatMap { y in count.map { PopulationFigure(year: Int(y), count: $0) } } }
    }
}
