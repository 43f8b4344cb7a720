/// Every method the admin socket serves: the areas, each with its own list of methods, in the
/// order `rpc.discover` lists them.
///
/// Adding a method means adding its type to its area's list; adding an area means adding it
/// here and its handlers to the daemon's list of areas. The daemon refuses to start when the
/// two disagree.
public enum MethodCatalog {
    /// The areas, platform first.
    public static let areas: [any AdminArea.Type] = [
        DaemonAPI.self,
        AuditAPI.self,
        NetworkAPI.self,
        TierAPI.self,
        MemberAPI.self,
        ApplicationAPI.self,
        ContactAPI.self,
        TokenAPI.self,
        SessionAPI.self,
        YearAPI.self,
        BillingAPI.self,
        FeesAPI.self,
        InvoiceAPI.self,
        PaymentAPI.self,
        ReportAPI.self,
        JobAPI.self,
        RenewalAPI.self,
        OutboxAPI.self,
    ]

    /// Every method, area by area.
    public static let all: [any AdminMethod.Type] = areas.flatMap { $0.methods }

    public static func method(named name: String) -> (any AdminMethod.Type)? {
        all.first { $0.name == name }
    }
}
