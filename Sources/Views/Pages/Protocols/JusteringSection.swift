/// Justering on the protokoll page: who signs and where each stands, the kansli's controls, and
/// for a signer the form to sign with their password or send the draft back.
public enum JusteringSection {
    public struct SignerRow: Sendable {
        public var role: String
        public var name: String
        public var status: String

        public init(role: String, name: String, status: String) {
            self.role = role
            self.name = name
            self.status = status
        }
    }

    public struct Model: Sendable {
        public var signers: [SignerRow]
        public var canChooseSigners: Bool
        public var canSend: Bool
        public var canSign: Bool
        public var people: [(id: String, name: String)]
        public var warnings: [String]
        public var checksum: String?
        public var canPost = false
        public var postingSummary: String?
        public var publicURL: String?

        public init(signers: [SignerRow], canChooseSigners: Bool, canSend: Bool, canSign: Bool, people: [(id: String, name: String)],
                    warnings: [String], checksum: String?) {
            self.signers = signers
            self.canChooseSigners = canChooseSigners
            self.canSend = canSend
            self.canSign = canSign
            self.people = people
            self.warnings = warnings
            self.checksum = checksum
        }
    }

    static func render(_ model: Model, slug: String, protocolID: String, signersState: FormState, signState: FormState,
                       postingState: FormState, csrf: String?) -> Node {
        section(.aria("labelledby", "justering")) {
            h2(.id("justering")) { Sv.Justering.title }
            for warning in model.warnings { paragraph(.class("warning")) { warning } }
            dataTable(caption: Sv.Justering.signersCaption, headers: [Sv.Justering.signers, Sv.Protocols.person, Sv.Justering.status],
                      rows: model.signers.map { [.text($0.role), .text($0.name), .text($0.status)] }, emptyText: Sv.Justering.missingSigners)
            if let checksum = model.checksum { paragraph(.class("hint")) { Sv.Justering.checksum(checksum) } }
            if model.canChooseSigners {
                h3 { Sv.Justering.chooseSigners }
                let choices = FieldSpec.Control.select(model.people.map { ($0.id, $0.name) }, includeEmpty: true)
                FormView.render(signersState, action: SiteURL.signersSave(slug, protocolID).path, submit: Sv.save, items: [
                    .field(FieldSpec("secretary", Sv.Justering.secretary, choices)),
                    .field(FieldSpec("chair", Sv.Justering.chair, choices)),
                    .field(FieldSpec("adjuster1", Sv.Justering.adjuster1, choices)),
                    .field(FieldSpec("adjuster2", Sv.Justering.adjuster2, choices, optional: true)),
                ])
            }
            if model.canSend {
                postButton(SiteURL.sendForAdjustment(slug, protocolID).path, Sv.Justering.sendForAdjustment, csrf: csrf, secondary: false)
            }
            if let summary = model.postingSummary { paragraph { summary } }
            if let url = model.publicURL { paragraph { actionLink(url, Sv.Anslag.readProtocol) } }
            if model.canPost {
                h3 { Sv.Anslag.post }
                FormView.render(postingState, action: SiteURL.posting(slug, protocolID).path, submit: Sv.Anslag.post, items: [
                    .field(FieldSpec("postedOn", Sv.Anslag.postedOn, .date, hint: Sv.Anslag.postedOnHint)),
                    .field(FieldSpec("latePostingReason", Sv.Anslag.latePostingReason, .textarea, hint: Sv.Anslag.latePostingHint, optional: true)),
                ])
            }
            if model.canSign {
                h3 { Sv.Justering.signHeading }
                paragraph { Sv.Justering.signIntro }
                FormView.render(signState, action: SiteURL.sign(slug, protocolID).path, submit: Sv.Justering.submit, items: [
                    .field(FieldSpec("answer", Sv.Justering.choice, .select([("sign", Sv.Justering.sign), ("decline", Sv.Justering.decline)],
                                                                            includeEmpty: false))),
                    .field(FieldSpec("comment", Sv.Justering.comment, .textarea, hint: Sv.Justering.commentHint, optional: true)),
                    .field(FieldSpec("password", Sv.Justering.password, .password(autocomplete: "current-password"))),
                ])
            }
        }
    }
}
