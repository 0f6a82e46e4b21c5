/// The föredragningslista on the meeting page: numbered items with kind, presenter and secrecy,
/// and for the kansli the builder's actions.
public enum AgendaSection {
    public struct Item: Sendable {
        public var id: String
        public var number: Int
        public var title: String
        public var kind: String
        public var presenter: String?
        public var secrecyGround: String?
        public var isStanding: Bool
        public var addedAtMeeting: Bool

        public init(id: String, number: Int, title: String, kind: String, presenter: String?, secrecyGround: String?,
                    isStanding: Bool, addedAtMeeting: Bool) {
            self.id = id
            self.number = number
            self.title = title
            self.kind = kind
            self.presenter = presenter
            self.secrecyGround = secrecyGround
            self.isStanding = isStanding
            self.addedAtMeeting = addedAtMeeting
        }
    }

    static func render(_ items: [Item], slug: String, meetingID: String, canEdit: Bool, csrf: String?) -> Node {
        section(.aria("labelledby", "foredragningslista")) {
            h2(.id("foredragningslista")) { Sv.Agenda.title }
            if canEdit {
                paragraph(.class("actions")) {
                    if items.isEmpty {
                        postButton(SiteURL.agendaFromTemplate(slug, meetingID).path, Sv.Agenda.fromTemplate, csrf: csrf, secondary: false)
                    }
                    actionLink(SiteURL.agendaItemNew(slug, meetingID).path, Sv.Agenda.newItem)
                }
            }
            dataTable(caption: Sv.Agenda.caption,
                      headers: [Sv.Agenda.number, Sv.Agenda.itemTitle, Sv.Agenda.kind, Sv.Agenda.presenter, Sv.Agenda.secret]
                          + (canEdit ? [Sv.Agenda.actions] : []),
                      rows: items.enumerated().map { index, item in
                          var cells: [Node] = [
                              .text(String(item.number)),
                              Node.build {
                                  link(SiteURL.agendaItem(slug, item.id).path) { item.title }
                                  if item.addedAtMeeting { span(.class("tag")) { Sv.Agenda.addedAtMeeting } }
                              },
                              .text(item.kind), .text(item.presenter ?? Sv.none),
                              .text(item.secrecyGround.map(Sv.Agenda.secretMarker) ?? Sv.none),
                          ]
                          if canEdit {
                              cells.append(div(.class("actions")) {
                                  if index > 0 {
                                      postButton(SiteURL.agendaItemMove(slug, item.id).path, Sv.Agenda.moveUp, csrf: csrf,
                                                 hidden: [("direction", "up")], label: Sv.Agenda.moveUp + ": " + item.title)
                                  }
                                  if index < items.count - 1 {
                                      postButton(SiteURL.agendaItemMove(slug, item.id).path, Sv.Agenda.moveDown, csrf: csrf,
                                                 hidden: [("direction", "down")], label: Sv.Agenda.moveDown + ": " + item.title)
                                  }
                              })
                          }
                          return cells
                      }, emptyText: Sv.Agenda.none)
        }
    }
}
