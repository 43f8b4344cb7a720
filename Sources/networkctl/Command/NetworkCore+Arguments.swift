import ArgumentParser
import NetworkCore

// NetworkCore's closed sets as command-line values: `--nation wales`, `--status active`,
// `--role finance`. ArgumentParser lists the valid values in help, completion and errors.

extension Nation: ExpressibleByArgument {}
extension MemberStatus: ExpressibleByArgument {}
extension MemberStatusFilter: ExpressibleByArgument {}
extension ContactRole: ExpressibleByArgument {}
