/// Whether a bilaga is kept from the public (issue 13). Its own ground decides; a bilaga without
/// one that belongs only to secret items is secret too, on their grounds, unless the kansli has
/// explicitly published it: a document sent with a secret matter usually carries the secret.
public enum AttachmentSecrecy {
    /// - Parameters:
    ///   - own: the ground recorded on the bilaga itself.
    ///   - itemGrounds: the grounds of the items it belongs to (nil for a public item).
    ///   - publishedExplicitly: the kansli has decided it is public although its items are secret.
    public static func ground(own: String?, itemGrounds: [String?], publishedExplicitly: Bool) -> String? {
        if let own { return own }
        guard !publishedExplicitly, inheritsSecrecy(itemGrounds: itemGrounds) else { return nil }
        var seen: [String] = []
        for case let ground? in itemGrounds where !seen.contains(ground) { seen.append(ground) }
        return seen.joined(separator: "; ")
    }

    /// Every item it belongs to is secret (and there is at least one).
    public static func inheritsSecrecy(itemGrounds: [String?]) -> Bool {
        !itemGrounds.isEmpty && itemGrounds.allSatisfy { $0 != nil }
    }
}
