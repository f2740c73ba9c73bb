using Hearth.Core.Access;
using Hearth.Jellyfin.Dtos;
using HearthUser = Hearth.Access.Users.UserDto;

namespace Hearth.Jellyfin.Users;

internal static class UserMapping
{
    public static JellyfinUser From(HearthUser user, string serverId) =>
        Dto(user.Id, user.Name, user.IsAdmin, user.AllLibraries, user.Libraries, serverId);

    public static JellyfinUser From(CallerAccess caller, string serverId) =>
        Dto(caller.UserId, caller.Name, caller.IsAdmin, caller.AllLibraries, [.. caller.Libraries], serverId);

    private static JellyfinUser Dto(Guid id, string name, bool admin, bool allLibraries, IReadOnlyList<Guid> libraries, string serverId) => new(
        name,
        serverId,
        JellyfinIds.Format(id),
        HasPassword: true,
        HasConfiguredPassword: true,
        HasConfiguredEasyPassword: false,
        EnableAutoLogin: false,
        JellyfinUserConfiguration.Default,
        new JellyfinUserPolicy(admin, admin || allLibraries, [.. libraries.Select(JellyfinIds.Format)]));
}
