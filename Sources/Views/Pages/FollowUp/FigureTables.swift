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

    static let outcomeSeries = [BarChart.Series(name: Sv.FollowUp.outcomeGroup(.work), colour: "#0b4f6c"),
                                BarChart.Series(name: Sv.FollowUp.outcomeGroup(.studies), colour: "#3f7f3f"),
                                BarChart.Series(name: Sv.FollowUp.outcomeGroup(.otherPositive), colour: "#a15c00"),
                                BarChart.Series(name: Sv.FollowUp.outcomeGroup(.dropOut), colour: "#6b6b6b")]

    /// Each line's endings by outcome as one stacked bar, beside the table of the same lines. A
    /// line with a hidden group is left out of the picture (and named under it), so the
    /// picture never shows what the table hides.
    public static func outcomesChart(id: String, caption: String, lines: [Line<PeriodFigures>], groups: SmallGroups) -> Node {
        let values = lines.map { line in (line.label, OutcomeGroup.allCases.map { Int64(line.figures.ended.group($0).value) }) }
        return chart(id: id, title: Sv.FollowUp.outcomesChartTitle, series: outcomeSeries, rows: values, stacked: true, caption: caption, groups: groups)
    }

    /// The participants of each line (during, new, ended, remaining) as grouped bars.
    public static func participantsChart(id: String, caption: String, lines: [Line<PeriodFigures>], groups: SmallGroups) -> Node {
        let series = [BarChart.Series(name: Sv.FollowUp.total, colour: "#0b4f6c"), BarChart.Series(name: Sv.FollowUp.new, colour: "#3f7f3f"),
                      BarChart.Series(name: Sv.FollowUp.ended, colour: "#a15c00"), BarChart.Series(name: Sv.FollowUp.remaining, colour: "#6b6b6b")]
        let values = lines.map { line in
            (line.label, [line.figures.during.total.value, line.figures.new.value, line.figures.ended.total.value, line.figures.remaining.value].map(Int64.init))
        }
        return chart(id: id, title: Sv.FollowUp.participantsChartTitle, series: series, rows: values, stacked: false, caption: caption, groups: groups)
    }

    static func chart(id: String, title: String, series: [BarChart.Series], rows: [(String, [Int64])], stacked: Bool, caption: String,
                      groups: SmallGroups) -> Node {
        let shown = rows.filter { row in row.1.allSatisfy { !groups.show(Int($0)).isHidden } }
        let left = rows.filter { row in !shown.contains { $0.0 == row.0 } }.map(\.0)
        return Node.build {
            if !shown.isEmpty {
                BarChart(title: title, series: series, groups: shown.map { ($0.0, $0.1) }, stacked: stacked).render(id: id, tableCaption: caption)
            }
            if !left.isEmpty { paragraph(.class("hint")) { Sv.FollowUp.leftOutOfChart(left, threshold: groups.threshold) } }
        }
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
