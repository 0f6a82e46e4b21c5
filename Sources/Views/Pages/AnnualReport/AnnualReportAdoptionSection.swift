import Domain

/// The årsredovisning's way to the board on its page: its state, the bilaga and who has signed;
/// for the kansli the text and the laying before a meeting, for a ledamot the signing.
public enum AnnualReportAdoptionSection {
    public struct Model: Sendable {
        public var state: AnnualReportState
        public var stateText: String
        public var attachment: (label: String, url: String)?
        public var signers: [(name: String, status: String)]
        public var declines: [String]
        public var checksum: String?
        /// The kansli may write the text (a draft only).
        public var canEdit: Bool
        /// The meetings the report can be laid before, when the kansli may lay it.
        public var meetings: [(id: String, label: String)]
        public var canPresent: Bool
        public var canWithdraw: Bool
        public var canSign: Bool
        /// The records now give other figures than the document before the board.
        public var changedSincePresented = false

        public init(state: AnnualReportState, stateText: String, attachment: (label: String, url: String)?, signers: [(name: String, status: String)],
                    declines: [String], checksum: String?, canEdit: Bool, meetings: [(id: String, label: String)], canPresent: Bool,
                    canWithdraw: Bool, canSign: Bool) {
            self.state = state
            self.stateText = stateText
            self.attachment = attachment
            self.signers = signers
            self.declines = declines
            self.checksum = checksum
            self.canEdit = canEdit
            self.meetings = meetings
            self.canPresent = canPresent
            self.canWithdraw = canWithdraw
            self.canSign = canSign
        }
    }

    public struct Forms: Sendable {
        public var text: FormState
        public var present: FormState
        public var sign: FormState

        public init(text: FormState, present: FormState, sign: FormState) {
            self.text = text
            self.present = present
            self.sign = sign
        }
    }

    static func render(_ model: Model, forms: Forms, slug: String, year: Int) -> Node {
        let query = "?ar=\(year)"
        return section(.aria("labelledby", "faststallelse")) {
            h2(.id("faststallelse")) { Sv.AnnualReportAdoption.title }
            paragraph(.class(model.state == .adopted ? "check-ok" : "hint")) { model.stateText }
            if model.changedSincePresented { paragraph(.class("warning")) { Sv.AnnualReportAdoption.changedSincePresented } }
            if let attachment = model.attachment { paragraph { actionLink(attachment.url, attachment.label) } }
            if !model.signers.isEmpty {
                dataTable(caption: Sv.AnnualReportAdoption.signersCaption,
                          headers: [Sv.AnnualReportAdoption.person, Sv.AnnualReportAdoption.status],
                          rows: model.signers.map { [.text($0.name), .text($0.status)] })
            }
            for decline in model.declines { paragraph(.class("warning")) { decline } }
            if let checksum = model.checksum { paragraph(.class("hint")) { Sv.AnnualReportAdoption.checksum(checksum) } }
            if model.canSign {
                h3 { Sv.AnnualReportAdoption.signHeading }
                paragraph { Sv.AnnualReportAdoption.signIntro }
                FormView.render(forms.sign, action: SiteURL.annualReportSign(slug).path + query, submit: Sv.AnnualReportAdoption.submit, items: [
                    .field(FieldSpec("answer", Sv.AnnualReportAdoption.choice,
                                     .select([("sign", Sv.AnnualReportAdoption.sign), ("decline", Sv.AnnualReportAdoption.decline)], includeEmpty: false))),
                    .field(FieldSpec("comment", Sv.AnnualReportAdoption.comment, .textarea, hint: Sv.AnnualReportAdoption.commentHint, optional: true)),
                    .field(FieldSpec("password", Sv.Justering.password, .password(autocomplete: "current-password"))),
                ])
            }
            if model.canWithdraw {
                postButton(SiteURL.annualReportWithdraw(slug).path + query, Sv.AnnualReportAdoption.withdraw, csrf: forms.present.csrfToken)
            }
            if model.canEdit {
                h3 { Sv.AnnualReportAdoption.textHeading }
                FormView.render(forms.text, action: SiteURL.annualReportText(slug).path + query, submit: Sv.save, items: [
                    .field(FieldSpec("narrative", Sv.AnnualReportAdoption.narrative, .textarea, hint: Sv.AnnualReportAdoption.narrativeHint)),
                    .field(FieldSpec("employees", Sv.AnnualReportAdoption.employees, .text(inputMode: "numeric"),
                                     hint: Sv.AnnualReportAdoption.employeesHint, optional: true)),
                ])
            }
            if model.canPresent {
                h3 { Sv.AnnualReportAdoption.presentHeading }
                paragraph { Sv.AnnualReportAdoption.presentIntro }
                if model.meetings.isEmpty {
                    paragraph(.class("hint")) { Sv.AnnualReportAdoption.noMeetings }
                } else {
                    FormView.render(forms.present, action: SiteURL.annualReportPresent(slug).path + query,
                                    submit: model.state == .presented ? Sv.AnnualReportAdoption.presentAgain : Sv.AnnualReportAdoption.present, items: [
                        .field(FieldSpec("meeting", Sv.AnnualReportAdoption.meeting, .select(model.meetings.map { ($0.id, $0.label) }, includeEmpty: false),
                                         hint: Sv.AnnualReportAdoption.meetingHint)),
                    ])
                }
            }
        }
    }
}
