/// The page shown for 4xx and 5xx answers to browsers.
public enum ErrorPage {
    public static func render(title: String, text: String, context: PageContext) -> String {
        Layout.page(title: title, context: context) {
            h1 { title }
            paragraph { text }
            paragraph { link(SiteURL.home.path) { Sv.ErrorPage.backHome } }
        }
    }
}
