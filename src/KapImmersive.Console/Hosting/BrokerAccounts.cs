using System.Globalization;
using System.Security.Cryptography;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Console.Hosting;

/// <summary>
/// Configuration the embedded broker needs and nobody should have to type: the console's own broker account (a fresh
/// random password each start) and, in the demo, one account per simulated headset. Slots sit far above any
/// configured user's index so they never overwrite one.
/// </summary>
public static class BrokerAccounts
{
    public const string ConsoleUser = "console";

    /// <summary>A password of 24 random bytes needs no slow hash to resist guessing; a few rounds keep every reconnect cheap.</summary>
    public const int HashIterations = 10_000;

    private const int FirstSlot = 900;

    public static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public static Dictionary<string, string?> ForEmbeddedBroker(int brokerPort, string consolePassword, IEnumerable<(string Name, string Password)> headsets)
    {
        ArgumentNullException.ThrowIfNull(headsets);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Kap:Console:Link:Host"] = "127.0.0.1",
            ["Kap:Console:Link:Port"] = brokerPort.ToString(CultureInfo.InvariantCulture),
            ["Kap:Console:Link:UserName"] = ConsoleUser,
            ["Kap:Console:Link:Password"] = consolePassword,
        };
        var slot = FirstSlot;
        foreach (var (name, password, role) in headsets.Select(h => (h.Name, h.Password, BrokerRole.Headset)).Prepend((ConsoleUser, consolePassword, BrokerRole.Console)))
        {
            values[$"Kap:Broker:Users:{slot}:Name"] = name;
            values[$"Kap:Broker:Users:{slot}:Role"] = role.ToString();
            values[$"Kap:Broker:Users:{slot}:PasswordHash"] = PasswordHash.Create(password, HashIterations);
            slot++;
        }

        return values;
    }
}
