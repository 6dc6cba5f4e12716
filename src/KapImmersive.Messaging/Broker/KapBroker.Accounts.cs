using System.Collections;
using KapImmersive.Core.Protocol;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace KapImmersive.Messaging.Broker;

/// <summary>
/// Accounts while the broker runs: a paired headset's account added, a revoked one removed with its connections and
/// its session. Each connection carries the account it proved; an account removed or replaced since counts for nothing.
/// </summary>
public sealed partial class KapBroker
{
    public bool HasUser(string name) => _users.ContainsKey(name);

    /// <summary>Adds an account; the name must be free and the hash one <see cref="PasswordHash.Create"/> made.</summary>
    public void AddUser(BrokerUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Topics.IsValidId(user.Name) || !PasswordHash.IsWellFormed(user.PasswordHash))
        {
            throw new ArgumentException($"'{user.Name}' is not a valid user name with a valid password hash", nameof(user));
        }

        if (!_users.TryAdd(user.Name, user))
        {
            throw new ArgumentException($"the broker already has a user '{user.Name}'", nameof(user));
        }
    }

    /// <summary>
    /// Removes the account, closes its connections at once (reason 0x87, not authorised) and deletes its sessions, so
    /// nothing queued for it waits any longer. Returns how many connections were closed.
    /// </summary>
    public async Task<int> RemoveUserAsync(string name, CancellationToken cancellationToken)
    {
        _users.TryRemove(name, out _);
        if (_server is not { IsStarted: true } server)
        {
            return 0;
        }

        var closed = 0;
        foreach (var client in await server.GetClientsAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (UserNameOf(client.Session.Items) == name)
            {
                await client.DisconnectAsync(new MqttServerClientDisconnectOptions
                {
                    ReasonCode = MqttDisconnectReasonCode.NotAuthorized,
                    ReasonString = "this account was revoked",
                });
                closed++;
            }
        }

        foreach (var session in await server.GetSessionsAsync())
        {
            if (UserNameOf(session.Items) == name)
            {
                await session.DeleteAsync();
            }
        }

        return closed;
    }

    /// <summary>The account a client proved, unless it has been removed or replaced since.</summary>
    private BrokerUser? CurrentUser(IDictionary items) =>
        items[UserKey] is BrokerUser user && _users.TryGetValue(user.Name, out var current) && current == user ? user : null;

    /// <summary>
    /// A persistent session keeps the items of the connection that made it, so a connection resuming it must carry the
    /// account it proved itself, and one whose account went away meanwhile is closed.
    /// </summary>
    private async Task TakeConnectedAsync(ClientConnectedEventArgs e)
    {
        if (e.UserName is not null && _users.TryGetValue(e.UserName, out var user))
        {
            e.SessionItems[UserKey] = user;
        }
        else if (_server is { } server)
        {
            await server.DisconnectClientAsync(e.ClientId, new MqttServerClientDisconnectOptions { ReasonCode = MqttDisconnectReasonCode.NotAuthorized });
        }
    }

    /// <summary>
    /// Whose session a client id names, if any: taking over another account's session would hand over its queued
    /// messages, and the session's items would speak for the wrong account.
    /// </summary>
    private async Task<string?> SessionOwnerAsync(string clientId)
    {
        if (_server is not { IsStarted: true } server || string.IsNullOrEmpty(clientId))
        {
            return null;
        }

        var session = (await server.GetSessionsAsync()).FirstOrDefault(s => s.Id == clientId);
        return session is null ? null : UserNameOf(session.Items);
    }

    private static string? UserNameOf(IDictionary items) => items[UserKey] is BrokerUser user ? user.Name : null;
}
