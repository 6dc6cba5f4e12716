using System.Globalization;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Console.Tests.Support;

/// <summary>
/// A console whose embedded broker has a console-role account of the tests' own ("ops") and a few headsets, and holds at
/// most <see cref="QueueLimit"/> messages for a client that is away.
/// </summary>
public sealed class BrokerRulesFixture : IAsyncLifetime
{
    public const string Operator = "ops";
    public const string OperatorPassword = "ops-password-1";
    /// <summary>Small, yet above the shipped presets, which a subscribing headset is sent at once from the retained store.</summary>
    public const int QueueLimit = 16;

    public static readonly string[] Headsets = ["h-tcp", "h-websocket", "q-tcp", "q-websocket"];

    internal ConsoleRig Console { get; private set; } = null!;

    public async Task InitializeAsync() => Console = await StartAsync(new Dictionary<string, string?>
    {
        ["Kap:Broker:MaxQueuedMessagesPerClient"] = QueueLimit.ToString(CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await Console.DisposeAsync();

    /// <summary>A console with these accounts and the given broker settings besides.</summary>
    internal static Task<ConsoleRig> StartAsync(IReadOnlyDictionary<string, string?> broker)
    {
        var settings = new Dictionary<string, string?>(broker)
        {
            ["Kap:Broker:Users:50:Name"] = Operator,
            ["Kap:Broker:Users:50:Role"] = nameof(BrokerRole.Console),
            ["Kap:Broker:Users:50:PasswordHash"] = PasswordHash.Create(OperatorPassword, 1_000),
        };
        return ConsoleRig.StartAsync(Headsets, settings);
    }
}
