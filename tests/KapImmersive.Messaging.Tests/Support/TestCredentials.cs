using KapImmersive.Messaging.Broker;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>The accounts every test broker has: one console user and a set of headsets, each with its own password.</summary>
internal sealed class TestCredentials
{
    public const string ConsoleUser = "clinic";

    public TestCredentials(int headsets)
    {
        HeadsetIds = [.. Enumerable.Range(1, headsets).Select(i => $"h{i}")];
        Passwords = HeadsetIds.Append(ConsoleUser).ToDictionary(u => u, u => $"pw-{u}-{Guid.NewGuid():N}", StringComparer.Ordinal);

        // Fewer PBKDF2 rounds than production keep the many test connections quick; the scheme is the same.
        Users = [.. Passwords.Select(p => new BrokerUser
        {
            Name = p.Key,
            Role = p.Key == ConsoleUser ? BrokerRole.Console : BrokerRole.Headset,
            PasswordHash = PasswordHash.Create(p.Value, iterations: 1_000),
        })];
    }

    public IReadOnlyList<string> HeadsetIds { get; }

    public IReadOnlyDictionary<string, string> Passwords { get; }

    public IReadOnlyList<BrokerUser> Users { get; }
}
