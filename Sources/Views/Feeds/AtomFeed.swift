/// An Atom feed (RFC 4287). Dates are civil dates, given as midnight UTC.
public enum AtomFeed {
    public struct Entry: Sendable {
        public var id: String
        public var title: String
        public var url: String
        public var updated: String
        public var summary: String

        public init(id: String, title: String, url: String, updated: String, summary: String) {
            self.id = id
            self.title = title
            self.url = url
            self.updated = updated
            self.summary = summary
        }
    }

    public static func render(id: String, title: String, selfURL: String, pageURL: String, entries: [Entry]) -> String {
        func escape(_ text: String) -> String {
            var out = ""
            Escape.attribute(text, into: &out)
            return out
        }
        let updated = (entries.map(\.updated).max() ?? "1970-01-01") + "T00:00:00Z"
        var xml = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n" + #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">"#
        xml += "<id>\(escape(id))</id><title>\(escape(title))</title><updated>\(updated)</updated>"
        xml += #"<link rel="self" href="\#(escape(selfURL))"/><link rel="alternate" type="text/html" href="\#(escape(pageURL))"/>"#
        xml += "<author><name>\(escape(title))</name></author>"
        for entry in entries {
            xml += "<entry><id>\(escape(entry.id))</id><title>\(escape(entry.title))</title>"
            xml += #"<link rel="alternate" type="text/html" href="\#(escape(entry.url))"/>"#
            xml += "<updated>\(escape(entry.updated))T00:00:00Z</updated><summary>\(escape(entry.summary))</summary></entry>"
        }
        return xml + "</feed>\n"
    }
}
