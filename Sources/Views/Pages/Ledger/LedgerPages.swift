import Domain

/// Utfall from the bookkeeping: the imports with the upload form, a staged import with its
/// differences, and the association's account mapping.
public enum LedgerPages {
    public struct ImportRow: Sendable {
        public var id: String
        public var year: Int
        public var months: ClosedRange<Int>
        public var filename: String
        public var source: String
        public var transactions: Int
        public var status: String
        public var importedBy: String

        public init(id: String, year: Int, months: ClosedRange<Int>, filename: String, source: String, transactions: Int, status: String,
                    importedBy: String) {
            self.id = id
            self.year = year
            self.months = months
            self.filename = filename
            self.source = source
            self.transactions = transactions
            self.status = status
            self.importedBy = importedBy
        }
    }

    public static func list(_ rows: [ImportRow], slug: String, canEdit: Bool, state: FormState, context: PageContext) -> String {
        Layout.page(title: Sv.Ledger.title, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Ledger.title }
            paragraph { Sv.Ledger.intro }
            paragraph(.class("actions")) {
                actionLink(SiteURL.operatingStatement(slug).path, Sv.Ledger.statementTitle)
                " "
                actionLink(SiteURL.ledgerRules(slug).path, Sv.Ledger.rulesTitle)
            }
            dataTable(caption: Sv.Ledger.importsCaption,
                      headers: [Sv.Ledger.year, Sv.Ledger.period, Sv.Ledger.file, Sv.Ledger.transactions, Sv.Ledger.status, Sv.Ledger.importedBy],
                      rows: rows.map { row in
                          [.text(String(row.year)), link(SiteURL.ledgerImport(slug, row.id).path) { Sv.Ledger.months(row.months) },
                           .text("\(row.filename) (\(row.source.uppercased()))"), .text(Sv.grouped(Int64(row.transactions))),
                           .text(Sv.Ledger.statusName(row.status)), .text(row.importedBy)]
                      }, numericColumns: [3], emptyText: Sv.Ledger.noImports, wide: true)
            if canEdit {
                h2 { Sv.Ledger.upload }
                FormView.render(state, action: SiteURL.ledger(slug).path, submit: Sv.Ledger.read, items: [
                    .field(FieldSpec("file", Sv.Ledger.file, .file(accept: ".se,.si,.sie,.csv,.txt,text/csv,text/plain"), hint: Sv.Ledger.fileHint)),
                ])
            }
        }
    }

    public struct DiffRow: Sendable {
        public var target: LedgerTarget
        public var before: Int64
        public var after: Int64

        public init(target: LedgerTarget, before: Int64, after: Int64) {
            self.target = target
            self.before = before
            self.after = after
        }
    }

    public struct ImportModel: Sendable {
        public var row: ImportRow
        public var closingEquity: Int64?
        /// The imports a staged one replaces, by name.
        public var replaces: [String]
        public var diff: [DiffRow]
        public var canEdit: Bool

        public init(row: ImportRow, closingEquity: Int64?, replaces: [String], diff: [DiffRow], canEdit: Bool) {
            self.row = row
            self.closingEquity = closingEquity
            self.replaces = replaces
            self.diff = diff
            self.canEdit = canEdit
        }
    }

    public static func show(_ model: ImportModel, slug: String, context: PageContext) -> String {
        let row = model.row
        let isPending = row.status == "pending"
        let title = isPending ? Sv.Ledger.stagedTitle(row.year, row.months) : Sv.Ledger.importName(row.year, row.months)
        return Layout.page(title: title, context: context) {
            h1 { title }
            summaryList([
                (Sv.Ledger.file, .text("\(row.filename) (\(row.source.uppercased()))")),
                (Sv.Ledger.period, .text("\(Sv.Ledger.months(row.months)) \(row.year)")),
                (Sv.Ledger.transactions, .text(Sv.grouped(Int64(row.transactions)))),
                (Sv.Ledger.status, .text(Sv.Ledger.statusName(row.status))),
                (Sv.Ledger.importedBy, .text(row.importedBy)),
                (Sv.Ledger.closingEquity, .text(model.closingEquity.map { Sv.kronor(OperatingStatement.kronor($0)) } ?? Sv.Ledger.none)),
            ])
            if isPending {
                paragraph(.class("warning")) { Sv.Ledger.staged }
                paragraph { model.replaces.isEmpty ? Sv.Ledger.stagedNew : Sv.Ledger.stagedReplaces(model.replaces) }
            }
            dataTable(caption: Sv.Ledger.diffCaption,
                      headers: [Sv.Ledger.line, Sv.Ledger.before, Sv.Ledger.after, Sv.Ledger.difference],
                      rows: model.diff.map { diff in
                          [.text(Sv.Ledger.targetName(diff.target)), .text(Sv.grouped(diff.before)), .text(Sv.grouped(diff.after)),
                           .text(Sv.grouped(diff.after - diff.before))]
                      }, numericColumns: [1, 2, 3], wide: true)
            if isPending && model.canEdit {
                paragraph(.class("actions")) {
                    postButton(SiteURL.ledgerConfirm(slug, row.id).path, Sv.Ledger.confirm, csrf: context.csrfToken, secondary: false)
                    " "
                    postButton(SiteURL.ledgerDiscard(slug, row.id).path, Sv.Ledger.discard, csrf: context.csrfToken)
                }
            }
            paragraph { link(SiteURL.ledger(slug).path) { Sv.Ledger.title } }
        }
    }

    public struct RuleRow: Sendable {
        public var id: String
        public var rule: LedgerRule

        public init(id: String, rule: LedgerRule) {
            self.id = id
            self.rule = rule
        }
    }

    public struct AccountRow: Sendable {
        public var account: String
        public var name: String
        /// Where an entry of the account without an object goes, if anywhere.
        public var target: LedgerTarget?

        public init(account: String, name: String, target: LedgerTarget?) {
            self.account = account
            self.name = name
            self.target = target
        }
    }

    public static func rules(_ rules: [RuleRow], accounts: [AccountRow], interventions: [(id: String, label: String)], slug: String,
                             canEdit: Bool, state: FormState, context: PageContext) -> String {
        Layout.page(title: Sv.Ledger.rulesTitle, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Ledger.rulesTitle }
            paragraph { Sv.Ledger.rulesIntro }
            dataTable(caption: Sv.Ledger.rulesCaption,
                      headers: [Sv.Ledger.account, Sv.Ledger.object, Sv.Ledger.placedBy] + (canEdit ? [""] : []),
                      rows: rules.map { row in
                          let what = [row.rule.account, row.rule.object].compactMap { $0 }.joined(separator: " / ")
                          return [.text(row.rule.account ?? Sv.Ledger.none), .text(row.rule.object ?? Sv.Ledger.anyObject),
                                  .text(Sv.Ledger.targetName(row.rule.target))]
                              + (canEdit ? [postButton(SiteURL.ledgerRuleRemove(slug, row.id).path, Sv.Ledger.removeRule, csrf: context.csrfToken,
                                                       label: Sv.Ledger.removeRuleLabel(what))] : [])
                      }, emptyText: Sv.Ledger.noRules, wide: true)
            if !accounts.isEmpty {
                dataTable(caption: Sv.Ledger.accountsCaption, headers: [Sv.Ledger.account, Sv.Ledger.lineName, Sv.Ledger.placedBy],
                          rows: accounts.map { row in
                              [.text(row.account), .text(row.name), .text(row.target.map(Sv.Ledger.targetName) ?? Sv.Ledger.notPlaced)]
                          }, wide: true)
            }
            if canEdit {
                h2 { Sv.Ledger.addRule }
                FormView.render(state, action: SiteURL.ledgerRules(slug).path, submit: Sv.Ledger.addRule, items: [
                    .field(FieldSpec("account", Sv.Ledger.account, .text(inputMode: "numeric"), hint: Sv.Ledger.accountHint, optional: true)),
                    .field(FieldSpec("object", Sv.Ledger.object, hint: Sv.Ledger.objectHint, optional: true)),
                    .field(FieldSpec("section", Sv.Ledger.section, .select(BudgetSection.allCases.map { ($0.rawValue, Sv.Budgets.sectionName($0)) },
                                                                           includeEmpty: true))),
                    .field(FieldSpec("interventionID", Sv.Ledger.intervention, .select(interventions.map { ($0.id, $0.label) }, includeEmpty: true),
                                     hint: Sv.Ledger.interventionHint, optional: true)),
                    .field(FieldSpec("name", Sv.Ledger.lineName, hint: Sv.Ledger.lineNameHint, optional: true)),
                ])
            }
        }
    }
}
