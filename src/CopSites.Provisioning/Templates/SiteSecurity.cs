namespace CopSites.Provisioning.Templates;

/// <summary>The <c>pnp:Security</c> element of a template.</summary>
/// <param name="BreakRoleInheritance">Break inheritance from the parent site.</param>
/// <param name="ResetRoleInheritance">Reset to inherited permissions.</param>
/// <param name="CopyRoleAssignments">Copy parent assignments when breaking.</param>
/// <param name="RemoveExistingUniqueRoleAssignments">Remove existing unique assignments.</param>
/// <param name="ClearSubscopes">Reset children to inherit.</param>
/// <param name="AssociatedOwnerGroup">Name of the owners group.</param>
/// <param name="AssociatedMemberGroup">Name of the members group.</param>
/// <param name="AssociatedVisitorGroup">Name of the visitors group.</param>
/// <param name="AdditionalAdministrators">Extra site collection administrators.</param>
/// <param name="AdditionalOwners">Extra owners.</param>
/// <param name="AdditionalMembers">Extra members.</param>
/// <param name="AdditionalVisitors">Extra visitors.</param>
/// <param name="SiteGroups">SharePoint groups to create.</param>
/// <param name="RoleDefinitions">Permission levels to create.</param>
/// <param name="RoleAssignments">Permission levels to grant.</param>
/// <param name="Location">Where the element is.</param>
public sealed record SiteSecurity(
    bool? BreakRoleInheritance,
    bool? ResetRoleInheritance,
    bool? CopyRoleAssignments,
    bool? RemoveExistingUniqueRoleAssignments,
    bool? ClearSubscopes,
    string? AssociatedOwnerGroup,
    string? AssociatedMemberGroup,
    string? AssociatedVisitorGroup,
    UserList? AdditionalAdministrators,
    UserList? AdditionalOwners,
    UserList? AdditionalMembers,
    UserList? AdditionalVisitors,
    ValueList<SiteGroup> SiteGroups,
    ValueList<RoleDefinition>? RoleDefinitions,
    ValueList<RoleAssignment>? RoleAssignments,
    SourceLocation Location);

/// <summary>A <c>pnp:UsersList</c>: user or group names, optionally replacing the existing ones.</summary>
/// <param name="ClearExistingItems">Remove principals not listed.</param>
/// <param name="Users">Login names, e.g. <c>i:0#.f|membership|user@contoso.com</c> or a token.</param>
public sealed record UserList(bool? ClearExistingItems, ValueList<string> Users);

/// <summary>A <c>pnp:SiteGroup</c>.</summary>
/// <param name="Title">Group name.</param>
/// <param name="Description">Description.</param>
/// <param name="Owner">Owner principal.</param>
/// <param name="AllowMembersEditMembership">Members may edit membership.</param>
/// <param name="AllowRequestToJoinLeave">Users may request to join or leave.</param>
/// <param name="AutoAcceptRequestToJoinLeave">Accept requests automatically.</param>
/// <param name="OnlyAllowMembersViewMembership">Only members see membership.</param>
/// <param name="RequestToJoinLeaveEmailSetting">Address for requests.</param>
/// <param name="Members">Group members.</param>
/// <param name="Location">Where the element is.</param>
public sealed record SiteGroup(
    string Title,
    string? Description,
    string? Owner,
    bool? AllowMembersEditMembership,
    bool? AllowRequestToJoinLeave,
    bool? AutoAcceptRequestToJoinLeave,
    bool? OnlyAllowMembersViewMembership,
    string? RequestToJoinLeaveEmailSetting,
    UserList? Members,
    SourceLocation Location);

/// <summary>A <c>pnp:RoleDefinition</c> (permission level).</summary>
/// <param name="Name">Name.</param>
/// <param name="Description">Description.</param>
/// <param name="Permissions">SharePoint base permission names, e.g. <c>ViewListItems</c>.</param>
/// <param name="Location">Where the element is.</param>
public sealed record RoleDefinition(string Name, string? Description, ValueList<string> Permissions, SourceLocation Location);

/// <summary>A <c>pnp:RoleAssignment</c>.</summary>
/// <param name="Principal">User or group, possibly a token such as <c>{associatedownergroup}</c>.</param>
/// <param name="RoleDefinition">Permission level name, possibly a token.</param>
/// <param name="Remove">Remove rather than grant.</param>
/// <param name="Location">Where the element is.</param>
public sealed record RoleAssignment(string Principal, string RoleDefinition, bool? Remove, SourceLocation Location);
