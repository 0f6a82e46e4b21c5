import Domain

/// Utlysningar: the kansli's list, form and page of one call, and the public page of calls.
public enum CallPages {
    public struct Row: Sendable {
        public var id: String
        public var diaryNumber: String?
        public var title: String
        public var text: String
        public var criteria: [String]
        public var amount: Int64
        public var applicationDeadline: String
        public var reviewOn: String?
        public var decisionOn: String?
        public var latestStart: String?
        public var publishedOn: String?
        public var isOpen: Bool

        public init(id: String, diaryNumber: String?, title: String, text: String, criteria: [String], amount: Int64, applicationDeadline: String,
                    reviewOn: String?, decisionOn: String?, latestStart: String?, publishedOn: String?, isOpen: Bool) {
            self.id = id
            self.diaryNumber = diaryNumber
            self.title = title
            self.text = text
            self.criteria = criteria
            self.amount = amount
            self.applicationDeadline = applicationDeadline
            self.reviewOn = reviewOn
            self.decisionOn = decisionOn
            self.latestStart = latestStart
            self.publishedOn = publishedOn
            self.isOpen = isOpen
        }

        var statusText: String { Sv.Calls.statusText(publishedOn: publishedOn, isOpen: isOpen) }
    }

    public static func list(_ rows: [Row], slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Calls.title, context: context) {
            h1 { Sv.Calls.title }
            paragraph { Sv.Calls.intro }
            if context.association?.permissions.canPrepareMeetings == true {
                paragraph(.class("actions")) { actionLink(SiteURL.callNew(slug).path, Sv.Calls.new) }
            }
            dataTable(caption: Sv.Calls.listCaption,
                      headers: [Sv.Calls.callTitle, Sv.Calls.diaryNumber, Sv.Calls.applicationDeadline, Sv.Calls.amount, Sv.Calls.status],
                      rows: rows.map { row in
                          [link(SiteURL.call(slug, row.id).path) { row.title }, .text(row.diaryNumber ?? Sv.none), .text(row.applicationDeadline),
                           .text(Sv.grouped(row.amount)), .text(row.statusText)]
                      }, numericColumns: [3], emptyText: Sv.Calls.none, wide: true)
            paragraph { link(SiteURL.openCalls(slug).path) { Sv.Calls.publicTitle } }
        }
    }

    public static func form(_ state: FormState, slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Calls.new, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Calls.new }
            FormView.render(state, action: SiteURL.callNew(slug).path, submit: Sv.Calls.new, cancel: SiteURL.calls(slug).path, items: [
                .field(FieldSpec("title", Sv.Calls.callTitle)),
                .field(FieldSpec("text", Sv.Calls.text, .textarea, hint: Sv.Calls.textHint)),
                .field(FieldSpec("criteria", Sv.Calls.criteria, .textarea, hint: Sv.Calls.criteriaHint, optional: true)),
                .field(FieldSpec("amount", Sv.Calls.amount, .text(inputMode: "numeric"))),
                .group(legend: Sv.Calls.applicationDeadline, hint: Sv.Calls.datesHint, [
                    FieldSpec("applicationDeadline", Sv.Calls.applicationDeadline, .date),
                    FieldSpec("reviewOn", Sv.Calls.reviewOn, .date, optional: true),
                    FieldSpec("decisionOn", Sv.Calls.decisionOn, .date, optional: true),
                    FieldSpec("latestStart", Sv.Calls.latestStart, .date, optional: true),
                ]),
            ])
        }
    }

    static func details(_ row: Row) -> Node {
        Node.build {
            prose(row.text, class: "prose")
            if !row.criteria.isEmpty {
                h3 { Sv.Calls.criteria }
                ul { for criterion in row.criteria { li { criterion } } }
            }
            summaryList([
                (Sv.Calls.amount, .text(Sv.kronor(row.amount))),
                (Sv.Calls.applicationDeadline, .text(row.applicationDeadline)),
                (Sv.Calls.reviewOn, .text(row.reviewOn ?? Sv.none)),
                (Sv.Calls.decisionOn, .text(row.decisionOn ?? Sv.none)),
                (Sv.Calls.latestStart, .text(row.latestStart ?? Sv.none)),
            ])
        }
    }

    public static func show(_ row: Row, slug: String, context: PageContext) -> String {
        Layout.page(title: row.title, context: context) {
            h1 { row.title }
            summaryList([(Sv.Calls.status, .text(row.statusText)), (Sv.Calls.diaryNumber, .text(row.diaryNumber ?? Sv.none))])
            details(row)
            if row.publishedOn == nil && context.association?.permissions.canPrepareMeetings == true {
                paragraph(.class("actions")) {
                    postButton(SiteURL.callPublish(slug, row.id).path, Sv.Calls.publish, csrf: context.csrfToken, secondary: false)
                }
            }
            if row.isOpen { paragraph(.class("actions")) { actionLink(SiteURL.fundingRequestNew(slug).path + "?utlysning=\(row.id)", Sv.Calls.apply) } }
            paragraph { link(SiteURL.calls(slug).path) { Sv.Calls.title } }
        }
    }

    /// The public page: open calls in full, earlier ones by title and deadline.
    public static func publicPage(associationName: String, open: [Row], earlier: [Row], slug: String, context: PageContext) -> String {
        let title = "\(Sv.Calls.publicTitle) – \(associationName)"
        return Layout.page(title: title, context: context) {
            h1 { Sv.Calls.publicTitle }
            paragraph(.class("lead")) { associationName }
            paragraph { Sv.Calls.publicIntro }
            paragraph { link(SiteURL.openCallsFeed(slug).path) { Sv.Calls.feed } }
            if open.isEmpty { paragraph(.class("empty")) { Sv.Calls.noneOpen } }
            for row in open {
                section(.id("utlysning-\(row.id)"), .aria("labelledby", "rubrik-\(row.id)")) {
                    h2(.id("rubrik-\(row.id)")) { row.title }
                    details(row)
                }
            }
            if !earlier.isEmpty {
                h2 { Sv.Calls.earlier }
                ul { for row in earlier { li { "\(row.title), \(Sv.Calls.applicationDeadline.lowercased()) \(row.applicationDeadline)" } } }
            }
            paragraph { link(SiteURL.publicOrganisation(slug).path) { associationName } }
        }
    }
}
