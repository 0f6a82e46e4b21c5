import Domain

/// All decisions across meetings, filtered by body, year, kind and the state of their protokoll;
/// every row links to its §.
public enum DecisionRegisterPage {
    public struct Row: Sendable {
        public var paragraphID: String
        public var meeting: String
        public var paragraph: String
        public var kind: String
        public var wording: String
        public var secrecyGround: String?
        public var state: String

        public init(paragraphID: String, meeting: String, paragraph: String, kind: String, wording: String, secrecyGround: String?,
                    state: String) {
            self.paragraphID = paragraphID
            self.meeting = meeting
            self.paragraph = paragraph
            self.kind = kind
            self.wording = wording
            self.secrecyGround = secrecyGround
            self.state = state
        }
    }

    public struct Model: Sendable {
        public var filters: [String: String]
        public var bodies: [(id: String, name: String)]
        public var years: [Int]
        public var rows: [Row]

        public init(filters: [String: String], bodies: [(id: String, name: String)], years: [Int], rows: [Row]) {
            self.filters = filters
            self.bodies = bodies
            self.years = years
            self.rows = rows
        }
    }

    public static func render(_ model: Model, slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.DecisionRegister.title, context: context) {
            h1 { Sv.DecisionRegister.title }
            paragraph(.class("actions")) { actionLink(SiteURL.tasks(slug).path, Sv.DecisionRegister.tasksTitle) }
            tag("form", [.method("get"), .action(SiteURL.decisions(slug).path), .class("inline-form")]) {
                let all = ("", Sv.DecisionRegister.all)
                for spec in [
                    FieldSpec("organ", Sv.DecisionRegister.body, .select([all] + model.bodies.map { ($0.id, $0.name) }, includeEmpty: false)),
                    FieldSpec("ar", Sv.DecisionRegister.year, .select([all] + model.years.map { (String($0), String($0)) }, includeEmpty: false)),
                    FieldSpec("typ", Sv.DecisionRegister.kind,
                              .select([all] + DecisionKind.allCases.map { ($0.rawValue, Sv.Decisions.kind($0)) }, includeEmpty: false)),
                    FieldSpec("status", Sv.DecisionRegister.state,
                              .select([all] + ProtocolState.allCases.map { ($0.rawValue, Sv.Protocols.state($0)) }, includeEmpty: false)),
                ] {
                    FormView.render(spec, FormState(values: model.filters, csrfToken: nil))
                }
                button(.type("submit"), .class("button secondary")) { Sv.DecisionRegister.filter }
            }
            paragraph(.class("hint")) { Sv.DecisionRegister.count(model.rows.count) }
            dataTable(caption: Sv.DecisionRegister.caption,
                      headers: [Sv.DecisionRegister.paragraph, Sv.DecisionRegister.meeting, Sv.DecisionRegister.kind,
                                Sv.DecisionRegister.wording, Sv.DecisionRegister.state],
                      rows: model.rows.map { row in
                          [link(SiteURL.paragraph(slug, row.paragraphID).path) { row.paragraph }, .text(row.meeting), .text(row.kind),
                           Node.build {
                               if let ground = row.secrecyGround { paragraph(.class("warning")) { Sv.Agenda.secretMarker(ground) } }
                               paragraph { row.wording }
                           },
                           .text(row.state)]
                      }, emptyText: Sv.DecisionRegister.none)
        }
    }
}

/// The uppdrag the board has given: owner, deadline and status, with the kansli's "done" button.
public enum TaskListPage {
    public struct Row: Sendable {
        public var id: String
        public var paragraphID: String
        public var paragraph: String
        public var wording: String
        public var owner: String
        public var deadline: String?
        public var standing: String
        public var isOpen: Bool
        public var remindedOn: String?

        public init(id: String, paragraphID: String, paragraph: String, wording: String, owner: String, deadline: String?, standing: String,
                    isOpen: Bool, remindedOn: String?) {
            self.id = id
            self.paragraphID = paragraphID
            self.paragraph = paragraph
            self.wording = wording
            self.owner = owner
            self.deadline = deadline
            self.standing = standing
            self.isOpen = isOpen
            self.remindedOn = remindedOn
        }
    }

    public static func render(_ rows: [Row], filter: String, slug: String, canEdit: Bool, context: PageContext) -> String {
        Layout.page(title: Sv.DecisionRegister.tasksTitle, context: context) {
            h1 { Sv.DecisionRegister.tasksTitle }
            paragraph { Sv.DecisionRegister.tasksIntro }
            tag("form", [.method("get"), .action(SiteURL.tasks(slug).path), .class("inline-form")]) {
                FormView.render(FieldSpec("status", Sv.DecisionRegister.standing, .select(
                    [("", Sv.DecisionRegister.all)] + TaskStatus.Standing.allCases.map { ($0.rawValue, Sv.DecisionRegister.standing($0, doneOn: nil)) },
                    includeEmpty: false)), FormState(values: ["status": filter], csrfToken: nil))
                button(.type("submit"), .class("button secondary")) { Sv.DecisionRegister.filter }
            }
            dataTable(caption: Sv.DecisionRegister.tasksCaption,
                      headers: [Sv.DecisionRegister.wording, Sv.DecisionRegister.owner, Sv.DecisionRegister.deadline,
                                Sv.DecisionRegister.standing, Sv.DecisionRegister.paragraph] + (canEdit ? [Sv.DecisionRegister.actions] : []),
                      rows: rows.map { row in
                          [.text(row.wording), .text(row.owner), .text(row.deadline ?? Sv.none),
                           .text(row.standing + (row.remindedOn.map { ". " + Sv.DecisionRegister.reminded + " " + $0 } ?? "")),
                           link(SiteURL.paragraph(slug, row.paragraphID).path) { row.paragraph }]
                              + (canEdit ? [row.isOpen ? postButton(SiteURL.taskDone(slug, row.id).path, Sv.DecisionRegister.markDone,
                                                                    csrf: context.csrfToken, label: Sv.DecisionRegister.markDone + ": " + row.wording)
                                                       : .text(Sv.none)] : [])
                      }, emptyText: Sv.DecisionRegister.tasksNone)
        }
    }
}
