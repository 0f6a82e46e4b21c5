/// The association's menu, shown to logged-in users on every page of the association.
enum SectionNavigation {
    static func render(_ association: PageContext.Association, current: String) -> Node {
        let slug = association.slug
        var items: [(String, String)] = [
            (Sv.Register.overviewTitle, SiteURL.register(slug).path),
            (Sv.Meetings.title, SiteURL.meetings(slug).path),
            (Sv.DecisionRegister.title, SiteURL.decisions(slug).path),
            (Sv.Interventions.title, SiteURL.interventions(slug).path),
            (Sv.Budgets.title, SiteURL.budgets(slug).path),
            (Sv.Ledger.statementTitle, SiteURL.operatingStatement(slug).path),
            (Sv.Calls.title, SiteURL.calls(slug).path),
            (Sv.FundingRequests.title, SiteURL.fundingRequests(slug).path),
            (Sv.Requisitions.title, SiteURL.requisitions(slug).path),
            (Sv.FollowUp.title, SiteURL.followUp(slug).path),
            (Sv.SocialAccounting.navigation, SiteURL.socialAccounting(slug).path),
            (Sv.AnnualReport.navigation, SiteURL.annualReport(slug).path),
            (Sv.Diarium.title, SiteURL.diarium(slug).path),
            (Sv.Search.navigation, SiteURL.search(slug).path),
            (Sv.Members.title, SiteURL.members(slug).path),
            (Sv.Bodies.title, SiteURL.bodies(slug).path),
            (Sv.People.title, SiteURL.people(slug).path),
            (Sv.Rules.title, SiteURL.rules(slug).path),
            (Sv.Contributions.title, SiteURL.contributions(slug).path),
        ]
        if association.permissions.canPrepareMeetings {
            items.append((Sv.Archive.navigation, SiteURL.archive(slug).path))
        }
        if association.permissions.canManageUsers {
            items.append((Sv.Users.title, SiteURL.users(slug).path))
        }
        if association.permissions.canReadAuditLog {
            items.append((Sv.Audit.title, SiteURL.auditLog(slug).path))
        }
        return nav(.class("section-nav"), .aria("label", Sv.sectionNavigation)) {
            ul {
                for (label, path) in items {
                    li {
                        let isCurrent = current == path || (path != SiteURL.register(slug).path && current.hasPrefix(path + "/"))
                        link(path, isCurrent ? .aria("current", "page") : .class("nav-link")) { label }
                    }
                }
            }
        }
    }
}
