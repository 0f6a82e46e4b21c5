/// Links to the other years of a page that shows one year, the shown one marked as current.
enum PeriodLinks {
    static func years(_ years: [Int], current: Int, label: String = Sv.FollowUp.otherPeriods, href: (Int) -> String) -> Node {
        guard years.count > 1 else { return .empty }
        return nav(.aria("label", label)) {
            paragraph {
                for (index, year) in years.enumerated() {
                    if index > 0 { " · " }
                    if year == current { tag("strong", [.aria("current", "page")]) { String(year) } } else { link(href(year)) { String(year) } }
                }
            }
        }
    }
}
