/// Every change in the association, newest first, a page at a time.
public enum AuditLogPage {
    public static func render(_ rows: [AuditRow], page: Int, hasMore: Bool, slug: String, context: PageContext) -> String {
        Layout.page(title: Sv.Audit.title, context: context) {
            h1 { Sv.Audit.title }
            AuditHistory.table(rows, caption: Sv.Audit.caption)
            nav(.aria("label", Sv.Audit.title), .class("pager")) {
                if page > 1 { link(SiteURL.auditLog(slug).path + "?sida=\(page - 1)") { Sv.Audit.newer } }
                if hasMore { link(SiteURL.auditLog(slug).path + "?sida=\(page + 1)") { Sv.Audit.older } }
            }
        }
    }
}
