import AdminProtocol
import ArgumentParser
import NetworkCore

// NetworkCore's closed sets as command-line values: ArgumentParser lists the valid values in
// help, completion and errors, and refuses any other (exit 64) before the daemon is called.

/// `--nation wales` on `member add`, `member edit` and `application submit`.
extension Nation: ExpressibleByArgument {}
/// No option takes a bare status today (`member list --status` takes the filter below).
extension MemberStatus: ExpressibleByArgument {}
/// `member list --status`: a status, or a group of them (current, former, all).
extension MemberStatusFilter: ExpressibleByArgument {}
/// `--role finance` and `--primary finance` on `contact add` and `contact edit`.
extension ContactRole: ExpressibleByArgument {}
/// `networkctl job run renewal`, `job history --job reminders`.
extension Job: ExpressibleByArgument {}
/// `networkctl outbox list --status failed`.
extension OutboxStatus: ExpressibleByArgument {}
