import NetworkCore

// Core enums travel as their raw values; their schemas list the cases.
extension MemberStatus: SchemaDescribed {}
extension MemberStatusFilter: SchemaDescribed {}
extension Nation: SchemaDescribed {}
extension ContactRole: SchemaDescribed {}
