/// The words of any samordningsförbund's papers that a general word list lacks or spells
/// otherwise: the anchors for repairing damaged text besides the Swedish word list (`wswedish`),
/// the regions (`SwedishRegions`) and the register's names. No one association's places or
/// project names belong here.
public enum DomainLexicon {
    public static let words: [String] = """
    föredragande föredrar föredrog föredragningslista äskande äskandet äskanden sammanträde sammanträdet sammanträdesdatum \
    sammanträden justering justeringen justeringsdatum justerare justera justerat anslag anslaget anslags uppsättande \
    nedtagande tillkännagivits protokoll protokollet protokollsutdrag kallelse beslutande ersättare ersättaren ordförande \
    ordföranden sekreterare förbundschef förbundschefen beredningsgrupp beredningsgruppen beredningsgruppens \
    beredningsgruppsmöte beredningsgruppssammanträde samordningsförbund samordningsförbundet samordningsförbundets \
    samordningsförbunden förbundet förbundets förbundsmedlemmarna medlemssamråd ägarsamråd ägarsamrådet \
    försäkringskassan försäkringskassans arbetsförmedlingen arbetsförmedlingens landstinget landstingets \
    läns region \
    dagordning dagordningen mötets öppnande mötet avslutas utcheckning incheckning övriga frågor \
    godkännande godkändes godkände verksamhetsplan verksamhetsplanen verksamhetsplanering årsredovisning \
    förvaltningsberättelse mötesplan årsplan slutrapport förstudie förstudien \
    samverkansplattform samverkansplattformar samverkansplattformarna \
    insatser insatsen överenskommelse överenskommelsen ohälsa psykisk förebyggande utvecklingsledare socialförsäkringsministern \
    stödjare stödstruktur företagande finsam esf-medel esf-ansökan ansökan ansökningsförfarande revisionsberättelse \
    granskningsrapport rättvisande kansli kansliet presidiet ledamot ledamöter tjänsteman tjänstemän tjänstgörande \
    avstämning öppnat avslutat beslutade beslutar beslut inriktningsbeslut utredare kostnadstäckning \
    lokal kommunhuset kommun kommuner kommunerna huvudmännen kalenderår reserverade bifölls biföll avslog
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
