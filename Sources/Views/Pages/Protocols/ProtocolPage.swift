import Domain

/// The protokoll while it is drafted: header, attendance with its form, and the §§ with the
/// quorum computed for each.
public enum ProtocolPage {
    public struct AttendanceRow: Sendable {
        public var id: String
        public var person: String
        public var organisation: String?
        public var role: String
        public var mode: String
        public var range: String
        public var servesFor: String?
        public var isChair: Bool
        public var inAppendix = false

        public init(id: String, person: String, organisation: String?, role: String, mode: String, range: String, servesFor: String?,
                    isChair: Bool) {
            self.id = id
            self.person = person
            self.organisation = organisation
            self.role = role
            self.mode = mode
            self.range = range
            self.servesFor = servesFor
            self.isChair = isChair
        }
    }

    public struct ParagraphRow: Sendable {
        public var id: String
        public var number: Int
        public var title: String
        public var quorum: String
        public var isQuorate: Bool
        public var secrecyGround: String?
        public var addedAtMeeting = false

        public init(id: String, number: Int, title: String, quorum: String, isQuorate: Bool, secrecyGround: String?) {
            self.id = id
            self.number = number
            self.title = title
            self.quorum = quorum
            self.isQuorate = isQuorate
            self.secrecyGround = secrecyGround
        }
    }

    public struct Model: Sendable {
        public var id: String
        public var title: String
        public var meetingID: String
        public var meetingTitle: String
        public var state: String
        public var isEditable: Bool
        public var attendance: [AttendanceRow]
        public var paragraphs: [ParagraphRow]
        public var people: [(id: String, name: String)]
        public var seatHolders: [(id: String, name: String)]
        public var remoteAllowed: Bool
        public var lockedText: String?
        public var corrections: [String] = []
        public var canCorrect = false
        /// The joint session and the närvarobilaga's heading, as the details form shows them.
        public var details: [String: String] = [:]

        public init(id: String, title: String, meetingID: String, meetingTitle: String, state: String, isEditable: Bool,
                    attendance: [AttendanceRow], paragraphs: [ParagraphRow], people: [(id: String, name: String)],
                    seatHolders: [(id: String, name: String)], remoteAllowed: Bool) {
            self.id = id
            self.title = title
            self.meetingID = meetingID
            self.meetingTitle = meetingTitle
            self.state = state
            self.isEditable = isEditable
            self.attendance = attendance
            self.paragraphs = paragraphs
            self.people = people
            self.seatHolders = seatHolders
            self.remoteAllowed = remoteAllowed
        }
    }

    public static func render(_ model: Model, slug: String, canEdit: Bool, attendanceState: FormState, justering: JusteringSection.Model,
                              signersState: FormState, signState: FormState, postingState: FormState, correctionState: FormState,
                              paragraphState: FormState, detailsState: FormState, context: PageContext) -> String {
        let editable = canEdit && model.isEditable
        let hasErrors = attendanceState.hasErrors || signersState.hasErrors || signState.hasErrors || postingState.hasErrors
            || correctionState.hasErrors || paragraphState.hasErrors || detailsState.hasErrors
        return Layout.page(title: model.title, context: context, hasErrors: hasErrors) {
            h1 { model.title }
            paragraph { link(SiteURL.meeting(slug, model.meetingID).path) { model.meetingTitle } }
            summaryList([(Sv.Protocols.state, .text(model.state))])
            paragraph(.class("actions")) {
                actionLink(SiteURL.protocolDocument(slug, model.id).path, Sv.Extracts.readProtocol)
                actionLink(SiteURL.protocolDocumentPDF(slug, model.id).path, Sv.Extracts.downloadBoardPDF)
            }
            if let locked = model.lockedText { paragraph(.class("warning")) { locked } }
            section(.aria("labelledby", "narvaro")) {
                h2(.id("narvaro")) { Sv.Protocols.attendance }
                dataTable(caption: Sv.Protocols.attendanceCaption,
                          headers: [Sv.Protocols.person, Sv.Protocols.role, Sv.Protocols.mode, Sv.Protocols.paragraphs]
                              + (editable ? [Sv.Agenda.actions] : []),
                          rows: model.attendance.map { row in
                              [Node.build {
                                   row.person + (row.organisation.map { " (\($0))" } ?? "") + (row.isChair ? ", " + Sv.Protocols.isChair.lowercased() : "")
                                   if row.inAppendix { span(.class("tag")) { Sv.Protocols.inAppendixTag } }
                               },
                               .text(row.role + (row.servesFor.map { " " + Sv.Protocols.servesFor($0) } ?? "")),
                               .text(row.mode), .text(row.range)]
                                  + (editable ? [Node.build {
                                      postButton(SiteURL.attendanceMoveUp(slug, row.id).path, Sv.Protocols.moveUp,
                                                 csrf: context.csrfToken, label: Sv.Protocols.moveUp + ": " + row.person)
                                      postButton(SiteURL.attendanceRemove(slug, row.id).path, Sv.Protocols.remove,
                                                 csrf: context.csrfToken, label: Sv.Protocols.remove + ": " + row.person)
                                  }] : [])
                          }, emptyText: Sv.Protocols.attendanceCaption + ": –")
                paragraph(.class("hint")) { Sv.Protocols.orderHint }
                if editable {
                    h3 { Sv.Protocols.addAttendance }
                    FormView.render(attendanceState, action: SiteURL.attendanceNew(slug, model.id).path, submit: Sv.create, items: [
                        .field(FieldSpec("personID", Sv.Protocols.person, .select(model.people.map { ($0.id, $0.name) }, includeEmpty: true))),
                        .field(FieldSpec("role", Sv.Protocols.role,
                                         .select(AttendanceRoleChoices.all.map { ($0.rawValue, Sv.Protocols.role($0)) }, includeEmpty: true))),
                        .field(FieldSpec("servesForPersonID", Sv.Protocols.servesFor,
                                         .select(model.seatHolders.map { ($0.id, $0.name) }, includeEmpty: true),
                                         hint: Sv.Protocols.servesForHint, optional: true)),
                        .field(FieldSpec("mode", Sv.Protocols.mode, .select(
                            (model.remoteAllowed ? ParticipationModeChoices.all : [.onSite]).map { ($0.rawValue, Sv.Protocols.mode($0)) },
                            includeEmpty: false))),
                        .group(legend: Sv.Protocols.paragraphs, hint: Sv.Protocols.rangeHint, [
                            FieldSpec("fromParagraph", Sv.Protocols.fromParagraph, .text(inputMode: "numeric"), optional: true),
                            FieldSpec("toParagraph", Sv.Protocols.toParagraph, .text(inputMode: "numeric"), optional: true),
                        ]),
                        .field(FieldSpec("isChair", Sv.Protocols.isChair, .checkbox)),
                        .field(FieldSpec("inAppendix", Sv.Protocols.inAppendix, .checkbox, hint: Sv.Protocols.inAppendixHint)),
                    ])
                    h3 { Sv.Protocols.detailsTitle }
                    FormView.render(detailsState, action: SiteURL.protocolDetails(slug, model.id).path, submit: Sv.save, items: [
                        .field(FieldSpec("jointBody", Sv.Protocols.jointBody, hint: Sv.Protocols.jointBodyHint, optional: true)),
                        .group(legend: Sv.Protocols.jointRange, hint: nil, [
                            FieldSpec("jointFrom", Sv.Protocols.fromParagraph, .text(inputMode: "numeric"), optional: true),
                            FieldSpec("jointTo", Sv.Protocols.toParagraph, .text(inputMode: "numeric"), optional: true),
                        ]),
                        .field(FieldSpec("attendanceAppendixTitle", Sv.Protocols.attendanceAppendixHeading,
                                         hint: Sv.Protocols.attendanceAppendixHint, optional: true)),
                    ])
                }
            }
            section(.aria("labelledby", "paragrafer")) {
                h2(.id("paragrafer")) { Sv.Protocols.paragraphs }
                dataTable(caption: Sv.Protocols.paragraphsCaption,
                          headers: [Sv.Protocols.number, Sv.Protocols.paragraphTitle, Sv.Protocols.quorum, Sv.Agenda.secret],
                          rows: model.paragraphs.map { row in
                              [.text("§ \(row.number)"),
                               Node.build {
                                   link(SiteURL.paragraph(slug, row.id).path) { row.title }
                                   if row.addedAtMeeting { span(.class("tag")) { Sv.Agenda.addedAtMeeting } }
                               },
                               row.isQuorate ? .text(row.quorum) : strong { row.quorum },
                               .text(row.secrecyGround.map(Sv.Agenda.secretMarker) ?? Sv.none)]
                          })
                if editable {
                    h3 { Sv.Protocols.addParagraph }
                    paragraph(.class("hint")) { Sv.Protocols.addParagraphHint }
                    FormView.render(paragraphState, action: SiteURL.paragraphNew(slug, model.id).path, submit: Sv.create, items: [
                        .field(FieldSpec("afterParagraph", Sv.Protocols.afterParagraph,
                                         .select(model.paragraphs.map { (String($0.number), "§ \($0.number) \($0.title)") }, includeEmpty: false))),
                        .field(FieldSpec("title", Sv.Protocols.paragraphTitle)),
                        .field(FieldSpec("kind", Sv.Agenda.kind, .select(AgendaItemKind.allCases.map { ($0.rawValue, Sv.Agenda.kind($0)) },
                                                                         includeEmpty: false))),
                        .field(FieldSpec("background", Sv.Protocols.narrative, .textarea, optional: true)),
                        .field(FieldSpec("isSecret", Sv.Agenda.isSecret, .checkbox)),
                        .field(FieldSpec("secrecyGround", Sv.Agenda.secrecyGround, hint: Sv.Agenda.secrecyGroundHint, optional: true)),
                    ])
                }
            }
            JusteringSection.render(justering, slug: slug, protocolID: model.id, signersState: signersState, signState: signState,
                                    postingState: postingState, csrf: context.csrfToken)
            if model.canCorrect || !model.corrections.isEmpty {
                section(.aria("labelledby", "rattelser")) {
                    h2(.id("rattelser")) { Sv.Corrections.title }
                    paragraph(.class("hint")) { Sv.Corrections.intro }
                    if !model.corrections.isEmpty { ul { for line in model.corrections { li { line } } } }
                    if model.canCorrect {
                        h3 { Sv.Corrections.add }
                        FormView.render(correctionState, action: SiteURL.correctionNew(slug, model.id).path, submit: Sv.create, items: [
                            .field(FieldSpec("paragraphNumber", Sv.Corrections.paragraphNumber, .text(inputMode: "numeric"),
                                             hint: Sv.Corrections.paragraphHint, optional: true)),
                            .field(FieldSpec("what", Sv.Corrections.what, .textarea, hint: Sv.Corrections.whatHint)),
                            .field(FieldSpec("why", Sv.Corrections.why, .textarea)),
                        ])
                    }
                }
            }
        }
    }
}

/// The choices in the order the kansli meets them.
public enum AttendanceRoleChoices {
    public static let all: [AttendanceRole] = [.decisionMaker, .servingSubstitute, .substitute, .participant, .coopted]
}

enum ParticipationModeChoices {
    static let all: [ParticipationMode] = [.onSite, .remote]
}
