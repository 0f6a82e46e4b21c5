import Domain
import Foundation

/// The participant tables. A period table takes only `PeriodFigures` and a cumulative table only
/// `CumulativeFigures`, and each caption says which it is: the two can never be mixed.
public enum FigureTables {
    public struct Line<Figures: Sendable>: Sendable {
        public var label: String
        public var figures: Figures
        /// The association's total, each person once, set apart from the lines above it.
        public var isTotal: Bool

        public init(_ label: String, _ figures: Figures, isTotal: Bool = false) {
            self.label = label
            self.figures = figures
            self.isTotal = isTotal
        }
    }

    static let sexHeaders = [Sv.FollowUp.women, Sv.FollowUp.men, Sv.FollowUp.other, Sv.FollowUp.total]
    static let endedHeaders = OutcomeGroup.allCases.map(Sv.FollowUp.outcomeGroup) + [Sv.FollowUp.ended]

    public static func period(caption: String, lines: [Line<PeriodFigures>], groups: SmallGroups) -> Node {
        let headers = [Sv.FollowUp.name] + sexHeaders + [Sv.FollowUp.new] + endedHeaders + [Sv.FollowUp.remaining, Sv.FollowUp.toWorkOrStudies]
        return table(caption: caption, headers: headers, lines: lines.map { line in
            let f = line.figures
            return (line.label, line.isTotal, sexCells(f.during, groups) + [groups.show(f.new.value)].map(cell)
                    + endedCells(f.ended, groups) + [cell(groups.show(f.remaining.value)), share(f.ended, groups)])
        })
    }

    public static func cumulative(caption: String, lines: [Line<CumulativeFigures>], groups: SmallGroups) -> Node {
        let headers = [Sv.FollowUp.name] + sexHeaders + endedHeaders + [Sv.FollowUp.remainingNow, Sv.FollowUp.toWorkOrStudies]
        return table(caption: caption, headers: headers, lines: lines.map { line in
            let f = line.figures
            return (line.label, line.isTotal, sexCells(f.participants, groups) + endedCells(f.ended, groups)
                    + [cell(groups.show(f.remaining.value)), share(f.ended, groups)])
        })
    }

    /// Endings of one period by detailed outcome, with the share of all endings.
    public static func outcomes(caption: String, _ ended: ByOutcome<InPeriod>, groups: SmallGroups) -> Node {
        let counts = EpisodeOutcome.allCases.map { ended.count($0).value }
        let shown = groups.show(parts: counts)
        let total = ended.total.value
        return dataTable(caption: caption, headers: [Sv.FollowUp.outcome, Sv.FollowUp.count, Sv.FollowUp.share],
                         rows: EpisodeOutcome.allCases.indices.map { index in
                             [.text(Sv.FollowUp.outcome(EpisodeOutcome.allCases[index])), cell(shown[index]),
                              .text(Sv.FollowUp.percent(groups.percent(shown[index], of: total)))]
                         },
                         numericColumns: [1, 2],
                         footer: [.text(Sv.FollowUp.total), cell(groups.show(total)), .text(total > 0 ? "100 %" : "–")])
    }

    public static func referrals(caption: String, _ table: ReferralTable, municipalityName: (UUID?) -> String?, groups: SmallGroups) -> Node {
        dataTable(caption: caption, headers: [Sv.FollowUp.referral, Sv.FollowUp.accepted2, Sv.FollowUp.declined, Sv.FollowUp.referredTotal],
                  rows: table.rows.map { row in
                      let name = Sv.FollowUp.referral(row.source) + (municipalityName(row.municipalityID).map { ", \($0)" } ?? "")
                      let parts = groups.show(parts: [row.accepted.value, row.declined.value])
                      return [.text(name), cell(parts[0]), cell(parts[1]), cell(groups.show(row.referred.value))]
                  },
                  numericColumns: [1, 2, 3], emptyText: nil,
                  footer: [.text(Sv.FollowUp.total)] + groups.show(parts: [table.accepted.value, table.declined.value]).map(cell)
                    + [cell(groups.show(table.referred.value))])
    }

    /// Survey answers against those who ended, and per question the share answering 7–10; a
    /// share of fewer answers than the threshold is hidden.
    public static func survey(caption: String, lines: [(label: String, figures: SurveyFigures)], groups: SmallGroups) -> Node {
        let headers = [Sv.FollowUp.name, Sv.FollowUp.responses, Sv.FollowUp.endedCount, Sv.FollowUp.responseRate]
            + SurveyQuestion.allCases.map(Sv.FollowUp.sevenToTen) + [Sv.FollowUp.discrimination]
        return table(caption: caption, headers: headers, lines: lines.map { line in
            let f = line.figures
            let rate: SmallGroups.Shown? = f.ended > 0 ? (groups.show(f.responses).isHidden || groups.show(f.ended).isHidden ? .protected
                : .exact(Int(f.responseRate!.rounded()))) : nil
            return (line.label, false, [cell(groups.show(f.responses)), cell(groups.show(f.ended)), .text(Sv.FollowUp.percent(rate))]
                    + SurveyQuestion.allCases.map { question in
                        .text(Sv.FollowUp.percent(groups.percent(groups.show(f.sevenToTen[question] ?? 0), of: f.answered[question] ?? 0)))
                    } + [cell(groups.show(f.discriminationYes))])
        })
    }

    static func sexCells<Basis>(_ bySex: BySex<Basis>, _ groups: SmallGroups) -> [Node] {
        groups.show(parts: [bySex.women.value, bySex.men.value, bySex.other.value]).map(cell) + [cell(groups.show(bySex.total.value))]
    }

    static func endedCells<Basis>(_ ended: ByOutcome<Basis>, _ groups: SmallGroups) -> [Node] {
        groups.show(parts: OutcomeGroup.allCases.map { ended.group($0).value }).map(cell) + [cell(groups.show(ended.total.value))]
    }

    /// Work and studies as a share of all endings, from the counts, hidden with a small count.
    static func share<Basis>(_ ended: ByOutcome<Basis>, _ groups: SmallGroups) -> Node {
        let count = ended.group(.work).value + ended.group(.studies).value
        return .text(Sv.FollowUp.percent(groups.percent(groups.show(count), of: ended.total.value)))
    }

    static func cell(_ shown: SmallGroups.Shown) -> Node { .text(Sv.FollowUp.shown(shown)) }

    static func table(caption: String, headers: [String], lines: [(label: String, isTotal: Bool, cells: [Node])]) -> Node {
        tag("div", [.class("table-wrap")] + scrollableRegion(caption)) {
            tag("table", []) {
                figureTableHead(caption: caption, headers: headers)
                tag("tbody", []) {
                    for line in lines {
                        tag("tr", line.isTotal ? [.class("budget-total")] : []) {
                            tag("th", [.scope("row")]) { line.label }
                            for value in line.cells { tag("td", [.class("num")]) { value } }
                        }
                    }
                }
            }
        }
    }
}
