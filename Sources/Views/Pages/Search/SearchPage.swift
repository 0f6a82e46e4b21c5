import Domain
import Foundation

/// The search page: a form that reads like any other form here (GET, so a search has an
/// address), the number of hits, each hit with its title, date, kind and a snippet with the
/// matching words marked, and links to the previous and next page.
public enum SearchPage {
    public struct Hit: Sendable {
        public var title: String
        public var link: String
        public var date: String
        public var kind: String
        public var imported: Bool
        public var snippet: [(text: String, isMatch: Bool)]

        public init(title: String, link: String, date: String, kind: String, imported: Bool, snippet: [(text: String, isMatch: Bool)]) {
            self.title = title
            self.link = link
            self.date = date
            self.kind = kind
            self.imported = imported
            self.snippet = snippet
        }
    }

    public struct Results: Sendable {
        public var total: Int
        public var page: Int
        public var pages: Int
        public var hits: [Hit]

        public init(total: Int, page: Int, pages: Int, hits: [Hit]) {
            self.total = total
            self.page = page
            self.pages = pages
            self.hits = hits
        }
    }

    public struct Model: Sendable {
        public var associationName: String
        public var slug: String
        public var text: String
        public var bodyID: String?
        public var fromYear: String
        public var toYear: String
        public var documentKind: String?
        public var decisionKind: String?
        /// The year field ("fran" or "till") that could not be read.
        public var yearProblem: String?
        public var publicOnly: Bool
        public var bodies: [(String, String)]
        public var results: Results?

        public init(associationName: String, slug: String, text: String, bodyID: String?, fromYear: String, toYear: String,
                    documentKind: String?, decisionKind: String?, yearProblem: String?, publicOnly: Bool, bodies: [(String, String)],
                    results: Results?) {
            self.associationName = associationName
            self.slug = slug
            self.text = text
            self.bodyID = bodyID
            self.fromYear = fromYear
            self.toYear = toYear
            self.documentKind = documentKind
            self.decisionKind = decisionKind
            self.yearProblem = yearProblem
            self.publicOnly = publicOnly
            self.bodies = bodies
            self.results = results
        }
    }

    static let documentKinds = ["protokoll", "kallelse", "bilaga", "arsredovisning", "annat"]

    static func fields(_ model: Model) -> [FieldSpec] {
        [FieldSpec("q", Sv.Search.query, .text(type: "search"), hint: Sv.Search.queryHint),
         FieldSpec("organ", Sv.Search.body, .select([("", Sv.Search.anyBody)] + model.bodies.map { ($0.0, $0.1) }, includeEmpty: false)),
         FieldSpec("fran", Sv.Search.fromYear, .text(inputMode: "numeric"), optional: true),
         FieldSpec("till", Sv.Search.toYear, .text(inputMode: "numeric"), optional: true),
         FieldSpec("typ", Sv.Search.documentKind,
                   .select([("", Sv.Search.anyDocument)] + documentKinds.map { ($0, Sv.Search.documentKindName($0)) }, includeEmpty: false)),
         FieldSpec("beslut", Sv.Search.decisionKind,
                   .select([("", Sv.Search.anyDecision)] + DecisionKind.allCases.map { ($0.rawValue, Sv.Decisions.kind($0)) }, includeEmpty: false))]
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let values = ["q": model.text, "organ": model.bodyID ?? "", "fran": model.fromYear, "till": model.toYear,
                      "typ": model.documentKind ?? "", "beslut": model.decisionKind ?? ""]
        let issues = model.yearProblem.map { [FieldIssue($0, .outOfRange(min: 1900, max: 2199))] } ?? []
        let state = FormState(values: values, issues: issues, csrfToken: nil)
        let title = Sv.Search.title + " – " + model.associationName
        return Layout.page(title: title, context: context, hasErrors: !issues.isEmpty) {
            h1 { Sv.Search.title }
            if model.publicOnly { paragraph(.class("hint")) { Sv.Search.publicOnly } }
            tag("form", [.method("get"), .action(SiteURL.search(model.slug).path), Attribute("role", "search")]) {
                for field in fields(model) { FormView.render(field, state) }
                button(.type("submit")) { Sv.Search.submit }
            }
            results(model)
        }
    }

    static func results(_ model: Model) -> Node {
        guard let results = model.results else {
            return model.text.isEmpty && model.yearProblem == nil ? paragraph { Sv.Search.noQuery } : .empty
        }
        return section(Attribute("aria-labelledby", "traffar")) {
            h2(.id("traffar")) { Sv.Search.resultsHeading }
            paragraph(Attribute("role", "status")) { results.hits.isEmpty ? Sv.Search.noHits : Sv.Search.hits(results.total, page: results.page, pages: results.pages) }
            tag("ol", [.class("search-results"), Attribute("start", String((results.page - 1) * 20 + 1))]) {
                for hit in results.hits {
                    li {
                        h3 { link(hit.link) { hit.title } }
                        paragraph(.class("hint")) { [hit.date, hit.kind, hit.imported ? Sv.Search.imported : nil].compactMap { $0 }.joined(separator: " · ") }
                        paragraph {
                            for part in hit.snippet {
                                if part.isMatch { tag("mark", []) { part.text } } else { Node.text(part.text) }
                            }
                        }
                    }
                }
            }
            pager(model, results)
        }
    }

    static func pager(_ model: Model, _ results: Results) -> Node {
        guard results.pages > 1 else { return .empty }
        func address(_ page: Int) -> String {
            let pairs = [("q", model.text), ("organ", model.bodyID ?? ""), ("fran", model.fromYear), ("till", model.toYear),
                         ("typ", model.documentKind ?? ""), ("beslut", model.decisionKind ?? ""), ("sida", String(page))]
            return SiteURL.search(model.slug).path + "?" + pairs.filter { !$0.1.isEmpty }
                .map { $0.0 + "=" + ($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }.joined(separator: "&")
        }
        return nav(Attribute("aria-label", Sv.Search.resultsHeading)) {
            if results.page > 1 { link(address(results.page - 1)) { Sv.Search.previous } }
            if results.page < results.pages { link(address(results.page + 1)) { Sv.Search.next } }
        }
    }
}
