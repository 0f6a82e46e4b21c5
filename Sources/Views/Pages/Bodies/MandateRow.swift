/// A mandate as listed on a body's or a person's page.
public struct MandateRow: Sendable {
    public var id: String
    public var personID: String
    public var person: String
    public var bodyID: String
    public var body: String
    public var role: String
    public var member: String?
    public var startsOn: String
    public var endsOn: String?
    public var party: String?
    public var standsInFor: String?

    public init(id: String, personID: String, person: String, bodyID: String, body: String, role: String, member: String?,
                startsOn: String, endsOn: String?, party: String?, standsInFor: String?) {
        self.id = id
        self.personID = personID
        self.person = person
        self.bodyID = bodyID
        self.body = body
        self.role = role
        self.member = member
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.party = party
        self.standsInFor = standsInFor
    }
}

enum MandateTable {
    /// `showPerson` lists by person (a body's page); otherwise by body (a person's page).
    static func render(_ rows: [MandateRow], slug: String, caption: String, showPerson: Bool, canEdit: Bool,
                       emptyText: String) -> Node {
        var headers = [showPerson ? Sv.Mandates.person : Sv.Mandates.body, Sv.Mandates.role, Sv.Mandates.appointedBy,
                       Sv.Mandates.period, Sv.Mandates.party, Sv.Mandates.standsInFor]
        if canEdit { headers.append(Sv.edit) }
        return dataTable(caption: caption, headers: headers, rows: rows.map { row in
            var cells: [Node] = [
                showPerson ? link(SiteURL.person(slug, row.personID).path) { row.person }
                           : link(SiteURL.body(slug, row.bodyID).path) { row.body },
                .text(row.role), .text(row.member ?? Sv.none), .text(Sv.period(row.startsOn, row.endsOn)),
                .text(row.party ?? Sv.none), .text(row.standsInFor ?? Sv.none),
            ]
            if canEdit {
                cells.append(link(SiteURL.mandateEdit(slug, row.id).path) {
                    Sv.edit
                    span(.class("visually-hidden")) { " " + (showPerson ? row.person : row.body) + ", " + row.role }
                })
            }
            return cells
        }, emptyText: emptyText)
    }
}
