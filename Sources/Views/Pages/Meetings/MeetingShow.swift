/// One sammanträde: when and where, and for the kansli the actions to move, cancel or plan the
/// beredningsgrupp's meeting before it.
public enum MeetingShow {
    public struct Model: Sendable {
        public var row: MeetingRow
        public var endsAt: String?
        public var address: String?
        public var cancellationReason: String?
        /// The new-meeting link prefilled for the beredningsgrupp a week earlier, for board meetings.
        public var preparatoryProposal: (url: String, date: String)?
        public var agenda: [AgendaSection.Item]
        public var notice: NoticeSection.Model
        public var attachments: [AttachmentPages.Row]
        public var protocolID: String?
        public var history: [AuditRow]
        public var guests: [(id: String, name: String)] = []
        /// The association's other bodies, whose members can be invited in one go.
        public var bodies: [(id: String, name: String)] = []
        public var people: [(id: String, name: String)] = []

        public init(row: MeetingRow, endsAt: String?, address: String?, cancellationReason: String?,
                    preparatoryProposal: (url: String, date: String)?, agenda: [AgendaSection.Item],
                    notice: NoticeSection.Model, attachments: [AttachmentPages.Row], history: [AuditRow]) {
            self.attachments = attachments
            self.protocolID = nil
            self.agenda = agenda
            self.notice = notice
            self.row = row
            self.endsAt = endsAt
            self.address = address
            self.cancellationReason = cancellationReason
            self.preparatoryProposal = preparatoryProposal
            self.history = history
        }
    }

    public static func render(_ model: Model, slug: String, cancelState: FormState, noticeState: FormState, guestState: FormState,
                              context: PageContext) -> String {
        let row = model.row
        let title = Sv.Meetings.heading(row.body, row.date, row.time)
        let canPrepare = context.association?.permissions.canPrepareMeetings ?? false
        return Layout.page(title: title, context: context, hasErrors: cancelState.hasErrors || noticeState.hasErrors || guestState.hasErrors) {
            h1 { title }
            summaryList([
                (Sv.Meetings.status, .text(row.statusText)),
                (Sv.Meetings.date, .text(row.date)),
                (Sv.Meetings.time, .text(Sv.Meetings.timeRange(row.time, model.endsAt))),
                (Sv.Meetings.place, .text(row.place)),
                (Sv.Meetings.address, .text(model.address ?? Sv.none)),
                (Sv.Meetings.format, .text(Sv.Meetings.format(row.format))),
                (Sv.Meetings.theme, .text(row.theme ?? Sv.none)),
            ] + (model.cancellationReason.map { [(Sv.Meetings.cancellationReason, Node.text($0))] } ?? []))
            if canPrepare, row.isOpen {
                paragraph(.class("actions")) {
                    actionLink(SiteURL.meetingEdit(slug, row.id).path, Sv.Meetings.editTitle)
                    if let proposal = model.preparatoryProposal {
                        actionLink(proposal.url, Sv.Meetings.proposePreparatory)
                    }
                }
                if let proposal = model.preparatoryProposal {
                    paragraph(.class("hint")) { Sv.Meetings.proposePreparatoryHint(proposal.date) }
                }
            }
            AgendaSection.render(model.agenda, slug: slug, meetingID: row.id, canEdit: canPrepare && row.isOpen,
                                 csrf: context.csrfToken)
            AttachmentPages.listSection(model.attachments, slug: slug, meetingID: row.id, canEdit: canPrepare && row.isOpen)
            section(.aria("labelledby", "protokoll")) {
                h2(.id("protokoll")) { Sv.Protocols.title }
                if let protocolID = model.protocolID {
                    paragraph { actionLink(SiteURL.protocolPage(slug, protocolID).path, Sv.Protocols.show) }
                } else if canPrepare, row.isOpen, !model.agenda.isEmpty {
                    paragraph(.class("hint")) { Sv.Protocols.startHint }
                    postButton(SiteURL.protocolStart(slug, row.id).path, Sv.Protocols.start, csrf: context.csrfToken, secondary: false)
                }
            }
            section(.aria("labelledby", "inbjudna")) {
                h2(.id("inbjudna")) { Sv.Meetings.guests }
                paragraph(.class("hint")) { Sv.Meetings.guestsHint }
                if model.guests.isEmpty { paragraph(.class("empty")) { Sv.Meetings.guestsNone } }
                else {
                    ul {
                        for guest in model.guests {
                            li {
                                guest.name
                                if canPrepare, row.isOpen {
                                    postButton(SiteURL.guestRemove(slug, guest.id).path, Sv.Meetings.removeGuest, csrf: context.csrfToken,
                                               label: Sv.Meetings.removeGuest + ": " + guest.name)
                                }
                            }
                        }
                    }
                }
                if canPrepare, row.isOpen {
                    FormView.render(guestState, action: SiteURL.guestNew(slug, row.id).path, submit: Sv.Meetings.invite, items: [
                        .field(FieldSpec("personID", Sv.Meetings.guest, .select(model.people.map { ($0.id, $0.name) }, includeEmpty: true),
                                         optional: true)),
                        .field(FieldSpec("bodyID", Sv.Meetings.guestBody, .select(model.bodies.map { ($0.id, $0.name) }, includeEmpty: true),
                                         hint: Sv.Meetings.guestBodyHint, optional: true)),
                    ])
                }
            }
            NoticeSection.render(model.notice, slug: slug, meetingID: row.id, canPublish: canPrepare && row.isOpen, state: noticeState)
            if canPrepare, row.isOpen {
                section(.aria("labelledby", "stall-in")) {
                    h2(.id("stall-in")) { Sv.Meetings.cancelTitle }
                    FormView.render(cancelState, action: SiteURL.meetingCancel(slug, row.id).path, submit: Sv.Meetings.cancelButton,
                                    items: [.field(FieldSpec("cancellationReason", Sv.Meetings.cancellationReason, .textarea))])
                }
            }
            AuditHistory.section(model.history)
        }
    }
}
