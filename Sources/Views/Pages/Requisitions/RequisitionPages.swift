import Domain

/// Rekvisitioner: what is granted, claimed and left per insats and year, the claims with their
/// status, the year-end skuld till huvudman, the claim form, and one claim for the kansli.
public enum RequisitionPages {
    public struct BalanceRow: Sendable {
        public var insats: String
        public var year: Int
        public var balance: GrantBalance

        public init(insats: String, year: Int, balance: GrantBalance) {
            self.insats = insats
            self.year = year
            self.balance = balance
        }
    }

    public struct Row: Sendable {
        public var id: String
        public var insats: String
        public var kind: RequisitionKind
        public var year: Int
        public var period: String
        public var total: Int64
        public var status: RequisitionStatus
        public var submittedBy: String

        public init(id: String, insats: String, kind: RequisitionKind, year: Int, period: String, total: Int64, status: RequisitionStatus,
                    submittedBy: String) {
            self.id = id
            self.insats = insats
            self.kind = kind
            self.year = year
            self.period = period
            self.total = total
            self.status = status
            self.submittedBy = submittedBy
        }
    }

    public static func list(balances: [BalanceRow], rows: [Row], grantsByPlatform: [(platform: String, year: Int, amount: Int64)], slug: String,
                            context: PageContext) -> String {
        Layout.page(title: Sv.Requisitions.title, context: context) {
            h1 { Sv.Requisitions.title }
            paragraph { Sv.Requisitions.intro }
            dataTable(caption: Sv.Requisitions.balancesCaption,
                      headers: [Sv.Requisitions.insats, Sv.Requisitions.year, Sv.Requisitions.granted, Sv.Requisitions.approved,
                                Sv.Requisitions.pending, Sv.Requisitions.accrued, Sv.Requisitions.remaining],
                      rows: balances.map { row in
                          [.text(row.insats), .text(String(row.year)), .text(Sv.grouped(row.balance.granted)), .text(Sv.grouped(row.balance.approved)),
                           .text(Sv.grouped(row.balance.pending)), .text(Sv.grouped(row.balance.accrued)), .text(Sv.grouped(row.balance.remaining))]
                      }, numericColumns: [1, 2, 3, 4, 5, 6], emptyText: Sv.Requisitions.noBalances, wide: true)
            if !grantsByPlatform.isEmpty {
                dataTable(caption: Sv.Charts.grantsCaption, headers: [Sv.Charts.platform, Sv.Charts.year, Sv.Charts.granted],
                          rows: grantsByPlatform.map { [.text($0.platform), .text(String($0.year)), .text(Sv.grouped($0.amount))] },
                          numericColumns: [1, 2])
                BarChart(title: Sv.Charts.grantsTitle, series: [.init(name: Sv.Charts.granted, colour: "#0b4f6c")],
                         groups: grantsByPlatform.map { ("\($0.platform) \($0.year)", [$0.amount]) })
                    .render(id: "diagram-beviljat", tableCaption: Sv.Charts.grantsCaption)
            }
            dataTable(caption: Sv.Requisitions.listCaption,
                      headers: [Sv.Requisitions.insats, Sv.Requisitions.kind, Sv.Requisitions.period, Sv.Requisitions.total, Sv.Requisitions.status,
                                Sv.Requisitions.submittedBy],
                      rows: rows.map { row in
                          [.text(row.insats), .text(Sv.Requisitions.kindName(row.kind)), link(SiteURL.requisition(slug, row.id).path) { row.period },
                           .text(Sv.grouped(row.total)), .text(Sv.Requisitions.statusName(row.status)), .text(row.submittedBy)]
                      }, numericColumns: [3], emptyText: Sv.Requisitions.none, wide: true)
            section(.aria("labelledby", "skuld")) {
                h2(.id("skuld")) { Sv.Requisitions.accrualsTitle }
                let accruals = rows.filter { $0.kind == .accrual && $0.status != .returned }
                if accruals.isEmpty { paragraph(.class("empty")) { Sv.Requisitions.noAccruals } }
                for year in Set(accruals.map(\.year)).sorted(by: >) {
                    let ofYear = accruals.filter { $0.year == year }
                    dataTable(caption: Sv.Requisitions.accrualsCaption(year), headers: [Sv.Requisitions.insats, Sv.Requisitions.period, Sv.Requisitions.total],
                              rows: ofYear.map { [.text($0.insats), .text($0.period), .text(Sv.grouped($0.total))] },
                              numericColumns: [2],
                              footer: [.text(Sv.Requisitions.total), .text(""), .text(Sv.grouped(ofYear.reduce(Int64(0)) { $0 + $1.total }))])
                }
            }
        }
    }

    public static func form(_ state: FormState, slug: String, interventionID: String, code: String, context: PageContext) -> String {
        let title = Sv.Requisitions.newTitle(code)
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: SiteURL.requisitionNew(slug, interventionID).path, submit: Sv.Requisitions.submit,
                            cancel: SiteURL.intervention(slug, interventionID).path, items: [
                .field(FieldSpec("kind", Sv.Requisitions.kind, .select(RequisitionKind.allCases.map { ($0.rawValue, Sv.Requisitions.kindName($0)) },
                                                                        includeEmpty: false))),
                .field(FieldSpec("periodFrom", Sv.Requisitions.periodFrom, .date)),
                .field(FieldSpec("periodTo", Sv.Requisitions.periodTo, .date)),
                .group(legend: Sv.Requisitions.amountsLegend, hint: Sv.Requisitions.amountsHint, [
                    FieldSpec("staff", Sv.Requisitions.staff, .text(inputMode: "numeric"), optional: true),
                    FieldSpec("externalServices", Sv.Requisitions.externalServices, .text(inputMode: "numeric"), optional: true),
                    FieldSpec("premises", Sv.Requisitions.premises, .text(inputMode: "numeric"), optional: true),
                    FieldSpec("other", Sv.Requisitions.other, .text(inputMode: "numeric"), optional: true),
                ]),
                .field(FieldSpec("file", Sv.Requisitions.file, .file(accept: ".pdf,.png,.jpg,.jpeg,.xls,.xlsx"), hint: Sv.Requisitions.fileHint,
                                 optional: true)),
            ])
        }
    }

    public struct Model: Sendable {
        public var row: Row
        public var amounts: [(String, Int64)]
        public var diaryNumber: String?
        public var hasFile: Bool
        public var returnReason: String?
        public var decidedBy: String?
        public var balance: GrantBalance
        public var canDecide: Bool

        public init(row: Row, amounts: [(String, Int64)], diaryNumber: String?, hasFile: Bool, returnReason: String?, decidedBy: String?,
                    balance: GrantBalance, canDecide: Bool) {
            self.row = row
            self.amounts = amounts
            self.diaryNumber = diaryNumber
            self.hasFile = hasFile
            self.returnReason = returnReason
            self.decidedBy = decidedBy
            self.balance = balance
            self.canDecide = canDecide
        }
    }

    public static func show(_ model: Model, slug: String, returnState: FormState, context: PageContext) -> String {
        let row = model.row
        let title = "\(Sv.Requisitions.kindName(row.kind)): \(row.insats), \(row.period)"
        return Layout.page(title: title, context: context, hasErrors: returnState.hasErrors) {
            h1 { title }
            summaryList([
                (Sv.Requisitions.status, .text(Sv.Requisitions.statusName(row.status))),
                (Sv.Requisitions.diaryNumber, .text(model.diaryNumber ?? Sv.none)),
                (Sv.Requisitions.submittedBy, .text(row.submittedBy)),
                (Sv.Requisitions.decidedBy, .text(model.decidedBy ?? Sv.none)),
                (Sv.Requisitions.reason, .text(model.returnReason ?? Sv.none)),
            ])
            dataTable(caption: Sv.Requisitions.amountsLegend, headers: [Sv.Requisitions.kind, Sv.Requisitions.total],
                      rows: model.amounts.map { [.text($0.0), .text(Sv.grouped($0.1))] }, numericColumns: [1],
                      footer: [.text(Sv.Requisitions.total), .text(Sv.grouped(row.total))])
            if model.hasFile { paragraph { actionLink(SiteURL.requisitionFile(slug, row.id).path, Sv.Requisitions.download) } }
            h2 { "\(Sv.Requisitions.balanceTitle) \(row.year)" }
            summaryList([
                (Sv.Requisitions.granted, .text(Sv.kronor(model.balance.granted))),
                (Sv.Requisitions.approved, .text(Sv.kronor(model.balance.approved))),
                (Sv.Requisitions.pending, .text(Sv.kronor(model.balance.pending))),
                (Sv.Requisitions.accrued, .text(Sv.kronor(model.balance.accrued))),
                (Sv.Requisitions.remaining, .text(Sv.kronor(model.balance.remaining))),
            ])
            if model.canDecide && row.status == .submitted {
                paragraph(.class("actions")) {
                    postButton(SiteURL.requisitionApprove(slug, row.id).path, Sv.Requisitions.approve, csrf: context.csrfToken, secondary: false)
                }
                h2 { Sv.Requisitions.giveBack }
                FormView.render(returnState, action: SiteURL.requisitionReturn(slug, row.id).path, submit: Sv.Requisitions.giveBack, items: [
                    .field(FieldSpec("reason", Sv.Requisitions.reason, .textarea, hint: Sv.Requisitions.reasonHint)),
                ])
            }
            paragraph { link(SiteURL.requisitions(slug).path) { Sv.Requisitions.title } }
        }
    }
}
