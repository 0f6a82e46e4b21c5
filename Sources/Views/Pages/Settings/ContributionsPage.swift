import Domain

/// The member contribution table for a year and a total allocation.
public enum ContributionsPage {
    public static func render(_ state: FormState, result: Result<ContributionSplit, ContributionSplit.Problem>?,
                              slug: String, context: PageContext) -> String {
        let fields = [FieldSpec("ar", Sv.Contributions.year, .text(inputMode: "numeric")),
                      FieldSpec("total", Sv.Contributions.total, .text(inputMode: "numeric"))]
        return Layout.page(title: Sv.Contributions.title, context: context, hasErrors: state.hasErrors) {
            h1 { Sv.Contributions.title }
            paragraph { Sv.Contributions.intro }
            FormView.errorSummary(state, fields: fields)
            tag("form", [.method("get"), .action(SiteURL.contributions(slug).path), .class("form")]) {
                for field in fields { FormView.render(field, state) }
                button(.type("submit"), .class("button")) { Sv.Contributions.compute }
            }
            switch result {
            case .none:
                Node.empty
            case .failure(let problem)?:
                div(.class("error-summary"), Attribute("role", "alert")) {
                    h2 { Sv.Contributions.problemTitle }
                    paragraph { message(problem, year: Int(state.values["ar"] ?? "") ?? 0) }
                }
            case .success(let split)?:
                table(split)
                paragraph {
                    link(SiteURL.contributionsCSV(slug).path + "?ar=\(split.year)&total=\(split.totalKronor)") { Sv.Contributions.csv }
                }
            }
        }
    }

    static func table(_ split: ContributionSplit) -> Node {
        dataTable(caption: "\(Sv.Contributions.caption) \(split.year): \(Sv.kronor(split.totalKronor))",
                  headers: [Sv.Contributions.member, Sv.Contributions.kind, Sv.Contributions.population,
                            Sv.Contributions.shareOfMunicipal, Sv.Contributions.shareOfTotal, Sv.Contributions.amount],
                  rows: split.lines.map { line in
                      let population = line.participant.population.map(Sv.grouped) ?? Sv.none
                      let note: Node = line.participant.kind == .arbetsformedlingen
                          ? span(.class("hint")) { " (" + Sv.Contributions.paidByFK + ")" } : .empty
                      return [.text(line.participant.name), Node.build { Sv.memberKind(line.participant.kind); note },
                              .text(line.participant.kind == .municipality ? population : Sv.none),
                              .text(line.shareOfMunicipalPart.map(Sv.percent) ?? Sv.none),
                              .text(Sv.percent(line.shareOfTotal)), .text(Sv.kronor(line.kronor))]
                  },
                  numericColumns: [2, 3, 4, 5],
                  footer: [.text(Sv.Contributions.sum), .empty, .empty, .empty, .text(Sv.percent(1)),
                           .text(Sv.kronor(split.lines.reduce(0) { $0 + $1.kronor }))])
    }

    public static func message(_ problem: ContributionSplit.Problem, year: Int) -> String {
        switch problem {
        case .totalNotPositive: Sv.Contributions.notPositive
        case .noForsakringskassan: Sv.Contributions.noFK
        case .noRegion: Sv.Contributions.noRegion
        case .severalRegions: Sv.Contributions.severalRegions
        case .noMunicipality: Sv.Contributions.noMunicipality
        case .missingPopulation(let names): Sv.Contributions.missingPopulation(names, year: year)
        }
    }

    /// Semicolon-separated with decimal commas, as Swedish spreadsheet programs expect.
    public static func csv(_ split: ContributionSplit, organisationNumbers: [String: String]) -> String {
        var lines = ["Medlem;Typ;Organisationsnummer;Befolkning 20-64 år;Andel av kommunernas del (%);Andel av totalen (%);Bidrag (kr)"]
        func decimal(_ share: Double?) -> String {
            guard let share else { return "" }
            let hundredths = Int64((share * 10_000).rounded())
            return "\(hundredths / 100),\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        }
        for line in split.lines {
            let p = line.participant
            lines.append([p.name, Sv.memberKind(p.kind), organisationNumbers[p.id.uuidString] ?? "",
                          p.kind == .municipality ? p.population.map(String.init) ?? "" : "",
                          decimal(line.shareOfMunicipalPart), decimal(line.shareOfTotal), String(line.kronor)]
                .map(CSVField.encode).joined(separator: ";"))
        }
        lines.append("Summa;;;;;100,00;\(split.lines.reduce(0) { $0 + $1.kronor })")
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
