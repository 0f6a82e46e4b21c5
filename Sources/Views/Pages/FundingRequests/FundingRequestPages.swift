import Domain

/// Äskanden: the list, the application form, one äskande with the beredningsgrupp's review, the
/// agenda and the decision, and the sammanställning per budget round (page and PDF).
public enum FundingRequestPages {
    public struct Row: Sendable {
        public var id: String
        public var diaryNumber: String?
        public var name: String
        public var platform: String?
        public var years: [Int]
        public var requested: Int64
        public var status: FundingRequestStatus
        public var recommendation: ReviewRecommendation?

        public init(id: String, diaryNumber: String?, name: String, platform: String?, years: [Int], requested: Int64, status: FundingRequestStatus,
                    recommendation: ReviewRecommendation?) {
            self.id = id
            self.diaryNumber = diaryNumber
            self.name = name
            self.platform = platform
            self.years = years
            self.requested = requested
            self.status = status
            self.recommendation = recommendation
        }

        var yearsText: String { years.count > 1 ? "\(years.first!)–\(years.last!)" : years.first.map(String.init) ?? "" }
    }

    public static func list(_ rows: [Row], rounds: [Int], slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.FundingRequests.title, context: context) {
            h1 { Sv.FundingRequests.title }
            paragraph { Sv.FundingRequests.intro }
            paragraph(.class("actions")) { actionLink(SiteURL.fundingRequestNew(slug).path, Sv.FundingRequests.new) }
            dataTable(caption: Sv.FundingRequests.listCaption,
                      headers: [Sv.FundingRequests.diaryNumber, Sv.FundingRequests.insats, Sv.FundingRequests.years, Sv.FundingRequests.requested,
                                Sv.FundingRequests.status, Sv.FundingRequests.recommendation],
                      rows: rows.map { row in
                          [.text(row.diaryNumber ?? Sv.none), link(SiteURL.fundingRequest(slug, row.id).path) { row.name }, .text(row.yearsText),
                           .text(Sv.grouped(row.requested)), .text(Sv.FundingRequests.statusName(row.status)),
                           .text(row.recommendation.map(Sv.FundingRequests.recommendationName) ?? Sv.none)]
                      }, numericColumns: [3], emptyText: Sv.FundingRequests.none, wide: true)
            if context.association?.permissions.canPrepareMeetings == true && !rounds.isEmpty {
                h2 { Sv.FundingRequests.compilation }
                ul {
                    for year in rounds {
                        li { link(SiteURL.fundingCompilation(slug).path + "?ar=\(year)") { Sv.FundingRequests.compilationTitle(year) } }
                    }
                }
            }
        }
    }

    public static func form(_ state: FormState, slug: String, interventions: [(id: String, label: String)], calls: [(id: String, label: String)],
                            members: [(id: String, name: String)], context: PageContext) -> String {
        let title = Sv.FundingRequests.new
        var items: [FormItem] = [
            .field(FieldSpec("interventionID", Sv.FundingRequests.insats, .select(interventions.map { ($0.id, $0.label) }, includeEmpty: true),
                             hint: Sv.FundingRequests.insatsHint, optional: true)),
            .field(FieldSpec("newName", Sv.FundingRequests.newName, optional: true)),
            .field(FieldSpec("platform", Sv.FundingRequests.platform, optional: true)),
            .field(FieldSpec("callID", Sv.FundingRequests.call, .select(calls.map { ($0.id, $0.label) }, includeEmpty: true), hint: Sv.FundingRequests.callHint, optional: true)),
            .field(FieldSpec("firstYear", Sv.FundingRequests.firstYear, .text(inputMode: "numeric"))),
            .field(FieldSpec("yearCount", Sv.FundingRequests.yearCount, .select((1...FundingRequestDraft.maxYears).map { (String($0), String($0)) },
                                                                                   includeEmpty: false))),
            .field(FieldSpec("purpose", Sv.FundingRequests.purpose, .textarea)),
            .field(FieldSpec("currentState", Sv.FundingRequests.currentState, .textarea)),
            .field(FieldSpec("expectedResults", Sv.FundingRequests.expectedResults, .textarea)),
        ]
        for position in 1...FundingRequestDraft.maxYears {
            let field = { FundingRequestDraft.field(position, $0) }
            var fields: [FieldSpec] = []
            for row in 1...FundingRequestDraft.staffRows {
                fields.append(FieldSpec(field("role\(row)"), Sv.FundingRequests.role(row), optional: true))
                fields.append(FieldSpec(field("percent\(row)"), Sv.FundingRequests.percent(row), .text(inputMode: "numeric"), optional: true))
                fields.append(FieldSpec(field("cost\(row)"), Sv.FundingRequests.cost(row), .text(inputMode: "numeric"), optional: true))
            }
            fields += [
                FieldSpec(field("external"), Sv.FundingRequests.externalServices + ", kronor", .text(inputMode: "numeric"), optional: true),
                FieldSpec(field("premises"), Sv.FundingRequests.premises + ", kronor", .text(inputMode: "numeric"), optional: true),
                FieldSpec(field("other"), Sv.FundingRequests.other + ", kronor", .text(inputMode: "numeric"), optional: true),
            ]
            fields += members.map { FieldSpec(field("co_\($0.id)"), Sv.FundingRequests.coFunding($0.name), .text(inputMode: "numeric"), optional: true) }
            fields.append(FieldSpec(field("stated"), Sv.FundingRequests.stated, .text(inputMode: "numeric"), optional: true))
            items.append(.group(legend: Sv.FundingRequests.yearLegend(position), hint: Sv.FundingRequests.yearHint, fields))
        }
        items.append(.field(FieldSpec("file", Sv.FundingRequests.file, .file(accept: ".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg", multiple: true),
                                      hint: Sv.FundingRequests.fileHint, optional: true)))
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            FormView.render(state, action: SiteURL.fundingRequestNew(slug).path, submit: Sv.FundingRequests.submit,
                            cancel: SiteURL.fundingRequests(slug).path, items: items)
        }
    }

    /// One äskande's texts and money, shown alike on its page and in the sammanställning.
    public struct Content: Sendable {
        public var row: Row
        public var purpose: String
        public var currentState: String
        public var expectedResults: String
        public var budget: FundingRequestBudget
        /// Member id → name, for the co-funding.
        public var memberNames: [String: String]

        public init(row: Row, purpose: String, currentState: String, expectedResults: String, budget: FundingRequestBudget,
                    memberNames: [String: String]) {
            self.row = row
            self.purpose = purpose
            self.currentState = currentState
            self.expectedResults = expectedResults
            self.budget = budget
            self.memberNames = memberNames
        }
    }

    static func budgetTable(_ budget: FundingRequestBudget, memberNames: [String: String], caption: String) -> Node {
        let years = budget.years
        let lines: [(String, (FundingRequestBudget.Year) -> Int64)] = [
            (Sv.FundingRequests.staff, \.staffCost), (Sv.FundingRequests.externalServices, \.externalServices),
            (Sv.FundingRequests.premises, \.premises), (Sv.FundingRequests.other, \.other),
        ]
        let members = Set(years.flatMap { $0.coFunding.keys }).sorted { (memberNames[$0] ?? $0) < (memberNames[$1] ?? $1) }
        return Node.build {
            for year in years where year.coFundingFallsShort {
                paragraph(.class("warning")) { Sv.FundingRequests.coFundingShort(year.year, coFunding: year.coFundingTotal, requested: year.requested) }
            }
            dataTable(caption: caption, headers: [Sv.FundingRequests.costKind] + years.map { String($0.year) } + [Sv.FundingRequests.total],
                      rows: lines.map { name, value in
                          [.text(name)] + years.map { .text(Sv.grouped(value($0))) } + [.text(Sv.grouped(years.reduce(0) { $0 + value($1) }))]
                      },
                      numericColumns: Set(1...(years.count + 1)),
                      footer: [.text(Sv.FundingRequests.requested)] + years.map { .text(Sv.grouped($0.requested)) } + [.text(Sv.grouped(budget.total))])
            let staff = years.flatMap { year in year.staff.map { (year.year, $0) } }
            if !staff.isEmpty {
                dataTable(caption: Sv.FundingRequests.staffCaption,
                          headers: [Sv.FundingRequests.roleHeader, Sv.FundingRequests.years,
                                    Sv.FundingRequests.fullTime, Sv.FundingRequests.annualCost, Sv.FundingRequests.yearCost],
                          rows: staff.map { year, line in
                              [.text(line.role), .text(String(year)), .text("\(line.percentOfFullTime) %"), .text(Sv.grouped(line.annualCost)),
                               .text(Sv.grouped(line.cost))]
                          }, numericColumns: [1, 2, 3, 4])
            }
            if !members.isEmpty {
                dataTable(caption: Sv.FundingRequests.coFundingTotal + ", kronor",
                          headers: [Sv.FundingRequests.member] + years.map { String($0.year) } + [Sv.FundingRequests.total],
                          rows: members.map { member in
                              [.text(memberNames[member] ?? member)] + years.map { .text(Sv.grouped($0.coFunding[member] ?? 0)) }
                                  + [.text(Sv.grouped(years.reduce(0) { $0 + ($1.coFunding[member] ?? 0) }))]
                          },
                          numericColumns: Set(1...(years.count + 1)),
                          footer: [.text(Sv.FundingRequests.total)] + years.map { .text(Sv.grouped($0.coFundingTotal)) }
                              + [.text(Sv.grouped(years.reduce(0) { $0 + $1.coFundingTotal }))])
            }
        }
    }

    static func texts(_ content: Content, heading: (String) -> Node) -> Node {
        Node.build {
            heading(Sv.FundingRequests.purpose)
            prose(content.purpose, class: "prose")
            heading(Sv.FundingRequests.currentState)
            prose(content.currentState, class: "prose")
            heading(Sv.FundingRequests.expectedResults)
            prose(content.expectedResults, class: "prose")
        }
    }

    public struct Model: Sendable {
        public var content: Content
        public var callTitle: String?
        public var submittedBy: String
        public var submittedOn: String
        /// The bilagor: id and file name, in order.
        public var files: [(id: String, filename: String)]
        public var considerations: String?
        public var recommendedAmounts: [Int: Int64]
        public var conditions: String?
        public var agendaItem: (id: String, label: String)?
        public var decision: String?
        /// The kansli's actions; empty choices hide a form.
        public var canAct: Bool
        public var meetings: [(id: String, label: String)]
        public var decisions: [(id: String, label: String)]
        /// Insatser to choose from when the äskande was for a new one.
        public var interventions: [(id: String, label: String)]?

        public init(content: Content, callTitle: String?, submittedBy: String, submittedOn: String, files: [(id: String, filename: String)], considerations: String?,
                    recommendedAmounts: [Int: Int64], conditions: String?, agendaItem: (id: String, label: String)?, decision: String?,
                    canAct: Bool, meetings: [(id: String, label: String)], decisions: [(id: String, label: String)],
                    interventions: [(id: String, label: String)]?) {
            self.content = content
            self.callTitle = callTitle
            self.submittedBy = submittedBy
            self.submittedOn = submittedOn
            self.files = files
            self.considerations = considerations
            self.recommendedAmounts = recommendedAmounts
            self.conditions = conditions
            self.agendaItem = agendaItem
            self.decision = decision
            self.canAct = canAct
            self.meetings = meetings
            self.decisions = decisions
            self.interventions = interventions
        }
    }

    /// The forms of the kansli's three steps; each carries its own state.
    public struct Forms: Sendable {
        public var review: FormState
        public var agenda: FormState
        public var decide: FormState

        public init(review: FormState, agenda: FormState, decide: FormState) {
            self.review = review
            self.agenda = agenda
            self.decide = decide
        }

        public var hasErrors: Bool { review.hasErrors || agenda.hasErrors || decide.hasErrors }
    }

    /// The decision form: the decision, the insats when the äskande was for a new one, the
    /// amount per year (prefilled from the recommendation) and the conditions.
    static func decideItems(_ model: Model) -> [FormItem] {
        let row = model.content.row
        var items: [FormItem] = [
            .field(FieldSpec("decisionID", Sv.FundingRequests.decision, .select(model.decisions.map { ($0.id, $0.label) }, includeEmpty: true),
                             hint: Sv.FundingRequests.decideHint)),
        ]
        if let interventions = model.interventions {
            items.append(.field(FieldSpec("interventionID", Sv.FundingRequests.insats, .select(interventions.map { ($0.id, $0.label) }, includeEmpty: true),
                                          hint: Sv.FundingRequests.newInsatsHint)))
        }
        for (index, year) in row.years.enumerated() {
            items.append(.group(legend: Sv.FundingRequests.yearLegend(index + 1), hint: nil, [
                FieldSpec("year\(index + 1)", Sv.FundingRequests.years, .text(inputMode: "numeric"), optional: true),
                FieldSpec("amount\(index + 1)", Sv.FundingRequests.amountFor(year), .text(inputMode: "numeric"), optional: true),
            ]))
        }
        items.append(.field(FieldSpec("conditions", Sv.FundingRequests.conditions, .textarea, optional: true)))
        return items
    }

    public static func show(_ model: Model, forms: Forms, slug: String, context: PageContext) -> String {
        let row = model.content.row
        let title = Sv.FundingRequests.matterTitle(row.name, from: row.years.first ?? 0, to: row.years.last ?? 0)
        return Layout.page(title: title, context: context, hasErrors: forms.hasErrors) {
            h1 { title }
            summaryList([
                (Sv.FundingRequests.status, .text(Sv.FundingRequests.statusName(row.status))),
                (Sv.FundingRequests.diaryNumber, .text(row.diaryNumber ?? Sv.none)),
                (Sv.FundingRequests.platform, .text(row.platform ?? Sv.none)),
                (Sv.FundingRequests.call, .text(model.callTitle ?? Sv.none)),
                (Sv.FundingRequests.submittedBy, .text("\(model.submittedBy), \(model.submittedOn)")),
            ])
            texts(model.content) { title in h2 { title } }
            h2 { Sv.FundingRequests.budgetCaption }
            budgetTable(model.content.budget, memberNames: model.content.memberNames, caption: Sv.FundingRequests.budgetCaption)
            if !model.files.isEmpty {
                h2 { Sv.FundingRequests.files }
                ul { for file in model.files { li { link(SiteURL.fundingRequestFile(slug, row.id, file.id).path) { file.filename } } } }
            }
            section(.aria("labelledby", "beredning")) {
                h2(.id("beredning")) { Sv.FundingRequests.reviewTitle }
                if let recommendation = row.recommendation {
                    summaryList([
                        (Sv.FundingRequests.recommendation, .text(Sv.FundingRequests.recommendationName(recommendation))),
                        (Sv.FundingRequests.recommendedAmounts, .text(model.recommendedAmounts.isEmpty ? Sv.none
                            : Sv.FundingRequests.amounts(model.recommendedAmounts))),
                        (Sv.FundingRequests.conditions, .text(model.conditions ?? Sv.none)),
                    ])
                    if let considerations = model.considerations { prose(considerations, class: "prose") }
                }
                if model.canAct && FundingRequestLifecycle.isAllowed(.review, in: row.status) {
                    FormView.render(forms.review, action: SiteURL.fundingRequestReview(slug, row.id).path, submit: Sv.FundingRequests.saveReview, items: [
                        .field(FieldSpec("considerations", Sv.FundingRequests.considerations, .textarea)),
                        .field(FieldSpec("recommendation", Sv.FundingRequests.recommendation,
                                         .select(ReviewRecommendation.allCases.map { ($0.rawValue, Sv.FundingRequests.recommendationName($0)) },
                                                 includeEmpty: true))),
                        .group(legend: Sv.FundingRequests.recommendedAmounts, hint: Sv.FundingRequests.partialHint,
                               row.years.map { FieldSpec(FundingReviewDraft.amountField($0), Sv.FundingRequests.amountFor($0), .text(inputMode: "numeric"),
                                                         optional: true) }),
                        .field(FieldSpec("conditions", Sv.FundingRequests.conditions, .textarea, optional: true)),
                    ])
                }
            }
            section(.aria("labelledby", "styrelsen")) {
                h2(.id("styrelsen")) { Sv.FundingRequests.agendaTitleHeading }
                if let item = model.agendaItem {
                    paragraph { Sv.FundingRequests.agendaItem + ": "; link(SiteURL.agendaItem(slug, item.id).path) { item.label } }
                }
                if let decision = model.decision { paragraph { Sv.FundingRequests.decision + ": " + decision } }
                if model.canAct && FundingRequestLifecycle.isAllowed(.placeOnAgenda, in: row.status) {
                    if model.meetings.isEmpty {
                        paragraph(.class("empty")) { Sv.Meetings.noneUpcoming }
                    } else {
                        FormView.render(forms.agenda, action: SiteURL.fundingRequestAgenda(slug, row.id).path, submit: Sv.FundingRequests.placeOnAgenda,
                                        items: [.field(FieldSpec("meetingID", Sv.FundingRequests.meeting, .select(model.meetings.map { ($0.id, $0.label) }, includeEmpty: true),
                                                                 hint: Sv.FundingRequests.meetingHint))])
                    }
                }
                if model.canAct && FundingRequestLifecycle.isAllowed(.decide, in: row.status) {
                    h3 { Sv.FundingRequests.decideTitle }
                    if model.decisions.isEmpty {
                        paragraph(.class("empty")) { Sv.FundingRequests.noDecisionYet }
                    } else {
                        FormView.render(forms.decide, action: SiteURL.fundingRequestDecide(slug, row.id).path, submit: Sv.FundingRequests.decide,
                                        items: decideItems(model))
                    }
                }
            }
            paragraph { link(SiteURL.fundingRequests(slug).path) { Sv.FundingRequests.title } }
        }
    }

    public struct Compilation: Sendable {
        public var year: Int
        /// Platform name → its äskanden, platforms in order.
        public var platforms: [(name: String, requests: [Content])]
        public var meetings: [(id: String, label: String)]

        public init(year: Int, platforms: [(name: String, requests: [Content])], meetings: [(id: String, label: String)]) {
            self.year = year
            self.platforms = platforms
            self.meetings = meetings
        }
    }

    static func compilationBody(_ model: Compilation, headingLevel: Int) -> Node {
        Node.build {
            if model.platforms.isEmpty { paragraph(.class("empty")) { Sv.FundingRequests.noneInRound } }
            for platform in model.platforms {
                tag("h\(headingLevel)", []) { platform.name }
                for request in platform.requests {
                    let row = request.row
                    tag("h\(headingLevel + 1)", []) { row.name + (row.diaryNumber.map { " (Dnr \($0))" } ?? "") }
                    paragraph { "\(Sv.FundingRequests.years) \(row.yearsText). \(Sv.FundingRequests.requested) \(Sv.kronor(row.requested))." }
                    texts(request) { title in tag("h\(headingLevel + 2)", []) { title } }
                    budgetTable(request.budget, memberNames: request.memberNames, caption: "\(Sv.FundingRequests.budgetCaption): \(row.name)")
                }
            }
        }
    }

    public static func compilation(_ model: Compilation, state: FormState, slug: String, context: PageContext) -> String {
        let title = Sv.FundingRequests.compilationTitle(model.year)
        return Layout.page(title: title, context: context, hasErrors: state.hasErrors) {
            h1 { title }
            paragraph { Sv.FundingRequests.compilationIntro }
            paragraph(.class("actions")) {
                actionLink(SiteURL.fundingCompilationPDF(slug).path + "?ar=\(model.year)", Sv.FundingRequests.compilationPDF)
            }
            if model.meetings.isEmpty {
                paragraph(.class("hint")) { Sv.FundingRequests.noBGMeeting }
            } else {
                FormView.render(state, action: SiteURL.fundingCompilationAttach(slug).path + "?ar=\(model.year)", submit: Sv.FundingRequests.attach,
                                items: [.field(FieldSpec("meetingID", Sv.FundingRequests.attachMeeting, .select(model.meetings.map { ($0.id, $0.label) }, includeEmpty: true),
                                                         hint: Sv.FundingRequests.attachHint))])
            }
            compilationBody(model, headingLevel: 2)
        }
    }

    public static func printDocument(_ model: Compilation, associationName: String) -> String {
        let title = Sv.FundingRequests.compilationTitle(model.year)
        return PrintDocument.render(title: title, footer: "\(associationName) – \(title)") {
            paragraph(.class("document-org")) { associationName }
            h1 { title }
            paragraph { Sv.FundingRequests.compilationIntro }
            compilationBody(model, headingLevel: 2)
        }
    }
}
