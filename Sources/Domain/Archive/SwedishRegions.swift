/// The 21 regioner (län, formerly landsting) of Sweden: a fact list, the same for every
/// association, from which the text repair knows the county names old papers write ("Norrbottens
/// läns landsting", "Region Sörmland") instead of any one association's places.
public enum SwedishRegions {
    public static let counties = [
        "Stockholm", "Uppsala", "Södermanland", "Östergötland", "Jönköping", "Kronoberg", "Kalmar", "Gotland", "Blekinge", "Skåne",
        "Halland", "Västra Götaland", "Värmland", "Örebro", "Västmanland", "Dalarna", "Gävleborg", "Västernorrland", "Jämtland",
        "Västerbotten", "Norrbotten",
    ]

    /// The names some regions go by instead of the county's ("Region Sörmland", "Region Jämtland Härjedalen").
    public static let otherNames = ["Sörmland", "Härjedalen"]

    /// Every word of the names in lower case, each also in the genitive ("västerbottens", "dalarnas").
    public static var words: [String] {
        (counties + otherNames).flatMap { $0.lowercased().split(separator: " ").map(String.init) }
            .flatMap { [$0, $0.hasSuffix("s") ? $0 : $0 + "s"] }
    }
}
