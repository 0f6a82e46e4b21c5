import Domain
import Vapor

extension Request {
    /// The client's IP address for login throttling and the log: the peer, or behind a trusted
    /// load balancer (`SAMORDNA_TRUSTED_PROXIES`) the address it forwards.
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        let proxies = application.settings.trustedProxies
        guard !proxies.networks.isEmpty else { return peer }
        return proxies.clientAddress(peer: peer, forwardedFor: headers[.xForwardedFor])
    }
}
