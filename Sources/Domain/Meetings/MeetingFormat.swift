/// How a sammanträde is held. A distansmöte has no room to name: everyone takes part by sound and
/// picture in real time (19 a § FINSAM), which the association's rules must allow on its date.
public enum MeetingFormat: String, CaseIterable, Sendable, Codable {
    /// Everyone in the room named in the kallelse.
    case onSite = "on_site"
    /// In the room, with remote participation offered to those who ask.
    case hybrid
    /// Distansmöte: everyone takes part remotely.
    case remote

    public var offersRemoteParticipation: Bool { self != .onSite }
    public var needsPlace: Bool { self != .remote }

    /// The form of a meeting stored before forms existed, from its remote flag.
    public static func legacy(remoteOffered: Bool) -> MeetingFormat { remoteOffered ? .hybrid : .onSite }
}
