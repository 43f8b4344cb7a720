/// Every method the admin socket serves, in the order `rpc.discover` lists them.
///
/// Adding a method means adding its type here, an entry in `AccessPolicy.table` and a handler in
/// the daemon; tests fail until all three agree.
public enum MethodCatalog {
    public static let all: [any AdminMethod.Type] = [
        DaemonStatus.self,
        DaemonReload.self,
        RPCDiscover.self,
        AuditList.self,
        AuditGet.self,
        NetworkGet.self,
        NetworkUpdate.self,
        TierList.self,
        TierSetKinds.self,
        MemberCreate.self,
        MemberGet.self,
        MemberList.self,
        MemberUpdate.self,
        MemberHistory.self,
        MemberSuspend.self,
        MemberReinstate.self,
        MemberResign.self,
        MemberTerminate.self,
        MemberChangeTier.self,
        ApplicationSubmit.self,
        ApplicationList.self,
        ApplicationGet.self,
        ApplicationRecommend.self,
        ApplicationApprove.self,
        ApplicationReject.self,
        ContactAdd.self,
        ContactUpdate.self,
        ContactRemove.self,
        ContactList.self,
        ContactGet.self,
        ContactExport.self,
        ContactErase.self,
        TokenIssue.self,
        TokenList.self,
        TokenRevoke.self,
        SessionAuthenticate.self,
    ]

    public static func method(named name: String) -> (any AdminMethod.Type)? {
        all.first { $0.name == name }
    }
}
