import Domain

/// The association's template of standing agenda items, and the form to add one.
public enum StandingItemsPage {
    public struct Row: Sendable {
        public var id: String
        public var title: String
        public var kind: String
        public var placement: String

        public init(id: String, title: String, kind: String, placement: String) {
            self.id = id
            self.title = title
            self.kind = kind
            self.placement = placement
        }
    }

    public static func render(_ rows: [Row], slug: String, state: FormState, canEdit: Bool, context: PageContext) -> String {
        Layout.page(title: Sv.Agenda.standingTitle, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Agenda.standingTitle }
            paragraph { Sv.Agenda.standingIntro }
            dataTable(caption: Sv.Agenda.standingTitle,
                      headers: [Sv.Agenda.itemTitle, Sv.Agenda.kind, Sv.Agenda.placement] + (canEdit ? [Sv.Agenda.actions] : []),
                      rows: rows.enumerated().map { index, row in
                          [.text(row.title), .text(row.kind), .text(row.placement)] + (canEdit ? [div(.class("actions")) {
                              if index > 0 {
                                  postButton(SiteURL.standingItemMove(slug, row.id).path, Sv.Agenda.moveUp, csrf: state.csrfToken,
                                             hidden: [("direction", "up")], label: Sv.Agenda.moveUp + ": " + row.title)
                              }
                              if index < rows.count - 1 {
                                  postButton(SiteURL.standingItemMove(slug, row.id).path, Sv.Agenda.moveDown, csrf: state.csrfToken,
                                             hidden: [("direction", "down")], label: Sv.Agenda.moveDown + ": " + row.title)
                              }
                              postButton(SiteURL.standingItemRemove(slug, row.id).path, Sv.Agenda.remove, csrf: state.csrfToken,
                                         label: Sv.Agenda.remove + ": " + row.title)
                          }] : [])
                      }, emptyText: Sv.Agenda.none)
            if canEdit {
                h2 { Sv.Agenda.addStanding }
                FormView.render(state, action: SiteURL.standingItems(slug).path, submit: Sv.create, items: [
                    .field(FieldSpec("title", Sv.Agenda.itemTitle)),
                    .field(FieldSpec("kind", Sv.Agenda.kind, .select(AgendaItemKind.allCases.map { ($0.rawValue, Sv.Agenda.kind($0)) }, includeEmpty: true))),
                    .field(FieldSpec("placement", Sv.Agenda.placement,
                                     .select(StandingItem.Placement.allCases.map { ($0.rawValue, Sv.Agenda.placement($0)) }, includeEmpty: true))),
                ])
            }
        }
    }
}
